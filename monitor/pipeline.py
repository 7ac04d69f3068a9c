"""CPU-bound work on one fetched document: parse, then analyse each item. Runs in worker processes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from monitor.analysis import analyze
from monitor.models import ParsedFeed
from monitor.parse import parse_feed


def prepare_feed(
    body: bytes,
    url: str,
    content_type: str | None,
    language: str | None,
    authority: str | None,
    known: Mapping[str, str] | None = None,
) -> ParsedFeed:
    """Everything between the bytes and the database, pure, so it can run in any process.

    `known` maps guids already stored for this feed to their content hashes: an item found there
    unchanged is not analysed (the store skips it anyway), so a feed with one new item costs one
    analysis, not fifty.
    """
    parsed = parse_feed(body, url, content_type, default_language=language)
    known = known or {}
    items = tuple(
        item
        if known.get(item.guid) == item.content_hash
        else replace(item, analysis=analyze(item.title, item.summary_text, item.language, authority))
        for item in parsed.items
    )
    return replace(parsed, items=items)
