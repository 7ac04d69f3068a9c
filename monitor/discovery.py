"""What an address is, from one fetch: a feed, an HTML page that links to a feed, or a news listing.

Shared by the add-feed dialog and `monitor feeds add`: a feed gives its title and language; a page
that links to feeds (<link rel="alternate">) is followed to the first that parses, so its title is
known on the first try; a page with no feed but a listing of news offers itself as a page source
with a preview of the items watching it would give. Everything goes through fetch.py's Fetcher.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from monitor.fetch import Fetcher, FetchResult
from monitor.models import PageSelectors, ParsedItem
from monitor.pages import parse_listing
from monitor.parse import classify_failure, parse_feed

PREVIEW_ITEMS = 8


@dataclass(frozen=True)
class Discovery:
    url: str  # the feed's own URL (after redirects, or the linked feed), or the page's
    kind: Literal["feed", "page", "none"] = "none"
    title: str | None = None
    language: str | None = None
    items: int = 0
    alternates: tuple[str, ...] = ()  # feeds the page links to
    page_url: str | None = None  # the HTML page a linked feed was found on
    preview: tuple[ParsedItem, ...] = ()  # kind "page": the first items the listing gives
    error: str | None = None


def _fetch(fetcher: Fetcher, url: str) -> FetchResult:
    return fetcher.fetch(url)


def discover(url: str, fetcher: Fetcher | None = None, selectors: PageSelectors | None = None) -> Discovery:
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        return _discover(fetcher, url, selectors)
    finally:
        if own:
            fetcher.close()


def _discover(fetcher: Fetcher, url: str, selectors: PageSelectors | None) -> Discovery:
    result = _fetch(fetcher, url)
    if result.outcome != "ok":
        return Discovery(url, error=result.error or f"HTTP {result.status}")
    parsed = parse_feed(result.body, result.url, result.content_type)
    if not classify_failure(parsed, result.body, result.content_type) and (parsed.items or parsed.title):
        return Discovery(result.url, "feed", parsed.title, parsed.language, len(parsed.items))
    for alternate in parsed.alternates:
        linked = _fetch(fetcher, alternate)
        if linked.outcome != "ok":
            continue
        feed = parse_feed(linked.body, linked.url, linked.content_type)
        if feed.items or (feed.title and not classify_failure(feed, linked.body, linked.content_type)):
            return Discovery(
                linked.url,
                "feed",
                feed.title,
                feed.language,
                len(feed.items),
                alternates=parsed.alternates,
                page_url=result.url,
            )
    listing = parse_listing(result.body, result.url, result.content_type, None, selectors)
    if listing.items:
        return Discovery(
            result.url,
            "page",
            listing.title,
            listing.language,
            len(listing.items),
            alternates=parsed.alternates,
            preview=listing.items[:PREVIEW_ITEMS],
        )
    if parsed.alternates:
        return Discovery(
            url, alternates=parsed.alternates, error="the feeds this page links to do not answer"
        )
    why = classify_failure(parsed, result.body, result.content_type) or "not a feed"
    if listing.bozo and why.startswith("an HTML page"):
        why = f"an HTML page with no feed link, and {listing.bozo}"
    return Discovery(url, error=why)
