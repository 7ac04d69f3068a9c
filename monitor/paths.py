"""Where the app's bundled resources and the user's own files live."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path, user_config_path, user_data_path

APP_NAME = "regulatory-monitor"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The bundled resources: inside the installed package, or the checkout's top-level folder."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the resources folder is missing beside {_PACKAGE_DIR}")


def resource_path(name: str) -> Path:
    return resources_dir() / name


def load_resource_yaml(name: str) -> Any:
    """A bundled YAML resource, parsed by libyaml where PyYAML has it: our own files, read by every
    process that analyses or files reports, where the pure-Python parser took ~0.4 s of each
    poll's writer (issue #17). Both parsers give the same data for these files (a test checks)."""
    import yaml  # ~25 ms of imports (its reader's regex alone ~12 ms) that `monitor items` never needs

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resource_path(name).read_text(encoding="utf-8"), Loader=loader)


def bundled_feeds_file() -> Path:
    for candidate in (_PACKAGE_DIR / "feeds.yml", _PACKAGE_DIR.parent / "feeds.yml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the default feeds.yml is missing beside {_PACKAGE_DIR}")


def data_dir() -> Path:
    # An override lets tests and several profiles keep apart without touching $HOME.
    override = os.environ.get("MONITOR_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME)


def config_dir() -> Path:
    override = os.environ.get("MONITOR_CONFIG_DIR")
    return Path(override) if override else user_config_path(APP_NAME)


def cache_dir() -> Path:
    """What the app keeps only to be faster (the checked feeds file): safe to delete at any time."""
    override = os.environ.get("MONITOR_CACHE_DIR")
    return Path(override) if override else user_cache_path(APP_NAME)


def default_db_path() -> Path:
    return data_dir() / "monitor.sqlite"


def default_feeds_path() -> Path:
    return config_dir() / "feeds.yml"
