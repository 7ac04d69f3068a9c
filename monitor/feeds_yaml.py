"""The feeds file's YAML read into checked feeds, every problem with its line (the only PyYAML
reading of a user's file): libyaml composes, PyYAML's own parser words the errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from monitor.config_values import ConfigError
from monitor.feed_entries import KNOWN_KEYS, SELECT_KEYS, Problems, feed_from_values, unique
from monitor.models import FeedConfig

# The YAML types a feeds file uses; any other tag (!foo, !!python/object, !!binary) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "bool", "null", "float")}
_STR_TAG = "tag:yaml.org,2002:str"
# libyaml's composer, where PyYAML was built with it (its wheels are).
_FAST_LOADER: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)


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


def _feed_from_node(node: yaml.Node, problems: Problems) -> FeedConfig | None:
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
        lines[key] = key_line
    feed = feed_from_values(values, lines, line, problems)
    return feed if len(problems) == before else None


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
    problems: Problems = []
    feeds_node = None
    for key_node, value_node in root.value:
        if key_node.value == "feeds":
            feeds_node = value_node
        else:
            problems.append((key_node.start_mark.line + 1, f"unknown top-level key {key_node.value!r}"))
    if feeds_node is None or not isinstance(feeds_node, yaml.SequenceNode):
        problems.append((root.start_mark.line + 1, "'feeds:' must be a list of feeds"))
        raise ConfigError(path, problems)
    read = [feed for node in feeds_node.value if (feed := _feed_from_node(node, problems)) is not None]
    feeds = unique(read, problems)
    if problems:
        raise ConfigError(path, sorted(problems))
    return feeds
