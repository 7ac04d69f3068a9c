"""The database: connections, transactions, migrations and all SQL (sqlite-utils only for migrations).

The SQL lives in this package's modules by subject: `feeds`, `items`, `fines` (events and alerts).
`Store` gathers them so callers hold one object.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from monitor.store.alerts import AlertQueries
from monitor.store.corrections import CorrectionQueries
from monitor.store.decisions import DecisionQueries
from monitor.store.errors import (
    BUSY_TIMEOUT_S,
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseMissing,
    NewerDatabase,
    NotOurDatabase,
    OlderDatabase,
    StorageUnavailable,
    StoreError,
    classify,
    corrupt,
)
from monitor.store.feeds import FeedQueries
from monitor.store.files import move_aside, move_back, moved_notice, on_read_only_mount, refuse_foreign
from monitor.store.fines import FineQueries
from monitor.store.grouping import GroupingQueries
from monitor.store.items import ItemQueries
from monitor.store.schema import MIGRATIONS, SCHEMA_VERSION


def utc_now() -> str:
    return datetime.now(tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        # mode=ro: a read command never creates the file, never writes, never upgrades it. On a
        # read-only mount SQLite cannot make the -shm index a WAL database needs; nobody can write
        # there either, so the file is immutable and may be read without one.
        query = "mode=ro&immutable=1" if on_read_only_mount(path) else "mode=ro"
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?{query}", uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # Autocommit mode: transactions are explicit (see Store.transaction), so a library helper can
    # never commit half of a feed's writes behind our back.
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _known(exc: BaseException, path: Path, doing: str) -> BaseException:
    """The StoreError a user can act on, or the exception itself when it is a bug."""
    known = classify(exc, path, doing)
    if known is None:
        return exc
    known.__cause__ = exc
    return known


class Store(
    FeedQueries, ItemQueries, FineQueries, AlertQueries, GroupingQueries, CorrectionQueries, DecisionQueries
):
    """One connection; a thread that writes (the poller) opens its own Store.

    `readonly` opens with mode=ro and never creates anything. `check` is for a writer's start (the
    window, `monitor poll`): it runs `PRAGMA quick_check`, and a damaged database is moved aside
    with its side files and a new one started; `notice` then says what was moved where.
    """

    def __init__(self, path: Path | str, readonly: bool = False, check: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.notice: str | None = None  # something the user should be told once (a file moved aside)
        self.reopen(check)

    def reopen(self, check: bool = True) -> None:
        """Open (again) on the same object, so the window's models keep their store: after damage
        was found elsewhere, `reopen(check=True)` moves the damaged file aside and starts anew."""
        if getattr(self, "conn", None) is not None:
            self.conn.close()
        self.notice = None
        try:
            self._start(check)
        except (sqlite3.Error, OSError) as exc:
            raise _known(exc, self.path, "opening the database") from exc

    def damage(self) -> str | None:
        """What `PRAGMA quick_check` finds wrong (a full pass over the file), or None."""
        with self.translated("checking the database"):
            problems = [row[0] for row in self.conn.execute("PRAGMA quick_check(3)").fetchall()]
        return None if problems == ["ok"] else "quick_check: " + "; ".join(problems)

    def _start(self, check: bool) -> None:
        if self.readonly:
            if not self.path.parent.is_dir():
                raise DatabaseMissing(
                    f"there is no database at {self.path}: the folder {self.path.parent} does not exist. "
                    "Check --db, or run `monitor poll` first (or start the window) to create it.",
                    self.path,
                )
            if not self.path.exists():
                raise DatabaseMissing(
                    f"there is no database at {self.path} yet: run `monitor poll` first (or start the "
                    "window) to create it, or pass --db.",
                    self.path,
                )
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.is_dir():
            raise NotOurDatabase(
                f"{self.path} is a folder, not a database; pass --db with a file's path", self.path
            )
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            self._open(check and existed)
        except DatabaseCorrupt as damaged:
            # Only now is the file's header read: opening and closing the database file while a
            # connection of this process holds it would drop SQLite's POSIX locks (fcntl locks
            # belong to the process and any close() releases them), which corrupts databases.
            refuse_foreign(self.path)
            if not check or self.readonly:
                raise
            self._replace_damaged(damaged)

    def _replace_damaged(self, damaged: DatabaseCorrupt) -> None:
        detail = damaged.detail
        try:
            moves = move_aside(self.path)
        except OSError as exc:
            raise DatabaseCorrupt(
                f"the database {self.path} is damaged ({detail}) and could not be moved aside "
                f"({exc.strerror or exc}); it was left where it was. Nothing was written to it.",
                self.path,
            ) from exc
        try:
            self._open(False)
        except (sqlite3.Error, OSError, StoreError) as exc:
            move_back(self.path, moves)
            reason = _known(exc, self.path, "starting a new database")
            raise DatabaseCorrupt(
                f"the database {self.path} is damaged ({detail}), and a new one could not be started "
                f"({reason}); the damaged file was put back where it was, unchanged.",
                self.path,
            ) from exc
        self.notice = moved_notice(self.path, moves[0][1], detail)

    def _open(self, check: bool) -> None:
        self.conn = _connect(self.path, self.readonly)
        try:
            version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
            if check and (problems := self.damage()):
                raise corrupt(self.path, problems)
            tables = self.scalar("SELECT count(*) FROM sqlite_master")
            if version == 0 and not tables and self.readonly:
                raise DatabaseMissing(
                    f"the database {self.path} is empty: nothing has been polled into it yet. "
                    "Run `monitor poll` first (or start the window).",
                    self.path,
                )
            if version == 0 and tables:
                raise NotOurDatabase(
                    f"{self.path} is the SQLite database of another program (it has tables but none of "
                    "ours); nothing was changed. Pass --db with the Regulatory Monitor database's path.",
                    self.path,
                )
            if not self.readonly:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL is crash-safe in WAL mode; it only trades durability on power loss.
                self.conn.execute("PRAGMA synchronous = NORMAL")
            if version > SCHEMA_VERSION:
                raise NewerDatabase(
                    f"the database {self.path} was written by a newer version of the app "
                    f"(schema {version}, this one knows {SCHEMA_VERSION})",
                    self.path,
                )
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version < SCHEMA_VERSION and self.readonly:
                raise OlderDatabase(
                    f"the database {self.path} is from an earlier version of the app (schema {version}); "
                    "run `monitor poll` or start the window once to upgrade it (a backup is kept).",
                    self.path,
                )
            if version < SCHEMA_VERSION:
                self._migrate(version)
        except BaseException as exc:
            self.conn.close()
            if isinstance(exc, sqlite3.Error | OSError):
                raise _known(exc, self.path, "opening the database") from exc
            raise

    def _migrate(self, current: int) -> None:
        if current > 0:
            # A copy before any change: a failed upgrade must never cost the user their history.
            backup = self.path.with_name(f"{self.path.name}.v{current}.bak")
            dest = sqlite3.connect(backup)
            try:
                with dest:
                    self.conn.backup(dest)
            except BaseException:
                dest.close()
                backup.unlink(missing_ok=True)  # half a backup on a full disk is no backup
                raise
            dest.close()
        import sqlite_utils  # ~0.15 s of imports that only an upgrade needs

        db = sqlite_utils.Database(self.conn)
        for version, _description, step in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                step(db)
                self.conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self, doing: str = "writing") -> Iterator[None]:
        """One atomic unit: everything inside is committed together or not at all.

        A failed write comes out as the error that caused it (disk full, locked, damaged), never
        as a failed ROLLBACK: on SQLITE_FULL, IOERR or BUSY SQLite may already have rolled back.
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _known(exc, self.path, doing) from exc
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the first error is the one to report; closing the connection rolls back too
            if isinstance(exc, sqlite3.Error):
                raise _known(exc, self.path, doing) from exc
            raise

    @contextmanager
    def translated(self, doing: str) -> Iterator[None]:
        """Reads outside a transaction: a damaged page or an I/O error becomes a StoreError."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            raise _known(exc, self.path, doing) from exc

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


__all__ = [
    "DatabaseBusy",
    "DatabaseCorrupt",
    "DatabaseMissing",
    "StorageUnavailable",
    "Store",
    "StoreError",
    "utc_now",
]
