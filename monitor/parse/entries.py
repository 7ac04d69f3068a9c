"""The entry shape feedparser returns (also given by fast.py and jsonfeed.py) made into a ParsedFeed:
sanitised summaries, plain titles, checked links, UTC dates, guids, content hashes; and the feeds an
HTML page links to when a document holds no items.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from monitor import urls
from monitor.models import ParsedFeed, ParsedItem
from monitor.parse.sanitise import (
    MAX_TITLE,
    canonical_url,
    clean_html_to_text,
    html_to_text,
    sanitize_html,
    valid_text,
)


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


def looks_like_html_page(body: bytes, content_type: str | None) -> bool:
    head = body[:2048].lstrip().lower()
    return (content_type or "").lower().startswith("text/html") or head.startswith(
        (b"<!doctype html", b"<html")
    )


def entry_items(
    parsed: Mapping[str, Any], url: str, default_language: str | None, digests: Sequence[str] | None
) -> list[ParsedItem]:
    """One item per entry, in document order, repeats included; `digests` marks each (skipping.py),
    unless the parser counted other entries than expat did: then none is marked, and the next poll
    parses the document whole."""
    feed_language = _language(parsed.get("feed", {}).get("language")) or default_language
    # feedparser already resolved relative links against xml:base and the feed's own URL.
    entries = parsed.get("entries", [])
    marks: Sequence[str | None] = [None] * len(entries)
    if digests is not None and len(digests) == len(entries):
        marks = digests
    return [_item_from_entry(e, url, feed_language, mark) for e, mark in zip(entries, marks, strict=True)]


def to_feed(
    parsed: Mapping[str, Any],
    items: Iterable[ParsedItem],
    body: bytes,
    url: str,
    content_type: str | None,
    default_language: str | None,
    skipped: int = 0,
) -> ParsedFeed:
    """The document's feed with `items` (from entry_items), the first of each guid kept."""
    feed = parsed.get("feed", {})
    unique = _unique(items)
    bozo = None
    if parsed.get("bozo_message"):
        bozo = parsed["bozo_message"]
    elif parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        bozo = f"{type(exc).__name__}: {exc}" if exc else "not well-formed"
    alternates: tuple[str, ...] = ()
    if not unique and looks_like_html_page(body, content_type):
        alternates = find_alternates(body, url)
    return ParsedFeed(
        title=html_to_text(str(feed.get("title") or "")) or None,
        link=_safe_link(feed.get("link"), url),
        language=_language(feed.get("language")) or default_language,
        items=tuple(unique),
        bozo=bozo,
        alternates=alternates,
        skipped=skipped,
    )


def _unique(items: Iterable[ParsedItem]) -> list[ParsedItem]:
    # Feeds do repeat a guid; the first occurrence is the one a reader shows.
    seen: set[str] = set()
    out = []
    for item in items:
        if item.guid not in seen:
            seen.add(item.guid)
            out.append(item)
    return out
