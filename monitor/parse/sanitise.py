"""Hostile HTML made safe: summaries sanitised by nh3 to our own rules, visible text, and link cleaning.

The only nh3 import. Everything a feed says passes here before it is stored or shown.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3

# What a summary may keep: text structure and links, nothing that runs or loads by itself.
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"colspan"}, "th": {"colspan"}}
_URL_SCHEMES = {"http", "https", "mailto"}
_DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "svg", "math"}

# Query parameters that only track the reader; removing them lets one article reached through two
# feeds be recognised as one URL.
_TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|"
    r"ocid|cmpid|ncid|sr_share|at_medium|at_campaign|at_source|xtor|wt\.mc_id|ref_src|yclid)$",
    re.IGNORECASE,
)
_WS = re.compile(r"\s+")
# Lone surrogates: a feed's "&#xD800;" gives one, and neither nh3 nor SQLite can take it.
_SURROGATES = re.compile("[\ud800-\udfff]")
MAX_TITLE = 1000
MAX_SUMMARY_HTML = 64 * 1024  # what a summary needs; full articles stay at their source


def valid_text(value: str) -> str:
    """The string with every lone surrogate replaced, so that it can be encoded as UTF-8."""
    return _SURROGATES.sub("\ufffd", value)


def sanitize_html(fragment: str) -> str:
    if not fragment:
        return ""
    fragment = valid_text(fragment)
    cleaned: str = nh3.clean(
        fragment[: MAX_SUMMARY_HTML * 2],
        tags=_ALLOWED_TAGS,
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return cleaned[:MAX_SUMMARY_HTML]


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, on one line."""
    if not fragment:
        return ""
    fragment = valid_text(fragment)
    if "<" in fragment:
        fragment = nh3.clean(fragment, tags=set(), clean_content_tags=_DROP_WITH_CONTENT)
    return _WS.sub(" ", html.unescape(fragment)).strip()


# nh3's output is well-formed: every "<" in it opens a tag (text has "&lt;"), attribute values are
# double-quoted (a ">" may stand inside them), comments are gone, and a parser drops one newline
# right after <pre>. So its tags can be cut out by a regex instead of a second HTML parse.
_CLEAN_TAG = re.compile(r'<pre\b(?:[^>"]|"[^"]*")*>\n?|<(?:[^>"]|"[^"]*")*>')


def clean_html_to_text(cleaned: str) -> str:
    """html_to_text() of sanitize_html()'s output, without parsing it again (same result, proven by
    tests/test_fast_path.py on the fixtures, feedparser's test feeds and generated HTML)."""
    if len(cleaned) >= MAX_SUMMARY_HTML:  # cut at the limit: possibly inside a tag or a reference
        return html_to_text(cleaned)
    if "<" in cleaned:
        cleaned = _CLEAN_TAG.sub("", cleaned)
    if "&" in cleaned:
        cleaned = html.unescape(cleaned)
    return _WS.sub(" ", cleaned).strip()


def canonical_url(url: str | None) -> str | None:
    """The URL without tracking parameters, fragment, default port or case noise in the host."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url
    if parts.scheme not in ("http", "https") or not host:
        return url
    netloc = host
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)
    ]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query), ""))
