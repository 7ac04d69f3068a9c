"""Editing the user's watchlist.yml (extra watch phrases and topics) without losing its comments.

The file is read by analysis/rules.py; this module only writes it, through yaml_edit's round trip,
so a phrase added from the command line leaves the user's notes, order and layout as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from monitor import yaml_edit
from monitor.yaml_edit import CommentedMap, CommentedSeq

HEADER = """\
# Your own watch list, read with the bundled topics (see the README). A * ends a phrase that may
# continue ("meter*" also finds "meters"); case and accents do not matter.
"""


class WatchlistError(ValueError):
    """A watch list that cannot be edited safely; nothing was written."""


def _load(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return yaml_edit.load(HEADER + "watch_phrases: []\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchlistError(f"{path}: cannot read: {exc}") from exc
    try:
        document = yaml_edit.load(text) if text.strip() else None
    except Exception as exc:
        raise WatchlistError(f"{path}: not valid YAML, fix it first: {exc}") from exc
    if document is None:
        document = yaml_edit.load(HEADER + "watch_phrases: []\n")
    if not isinstance(document, CommentedMap):
        raise WatchlistError(f"{path}: expected 'watch_phrases:' and/or 'tags:' at the top level")
    return document


def _phrases(document: CommentedMap, tag: str | None, create: bool) -> CommentedSeq | None:
    """The list a phrase goes in (made when `create`), or None when there is none."""
    holder: Any = document
    key = "watch_phrases"
    if tag is not None:
        if document.get("tags") is None and create:
            document["tags"] = CommentedMap()
        tags = document.get("tags")
        if tags is None:
            return None
        if not isinstance(tags, dict):
            raise WatchlistError("'tags:' must be a mapping of topic: phrases")
        if tags.get(tag) is None and create:
            tags[tag] = CommentedMap(phrases=CommentedSeq())
        holder, key = tags, tag
        if isinstance(tags.get(tag), dict):
            holder, key = tags[tag], "phrases"
    if holder.get(key) is None and create:
        holder[key] = CommentedSeq()
    found = holder.get(key)
    if found is None:
        return None
    if not isinstance(found, CommentedSeq):
        raise WatchlistError("these phrases are given per language: edit that part of the file by hand")
    return found


def _save(path: Path, document: Any) -> None:
    text = yaml_edit.dump(document)
    data = yaml.safe_load(text)  # what rules.py will read: a mapping of the known keys
    if not isinstance(data, dict) or set(data) - {"watch_phrases", "tags", "parties"}:
        raise WatchlistError(f"{path}: expected only 'watch_phrases:', 'tags:' and 'parties:'")
    yaml_edit.write_atomically(path, text, prefix=".watchlist-")


def add_phrase(path: Path, phrase: str, tag: str | None = None) -> bool:
    """Add a phrase (to a topic when `tag` is given); False when it was there already."""
    phrase = phrase.strip()
    if not phrase:
        raise WatchlistError("an empty phrase would match nothing")
    document = _load(path)
    phrases = _phrases(document, tag, create=True)
    assert phrases is not None
    if any(str(p).casefold() == phrase.casefold() for p in phrases):
        return False
    phrases.append(phrase)
    _save(path, document)
    return True


def remove_phrase(path: Path, phrase: str, tag: str | None = None) -> bool:
    """Remove a phrase; False when it was not in the list."""
    if not path.exists():
        return False
    document = _load(path)
    phrases = _phrases(document, tag, create=False)
    if phrases is None:
        return False
    for index, existing in enumerate(phrases):
        if str(existing).casefold() == phrase.strip().casefold():
            del phrases[index]
            _save(path, document)
            return True
    return False


def list_phrases(path: Path) -> list[tuple[str | None, str]]:
    """(topic or None, phrase) for every phrase of the file, in its order."""
    if not path.exists():
        return []
    document = _load(path)
    out: list[tuple[str | None, str]] = [(None, str(p)) for p in (document.get("watch_phrases") or [])]
    for tag, spec in (document.get("tags") or {}).items():
        phrases = spec.get("phrases") if isinstance(spec, dict) else spec
        if isinstance(phrases, dict):
            phrases = [p for values in phrases.values() for p in (values or [])]
        out.extend((str(tag), str(p)) for p in (phrases or []))
    return out
