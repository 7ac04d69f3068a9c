"""The feeds file's cache: an unchanged file is read from it, anything else from the YAML, and a
cache that says anything a feeds file could not is ignored and written again."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import monitor.feeds_yaml
from monitor import feeds_cache
from monitor.config import load_feeds
from monitor.config_values import ConfigError
from tests.test_config import EVERY_FORM, GOOD


@pytest.fixture
def feeds_file(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yml"
    path.write_text(EVERY_FORM, encoding="utf-8")
    return path


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, path: Path | str = "<feeds>") -> Any:
        raise AssertionError("the YAML was read")

    monkeypatch.setattr(monitor.feeds_yaml, "parse_feeds", refuse)


def test_an_unchanged_file_is_read_from_the_cache(feeds_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_feeds(feeds_file)
    assert feeds_cache.cache_path().is_file()
    _no_yaml(monkeypatch)
    assert load_feeds(feeds_file) == first != []  # every value and line alike, pages' selectors too
    assert any(feed.select is not None for feed in first) and any(feed.interval for feed in first)


def test_a_file_edited_within_one_clock_tick_is_read_again(feeds_file: Path) -> None:
    load_feeds(feeds_file)
    stat = feeds_file.stat()
    edited = EVERY_FORM.replace("interval: 2h", "interval: 3h")
    assert len(edited) == len(EVERY_FORM) and edited != EVERY_FORM
    feeds_file.write_text(edited, encoding="utf-8")
    os.utime(feeds_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime
    assert [f.interval for f in load_feeds(feeds_file)][-1] == 3 * 3600


def test_a_file_with_problems_is_never_cached(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yml"
    path.write_text("feeds:\n  - name: X\n    url: javascript:alert(1)\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError):
            load_feeds(path)
    assert not feeds_cache.cache_path().exists()


def _tampered(change: str) -> Any:
    def edit(document: dict[str, Any]) -> Any:
        record = document["feeds"][0]
        if change == "url with a password":
            record["url"] = "https://user:secret@evil.example/feed"
        elif change == "bidi name":
            record["name"] = "CNIL \u202egnp.exe"
        elif change == "unknown kind":
            record["kind"] = "admin"
        elif change == "interval too short":
            record["interval"] = 5
        elif change == "enabled as a number":
            record["enabled"] = 1
        elif change == "an extra key":
            record["command"] = "rm -rf ~"
        elif change == "no line":
            record["line"] = 0
        elif change == "tags not a list":
            record["tags"] = {"a": 1}
        elif change == "name not as written":
            record["name"] = "  CNIL (FR)  "
        elif change == "a selector of a non-page":
            record["select"] = {"block": "div"}
        elif change == "a duplicate":
            document["feeds"][1] = dict(record)
        elif change == "a nested list":
            record["tags"] = [[["x"]]]
        elif change == "another version":
            document["version"] = "0.0.0-other"
        elif change == "no feeds list":
            document["feeds"] = "all of them"
        elif change == "not JSON":
            return b"\x00\xff{"
        elif change == "deeply nested":
            return b"[" * 100_000
        return document

    return edit


CHANGES = [
    "url with a password", "bidi name", "unknown kind", "interval too short", "enabled as a number",
    "an extra key", "no line", "tags not a list", "name not as written", "a selector of a non-page",
    "a duplicate", "a nested list", "another version", "no feeds list", "not JSON", "deeply nested",
]  # fmt: skip


@pytest.mark.parametrize("change", CHANGES)
def test_a_cache_a_feeds_file_could_not_give_is_ignored_and_written_again(
    tmp_path: Path, change: str
) -> None:
    path = tmp_path / "feeds.yml"
    path.write_text(GOOD, encoding="utf-8")
    expected = load_feeds(path)
    cache = feeds_cache.cache_path()
    edited = _tampered(change)(json.loads(cache.read_bytes()))
    cache.write_bytes(edited if isinstance(edited, bytes) else json.dumps(edited).encode())
    assert feeds_cache.read(GOOD) is None
    assert load_feeds(path) == expected  # read from the YAML
    assert feeds_cache.read(GOOD) == expected  # and the cache made whole again


def test_an_unwritable_cache_folder_only_costs_the_yaml(
    feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(blocker / "cache"))
    assert load_feeds(feeds_file) == load_feeds(feeds_file) != []
