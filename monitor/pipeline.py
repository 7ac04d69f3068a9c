"""CPU-bound work on one fetched document: parse, then analyse each item. Runs in worker processes."""

from __future__ import annotations

from dataclasses import replace

from monitor.analysis import analyze
from monitor.models import ParsedFeed
from monitor.parse import parse_feed


def prepare_feed(
    body: bytes, url: str, content_type: str | None, language: str | None, authority: str | None
) -> ParsedFeed:
    """Everything between the bytes and the database, pure, so it can run in any process."""
    parsed = parse_feed(body, url, content_type, default_language=language)
    items = tuple(
        replace(item, analysis=analyze(item.title, item.summary_text, item.language, authority))
        for item in parsed.items
    )
    return replace(parsed, items=items)
