"""Who holds a database: the record our instance lock writes, and the kernel's table of file locks.

When a write waits past SQLite's busy timeout, "database is locked" alone leaves the user guessing.
Linux lists every POSIX lock in /proc/locks (pid, device and inode), so the process holding the
database file or its -shm index can be named, with its command line, whatever program it is.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Holder:
    pid: int
    role: str = ""  # what our app calls itself in the lock file: "the window", "monitor poll --every"
    command: str = ""  # its command line, as the kernel has it

    def describe(self) -> str:
        what = self.role or self.command or "a process"
        shown = f"{what} (process {self.pid}"
        if self.command and self.role:
            shown += f": {self.command}"
        return shown + ")"


def encode_record(pid: int, role: str) -> bytes:
    """The instance lock file's content: one line of JSON a person can read with `cat`."""
    record = {"pid": pid, "role": role, "command": command_line(pid)}
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def decode_record(data: bytes) -> Holder | None:
    text = data.decode("utf-8", errors="replace").strip()
    if text.isdigit():  # the lock files of earlier versions held the pid alone
        return Holder(int(text), command=command_line(int(text)))
    try:
        record = json.loads(text)
        return Holder(int(record["pid"]), str(record.get("role", "")), str(record.get("command", "")))
    except (ValueError, KeyError, TypeError):
        return None


def command_line(pid: int, limit: int = 120) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    text = " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)
    # Printable only: it goes to a terminal and into Qt labels.
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def lockers(paths: list[Path], exclude: int | None = None) -> list[Holder]:
    """Processes holding a POSIX or flock lock on any of these files, writers first (Linux only)."""
    wanted: set[tuple[int, int, int]] = set()
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            continue
        wanted.add((os.major(st.st_dev), os.minor(st.st_dev), st.st_ino))
    try:
        table = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    writers: list[int] = []
    readers: list[int] = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 6 or fields[1] == "->":  # "->" marks a process waiting, not holding
            continue
        kind, pid_text, where = fields[3], fields[4], fields[5]
        parts = where.split(":")
        if len(parts) != 3 or not pid_text.isdigit():
            continue
        try:
            key = (int(parts[0], 16), int(parts[1], 16), int(parts[2]))
        except ValueError:
            continue
        pid = int(pid_text)
        if key in wanted and pid != exclude:
            (writers if kind == "WRITE" else readers).append(pid)
    ordered = list(dict.fromkeys(writers + readers))
    return [Holder(pid, command=command_line(pid)) for pid in ordered]
