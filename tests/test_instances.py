"""Two `monitor poll` processes on one database: the second refuses while the first holds the lock,
and a SIGKILLed holder never blocks the next start (an OS file lock, not a PID file)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from db_support import answer

from monitor.lock import InstanceLock
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

ROOT = Path(__file__).resolve().parent.parent
WAIT = 30.0  # seconds any single step may take before the test gives up
FEED = rss([{"title": "CNIL fines Example SA EUR 1 million", "guid": "one", "link": "https://e.org/1"}])


class HeldFeed:
    """A feed whose answer waits until the test releases it, so a poller stays inside its poll."""

    def __init__(self, server: FeedServer) -> None:
        self.release = threading.Event()
        self.requested = threading.Event()
        self.url = server.add("/held.xml", handler=self._handle)

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        self.requested.set()
        self.release.wait(WAIT)
        answer(request, FEED)


@pytest.fixture
def held(feed_server: FeedServer) -> Iterator[HeldFeed]:
    feed = HeldFeed(feed_server)
    yield feed
    feed.release.set()


def _feeds_file(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "feeds.yml"
    path.write_text(f"feeds:\n  - name: Held\n    url: {url}\n", encoding="utf-8")
    return path


def _command(db: Path, feeds: Path) -> list[str]:
    return [sys.executable, "-m", "monitor", "poll", "--db", str(db), "--feeds", str(feeds)]


def _run(db: Path, feeds: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(db, feeds),
        check=False,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )


def _start(db: Path, feeds: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        _command(db, feeds),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition: threading.Event, process: subprocess.Popen[str]) -> None:
    """Until the poller is inside its poll (its request reached the server), or fail with its output."""
    if not condition.wait(WAIT):
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"the poller never reached the feed:\n{out}\n{err}")


def test_second_poller_refuses_while_the_first_polls(tmp_path: Path, held: HeldFeed) -> None:
    db = tmp_path / "monitor.sqlite"
    feeds = _feeds_file(tmp_path, held.url)
    first = _start(db, feeds)
    try:
        _wait_for(held.requested, first)
        second = _run(db, feeds)
        assert second.returncode != 0
        assert "already running" in second.stderr and str(first.pid) in second.stderr
        assert second.stdout == ""  # it polled nothing and printed no report
    finally:
        held.release.set()
        out, err = first.communicate(timeout=WAIT)
    assert first.returncode == 0, err
    assert "1 new items" in out
    store = Store(db, readonly=True)
    try:
        assert store.scalar("SELECT count(*) FROM items") == 1
    finally:
        store.close()


def test_a_killed_holder_never_blocks_the_next_start(tmp_path: Path, held: HeldFeed) -> None:
    db = tmp_path / "monitor.sqlite"
    feeds = _feeds_file(tmp_path, held.url)
    first = _start(db, feeds)
    try:
        _wait_for(held.requested, first)
        with pytest.raises(Exception, match="already running"):
            InstanceLock(db).acquire()  # the lock really is held at the moment of the kill
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=WAIT)
    assert first.returncode == -signal.SIGKILL
    assert (db.with_name(db.name + ".lock")).exists()  # a stale lock file stays; it must not matter
    held.release.set()
    started = time.monotonic()
    after = _run(db, feeds)
    assert after.returncode == 0, after.stderr
    assert "already running" not in after.stderr
    assert time.monotonic() - started < WAIT
    with InstanceLock(db):  # and once it is done, the lock is free again
        pass
