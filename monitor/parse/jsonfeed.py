"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read into the entry shape parse/entries.py reads.

Every value is checked where it enters: only strings are taken as text, ids may be numbers (1.0
feeds use them), dates must be RFC 3339, anything of another type is ignored rather than
stringified. Attachments (podcast enclosures) are not news text and are left alone. Returns None for
a document that is not a JSON Feed, so the caller can say "not a feed".
"""

from __future__ import annotations

import html
import json
import time
from datetime import UTC, datetime
from typing import Any

VERSION_PREFIX = "https://jsonfeed.org/version/"
MAX_ITEMS = 5000
MAX_TEXT = 1024 * 1024  # one item's text; the summary is cut far shorter later


def looks_like_json_feed(body: bytes, content_type: str | None) -> bool:
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    return "json" in (content_type or "").lower() or b"jsonfeed.org/version" in head


def _text(value: Any, limit: int = MAX_TEXT) -> str | None:
    return value[:limit] if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> time.struct_time | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # RFC 3339 requires an offset; a missing one is read as UTC
    return moment.astimezone(UTC).timetuple()


def _author(item: dict[str, Any], feed: dict[str, Any]) -> str | None:
    names: list[str] = []
    authors = item.get("authors")
    if not isinstance(authors, list):
        authors = [item.get("author")]  # 1.0: one object
    for author in authors[:20]:
        if isinstance(author, dict) and (name := _text(author.get("name"), 200)):
            names.append(name.strip())
    if not names and item is not feed:
        return _author(feed, feed)
    return ", ".join(names) or None


def _entry(item: dict[str, Any], feed: dict[str, Any]) -> dict[str, Any] | None:
    raw_id = item.get("id")
    if isinstance(raw_id, bool):
        raw_id = None
    ident = str(raw_id).strip() if isinstance(raw_id, str | int | float) else ""
    link = _text(item.get("url"), 4000) or _text(item.get("external_url"), 4000)
    content = _text(item.get("content_html"))
    if content is None and (plain := _text(item.get("content_text"))):
        content = "<p>" + html.escape(plain).replace("\n\n", "</p>\n<p>") + "</p>"
    summary = _text(item.get("summary"))
    entry: dict[str, Any] = {
        "id": ident or link or "",
        "link": link,
        "title": html.escape(_text(item.get("title"), 4000) or ""),
        # A summary is what a reader shows; the content stands in for it when there is none.
        "summary": html.escape(summary) if summary else (content or ""),
        "author": _author(item, feed),
        "published_parsed": _date(item.get("date_published")) or _date(item.get("date_modified")),
        "updated_parsed": _date(item.get("date_modified")),
        "language": _text(item.get("language"), 35),
    }
    if not (entry["id"] or entry["title"] or entry["summary"]):
        return None
    return entry


def parse(body: bytes, content_type: str | None = None) -> dict[str, Any] | None:
    """feedparser's result shape ({"feed": ..., "entries": [...]}) for a JSON Feed, or None."""
    if not looks_like_json_feed(body, content_type):
        return None
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    version = document.get("version")
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        return None
    items = document.get("items")
    entries = []
    for item in items[:MAX_ITEMS] if isinstance(items, list) else []:
        if isinstance(item, dict) and (entry := _entry(item, document)) is not None:
            entries.append(entry)
    feed = {
        "title": html.escape(_text(document.get("title"), 1000) or ""),
        "link": _text(document.get("home_page_url"), 4000),
        "language": _text(document.get("language"), 35),
    }
    return {"feed": feed, "entries": entries, "bozo": False}
