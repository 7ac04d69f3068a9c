"""The two readers of a feed side by side: the lxml reader (declines or agrees) and feedparser."""

from __future__ import annotations

from typing import Any

from monitor.models import ParsedFeed
from monitor.parse import fast, feedparser_bridge
from monitor.parse.entries import entry_items, to_feed

# No header, a bare XML type, and one naming UTF-8: the three ways feeds are usually served.
CONTENT_TYPES = (None, "application/xml", "application/rss+xml; charset=utf-8")


def fast_and_plain(body: bytes, url: str, content_type: str | None) -> tuple[ParsedFeed | None, ParsedFeed]:
    """The document read by lxml (None when the reader declines) and by feedparser, whole."""

    def feed(result: dict[str, Any]) -> ParsedFeed:
        return to_feed(result, entry_items(result, url, None, None), body, url, content_type, None)

    quick = fast.read(body, url, content_type)
    plain = feed(feedparser_bridge.read(body, url, content_type))
    if quick is None or not quick.entries:
        return None, plain
    return feed(quick.as_result()), plain


def same_or_declined(body: bytes, url: str, content_type: str | None = None) -> bool:
    """True when the lxml reader read the document, which it may only do to feedparser's result."""
    quick, plain = fast_and_plain(body, url, content_type)
    if quick is None:
        return False
    assert quick == plain  # every field of the feed and of every ParsedItem
    return True
