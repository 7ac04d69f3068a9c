"""A damaged database, or something that is not our database at the path: read commands say so in a
line, `poll` stops writing to a file that fails mid-poll, and a writer's start moves a damaged file
aside (all its files or none) and tells the user where it went and how to get it back."""

from __future__ import annotations

import hashlib
import sqlite3
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from db_support import (
    answer,
    assert_no_traceback,
    corrupt_middle,
    corrupt_table,
    fill,
    filled_database,
    run_monitor,
    tmpfs,
    write_feeds,
)
from pytestqt.qtbot import QtBot

from monitor.poller import Poller
from monitor.store import DatabaseCorrupt, Store, StoreError
from monitor.store.errors import classify
from tests.support.feedserver import FeedServer, rss

__all__ = ["tmpfs"]

ONE = rss([{"title": "CNIL fines Example SA EUR 1 million", "guid": "a1", "link": "https://e.org/a1"}])
TWO = rss([{"title": "Garante fines Other Srl EUR 2 million", "guid": "b1", "link": "https://e.org/b1"}])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    db = tmp_path / "monitor.sqlite"
    filled_database(db)
    corrupt_middle(db)
    return db


@pytest.mark.parametrize("command", [["items"], ["feeds"], ["fines"], ["alerts"], ["export", "items"]])
def test_read_commands_on_a_file_damaged_in_its_middle_say_so_in_a_line(
    damaged: Path, tmp_path: Path, command: list[str]
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "https://x.example/feed"})
    before = _digest(damaged)
    result = run_monitor(*command, "--db", str(damaged), "--feeds", str(feeds))
    assert_no_traceback(result)
    if result.returncode != 0:  # the pages this command reads were hit; otherwise it read intact ones
        assert result.returncode == 1, result.stderr
        assert "is damaged" in result.stderr and "malformed" in result.stderr
    # `items` reads the items table itself (the feeds' counts come from an index, which may be whole)
    assert command[0] != "items" or result.returncode == 1
    assert _digest(damaged) == before  # read-only: a read never touches the file
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_poll_moves_a_damaged_database_aside_and_says_how_to_get_it_back(
    damaged: Path, tmp_path: Path
) -> None:
    before = _digest(damaged)
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
    result = run_monitor("poll", "--db", str(damaged), "--feeds", str(feeds))
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    moved = list(tmp_path.glob("monitor.sqlite.corrupt-*"))
    assert [m for m in moved if not m.name.endswith(("-wal", "-shm"))] == [moved[0]]
    assert _digest(moved[0]) == before  # moved, byte for byte, never rewritten
    assert f"moved to {moved[0]}" in result.stderr and "quick_check" in result.stderr
    assert f"mv {moved[0]} {damaged}" in result.stderr and ".recover" in result.stderr
    store = Store(damaged, readonly=True)
    try:
        assert store.integrity_ok() and store.scalar("SELECT count(*) FROM items") == 0
    finally:
        store.close()


def test_damage_found_mid_poll_stops_the_writing(tmp_path: Path, feed_server: FeedServer) -> None:
    db = tmp_path / "monitor.sqlite"
    filled_database(db, items=600)
    after_damage: list[str] = []

    def damage_then_answer(request: BaseHTTPRequestHandler) -> None:
        # What a failing disk does between two feeds: pages in the middle of the file go bad.
        side = sqlite3.connect(db)
        side.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        side.close()
        corrupt_middle(db)
        after_damage.append(_digest(db))
        answer(request, TWO)

    feeds = write_feeds(tmp_path / "feeds.yml", {"B": feed_server.add("/b.xml", handler=damage_then_answer)})
    result = run_monitor("poll", "--db", str(db), "--feeds", str(feeds))
    assert_no_traceback(result)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "is damaged" in result.stderr and "nothing more was written" in result.stderr
    assert _digest(db) == after_damage[0]  # not one page written after the damage was met
    assert not list(tmp_path.glob("*.corrupt-*"))  # moved aside only at the next start, with a notice


def test_poller_reports_damage_as_a_value(tmp_path: Path, feed_server: FeedServer) -> None:
    db = tmp_path / "monitor.sqlite"
    filled_database(db)
    corrupt_middle(db)
    feeds = [*_configs(feed_server)]
    poller = Poller(db, feeds, parse_workers=1)
    try:
        report = poller.poll(force=True)
    finally:
        poller.close()
    assert isinstance(report.store_error, DatabaseCorrupt) and report.feeds == []


def _configs(server: FeedServer) -> list:  # type: ignore[type-arg]
    from monitor.models import FeedConfig

    return [FeedConfig(name="A", url=server.add("/a.xml", ONE))]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "is a folder"),
        (b"%PDF-1.7\n" + b"\0" * 5000, "not an SQLite database"),
        (b"feeds:\n  - name: x\n", "not an SQLite database"),
        ("other-app", "another program"),
    ],
    ids=["folder", "pdf", "yaml", "another-programs-database"],
)
def test_something_else_at_the_path_is_refused_and_left_alone(
    tmp_path: Path, content: bytes | str | None, says: str
) -> None:
    db = tmp_path / "monitor.sqlite"
    if content is None:
        db.mkdir()
    elif content == "other-app":
        other = sqlite3.connect(db)
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        other.commit()
        other.close()
    else:
        assert isinstance(content, bytes)
        db.write_bytes(content)
    before = None if db.is_dir() else _digest(db)
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
    for command in (["poll"], ["items"], ["reanalyze"]):
        result = run_monitor(*command, "--db", str(db), "--feeds", str(feeds))
        assert_no_traceback(result)
        assert result.returncode == 2, result.stderr
        assert says in result.stderr
    assert before is None or _digest(db) == before
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_zero_length_file_is_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "monitor.sqlite"
    db.write_bytes(b"")
    listing = run_monitor("items", "--db", str(db))
    assert listing.returncode == 2 and "is empty" in listing.stderr, listing.stderr
    assert db.stat().st_size == 0  # a read wrote nothing
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
    polled = run_monitor("poll", "--db", str(db), "--feeds", str(feeds))
    assert polled.returncode == 0, polled.stderr
    assert "moved" not in polled.stderr and not list(tmp_path.glob("*.corrupt-*"))


def _damaged_without_wal(db: Path) -> str:
    # In rollback-journal mode a reader needs no -shm, so quick_check can run where nothing can be
    # written: what is left to fail is the move, or the new database.
    filled_database(db)
    side = sqlite3.connect(db)
    side.execute("PRAGMA journal_mode = DELETE")
    side.close()
    corrupt_middle(db)
    return _digest(db)


def test_a_damaged_database_that_cannot_be_moved_stays_where_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "monitor.sqlite"
    before = _damaged_without_wal(db)
    lock = folder / "monitor.sqlite.lock"
    lock.write_bytes(b"")
    lock.chmod(0o666)
    folder.chmod(0o555)  # the files may be written, the folder's entries not renamed
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
    try:
        result = run_monitor("poll", "--db", str(db), "--feeds", str(feeds), unprivileged=True)
    finally:
        folder.chmod(0o755)
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr
    assert "could not be moved aside" in result.stderr and "left where it was" in result.stderr
    assert _digest(db) == before and not list(folder.glob("*.corrupt-*"))


def test_a_new_database_that_cannot_start_puts_the_damaged_one_back(tmpfs: Path) -> None:
    db = tmpfs / "monitor.sqlite"
    before = _damaged_without_wal(db)
    fill(tmpfs)  # room to rename, none for a new database
    with pytest.raises(DatabaseCorrupt, match="put back where it was") as caught:
        Store(db, check=True)
    assert "full" in str(caught.value)
    assert _digest(db) == before
    assert sorted(p.name for p in tmpfs.iterdir()) == ["filler", "monitor.sqlite"]


def test_only_environment_failures_are_known_and_bugs_stay_bugs(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError) as syntax:
        conn.execute("SELEC 1")
    assert classify(syntax.value, tmp_path / "m.sqlite", "testing") is None  # SQLITE_ERROR: our bug
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError) as closed:
        conn.execute("SELECT 1")
    assert classify(closed.value, tmp_path / "m.sqlite", "testing") is None
    assert isinstance(classify(OSError(28, "No space left"), tmp_path / "m.sqlite", "testing"), StoreError)


def test_the_window_meeting_damage_as_it_opens_moves_it_aside_and_says_where(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from gui_support import desktop_app

    damaged = tmp_path / "monitor.sqlite"
    filled_database(damaged)
    # What the window's item list reads as it opens: the table, and the indexes its counts use.
    for name in ("items", "items_matched", "items_feed_unread"):
        corrupt_table(damaged, name)

    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
    with desktop_app(qtbot, damaged, feeds) as app:
        moved = next(p for p in tmp_path.glob("monitor.sqlite.corrupt-*") if not p.name.endswith("-wal"))
        banner = app.window.banner
        assert not banner.isHidden()
        assert f"moved to {moved}" in banner.label.text() and "mv " in banner.label.text()
        assert app.store.integrity_ok() and app.window.model.rowCount() == 0


def test_the_window_checks_the_database_off_its_thread_at_the_first_poll(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from gui_support import desktop_app

    db = tmp_path / "monitor.sqlite"
    filled_database(db)
    corrupt_table(db, "items_fts_data")  # the search index: nothing the window reads as it opens
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
    with desktop_app(qtbot, db, feeds) as app:
        assert "moved" not in app.window.banner.label.text() and not list(tmp_path.glob("*.corrupt-*"))
        assert app.store.count_items() == 400  # the old database, until the check has run
        app.controller.poll_now(None, force=False)  # what start() does: the first poll checks
        qtbot.waitUntil(lambda: "moved to" in app.window.banner.label.text(), timeout=60_000)
        assert "quick_check" in app.window.banner.label.text()
        assert list(tmp_path.glob("monitor.sqlite.corrupt-*"))
        # The same views, now on the new database.
        qtbot.waitUntil(lambda: not app.controller.busy, timeout=60_000)
        assert app.store.integrity_ok() and app.window.model.rowCount() == 0
