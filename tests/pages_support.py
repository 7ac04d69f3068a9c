"""HTML pages in the shape of real authority listings, for the page-source tests.

Each listing has what the real ones have around the news: a cookie banner, a navigation menu, a
sidebar of links that are not news, pagination, scripts, and the dates in the authority's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class News:
    path: str
    title: str
    date: str  # as the authority prints it
    teaser: str = ""


CHROME_TOP = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<script>window.dataLayer = []; document.write('<a href="/tracked">injected</a>');</script>
<style>.cookie {{ position: fixed }}</style></head>
<body class="page-news has-sidebar">
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>We use cookies to improve your experience on our website and to understand how it is used.</p>
  <a href="/cookie-policy">Read our cookie policy and find out more</a>
  <a href="/cookie-settings">Manage your cookie settings and preferences</a>
  <button>Accept all cookies</button>
</div>
<header class="site-header"><a href="/">Home of the data protection authority</a>
<nav class="main-menu"><ul>
  <li><a href="/about">About the authority and its mission</a></li>
  <li><a href="/guidance">Guidance for organisations and businesses</a></li>
  <li><a href="/your-rights">Your rights under data protection law</a></li>
  <li><a href="/contact">Contact the office and make a complaint</a></li>
</ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> › <a href="/news-media">News and media</a></div>
<main id="content"><h1>{heading}</h1>
"""

SIDEBAR = """
<aside class="sidebar"><h2>Quick links</h2><ul class="links">
  <li class="link"><a href="/annual-report">Annual report 2023 of the authority (PDF)</a></li>
  <li class="link"><a href="/decisions">Decisions register of inquiries and outcomes</a></li>
  <li class="link"><a href="/podcast">Listen to our podcast on privacy in daily life</a></li>
  <li class="link"><a href="/careers">Careers and vacancies at the authority</a></li>
</ul></aside>
"""

FOOTER = """
<footer class="site-footer"><ul>
  <li><a href="/accessibility">Accessibility statement of this website</a></li>
  <li><a href="/privacy">Privacy statement of this website and its cookies</a></li>
  <li><a href="/freedom-of-information">Freedom of information publication scheme</a></li>
</ul></footer>
<script src="/tracker.js"></script></body></html>
"""


def listing(
    news: list[News],
    *,
    lang: str = "en",
    title: str = "Latest news",
    comment: str = "",
    extra_class: str = "",
) -> str:
    """A news listing: cards with a dated line, a linked heading and a teaser, then pagination."""
    cards = []
    for i, item in enumerate(news):
        zebra = "odd" if i % 2 else "even"
        teaser = f'<p class="teaser">{escape(item.teaser)}</p>' if item.teaser else ""
        cards.append(
            f'<div class="views-row {zebra} {extra_class}"><article class="news-card">'
            f'<span class="date">{escape(item.date)}</span>'
            f'<h3><a href="{escape(item.path)}?utm_source=list">{escape(item.title)}</a></h3>'
            f"{teaser}"
            f'<a class="more" href="{escape(item.path)}">Read more</a></article></div>'
        )
    pager = (
        '<nav class="pager" aria-label="Pagination"><ul>'
        '<li><a href="?page=0">1</a></li><li><a href="?page=1">2</a></li>'
        '<li><a href="?page=2">3</a></li><li><a href="?page=1">Next page ›</a></li></ul></nav>'
    )
    return (
        CHROME_TOP.format(lang=lang, title=escape(title), heading=escape(title))
        + f"<!-- rendered {comment} -->"
        + '<div class="view-content">'
        + "".join(cards)
        + "</div>"
        + pager
        + "</main>"
        + SIDEBAR
        + FOOTER
    )


def article(title: str, paragraphs: list[str], lang: str = "en") -> str:
    """An article page: the chrome around one headline and its paragraphs."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        CHROME_TOP.format(lang=lang, title=escape(title), heading=escape(title))
        + f'<article class="node"><div class="field-body">{body}</div></article></main>'
        + SIDEBAR
        + FOOTER
    )


DPC_NEWS = [
    News(
        "/en/news-media/press-releases/dpc-announces-fine-social-media-company",
        "Data Protection Commission announces decision in social media inquiry",
        "15 September 2023",
        "The Data Protection Commission has today announced the conclusion of its inquiry into the "
        "processing of children's personal data by a video-sharing platform.",
    ),
    News(
        "/en/news-media/latest-news/dpc-publishes-annual-report-2022",
        "Data Protection Commission publishes its annual report for 2022",
        "31 May 2023",
        "The annual report sets out the work of the office over the year, including complaints "
        "handled, breaches notified and inquiries concluded.",
    ),
    News(
        "/en/news-media/press-releases/inquiry-into-data-transfers-concluded",
        "Inquiry into transfers of personal data to the United States concluded",
        "22 May 2023",
        "Following a dispute resolution procedure, the Commission has adopted its final decision "
        "concerning transfers of personal data.",
    ),
    News(
        "/en/news-media/latest-news/guidance-on-cookies-updated",
        "Guidance on cookies and other tracking technologies updated",
        "6 April 2023",
        "The guidance note has been revised to reflect recent decisions of the European Data "
        "Protection Board and the courts.",
    ),
]
