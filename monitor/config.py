"""The feeds file (feeds.yml): reading it with line-precise errors, and writing it back."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from monitor import urls
from monitor.config_values import ConfigError, format_interval, parse_interval, text_problem
from monitor.models import FeedConfig, PageSelectors
from monitor.paths import bundled_feeds_file

KNOWN_KEYS = {
    "name", "url", "kind", "language", "country", "authority", "enabled", "interval", "tags", "type",
    "select",
}  # fmt: skip
KINDS = ("authority", "news")
TYPES = ("feed", "page")
SELECT_KEYS = ("block", "link", "title", "date")
URL_SCHEMES = urls.FEEDS_FILE
# The YAML types a feeds file uses; any other tag (!foo, !!python/object, !!binary) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "bool", "null", "float")}
_STR_TAG = "tag:yaml.org,2002:str"
# libyaml's composer, where PyYAML was built with it (its wheels are).
_FAST_LOADER: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def check_url(url: str) -> str | None:
    """Why a feed URL is unusable, or None (monitor/urls.py judges every URL the same way)."""
    return urls.problem(url, schemes=URL_SCHEMES)


def _scalar(node: yaml.Node) -> Any:
    # The node's value as safe_load gives it, built from the node already composed: serialising
    # and re-reading each scalar cost ~2.5 ms a feed (5 s for `monitor feeds` with 2,000 feeds).
    # A constructor of its own for each value (a whole SafeLoader was ~12 µs more a value).
    if node is None:
        return None
    if node.tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
        return node.value  # what SafeConstructor.construct_yaml_str returns, without a constructor
    return SafeConstructor().construct_object(node, deep=True)


def _shape_problem(key: str, node: yaml.Node) -> str | None:
    """Why a value has the wrong shape: every key takes one plain value, tags a list of them.

    Checked on the node, before any value is built, so a list given as a name is refused rather than
    stringified, and an alias bomb (a list of lists of aliases) is never expanded into text.
    """
    if isinstance(node, yaml.ScalarNode):
        if key == "select":
            return "select must be a mapping of block, link, title, date selectors"
        if node.tag not in _PLAIN_TAGS:
            return f"{key!r} has the YAML tag {str(node.tag)[:40]!r}; only plain values are allowed"
        return None
    if key == "select" and isinstance(node, yaml.MappingNode):
        for sub_key, sub_value in node.value:
            if str(sub_key.value) not in SELECT_KEYS:
                return f"unknown selector {sub_key.value!r} under select (known: {', '.join(SELECT_KEYS)})"
            if not isinstance(sub_value, yaml.ScalarNode) or sub_value.tag not in _PLAIN_TAGS:
                return f"select.{sub_key.value} must be one CSS selector"
        return None
    if key == "tags" and isinstance(node, yaml.SequenceNode):
        if all(isinstance(child, yaml.ScalarNode) and child.tag in _PLAIN_TAGS for child in node.value):
            return None
        return "tags must be a list of words"
    shape = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
    return f"{key!r} must be a single value, not {shape}"


def _feed_from_node(node: yaml.Node, problems: list[tuple[int, str]]) -> FeedConfig | None:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        problems.append((line, "each feed must be a mapping with at least name and url"))
        return None
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    before = len(problems)
    for key_node, value_node in node.value:
        key = str(key_node.value)
        key_line = key_node.start_mark.line + 1
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(KNOWN_KEYS))
            problems.append((key_line, f"unknown key {key!r} (known keys: {known})"))
            continue
        if why := _shape_problem(key, value_node):
            problems.append((key_line, why))  # an alias node would point at its anchor instead
            continue
        try:
            values[key] = _scalar(value_node)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            problems.append((key_line, f"{key!r} cannot be read: {str(exc)[:120]}"))
            continue
        for text in values[key] if isinstance(values[key], list) else [values[key]]:
            if isinstance(text, str) and (why := text_problem(text)):
                problems.append((key_line, f"{key!r} {why}"))
                del values[key]
                break
        else:
            lines[key] = key_line
    for required in ("name", "url"):
        if not str(values.get(required) or "").strip():
            problems.append((line, f"feed is missing {required!r}"))
    name = str(values.get("name") or "").strip()
    url = str(values.get("url") or "").strip()
    if url and (why := check_url(url)):
        problems.append((lines["url"], why))
    kind = values.get("kind", "news")
    if kind not in KINDS:
        problems.append((lines.get("kind", line), f"kind must be 'authority' or 'news', not {kind!r}"))
    interval = None
    if values.get("interval") is not None:
        try:
            interval = parse_interval(values["interval"])
        except ValueError as exc:
            problems.append((lines["interval"], str(exc)))
    enabled = values.get("enabled", True)
    if not isinstance(enabled, bool):
        problems.append((lines["enabled"], f"enabled must be true or false, not {enabled!r}"))
    source_type = values.get("type", "feed")
    if source_type not in TYPES:
        problems.append((lines.get("type", line), f"type must be 'feed' or 'page', not {source_type!r}"))
    select: PageSelectors | None = None
    if values.get("select"):
        if source_type != "page":
            problems.append((lines["select"], "select applies to page sources only (add 'type: page')"))
        select, why = page_selectors(values["select"])
        if why:
            problems.append((lines["select"], why))
    tags = values.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append((lines.get("tags", line), "tags must be a list of words"))
        tags = []
    if len(problems) > before:
        return None
    return FeedConfig(
        name=name,
        url=url,
        kind=kind,
        language=_opt_str(values.get("language")),
        country=_opt_str(values.get("country")),
        authority=_opt_str(values.get("authority")),
        enabled=enabled,
        interval=interval,
        tags=tuple(t.strip() for t in tags if t.strip()),
        line=line,
        type="page" if source_type == "page" else "feed",
        select=select,
    )


def page_selectors(values: dict[str, Any]) -> tuple[PageSelectors | None, str | None]:
    """The selectors of a page source, each checked to be CSS that cssselect can translate."""
    from cssselect import GenericTranslator, SelectorError

    found: dict[str, str] = {}
    for key in SELECT_KEYS:
        value = values.get(key)
        if value is None:
            continue
        text = str(value).strip()
        try:
            GenericTranslator().css_to_xpath(text)
        except SelectorError as exc:
            return None, f"select.{key}: {text!r} is not a CSS selector ({exc})"
        found[key] = text
    return PageSelectors(**found), None


def _opt_str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def parse_feeds(text: str, path: Path | str = "<feeds>") -> list[FeedConfig]:
    """Validate a feeds document; raise ConfigError listing every problem with its line.

    Composed by libyaml where PyYAML has it (a 2,000-feed file: ~1.1 s → ~0.08 s). A file with any
    problem is composed again by PyYAML's own parser, whose messages, lines and nesting guard are
    the ones users (and the tests) know; for a file without problems both give the same nodes.
    """
    if _FAST_LOADER is not None:
        try:
            return _feeds_from_root(_fast_compose(text, _FAST_LOADER), path)
        except (yaml.YAMLError, ConfigError):
            pass  # reported below, as PyYAML's parser words and places it
    return _feeds_from_root(_compose(text, path), path)


def _fast_compose(text: str, loader_class: type[yaml.CSafeLoader]) -> yaml.Node | None:
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _compose(text: str, path: Path | str) -> yaml.Node | None:
    loader = yaml.SafeLoader(text)
    try:
        return loader.get_single_node()
    except RecursionError:
        # PyYAML composes recursively: thousands of nested lists or mappings exhaust the stack.
        line = loader.get_mark().line + 1
        raise ConfigError(path, [(line, "values nested too deeply for a feeds file")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(path, [(line, f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from exc
    finally:
        loader.dispose()


def _feeds_from_root(root: yaml.Node | None, path: Path | str) -> list[FeedConfig]:
    if root is None:
        raise ConfigError(path, [(1, "the file is empty; it needs a 'feeds:' list")])
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(path, [(root.start_mark.line + 1, "the file must start with 'feeds:'")])
    problems: list[tuple[int, str]] = []
    feeds_node = None
    for key_node, value_node in root.value:
        if key_node.value == "feeds":
            feeds_node = value_node
        else:
            problems.append((key_node.start_mark.line + 1, f"unknown top-level key {key_node.value!r}"))
    if feeds_node is None or not isinstance(feeds_node, yaml.SequenceNode):
        problems.append((root.start_mark.line + 1, "'feeds:' must be a list of feeds"))
        raise ConfigError(path, problems)
    feeds: list[FeedConfig] = []
    names: dict[str, int] = {}
    urls: dict[str, int] = {}
    for node in feeds_node.value:
        feed = _feed_from_node(node, problems)
        if feed is None:
            continue
        if feed.name.casefold() in names:
            first = names[feed.name.casefold()]
            problems.append((feed.line, f"duplicate name {feed.name!r} (first on line {first})"))
            continue
        if feed.url in urls:
            problems.append((feed.line, f"duplicate url {feed.url!r} (first on line {urls[feed.url]})"))
            continue
        names[feed.name.casefold()] = feed.line
        urls[feed.url] = feed.line
        feeds.append(feed)
    if problems:
        raise ConfigError(path, sorted(problems))
    return feeds


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
    return parse_feeds(text, path)


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
