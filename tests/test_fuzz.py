"""Fuzzing parse → analyse → store with generated feeds, bytes and texts (hypothesis).

Whatever arrives, the pipeline returns a value (never raises), the register files it in one
transaction, and the stored HTML never carries anything that runs: no <script>, no on*= handler, no
javascript: URL. Example counts stay moderate so the whole suite stays quick.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.alerts import AlertRules
from monitor.analysis import analyze
from monitor.models import FeedConfig, ParsedFeed
from monitor.parse import sanitize_html
from monitor.pipeline import prepare_feed
from monitor.register import Filing, file_items
from monitor.store import Store

URL = "http://127.0.0.1:8000/fuzz.xml"
NOW = "2024-06-01T12:00:00Z"
RUNS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENABLE = ("http:", "https:", "mailto:")


class _ActiveFinder(HTMLParser):
    """What a browser would run or load in stored HTML: script-like tags, on* handlers, bad URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "iframe", "object", "embed", "svg", "math", "style", "img", "form", "base"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("src", "style", "srcset", "action", "formaction"):
                self.found.append(f"{tag} {name}=")
            if name == "href":
                # Browsers drop ASCII whitespace and control characters inside a URL's scheme.
                url = re.sub(r"[\x00-\x20]", "", value or "").lower()
                if ":" in url.split("/")[0] and not url.startswith(OPENABLE):
                    self.found.append(f"href={value!r}")


def _active(html: str) -> list[str]:
    finder = _ActiveFinder()
    finder.feed(html)
    finder.close()
    if re.search(r"<\s*script", html, re.IGNORECASE):
        finder.found.append("<script")
    return finder.found


# Pieces an attacker or a broken CMS puts in feeds, mixed with random text by the strategies.
NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<iframe src=//evil></iframe>",
    "<svg/onload=alert(1)>",
    "<p style='x:expression(alert(1))'>",
    "<scr<script>ipt>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<a href='file:///etc/passwd'>f</a>",
    "<math><mi xlink:href='javascript:alert(1)'>",
    "<!-- <script> -->",
    "<p>CNIL fines Example SA EUR 20 million</p>",
    "La Garante sanziona X per 5 milioni di euro",
    "€ 1.000.000",
    "\x00\x01\x1b",
    "\ud800",
    "&bogus; &#xFFFFFF; &#0;",
    "]]>",
]
DATES = [
    "Thu, 20 Oct 2022 09:00:00 +0200",
    "2024-02-30T25:61:00Z",
    "Mon, 01 Jan 0001 00:00:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "yesterday",
    "",
    "1700000000",
]
LINKS = [
    "https://example.org/a",
    "/relative/path",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,x",
    "http://[::1",
    "https://example.org/?utm_source=x&a=1#frag",
    "mailto:a@b.c",
    "",
]

text = st.one_of(st.text(max_size=80), st.sampled_from(NASTY))
fragment = st.lists(text, max_size=5).map("".join)


@st.composite
def entries(draw: st.DrawFn) -> dict[str, str]:
    return {
        "title": draw(fragment),
        "summary": draw(fragment),
        "date": draw(st.one_of(st.sampled_from(DATES), st.text(max_size=30))),
        "link": draw(st.one_of(st.sampled_from(LINKS), st.text(max_size=40))),
        "guid": draw(st.one_of(st.just(""), st.text(max_size=20))),
    }


def _xml_text(value: str) -> str:
    # XML 1.0 cannot carry most control characters or lone surrogates: drop them, as a feed would
    # have to, but keep everything else (markup included, escaped or raw by the draw).
    return "".join(c for c in value if c in "\t\n\r" or (c >= " " and not "\ud800" <= c <= "\udfff"))


def _rss(items: list[dict[str, str]], raw: bool) -> str:
    parts = ["<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>F</title>"]
    for item in items:
        summary = _xml_text(item["summary"])
        body = f"<![CDATA[{summary.replace(']]>', '')}]]>" if raw else escape(summary)
        parts.append(
            f"<item><title>{escape(_xml_text(item['title']))}</title><link>{escape(_xml_text(item['link']))}"
            f"</link><guid>{escape(_xml_text(item['guid']))}</guid><pubDate>{escape(_xml_text(item['date']))}"
            f"</pubDate><description>{body}</description></item>"
        )
    return "".join(parts) + "</channel></rss>"


def _atom(items: list[dict[str, str]], raw: bool) -> str:
    parts = [
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
    ]
    for item in items:
        kind = "html" if raw else "text"
        parts.append(
            f"<entry><title type='html'>{escape(_xml_text(item['title']))}</title>"
            f"<link href={quoteattr(_xml_text(item['link']))}/><id>{escape(_xml_text(item['guid']))}</id>"
            f"<updated>{escape(_xml_text(item['date']))}</updated>"
            f"<content type='{kind}'>{escape(_xml_text(item['summary']))}</content></entry>"
        )
    return "".join(parts) + "</feed>"


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    items = draw(st.lists(entries(), max_size=6))
    raw = draw(st.booleans())
    doc = (_rss if draw(st.booleans()) else _atom)(items, raw)
    data = doc.encode("utf-8")
    cut = draw(st.one_of(st.none(), st.integers(0, len(data))))  # a truncated download
    return data if cut is None else data[:cut]


@st.composite
def nested(draw: st.DrawFn, depth: int = 0) -> str:
    """Random element trees: unknown tags, feed tags in odd places, deep nesting."""
    tag = draw(st.sampled_from(["item", "entry", "channel", "title", "description", "x", "rss", "feed"]))
    if depth > 12 or draw(st.integers(0, 3)) == 0:
        return f"<{tag}>{escape(_xml_text(draw(text)))}</{tag}>"
    children = draw(st.lists(nested(depth + 1), max_size=3))
    return f"<{tag}>{''.join(children)}</{tag}>"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    # One database for every example: storing into a database that already holds earlier examples'
    # items exercises the update paths too.
    path: Path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    db = Store(path)
    with db.transaction():
        db.sync_feeds([FeedConfig(name="Fuzz", url=URL, kind="authority", authority="CNIL")], NOW)
    yield db
    db.close()
    check = Store(path, readonly=True)
    try:
        assert check.integrity_ok()
    finally:
        check.close()


def _through_the_pipeline(store: Store, body: bytes, content_type: str | None = None) -> ParsedFeed:
    parsed = prepare_feed(body, URL, content_type, None, "CNIL")
    feed = store.feed_by_name("Fuzz")
    assert feed is not None
    with store.transaction():
        stored = store.store_items(feed["id"], parsed.items, NOW, ["fuzz"])
        file_items(store, stored.fresh, Filing(now=NOW, rules=AlertRules()), feed_tags=["fuzz"])
    for item in parsed.items:
        assert not _active(item.summary_html), (_active(item.summary_html), item.summary_html)
        assert item.link is None or item.link.startswith(("http://", "https://"))
    return parsed


@RUNS
@given(documents())
def test_generated_feeds_go_through_parse_analyse_store(store: Store, body: bytes) -> None:
    _through_the_pipeline(store, body, "application/rss+xml")


@RUNS
@given(
    st.binary(max_size=2000),
    st.sampled_from([None, "application/xml", "text/html", "text/xml; charset=utf-16"]),
)
def test_random_bytes_go_through_parse_analyse_store(
    store: Store, body: bytes, content_type: str | None
) -> None:
    _through_the_pipeline(store, body, content_type)


@RUNS
@given(nested(), st.sampled_from(["", "<?xml version='1.0'?>", "<?xml version='1.0' encoding='latin-1'?>"]))
def test_randomly_nested_documents_go_through(store: Store, tree: str, prolog: str) -> None:
    _through_the_pipeline(store, (prolog + tree).encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(fragment, fragment, st.sampled_from([None, "en", "fr", "de", "it", "es", "nl", "xx"]))
def test_analyze_never_raises(title: str, summary: str, language: str | None) -> None:
    result = analyze(title, summary, language, None)
    assert isinstance(result.tags, tuple)
    if result.fine is not None and result.fine.amount is not None:
        assert result.fine.amount >= 0


@settings(max_examples=300, deadline=None)
@given(fragment)
def test_sanitised_html_never_runs_anything(html: str) -> None:
    clean = sanitize_html(html)
    assert not _active(clean), (_active(clean), clean)


def test_a_reference_to_a_surrogate_costs_nothing_but_that_character(store: Store) -> None:
    """Found by the fuzzing above: "&#xD800;" made feedparser and nh3 raise, losing the whole feed."""
    body = (
        b"<rss version='2.0'><channel><title>T &#xD800;</title><item><title>a &#xD800; b &#56000;</title>"
        b"<guid>&#xDC00;g</guid><description>x &#55296; y</description></item>"
        b"<item><title>second</title><guid>g2</guid></item></channel></rss>"
    )
    parsed = _through_the_pipeline(store, body)
    assert [item.title for item in parsed.items] == ["a \ufffd b \ufffd", "second"]
