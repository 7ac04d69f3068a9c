"""Editing the user's YAML files (feeds.yml, watchlist.yml) without losing their comments or order.

Reading stays with PyYAML's composer in config.py, for its line-precise errors; writing goes through
ruamel.yaml's round-trip mode, which keeps every comment, blank line and key order of the file the
user wrote. An entry is edited in place (only the keys that changed are touched), removed entries are
cut out, new ones are appended: a comment above a section ("# News") stays above it.
"""

from __future__ import annotations

import copy
import io
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

__all__ = [
    "CommentedMap",
    "CommentedSeq",
    "dump",
    "load",
    "merge_sequence",
    "update_mapping",
    "write_atomically",
]


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # a long URL stays on one line
    yaml.preserve_quotes = True
    yaml.allow_unicode = True
    return yaml


def load(text: str) -> Any:
    """The round-trip document (None for an empty one); ruamel's errors pass through."""
    return _yaml().load(text)


def dump(document: Any) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


def _value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()  # tags: [biometrics, police], as people write them
        return seq
    if isinstance(value, Mapping):
        return CommentedMap(value)
    return value


def _split(token: Any) -> tuple[str, str]:
    """A key's comment token as (the rest of its own line, the lines that follow it)."""
    value = str(token.value)
    eol, newline, following = value.partition("\n")
    return eol + newline, following


def _set_comment(mapping: CommentedMap, key: Any, template: Any, value: str) -> None:
    if not value.strip("\n") and value.count("\n") <= 1:
        mapping.ca.items.pop(key, None)  # nothing left but the line's own end
        return
    token = copy.copy(template)
    token.value = value
    mapping.ca.items[key] = [None, None, token, None]


def _move_trailing_comment(source: CommentedMap, old_last: Any, target: CommentedMap, new_last: Any) -> None:
    """The lines after `old_last` (a section's heading comment, blank lines) move after `new_last`.

    ruamel keeps them on the last key of the entry above; what stays is that key's end-of-line comment.
    """
    entry = source.ca.items.get(old_last)
    if not entry or entry[2] is None or (source is target and old_last == new_last):
        return
    eol, following = _split(entry[2])
    _set_comment(source, old_last, entry[2], eol)
    if not following:
        return
    existing = target.ca.items.get(new_last)
    if existing and existing[2] is not None:
        own_eol, own_following = _split(existing[2])
        _set_comment(target, new_last, existing[2], own_eol + own_following + following)
    else:
        _set_comment(target, new_last, entry[2], "\n" + following)


def update_mapping(
    mapping: CommentedMap,
    values: Mapping[str, Any],
    managed: Sequence[str],
    defaults: Mapping[str, Any] | None = None,
) -> None:
    """Make `mapping` hold `values` for the `managed` keys, touching only what changed.

    A key left out of `values` because it has its default value stays if the user wrote it so.
    """
    defaults = defaults or {}
    for key in managed:
        keys = list(mapping.keys())
        last = keys[-1] if keys else None
        if key in values:
            wanted = values[key]
            if key in mapping and _plain(mapping[key]) == _plain(wanted):
                continue
            if key in mapping:
                mapping[key] = _value(wanted)
            elif not (key in defaults and _plain(wanted) == defaults[key]):
                mapping[key] = _value(wanted)
                _move_trailing_comment(mapping, last, mapping, key)
        elif key in mapping and not (key in defaults and _plain(mapping[key]) == defaults[key]):
            del_last = key == last
            remaining = [k for k in keys if k != key]
            if del_last and remaining:
                _move_trailing_comment(mapping, key, mapping, remaining[-1])
            del mapping[key]


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def merge_sequence(
    seq: CommentedSeq,
    entries: Sequence[Mapping[str, Any]],
    identity: Callable[[Mapping[str, Any]], Sequence[str]],
    managed: Sequence[str],
    defaults: Mapping[str, Any] | None = None,
) -> None:
    """Edit `seq` in place into `entries`; an entry is matched by any of its identities (name, url)."""
    index: dict[str, int] = {}
    for position, item in enumerate(seq):
        if isinstance(item, CommentedMap):
            for key in identity(item):
                index.setdefault(key, position)
    matched: dict[int, Mapping[str, Any]] = {}
    fresh: list[Mapping[str, Any]] = []
    for entry in entries:
        found = [index[k] for k in identity(entry) if k in index and index[k] not in matched]
        if found:
            matched[found[0]] = entry
        else:
            fresh.append(entry)
    for position in range(len(seq) - 1, -1, -1):
        if position not in matched:
            _keep_following_comment(seq, position)
            del seq[position]
    for item, entry in zip(seq, [matched[p] for p in sorted(matched)], strict=True):
        update_mapping(item, entry, managed, defaults)
    for entry in fresh:
        seq.append(CommentedMap((k, _value(v)) for k, v in entry.items()))


def _keep_following_comment(seq: CommentedSeq, position: int) -> None:
    """A removed entry's following lines ("# News" above the next section) go to the entry before it."""
    item = seq[position]
    if position == 0 or not isinstance(item, CommentedMap) or not item:
        return
    before = seq[position - 1]
    if isinstance(before, CommentedMap) and before:
        _move_trailing_comment(item, list(item.keys())[-1], before, list(before.keys())[-1])


def write_atomically(path: Path, text: str, prefix: str = ".edit-") -> None:
    """Replace the file in one step: a crash mid-write never leaves a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
