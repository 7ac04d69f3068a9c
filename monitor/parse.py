"""Feed bytes to normalised items: the only feedparser import, plus HTML sanitising and link cleaning."""

from __future__ import annotations

import calendar
import hashlib
import html
import re
import time
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.parsers import expat

import feedparser
import feedparser.html
import feedparser.mixin
import feedparser.urls
import nh3

from monitor import dates, fastparse, jsonfeed, urls
from monitor.models import ParsedFeed, ParsedItem

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


def _safe_link(link: str | None, base: str) -> str | None:
    if not link:
        return None
    # Only valid web links are worth keeping: the window opens them on a click (monitor/urls.py).
    return _web_url(valid_text(link), base)


def _web_url(href: str, base: str) -> str | None:
    try:
        return urls.check(href, base=base).url
    except urls.BadURL:
        return None


def _localised_date(value: str) -> time.struct_time | None:
    # feedparser reads English RFC 822 and ISO dates only; feeds in other languages localise the
    # day and month names ("jeu., 06 janv. 2022"). Unread, such a date became "no date" at best.
    moment = dates.parse_date(value)
    return moment.utctimetuple() if moment is not None else None


feedparser.registerDateHandler(_localised_date)


def _utc_iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        stamp = calendar.timegm(parsed)
        moment = datetime.fromtimestamp(stamp, tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
    if moment.year < 1990 or moment.year > datetime.now(tz=UTC).year + 1:
        return None  # a date that far off is a feed bug, not news
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _language(value: Any) -> str | None:
    if not value or not isinstance(value, str):
        return None
    code = value.strip().split("-")[0].split("_")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _entry_summary(entry: Any) -> str:
    summary = entry.get("summary") or ""
    if not summary:
        for content in entry.get("content") or []:
            if content.get("value"):
                return str(content["value"])
    return str(summary)


def _item_from_entry(entry: Any, base: str, feed_language: str | None, digest: str | None) -> ParsedItem:
    title = html_to_text(str(entry.get("title") or ""))[:MAX_TITLE]
    raw_summary = _entry_summary(entry)
    summary_html = sanitize_html(raw_summary)
    summary_text = clean_html_to_text(summary_html)
    link = _safe_link(entry.get("link"), base)
    # dict.get: FeedParserDict maps a missing updated_parsed to published_parsed with a warning.
    published = _utc_iso(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
    guid = valid_text(str(entry.get("id") or "")).strip() or link
    if not guid:
        guid = "sha1:" + hashlib.sha1(f"{title}\n{published}\n{summary_text}".encode()).hexdigest()
    content_hash = hashlib.sha1(f"{title}\n{summary_html}\n{link}".encode()).hexdigest()
    author = html_to_text(str(entry.get("author") or "")) or None
    return ParsedItem(
        guid=guid[:2000],
        link=link,
        canonical_link=canonical_url(link),
        title=title or summary_text[:120] or "(untitled)",
        summary_text=summary_text,
        summary_html=summary_html,
        author=author,
        published=published,
        language=_language(entry.get("language")) or feed_language,
        content_hash=content_hash,
        entry_digest=digest,
    )


class _AlternateFinder(HTMLParser):
    """Collects <link rel="alternate" type="...rss/atom..."> from an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower()
        is_feed = "rss" in kind or "atom" in kind or kind.endswith("+xml") or kind.endswith("feed+json")
        if "alternate" in rel and is_feed and values.get("href"):
            self.found.append(values["href"])


def find_alternates(body: bytes, base: str) -> tuple[str, ...]:
    finder = _AlternateFinder()
    try:
        finder.feed(body[: 512 * 1024].decode("utf-8", errors="replace"))
    except Exception:
        return ()
    # One bad href (http://[::1/feed) is skipped, never the page: each is checked like any URL.
    links = [_web_url(href, base) for href in finder.found]
    return tuple(dict.fromkeys(link for link in links if link))


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    head = body[:2048].lstrip().lower()
    return (content_type or "").lower().startswith("text/html") or head.startswith(
        (b"<!doctype html", b"<html")
    )


# Feed-level dates change whenever an entry is added; they never change how an entry reads.
_VOLATILE = re.compile(rb"<(lastBuildDate|pubDate|updated|dc:date|published)>[^<]*</\1>")
_ENTRY_TAGS = frozenset({"item", "entry"})


def entry_spans(body: bytes) -> list[tuple[int, int]] | None:
    """Byte ranges of the top-level <item>/<entry> elements, or None unless the bytes are plain XML.

    expat (in C) only reports element boundaries here; anything it cannot read as is (not
    well-formed, an encoding it does not know, UTF-16, an entry inside an entry) gives None.
    """
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]:
        return None
    parser = expat.ParserCreate()
    spans: list[tuple[int, int]] = []
    depth = 0
    start: int | None = None
    entry_depth = 0
    nested = False

    def on_start(name: str, _attrs: Any) -> None:
        nonlocal depth, start, entry_depth, nested
        depth += 1
        if name in _ENTRY_TAGS:
            if start is not None:
                nested = True
            else:
                start, entry_depth = parser.CurrentByteIndex, depth

    def on_end(name: str) -> None:
        nonlocal depth, start
        if start is not None and depth == entry_depth:
            spans.append((start, body.index(b">", parser.CurrentByteIndex) + 1))
            start = None
        depth -= 1

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    try:
        parser.Parse(body, True)
    except (expat.ExpatError, ValueError, LookupError):  # LookupError: an encoding Python lacks
        return None
    return None if nested else spans


def entry_digests(
    body: bytes, spans: list[tuple[int, int]], url: str, content_type: str | None, language: str | None
) -> list[str]:
    """One digest per entry: its bytes, and everything around them that can change how it parses."""
    context = hashlib.sha1(f"{url}\n{content_type}\n{language}\n".encode())
    last = 0
    for begin, end in spans:
        context.update(_VOLATILE.sub(b"", body[last:begin]))
        last = end
    context.update(_VOLATILE.sub(b"", body[last:]))
    out = []
    for begin, end in spans:
        digest = context.copy()
        digest.update(body[begin:end])
        out.append(digest.hexdigest())
    return out


def parse_feed(
    body: bytes,
    url: str,
    content_type: str | None = None,
    default_language: str | None = None,
    *,
    seen: Collection[str] = (),
    stored_guids: Collection[str] = (),
) -> ParsedFeed:
    """Parse a document; items that parsed are kept even when the document is broken further on.

    `seen`: entry digests of items already stored. Entries with those digests are cut out before
    feedparser reads the rest: they would parse to the stored items again, which the store skips.
    `stored_guids`: the feed's stored guids; if a remaining entry repeats one, the whole document is
    parsed after all, so duplicate guids resolve exactly as on the plain path.
    """
    spans = entry_spans(body)
    digests = entry_digests(body, spans, url, content_type, default_language) if spans else None
    if spans and digests and seen:
        keep = [i for i, digest in enumerate(digests) if digest not in seen]
        if len(keep) < len(spans):
            kept = set(keep)
            edges = [0] + [edge for i in range(len(spans)) if i not in kept for edge in spans[i]]
            edges.append(len(body))
            reduced = b"".join(body[edges[j] : edges[j + 1]] for j in range(0, len(edges), 2))
            partial = _parse(reduced, url, content_type, default_language, [digests[i] for i in keep])
            if partial is not None and not any(item.guid in stored_guids for item in partial.items):
                return replace(partial, skipped=len(spans) - len(keep))
    parsed = _parse(body, url, content_type, default_language, digests)
    if parsed is None:  # feedparser saw another number of entries: no digests
        parsed = _parse(body, url, content_type, default_language, None)
    assert parsed is not None
    return parsed


# feedparser's own rules, lent to the lxml reader so that both paths apply the same code.
_RULES = fastparse.Rules(
    looks_like_html=feedparser.mixin._FeedParserMixin.looks_like_html,
    safe_absolute_uri=feedparser.urls.make_safe_absolute_uri,
    urljoin=feedparser.urls._urljoin,
    cp1252=feedparser.html._cp1252,
    void_elements=frozenset(feedparser.html._BaseHTMLProcessor.elements_no_end_tag),
)


def _parse(
    body: bytes, url: str, content_type: str | None, default_language: str | None, digests: list[str] | None
) -> ParsedFeed | None:
    if (json_feed := jsonfeed.parse(body, content_type)) is not None:  # feedparser reads no JSON
        return _from_result(json_feed, body, url, content_type, default_language, None)
    fast = fastparse.parse(body, url, content_type, _RULES)
    if fast is not None and fast.entries:
        parsed: Any = {"feed": fast.feed, "entries": fast.entries, "bozo": fast.bozo is not None}
        if fast.bozo:
            parsed["bozo_message"] = fast.bozo
    else:
        parsed = _feedparser_result(body, url, content_type)
    return _from_result(parsed, body, url, content_type, default_language, digests)


def _feedparser_result(body: bytes, url: str, content_type: str | None) -> Any:
    parsed = _feedparser(body, url, content_type)
    if not parsed.get("entries") and parsed.get("bozo") and _lied_about_utf8(parsed, body):
        # A wrong charset (in the header or the XML declaration) over UTF-8 bytes turns the whole
        # document into garbage; reading the bytes as what they really are recovers every item.
        parsed = _feedparser(body, url, "application/xml; charset=utf-8")
    return parsed


def _from_result(
    parsed: Any,
    body: bytes,
    url: str,
    content_type: str | None,
    default_language: str | None,
    digests: list[str] | None,
) -> ParsedFeed | None:
    feed = parsed.get("feed", {})
    feed_language = _language(feed.get("language")) or default_language
    # feedparser already resolved relative links against xml:base and the feed's own URL.
    entries = parsed.get("entries", [])
    if digests is not None and len(digests) != len(entries):
        return None
    marks: list[str | None] = list(digests) if digests is not None else [None] * len(entries)
    items = _unique(
        _item_from_entry(e, url, feed_language, mark) for e, mark in zip(entries, marks, strict=True)
    )
    bozo = None
    if parsed.get("bozo_message"):
        bozo = parsed["bozo_message"]
    elif parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        bozo = f"{type(exc).__name__}: {exc}" if exc else "not well-formed"
    alternates: tuple[str, ...] = ()
    if not items and _looks_like_html(body, content_type):
        alternates = find_alternates(body, url)
    return ParsedFeed(
        title=html_to_text(str(feed.get("title") or "")) or None,
        link=_safe_link(feed.get("link"), url),
        language=feed_language,
        items=tuple(items),
        bozo=bozo,
        alternates=alternates,
    )


def _feedparser(body: bytes, url: str, content_type: str | None) -> Any:
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    if b"&#" in body:
        # feedparser's loose parser raises on a character reference to a surrogate ("&#xD800;"),
        # which would cost the whole feed; such a reference can only be the replacement character.
        body = _SURROGATE_REFS.sub(_replace_surrogate_ref, body)
    # nh3 sanitises, once, to our own rules
    return feedparser.parse(body, response_headers=headers, resolve_relative_uris=True, sanitize_html=False)


_SURROGATE_REFS = re.compile(rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*5[5-7][0-9]{3});")


def _replace_surrogate_ref(match: re.Match[bytes]) -> bytes:
    ref = match.group(0)[2:-1]
    code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else match.group(0)


def _lied_about_utf8(parsed: Any, body: bytes) -> bool:
    if str(parsed.get("encoding") or "").lower().replace("_", "-") in ("utf-8", "utf8"):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _unique(items: Iterable[ParsedItem]) -> list[ParsedItem]:
    # Feeds do repeat a guid; the first occurrence is the one a reader shows.
    seen: set[str] = set()
    out = []
    for item in items:
        if item.guid not in seen:
            seen.add(item.guid)
            out.append(item)
    return out


def classify_failure(parsed: ParsedFeed, body: bytes, content_type: str | None) -> str | None:
    """Why a fetched document gave no feed, or None when it is a feed (even an empty one)."""
    if parsed.items or parsed.skipped:
        return None
    if not body.strip():
        return "empty response"
    if parsed.alternates:
        return "an HTML page, not a feed (it links to " + ", ".join(parsed.alternates[:3]) + ")"
    if _looks_like_html(body, content_type):
        return "an HTML page, not a feed"
    if parsed.bozo and parsed.title is None:
        return f"not a feed: {parsed.bozo}"
    return None
