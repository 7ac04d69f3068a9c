"""Shared fixtures: the shared/ folder, a local feed server, isolated user directories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.feedserver import FeedServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never touch the developer's own database or feeds file.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MONITOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MONITOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))


def _shared_location() -> Path:
    return Path(os.environ.get("MONITOR_SHARED") or ROOT.parent / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared/ folder (real feeds, labelled corpus); not part of the repository."""
    path = _shared_location()
    if not (path / "corpus").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared/ folder not found at {path}; CI must have it beside the clone")
        pytest.skip(f"shared/ folder not found at {path}: set MONITOR_SHARED to run corpus tests")
    return path


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.sqlite"
