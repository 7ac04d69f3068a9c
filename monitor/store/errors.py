"""Database errors the user can act on, told apart from bugs.

SQLite reports what went wrong as a result code (Python 3.11: `sqlite_errorcode`). Only
SQLITE_CORRUPT and SQLITE_NOTADB mean the file is damaged; a full disk, a read-only mount, a
permission or a lock held by another program are the environment, and never a reason to touch the
user's file. Everything else (SQL errors, misuse of the API) is a bug and goes up as it is, loudly.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from monitor.holders import lockers

# Primary result codes (https://sqlite.org/rescode.html); the extended code's low byte is one of them.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL = 10, 11, 13, 14, 15
SQLITE_NOTADB = 26


def _busy_timeout() -> float:
    # How long a write waits for another process's lock before it gives up and says who holds it.
    try:
        return max(0.0, float(os.environ.get("MONITOR_BUSY_TIMEOUT", "10")))
    except ValueError:
        return 10.0


BUSY_TIMEOUT_S = _busy_timeout()
LOW_SPACE = 1024 * 1024  # below this much free space, an I/O error is taken for a full disk

EXIT_FAILED, EXIT_USAGE, EXIT_TEMPORARY = 1, 2, 75  # 75 is sysexits' EX_TEMPFAIL: try again later


class StoreError(Exception):
    """A database problem the user can act on; the message says what happened and what to do."""

    exit_status = EXIT_FAILED
    retry_later = False  # the window and `poll --every` keep their schedule and try again

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseMissing(StoreError):
    """A read-only command found no database (or no folder): nothing is created for it."""

    exit_status = EXIT_USAGE


class NotOurDatabase(StoreError):
    """The path holds something else (another format, another program's database, a folder)."""

    exit_status = EXIT_USAGE


class DatabaseCorrupt(StoreError):
    detail = ""  # SQLite's words (or quick_check's findings), for the notice


class NewerDatabase(StoreError):
    pass


class OlderDatabase(StoreError):
    """A read-only open of a database that needs an upgrade only a writer may do."""


class StorageUnavailable(StoreError):
    """The disk is full, read-only or refuses us; the database is as it was."""

    exit_status = EXIT_TEMPORARY
    retry_later = True


class DatabaseBusy(StorageUnavailable):
    """Another process held the database for longer than the busy timeout."""


RETRY = "The database was left as it was; the window and `monitor poll --every` try again at the next poll."


def _space(folder: Path) -> tuple[bool, bool, int | None]:
    """(read-only mount, writable by us, free bytes) of the folder, as far as can be told."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False, False, None
    readonly = bool(st.f_flag & os.ST_RDONLY)
    free = shutil.disk_usage(folder).free
    return readonly, os.access(folder, os.W_OK), free


def environment_error(path: Path, doing: str, detail: str, code: int | None = None) -> StoreError:
    """Why a write failed, in the user's terms: full, read-only, not permitted, or an I/O error."""
    folder = path.parent
    readonly, writable, free = _space(folder)
    if code in (errno.ENOSPC, errno.EDQUOT) or (free is not None and free < LOW_SPACE):
        return StorageUnavailable(
            f"the disk holding {path} is full ({doing}: {detail}). Free some space. {RETRY}", path
        )
    if code == errno.EROFS or readonly:
        return StorageUnavailable(
            f"{folder} is on a read-only file system, so {path} cannot be written ({doing}: {detail}). "
            f"Remount it read-write or pass --db with a writable path. {RETRY}",
            path,
        )
    if code in (errno.EACCES, errno.EPERM) or not writable or not _writable(path):
        return StorageUnavailable(
            f"no permission to write {path} or its folder ({doing}: {detail}). Check the owner and "
            f"mode of {folder} and of the database's files (-wal, -shm). {RETRY}",
            path,
        )
    return StorageUnavailable(f"cannot write {path} ({doing}: {detail}). {RETRY}", path)


def _writable(path: Path) -> bool:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return False
    return True


def busy(path: Path, doing: str) -> DatabaseBusy:
    """The database stayed locked past the busy timeout: say by whom, so the user can find it."""
    files = [path, path.with_name(path.name + "-shm"), path.with_name(path.name + "-wal")]
    found = lockers(files, exclude=os.getpid())
    who = ", ".join(h.describe() for h in found[:3]) if found else "another process"
    return DatabaseBusy(
        f"the database {path} is locked by {who} ({doing}); it held it longer than "
        f"{BUSY_TIMEOUT_S:g} s. Let it finish or stop it. {RETRY}",
        path,
    )


def corrupt(path: Path, detail: str) -> DatabaseCorrupt:
    error = DatabaseCorrupt(
        f"the database {path} is damaged ({detail}); nothing more was written to it. Quit the app "
        "and run `monitor poll` or start the window: the file is checked at start, moved aside "
        "(never deleted) and a new database begun, and you are told where the old one went.",
        path,
    )
    error.detail = detail
    return error


def classify(exc: BaseException, path: Path, doing: str) -> StoreError | None:
    """The known problem behind `exc`, or None when it is a bug (to be raised as it is)."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not path.parent.is_dir():
            return DatabaseMissing(f"the folder {path.parent} does not exist", path)
        return environment_error(path, doing, exc.strerror or str(exc), exc.errno)
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by Python's module itself (closed connection, misuse): a bug
        return None
    primary = code & 0xFF
    detail = f"{exc} [{getattr(exc, 'sqlite_errorname', primary)}]"
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return corrupt(path, detail)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL):
        return busy(path, doing)
    if primary == SQLITE_CANTOPEN and path.is_dir():
        return NotOurDatabase(f"{path} is a folder, not a database; pass --db with a file's path", path)
    if primary == SQLITE_CANTOPEN and not path.parent.is_dir():
        return DatabaseMissing(f"the folder {path.parent} does not exist", path)
    if primary == SQLITE_FULL:
        return environment_error(path, doing, detail, errno.ENOSPC)
    if primary in (SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
        return environment_error(path, doing, detail)
    if primary == SQLITE_NOMEM:
        return StorageUnavailable(f"out of memory ({doing}). {RETRY}", path)
    return None
