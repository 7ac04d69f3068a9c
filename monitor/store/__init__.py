"""The database: the only sqlite-utils import; connections, transactions, migrations and all SQL.

The SQL lives in this package's modules by subject: `feeds`, `items`, `fines` (events and alerts).
`Store` gathers them so callers hold one object.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from monitor.store.alerts import AlertQueries
from monitor.store.feeds import FeedQueries
from monitor.store.fines import FineQueries
from monitor.store.grouping import GroupingQueries
from monitor.store.items import ItemQueries
from monitor.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """A database problem the user can act on (corrupt, locked, from a newer version)."""


def utc_now() -> str:
    return datetime.now(tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # Autocommit mode: transactions are explicit (see Store.transaction), so a library helper can
    # never commit half of a feed's writes behind our back.
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class Store(FeedQueries, ItemQueries, FineQueries, AlertQueries, GroupingQueries):
    """One connection; a thread that writes (the poller) opens its own Store."""

    def __init__(self, path: Path | str, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.notice: str | None = None  # something the user should be told once (a file moved aside)
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if readonly or "locked" in str(exc):
                raise StoreError(f"cannot open the database {self.path}: {exc}") from exc
            moved = self._move_aside()
            self.notice = (
                f"The database {self.path} could not be read ({exc}); it was moved to {moved} "
                "and a new, empty database was started. Nothing was deleted."
            )
            self._open()

    def _open(self) -> None:
        self.conn = _connect(self.path, self.readonly)
        try:
            self.db = sqlite_utils.Database(self.conn)
            version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
            if not self.readonly:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL is crash-safe in WAL mode; it only trades durability on power loss.
                self.conn.execute("PRAGMA synchronous = NORMAL")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"the database {self.path} was written by a newer version of the app "
                    f"(schema {version}, this one knows {SCHEMA_VERSION})"
                )
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version < SCHEMA_VERSION and not self.readonly:
                self._migrate(version)
        except BaseException:
            self.conn.close()
            raise

    def _move_aside(self) -> Path:
        stamp = datetime.now(tz=UTC).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        shutil.move(self.path, target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                shutil.move(side, target.with_name(target.name + suffix))
        return target

    def _migrate(self, current: int) -> None:
        if current > 0:
            # A copy before any change: a failed upgrade must never cost the user their history.
            backup = self.path.with_name(f"{self.path.name}.v{current}.bak")
            dest = sqlite3.connect(backup)
            with dest:
                self.conn.backup(dest)
            dest.close()
        for version, _description, step in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                step(self.db)
                self.conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: everything inside is committed together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


__all__ = ["Store", "StoreError", "utc_now"]
