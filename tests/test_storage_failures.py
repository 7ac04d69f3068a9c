"""A full disk, a read-only mount, permissions taken away: the database is never moved aside for
them, the command ends with a clear line and status 75 (try again later), nothing committed is lost,
and `poll --every` keeps trying. Real file systems: a small tmpfs filled to its last byte, remounted
read-only; permissions enforced on root too by dropping its capability to override them."""

from __future__ import annotations

import hashlib
import signal
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from db_support import (
    Lines,
    answer,
    assert_no_traceback,
    count,
    end,
    fill,
    filled_database,
    read_only,
    run_monitor,
    start_monitor,
    tmpfs,
    wait_until,
    write_feeds,
)

import monitor.store as store_module
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import StorageUnavailable, Store, schema
from tests.support.feedserver import FeedServer, rss

__all__ = ["tmpfs"]  # the fixture, imported for pytest

ONE = rss([{"title": "CNIL fines Example SA EUR 1 million", "guid": "a1", "link": "https://e.org/a1"}])
LONG = "A long article about the supervision of personal data processing by the authority. " * 40
MANY = rss([{"title": f"Item {n}", "guid": f"b{n}", "description": LONG} for n in range(300)])
TEMPORARY = 75


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _not_moved(db: Path) -> None:
    assert not list(db.parent.glob(db.name + ".corrupt-*")), "a healthy database was moved aside"


def test_a_disk_filling_up_mid_poll_ends_it_with_the_real_error_and_keeps_what_was_committed(
    tmpfs: Path, tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmpfs / "monitor.sqlite"
    filled: list[Path] = []

    def fill_then_answer(request: BaseHTTPRequestHandler) -> None:
        # Only once feed A is committed does the disk fill up; then B brings 300 long items.
        wait_until(lambda: db.exists() and count(db, "SELECT count(*) FROM items") == 1, "A is stored")
        filled.append(fill(tmpfs))
        answer(request, MANY)

    feeds = write_feeds(
        tmp_path / "feeds.yml",
        {"A": feed_server.add("/a.xml", ONE), "B": feed_server.add("/b.xml", handler=fill_then_answer)},
    )
    result = run_monitor("poll", "--db", str(db), "--feeds", str(feeds))
    assert_no_traceback(result)
    assert result.returncode == TEMPORARY, result.stderr
    assert "is full" in result.stderr and "cannot rollback" not in result.stderr
    assert "try again at the next poll" in result.stderr
    assert "A: 1 new" in result.stdout
    filled[0].unlink()
    store = Store(db, readonly=True)
    try:
        assert store.integrity_ok()
        assert store.scalar("SELECT count(*) FROM items") == 1  # A's, committed before the disk filled
        b = store.feed_by_name("B")
        assert b is not None and b["last_polled_at"] is None  # B untouched: polled again next time
    finally:
        store.close()
    _not_moved(db)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_full_disk_at_start_never_moves_a_healthy_database_aside(
    tmpfs: Path, tmp_path: Path, journal: str
) -> None:
    # The defect: "disk I/O error" creating the -shm file was taken for corruption. A copy made with
    # other tools may use a -journal instead; switching it to WAL needs space it cannot have.
    db = tmpfs / "monitor.sqlite"
    filled_database(db)
    if journal == "delete":
        store = Store(db)
        store.conn.execute("PRAGMA journal_mode = DELETE")
        store.close()
    assert not db.with_name(db.name + "-shm").exists()
    before = _digest(db)
    fill(tmpfs)
    feeds = write_feeds(tmp_path / "feeds.yml", {"A": "http://127.0.0.1:9/a.xml"})
    result = run_monitor("poll", "--db", str(db), "--feeds", str(feeds))
    assert_no_traceback(result)
    assert result.returncode == TEMPORARY, result.stderr
    assert "is full" in result.stderr
    _not_moved(db)
    assert _digest(db) == before


def test_poll_every_waits_out_a_full_disk_and_polls_once_there_is_room(
    tmpfs: Path, tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmpfs / "monitor.sqlite"
    filled_database(db)
    filler = fill(tmpfs)
    feeds = write_feeds(tmp_path / "feeds.yml", {"A": feed_server.add("/a.xml", ONE)})
    process = start_monitor("poll", "--every", "1h", "--db", str(db), "--feeds", str(feeds))
    errors = Lines(process)
    try:
        wait_until(lambda: "trying again in" in errors.text, "it met the full disk", process)
        assert feed_server.hits["/a.xml"] == 0
        filler.unlink()  # freed while it waits: it must poll on its own, still running
        wait_until(
            lambda: count(db, "SELECT count(*) FROM items WHERE title LIKE 'CNIL fines%'") == 1,
            "A is stored",
            process,
        )
        assert process.poll() is None, "poll --every died on a full disk"
    finally:
        process.send_signal(signal.SIGTERM)
        end(process, errors)
    assert process.returncode == 128 + signal.SIGTERM
    assert "is full" in errors.text and "Traceback" not in errors.text
    _not_moved(db)


def test_a_read_only_mount_ends_a_poll_clearly_and_read_commands_still_work(
    tmpfs: Path, tmp_path: Path
) -> None:
    db = tmpfs / "monitor.sqlite"
    filled_database(db)
    before = _digest(db)
    feeds = write_feeds(tmp_path / "feeds.yml", {"F": "https://x.example/feed"})
    with read_only(tmpfs):
        poll = run_monitor("poll", "--db", str(db), "--feeds", str(feeds))
        assert_no_traceback(poll)
        assert poll.returncode == TEMPORARY, poll.stderr
        assert "read-only file system" in poll.stderr
        # Reading needs no write: items, feeds and exports open the file read-only (and immutable).
        items = run_monitor("items", "--db", str(db), "--limit", "3")
        assert items.returncode == 0, items.stderr
        assert "Report" in items.stdout
        listing = run_monitor("feeds", "--db", str(db), "--feeds", str(feeds))
        assert listing.returncode == 0, listing.stderr
        exported = run_monitor("export", "items", "--db", str(db), "--format", "csv")
        assert exported.returncode == 0 and "Report 1" in exported.stdout, exported.stderr
        elsewhere = run_monitor("poll", "--db", str(tmpfs / "new" / "m.sqlite"), "--feeds", str(feeds))
        assert_no_traceback(elsewhere)
        assert elsewhere.returncode == TEMPORARY and "read-only" in elsewhere.stderr
    assert _digest(db) == before
    _not_moved(db)
    assert not (tmpfs / "new").exists()


@pytest.mark.parametrize(
    ("locked_file", "status"),
    [
        ("monitor.sqlite", TEMPORARY),
        ("monitor.sqlite-shm", TEMPORARY),
        ("folder", TEMPORARY),
        ("monitor.sqlite-wal", 0),  # SQLite replaces an unwritable -wal in a writable folder: no harm
    ],
)
def test_files_without_write_permission_are_reported_not_moved(
    tmp_path: Path, locked_file: str, status: int
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "monitor.sqlite"
    filled_database(db)
    before = _digest(db)  # read before any connection opens it: a close() would drop its locks
    keep = Store(db)  # an open connection keeps -wal and -shm in place, as a running app does
    try:
        target = folder if locked_file == "folder" else folder / locked_file
        if not target.exists():
            target.write_bytes(b"")
        target.chmod(0o555 if target.is_dir() else 0o444)
        feeds = write_feeds(tmp_path / "feeds.yml", {"F": "http://127.0.0.1:9/feed"})
        result = run_monitor("poll", "--db", str(db), "--feeds", str(feeds), unprivileged=True)
        assert_no_traceback(result)
        assert result.returncode == status, result.stderr
        if status:
            assert "no permission to write" in result.stderr
            assert _digest(db) == before
        _not_moved(db)
    finally:
        keep.close()
        folder.chmod(0o755)


def test_an_upgrade_on_a_full_disk_leaves_the_database_at_its_version_and_no_half_backup(
    tmpfs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmpfs / "monitor.sqlite"
    filled_database(db)
    before = _digest(db)
    keep = Store(db)  # a reader keeps -shm: the failure left to meet is the upgrade's backup copy
    try:
        current = schema.SCHEMA_VERSION
        later = [*schema.MIGRATIONS, (current + 1, "notes", lambda d: d.execute("ALTER TABLE items ADD n"))]
        monkeypatch.setattr(store_module, "MIGRATIONS", later)
        monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 1)
        fill(tmpfs)
        with pytest.raises(StorageUnavailable, match="is full"):
            Store(db, check=True)
        assert keep.schema_version() == current and _digest(db) == before
        assert not list(tmpfs.glob("*.bak"))
        _not_moved(db)
    finally:
        keep.close()


def test_a_file_system_turning_read_only_mid_run_pauses_the_polls_and_they_resume(
    tmpfs: Path, feed_server: FeedServer
) -> None:
    # What ext4's errors=remount-ro does under a running app: the next poll fails, later ones work.
    db = tmpfs / "monitor.sqlite"
    first = FeedConfig(name="A", url=feed_server.add("/a.xml", ONE))
    poller = Poller(db, [first], parse_workers=1)
    try:
        assert poller.poll(force=True).store_error is None
        with read_only(tmpfs):
            during = poller.poll(force=True)
        assert isinstance(during.store_error, StorageUnavailable)
        assert "read-only file system" in str(during.store_error)
        after = poller.poll(force=True)
    finally:
        poller.close()
    assert after.store_error is None and after.feeds[0].outcome != "error"
    _not_moved(db)


def test_a_database_replaced_by_a_folder_mid_run_is_refused_and_the_moved_file_kept(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmp_path / "monitor.sqlite"
    poller = Poller(db, [FeedConfig(name="A", url=feed_server.add("/a.xml", ONE))], parse_workers=1)
    try:
        assert poller.poll(force=True).store_error is None
        db.rename(tmp_path / "elsewhere.sqlite")
        db.mkdir()
        report = poller.poll(force=True)
    finally:
        poller.close()
    assert report.store_error is not None and "is a folder" in str(report.store_error)
    assert list(db.iterdir()) == []
    assert count(tmp_path / "elsewhere.sqlite", "SELECT count(*) FROM items") == 1
