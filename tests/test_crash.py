"""Crash safety with real processes: `monitor poll` SIGKILLed at random moments, round after round.

The feeds are served from this process and grow every round: each round's document keeps every older
item and adds new ones, some of them fines, so each poll brings new items, new fine events and new
alerts. Because the documents only grow, what a feed holds in the database must be exactly the items
of rounds 0..m for the one round m whose document it last committed (its content_hash says which):
a transaction cut by the kill leaves nothing of itself, and a committed one leaves all of itself.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from monitor.alerts import deliver_pending
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

ROOT = Path(__file__).resolve().parent.parent
FEEDS = 5
ROUNDS = 17
PER_ROUND = 40  # items each feed gains a round: enough that writing a feed takes a moment
SEED = 20240611
POLL_TIMEOUT = 60.0  # a poll left to finish must finish within this
# Fixed once, so a document served twice is the same bytes (and the same content hash).
BASE = datetime.now(tz=UTC).replace(minute=0, second=0, microsecond=0)


def _item(feed: int, round_: int, n: int) -> dict[str, str]:
    when = BASE - timedelta(hours=ROUNDS - round_, minutes=n)
    if n % 10 == 0:  # a fine: its own party and amount, so each one is a new event with an alert
        title = (
            f"CNIL fines Company{feed}x{round_}x{n} SA EUR {round_ + 1},{n:02d}0,000 for unlawful tracking"
        )
        party = f"Company{feed}x{round_}x{n} SA"
        summary = f"<p>The CNIL imposed a fine of EUR {round_ + 1}.{n:02d} million on {party}.</p>"
    else:
        title = f"Feed {feed} round {round_} note {n}: guidance on cookies and biometrics"
        summary = f"<p>Some guidance text number {n} of round {round_}.</p>"
    return {
        "title": title,
        "guid": f"urn:crash:{feed}:{round_}:{n}",
        "link": f"https://news.example/{feed}/{round_}/{n}",
        "description": summary,
        "pubDate": format_datetime(when),
    }


def _document(feed: int, round_: int) -> bytes:
    items = [_item(feed, r, n) for r in range(round_ + 1) for n in range(PER_ROUND)]
    return rss(items, title=f"Crash feed {feed}").encode()


def _guids(round_: int, feed: int) -> set[str]:
    return {f"urn:crash:{feed}:{r}:{n}" for r in range(round_ + 1) for n in range(PER_ROUND)}


class RecordingNotifier:
    def __init__(self) -> None:
        self.shown: list[int] = []

    def notify(self, alert: dict[str, Any]) -> bool:
        self.shown.append(int(alert["id"]))
        return True


@pytest.fixture
def served(feed_server: FeedServer, tmp_path: Path) -> Iterator[tuple[FeedServer, Path]]:
    lines = ["feeds:"]
    for feed in range(FEEDS):
        url = feed_server.add(f"/crash-{feed}.xml", _document(feed, 0))
        lines += [f"  - name: Crash {feed}", f"    url: {url}", "    kind: authority", "    authority: CNIL"]
    path = tmp_path / "feeds.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    yield feed_server, path


# Every process the polls start (the app, its parse workers, the forkserver) inherits this mark, so
# the test can find any that outlive a killed app.
MARK_NAME, MARK_VALUE = "MONITOR_CRASH_TEST", f"{os.getpid()}-{time.time_ns()}"
MARK = f"{MARK_NAME}={MARK_VALUE}".encode()


def _poll(db: Path, feeds: Path, log: Path) -> subprocess.Popen[bytes]:
    # stderr goes to a file, not a pipe: a pipe would also wait for every orphan holding it open.
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "poll", "--quiet", "--db", str(db), "--feeds", str(feeds)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, MARK_NAME: MARK_VALUE},
        )


def _timed_poll(db: Path, feeds: Path, log: Path) -> float:
    started = time.monotonic()
    process = _poll(db, feeds, log)
    process.wait(timeout=POLL_TIMEOUT)
    assert process.returncode == 0, log.read_text(errors="replace")[-3000:]
    return time.monotonic() - started


def _marked_processes() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if MARK in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:  # gone meanwhile, or not ours to read
                continue
    return found


def _no_survivors(within: float = 15.0) -> list[int]:
    deadline = time.monotonic() + within
    while (left := _marked_processes()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


@pytest.fixture(autouse=True)
def _reap() -> Iterator[None]:
    yield
    # Should a check fail, no process of this test may outlive it (each found by its own mark).
    for pid in _marked_processes():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


@pytest.mark.slow
def test_random_sigkills_lose_nothing_committed_and_duplicate_nothing(
    tmp_path: Path, served: tuple[FeedServer, Path]
) -> None:
    server, feeds = served
    db = tmp_path / "crash.sqlite"
    rng = random.Random(SEED)
    # One whole poll of a fresh database first: its length scales the kill moments to this machine,
    # so the kills land in start-up, fetching, parsing, writing and delivery alike.
    log = tmp_path / "polls.log"
    span = _timed_poll(db, feeds, log)
    documents: dict[str, int] = {}  # content hash -> round, for every document ever served
    for feed in range(FEEDS):
        documents[hashlib.sha1(_document(feed, 0)).hexdigest()] = 0
    killed = finished = 0
    for round_ in range(1, ROUNDS):
        for feed in range(FEEDS):
            body = _document(feed, round_)
            documents[hashlib.sha1(body).hexdigest()] = round_
            server.add(f"/crash-{feed}.xml", body)
        if round_ % 4 == 0:
            # Now and then a poll runs to its end: the feeds catch up, and its length rescales the
            # kill moments to the documents, which grow every round.
            span = _timed_poll(db, feeds, log)
            finished += 1
        else:
            process = _poll(db, feeds, log)
            try:
                process.wait(timeout=rng.uniform(0.05, span * 1.2))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
            process.wait(timeout=POLL_TIMEOUT)
            if process.returncode == -signal.SIGKILL:
                killed += 1
            else:
                assert process.returncode == 0, log.read_text(errors="replace")[-3000:]
                finished += 1
        _check_database(db, documents)
    assert killed >= ROUNDS // 3, f"only {killed} of {ROUNDS - 1} polls were killed: the test proved little"
    # A killed app leaves no parse worker or forkserver behind, waiting for ever.
    assert _no_survivors() == []

    _check_database(db, documents)
    _check_alerts_delivered_once(db)
    # And the database still works: a last poll, left to finish, brings every feed up to date.
    _timed_poll(db, feeds, log)
    _check_database(db, documents, every_feed_at=ROUNDS - 1)
    _check_alerts_delivered_once(db)


def _check_database(db: Path, documents: dict[str, int], every_feed_at: int | None = None) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        doubles = conn.execute(
            "SELECT guid, count(*) FROM items GROUP BY guid HAVING count(*) > 1"
        ).fetchall()
        assert doubles == [], doubles[:5]
        feeds = conn.execute(
            "SELECT id, name, content_hash, last_success_at FROM feeds ORDER BY name"
        ).fetchall()
        assert len(feeds) == FEEDS
        for feed_id, name, content_hash, last_success in feeds:
            number = int(name.split()[-1])
            stored = {row[0] for row in conn.execute("SELECT guid FROM items WHERE feed_id = ?", (feed_id,))}
            if last_success is None:
                assert not stored, f"{name}: items without a committed poll"
                continue
            assert content_hash in documents, f"{name}: committed a document never served"
            round_ = documents[content_hash]
            assert stored == _guids(round_, number), f"{name}: round {round_} is not whole"
            if every_feed_at is not None:
                assert round_ == every_feed_at
        # Every stored fine sits in exactly one event, and events are not filed twice for one item.
        orphans = conn.execute(
            "SELECT count(*) FROM items WHERE fine_status = 'imposed' AND event_id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        histories = conn.execute(
            "SELECT item_id, count(*) FROM event_status_history WHERE item_id IS NOT NULL "
            "GROUP BY item_id, status HAVING count(*) > 1"
        ).fetchall()
        assert histories == []
        alerts = conn.execute(
            "SELECT kind, event_id, status, count(*) FROM alerts WHERE event_id IS NOT NULL "
            "GROUP BY kind, event_id, status HAVING count(*) > 1"
        ).fetchall()
        assert alerts == []
    finally:
        conn.close()


def _check_alerts_delivered_once(db: Path) -> None:
    store = Store(db)
    try:
        pending = {int(a["id"]) for a in store.list_alerts(pending_only=True)}
        first, second = RecordingNotifier(), RecordingNotifier()
        deliver_pending(store, first, "2030-01-01T00:00:00Z")
        deliver_pending(store, second, "2030-01-01T00:00:01Z")  # a restart after delivery: nothing again
        assert sorted(first.shown) == sorted(pending)
        assert len(first.shown) == len(set(first.shown))
        assert second.shown == []
        undelivered = store.scalar("SELECT count(*) FROM alerts WHERE delivered_at IS NULL")
        assert undelivered == 0
        assert store.scalar("SELECT count(*) FROM alerts WHERE kind = 'new_fine'") > 0
    finally:
        store.close()
