"""Shared fixtures: the shared/ folder, a local feed server, isolated user directories."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.feedserver import FeedServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the developer's own database or feeds file.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MONITOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MONITOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    # A developer's proxy must not carry the loopback feed server's traffic; proxy tests set their own.
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def _shared_location() -> Path:
    return Path(os.environ.get("MONITOR_SHARED") or ROOT.parent / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared/ folder (real feeds, labelled corpus); not part of the repository."""
    path = _shared_location()
    if not (path / "corpus").is_dir():
        # A clone without the shared folder beside it runs every behaviour test and skips these,
        # saying why, in CI too: the folder is not part of the repository.
        pytest.skip(f"shared/ folder not found at {path}: put it beside the clone or set MONITOR_SHARED")
    return path


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def feedparser_corpus() -> ModuleType:
    """scripts/feedparser_corpus.py, the one downloader of feedparser's own test feeds."""
    return _load_script("feedparser_corpus")


@pytest.fixture(scope="session")
def feedparser_tests_dir(feedparser_corpus: ModuleType) -> Path:
    """feedparser's sdist tests/ folder, fetched once with pip and cached (never copied into the repo)."""
    try:
        return Path(feedparser_corpus.corpus_dir())
    except feedparser_corpus.CorpusUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must reach PyPI for feedparser's test feeds: {exc}")
        pytest.skip(str(exc))


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.sqlite"
