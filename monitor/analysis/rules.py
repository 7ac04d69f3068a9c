"""Loading of the analysis data files in resources/analysis/ (read once per process)."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from monitor.analysis import schema
from monitor.analysis.fold import fold_lower
from monitor.paths import config_dir, load_resource_yaml, resource_path

USER_WATCHLIST = "watchlist.yml"


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file resources/analysis/<name>.yml."""
    path = resource_path(f"analysis/{name}.yml")
    data = load_resource_yaml(f"analysis/{name}.yml")
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    schema.check(name, data, path)
    return data


def user_watchlist_path() -> Path:
    return config_dir() / USER_WATCHLIST


@cache
def load_tags() -> dict[str, Any]:
    """tags.yml, extended by the user's own watchlist.yml (extra watch phrases and topics)."""
    data = copy.deepcopy(load("tags"))
    path = user_watchlist_path()
    if not path.is_file():
        return data
    try:
        user = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the watch list: {exc}") from exc
    # parties: known parties for the analysis' gazetteer (read by analysis/gazetteer.py).
    if not isinstance(user, dict) or set(user) - {"watch_phrases", "tags", "parties"}:
        raise ValueError(
            f"{path}: expected 'watch_phrases:' (a list), 'tags:' (topic: phrases) and/or 'parties:' (names)"
        )
    phrases = _phrase_list(path, "watch_phrases", user.get("watch_phrases"))
    if phrases:
        data.setdefault("watch_phrases", {})["user"] = phrases
    for tag, spec in (user.get("tags") or {}).items():
        extra = _phrase_list(path, f"tags.{tag}", spec.get("phrases") if isinstance(spec, dict) else spec)
        entry = data["tags"].setdefault(str(tag), {"watch": True, "phrases": {}})
        entry.setdefault("phrases", {})["user"] = extra
        if isinstance(spec, dict) and "watch" in spec:
            entry["watch"] = bool(spec["watch"])
    return data


def _phrase_list(path: Path, where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):  # per language, like the bundled files
        value = [p for phrases in value.values() for p in (phrases or [])]
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"{path}: {where} must be a list of phrases")
    # The bundled phrases are written folded (lower case, no accents); the user's may not be.
    return [fold_lower(p.strip()) for p in value]
