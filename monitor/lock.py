"""One writer per database: an OS file lock that dies with its process (never a stale PID file).

The lock file also says who holds it (pid, what it is, its command line), so a second writer can
tell the user which process has the database and what it will do with it.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from monitor.holders import Holder, decode_record, encode_record
from monitor.store.errors import classify

WINDOW = "the window"
POLL_EVERY = "monitor poll --every"


class AlreadyRunning(Exception):
    def __init__(self, path: Path, db_path: Path, holder: Holder | None) -> None:
        self.path = path
        self.holder = holder
        super().__init__(_explain(db_path, holder, path))

    @property
    def pid(self) -> int | None:
        return self.holder.pid if self.holder else None


def _explain(db_path: Path, holder: Holder | None, lock: Path) -> str:
    head = f"Regulatory Monitor is already running on {db_path}"
    if holder is None:
        return f"{head}; lock: {lock}"
    who = holder.describe()
    if holder.role == WINDOW:
        return (
            f"{head}: {who} holds the database and polls the feeds itself on schedule. "
            "Use Poll now in the window (or its tray menu), or quit it to run this command."
        )
    if holder.role == POLL_EVERY:
        return (
            f"{head}: {who} holds the database and polls the feeds on schedule. "
            f"Stop it (kill {holder.pid}) to run this command."
        )
    return f"{head}: {who} holds the database; try again when it has finished."


class InstanceLock:
    def __init__(self, db_path: Path, role: str = "monitor") -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self.role = role
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            known = classify(exc, self.db_path, "taking the instance lock")
            raise known or exc from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = decode_record(os.pread(fd, 4096, 0))
            os.close(fd)
            raise AlreadyRunning(self.path, self.db_path, holder) from None
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, encode_record(os.getpid(), self.role), 0)
        except OSError:
            pass  # a full disk: the lock holds all the same, only its note of who holds it is lost
        self._fd = fd
        return self

    def holder(self) -> Holder | None:
        """Who the lock file says holds it (meaningful while someone does)."""
        try:
            return decode_record(self.path.read_bytes())
        except OSError:
            return None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
