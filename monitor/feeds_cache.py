"""The checked feeds file kept as JSON in the user's cache folder, so that reading an unchanged
feeds.yml costs a JSON parse instead of composing its YAML (`monitor feeds` with 2,000 feeds,
issue #17).

The cache holds the very text it was made from and serves only a file that is that text, byte for
byte (no clock tick or size can make an edited file look unchanged), and only for this version of
the app. It is a file like any other: whatever is read back passes the checks a feeds file passes
(`feed_entries.feed_from_values`, the same names and URLs refused), and a cache that is damaged,
foreign or of another shape is ignored and written again, never trusted.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from monitor import __version__
from monitor.feed_entries import SELECT_KEYS, Problems, feed_from_values, unique
from monitor.models import FeedConfig
from monitor.paths import cache_dir

FORMAT = 1  # the shape of a cached feed below; a change of it makes every older cache foreign
MAX_CACHE_BYTES = 64 * 1024 * 1024  # the text (≤ 10 MiB) and its feeds; anything larger is not ours
_FIELDS = (
    "name", "url", "kind", "language", "country", "authority", "enabled", "interval", "tags", "type",
    "select",
)  # fmt: skip
_PLAIN = (str, int, float, bool, type(None))


def cache_path() -> Path:
    return cache_dir() / "feeds.json"


def read(text: str) -> list[FeedConfig] | None:
    """The feeds cached for this exact text, checked again; None when there are none to trust."""
    try:
        with cache_path().open("rb") as handle:
            data = handle.read(MAX_CACHE_BYTES + 1)
        if len(data) > MAX_CACHE_BYTES:
            return None
        cached = json.loads(data)
    except (OSError, ValueError, RecursionError):  # missing, unreadable, not JSON, nested too deep
        return None
    if not isinstance(cached, dict) or set(cached) != {"format", "version", "text", "feeds"}:
        return None
    if cached["format"] != FORMAT or cached["version"] != __version__ or cached["text"] != text:
        return None
    records = cached["feeds"]
    if not isinstance(records, list):
        return None
    problems: Problems = []
    feeds = [feed for record in records if (feed := _feed(record, problems)) is not None]
    if problems or len(feeds) != len(records) or len(unique(feeds, problems)) != len(feeds):
        return None
    return feeds


def write(text: str, feeds: list[FeedConfig]) -> None:
    """Keep `feeds`, read from `text`, for the next reading; a cache that cannot be written is no error."""
    document = {"format": FORMAT, "version": __version__, "text": text, "feeds": [_record(f) for f in feeds]}
    try:
        folder = cache_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".feeds-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle, ensure_ascii=False)
            # One rename: a reader sees the old cache or the new one, never half of one. No fsync:
            # a cache lost or cut short by a crash is ignored and rebuilt.
            os.replace(tmp, cache_path())
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full cache folder: the file is read from its YAML every time


def _record(feed: FeedConfig) -> dict[str, Any]:
    record: dict[str, Any] = {key: getattr(feed, key) for key in _FIELDS}
    record["tags"] = list(feed.tags)
    record["select"] = (
        {key: getattr(feed.select, key) for key in SELECT_KEYS if getattr(feed.select, key) is not None}
        if feed.select
        else None
    )
    record["line"] = feed.line
    return record


def _feed(record: object, problems: Problems) -> FeedConfig | None:
    """A cached feed checked as its entry in the file was, or None (with a problem) for anything else."""
    if not isinstance(record, dict) or set(record) != {*_FIELDS, "line"}:
        problems.append((0, "not a cached feed"))
        return None
    line = record["line"]
    if type(line) is not int or line < 1:
        problems.append((0, "no line"))
        return None
    values: dict[str, Any] = {}
    for key in _FIELDS:
        value = record[key]
        if value is None:
            continue
        if not _plain(key, value):
            problems.append((line, f"{key!r} is not a plain value"))
            return None
        values[key] = value
    feed = feed_from_values(values, {}, line, problems)
    if feed is not None and _record(feed) != record:
        problems.append((line, "not as a feeds file would give it"))  # e.g. a name with spaces around it
        return None
    return feed


def _plain(key: str, value: object) -> bool:
    """The shape a feeds file's YAML may give a key (`feeds_yaml._shape_problem`), as JSON gives it."""
    if key == "tags":
        return isinstance(value, list) and all(isinstance(tag, str) for tag in value)
    if key == "select":
        return (
            isinstance(value, dict)
            and set(value) <= set(SELECT_KEYS)
            and all(isinstance(selector, str) for selector in value.values())
        )
    return isinstance(value, _PLAIN)
