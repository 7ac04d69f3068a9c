"""The database as files: what a path holds, and moving a damaged database aside (and back).

A database is one file plus, in WAL mode, its -wal (committed pages not yet copied back) and -shm
(an index). They move together or not at all: a database moved without its -wal loses its last
transactions, and a -wal left behind would be applied to the next database of that name.
"""

from __future__ import annotations

import os
import shlex
from datetime import UTC, datetime
from pathlib import Path

from monitor.store.errors import NotOurDatabase

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def on_read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def refuse_foreign(path: Path) -> None:
    """A file of another format is never taken for a damaged database, let alone moved aside.

    Call it only once SQLite has refused the file: reading the file while a connection of this
    process has it open would release that connection's locks (see Store._start).
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable: SQLite's own open says why, in its terms
    if head and head != SQLITE_MAGIC:
        raise NotOurDatabase(
            f"{path} is not an SQLite database (it starts with {head[:8]!r}); nothing was changed. "
            "Pass --db with the path of the Regulatory Monitor database. If this file was that database "
            "and its first bytes were overwritten, move it away yourself: a new one is then started.",
            path,
        )


def move_aside(path: Path) -> list[tuple[Path, Path]]:
    """Rename the database and its side files to `<name>.corrupt-<UTC time>`; all or nothing."""
    stamp = datetime.now(tz=UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    serial = 1
    while target.exists():
        serial += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{serial}")
    moves = [(path, target)] + [
        (side, target.with_name(target.name + side.name[len(path.name) :]))
        for side in side_files(path)
        if side.exists()
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for source, dest in moves:
            os.rename(source, dest)  # same folder: atomic, and never a copy that could fill the disk
            done.append((source, dest))
    except OSError:
        move_back(path, done)
        raise
    return done


def move_back(path: Path, moves: list[tuple[Path, Path]]) -> None:
    """Undo move_aside: the original files return over whatever a failed new start left."""
    returned = {source for source, _dest in moves}
    for source, dest in reversed(moves):
        os.replace(dest, source)
    for side in side_files(path):
        if side not in returned and side.exists():
            side.unlink()  # made by the new database that could not start; the original had none


def moved_notice(path: Path, target: Path, detail: str) -> str:
    q_target, q_path = shlex.quote(str(target)), shlex.quote(str(path))
    recovered = shlex.quote(str(path.with_name(path.name + ".recovered")))
    return (
        f"The database {path} is damaged ({detail}). It was moved to {target} (with its -wal and "
        "-shm files) and a new, empty database was started; nothing was deleted. To go back to it, "
        f"quit the app and run: mv {q_target} {q_path}. To save what can still be read: "
        f"sqlite3 {q_target} .recover | sqlite3 {recovered}"
    )
