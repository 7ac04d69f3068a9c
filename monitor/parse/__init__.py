"""Feed bytes to a ParsedFeed: the one entry point of the parse package, and which reader reads what.

- `sanitise.py`   nh3 sanitising, visible text, canonical links (the only nh3 import)
- `skipping.py`   entries already stored cut out of the bytes before the slow parser reads them
- `fast.py`       the lxml reader of plain RSS 2.0 / Atom 1.0 (with `fast_values.py`); declines the rest
- `feedparser_bridge.py`  feedparser, its private helpers and our date hook (the only feedparser import)
- `jsonfeed.py`   JSON Feed into the same entry shape
- `entries.py`    that entry shape into ParsedItems: the same code whichever reader read the document

Each reader reads a document at most once. When entries are skipped, the shorter document is read
instead (by the fast reader, or feedparser where it declines), and the whole one only if a remaining
entry repeats a stored guid (duplicate guids must resolve as they do on the whole document).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from monitor.models import ParsedFeed, ParsedItem
from monitor.parse import fast, feedparser_bridge, jsonfeed
from monitor.parse.entries import entry_items, find_alternates, looks_like_html_page, to_feed
from monitor.parse.sanitise import (
    MAX_SUMMARY_HTML,
    MAX_TITLE,
    canonical_url,
    clean_html_to_text,
    html_to_text,
    sanitize_html,
    valid_text,
)
from monitor.parse.skipping import entry_digests, entry_spans, without

__all__ = [
    "MAX_SUMMARY_HTML",
    "MAX_TITLE",
    "canonical_url",
    "classify_failure",
    "clean_html_to_text",
    "find_alternates",
    "html_to_text",
    "parse_feed",
    "sanitize_html",
    "valid_text",
]


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

    `seen`: entry digests of items already stored. Entries with those digests are left out: they
    would parse to the stored items again, which the store skips.
    `stored_guids`: the feed's stored guids; if a remaining entry repeats one, the whole document's
    items are returned after all, so duplicate guids resolve exactly as on the plain path.
    """

    def feed(
        result: dict[str, Any], items: list[ParsedItem], doc: bytes = body, skipped: int = 0
    ) -> ParsedFeed:
        return to_feed(result, items, doc, url, content_type, default_language, skipped)

    if (json_feed := jsonfeed.parse(body, content_type)) is not None:  # no reader here reads JSON
        return feed(json_feed, entry_items(json_feed, url, default_language, None))
    spans = entry_spans(body) or []
    digests = entry_digests(body, spans, url, content_type, default_language) if spans else None
    keep = [i for i, digest in enumerate(digests or ()) if digest not in seen]
    if digests and seen and len(keep) < len(spans):
        # Either reader reads only the entries not stored: reading a stored entry's HTML costs as
        # much as a new one's (relative links resolved, values repaired; ~10 of the ~11 ms the fast
        # reader took over a 50-entry document with one new entry, issue #17).
        reduced = without(body, spans, keep)
        result = _read(reduced, url, content_type)
        if len(result.get("entries", ())) == len(keep):
            kept = entry_items(result, url, default_language, [digests[i] for i in keep])
            if not _repeats(kept, stored_guids):
                return feed(result, kept, reduced, len(spans) - len(keep))
    if (quick := fast.read(body, url, content_type)) is not None and quick.entries:
        return feed(quick.as_result(), entry_items(quick.as_result(), url, default_language, digests))
    result = feedparser_bridge.read(body, url, content_type)
    return feed(result, entry_items(result, url, default_language, digests))


def _read(body: bytes, url: str, content_type: str | None) -> dict[str, Any]:
    """The fast reader's result, or feedparser's where it declines."""
    quick = fast.read(body, url, content_type)
    return quick.as_result() if quick is not None else feedparser_bridge.read(body, url, content_type)


def _repeats(items: list[ParsedItem], stored_guids: Collection[str]) -> bool:
    return any(item.guid in stored_guids for item in items)


def classify_failure(parsed: ParsedFeed, body: bytes, content_type: str | None) -> str | None:
    """Why a fetched document gave no feed, or None when it is a feed (even an empty one)."""
    if parsed.items or parsed.skipped:
        return None
    if not body.strip():
        return "empty response"
    if parsed.alternates:
        return "an HTML page, not a feed (it links to " + ", ".join(parsed.alternates[:3]) + ")"
    if looks_like_html_page(body, content_type):
        return "an HTML page, not a feed"
    if parsed.bozo and parsed.title is None:
        return f"not a feed: {parsed.bozo}"
    return None
