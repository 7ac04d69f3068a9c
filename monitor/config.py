"""The feeds file (feeds.yml): reading it with line-precise errors (`feeds_yaml.py`), or from the
cache of the same text (`feeds_cache.py`); writing it back."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from monitor import feeds_cache
from monitor.config_values import ConfigError, format_interval
from monitor.feed_entries import KINDS, KNOWN_KEYS, SELECT_KEYS, check_url, page_selectors
from monitor.models import FeedConfig
from monitor.paths import bundled_feeds_file

__all__ = ["KINDS", "KNOWN_KEYS", "check_url", "load_feeds", "page_selectors", "parse_feeds", "save_feeds"]


def parse_feeds(text: str, path: Path | str = "<feeds>") -> list[FeedConfig]:
    """Validate a feeds document; raise ConfigError listing every problem with its line."""
    from monitor.feeds_yaml import parse_feeds as parse  # PyYAML: not for a file read from the cache

    return parse(text, path)


MAX_FILE_BYTES = 10 * 1024 * 1024  # thousands of feeds fit in a megabyte


def load_feeds(path: Path) -> list[FeedConfig]:
    try:
        with path.open("rb") as handle:  # capped while reading: --feeds /dev/zero ends here
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ConfigError(path, [(0, f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB")])
        text = data.decode("utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(path, [(0, "file not found")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, [(0, f"cannot read: {exc}")]) from exc
    if (cached := feeds_cache.read(text)) is not None:
        return cached
    feeds = parse_feeds(text, path)
    feeds_cache.write(text, feeds)
    return feeds


def ensure_user_feeds(path: Path) -> Path:
    """Create the user's feeds file from the bundled default the first time, so edits survive upgrades."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bundled_feeds_file(), path)
    return path


def _feed_to_dict(feed: FeedConfig) -> dict[str, Any]:
    out: dict[str, Any] = {"name": feed.name, "url": feed.url}
    if feed.type != "feed":
        out["type"] = feed.type
    out["kind"] = feed.kind
    for key in ("language", "country", "authority"):
        if getattr(feed, key):
            out[key] = getattr(feed, key)
    if not feed.enabled:
        out["enabled"] = False
    if feed.interval:
        out["interval"] = format_interval(feed.interval)
    if feed.tags:
        out["tags"] = list(feed.tags)
    if feed.select:
        out["select"] = {k: getattr(feed.select, k) for k in SELECT_KEYS if getattr(feed.select, k)}
    return out


HEADER = """\
# Feeds polled by Regulatory Monitor. One entry per feed:
#   name, url (http, https or file), kind (authority or news), language, country,
#   authority (short code, authorities only), and optionally enabled, interval (15m, 2h), tags.
#   type: page watches an HTML news listing instead of a feed; select: (block, link, title, date
#   CSS selectors) overrides the guess of its news blocks.
"""


def dump_feeds(feeds: Iterable[FeedConfig], existing: str | None = None) -> str:
    """The feeds document; with `existing` (the file's text), that text edited in place so that the
    user's comments, blank lines and key order survive (ruamel.yaml's round trip)."""
    from monitor import yaml_edit

    entries = [_feed_to_dict(f) for f in feeds]
    document = None
    if existing and existing.strip():
        try:
            document = yaml_edit.load(existing)
        except Exception:  # a file we cannot round-trip is rewritten whole, as before
            document = None
    if not (isinstance(document, dict) and isinstance(document.get("feeds"), list)):
        import yaml

        body = yaml.safe_dump(
            {"feeds": entries}, allow_unicode=True, sort_keys=False, default_flow_style=False
        )
        return HEADER + body
    yaml_edit.merge_sequence(
        document["feeds"], entries, _identity, _KEY_ORDER, {"kind": "news", "enabled": True, "type": "feed"}
    )
    return yaml_edit.dump(document)


# The order in which a new entry's keys are written, and in which missing keys are added to an old one.
_KEY_ORDER = [
    "name", "url", "type", "kind", "language", "country", "authority", "enabled", "interval", "tags",
    "select",
]  # fmt: skip


def _identity(entry: Any) -> list[str]:
    return [f"name:{str(entry.get('name', '')).casefold()}", f"url:{entry.get('url', '')}"]


def save_feeds(path: Path, feeds: Iterable[FeedConfig]) -> None:
    """Write atomically, keeping the file's comments: a crash mid-write never leaves a half file."""
    from monitor.yaml_edit import write_atomically

    try:
        existing: str | None = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        existing = None
    text = dump_feeds(feeds, existing)
    parse_feeds(text, path)  # refuse to write what we could not read back
    write_atomically(path, text, prefix=".feeds-")


def upsert_feed(feeds: list[FeedConfig], feed: FeedConfig, old_name: str | None = None) -> list[FeedConfig]:
    """The list with `feed` replacing the one named `old_name` (or appended)."""
    key = (old_name or feed.name).casefold()
    out = [replace(feed, line=0) if f.name.casefold() == key else f for f in feeds]
    if not any(f.name.casefold() == key for f in feeds):
        out.append(feed)
    return out


def remove_feed(feeds: list[FeedConfig], name: str) -> list[FeedConfig]:
    return [f for f in feeds if f.name.casefold() != name.casefold()]
