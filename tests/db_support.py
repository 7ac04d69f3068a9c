"""Real failing environments for the database tests: a tmpfs to fill, a read-only remount, another
process holding the database's lock, a file damaged in its middle pages, `monitor` as a subprocess."""

from __future__ import annotations

import errno
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from monitor.models import Analysis, FeedConfig, ParsedItem
from monitor.store import Store

ROOT = Path(__file__).resolve().parent.parent
WAIT = 60.0  # the longest any one step may take before a test gives up (never a timing assertion)
NOBODY = 65534


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs of its own, so that filling it fills no one else's disk; unmounted after."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root: the full-disk tests run on a real, small file system")
    where = tmp_path / "mnt"
    where.mkdir()
    done = _mount("-t", "tmpfs", "-o", "size=4m,mode=0777", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextmanager
def read_only(mount: Path) -> Iterator[None]:
    done = _mount("-o", "remount,ro", str(mount))
    assert done.returncode == 0, done.stderr
    try:
        yield
    finally:
        _mount("-o", "remount,rw", str(mount))


def fill(folder: Path) -> Path:
    """Write a file until the file system has not one byte left; delete it to free the space."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for size in (1 << 16, 1 << 12, 1):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def answer(request: BaseHTTPRequestHandler, body: str) -> None:
    """A feed handler's reply once it has done what the test needed in the middle of the poll."""
    data = body.encode()
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.send_header("Content-Length", str(len(data)))
    request.end_headers()
    try:
        request.wfile.write(data)
    except OSError:
        pass


def monitor_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "monitor", *args]


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "MONITOR_BUSY_TIMEOUT": "1", **extra}


# Root ignores file modes; without these capabilities it obeys them like any user.
_NO_OVERRIDE = "-dac_override,-dac_read_search,-fowner"
UNPRIVILEGED = ["setpriv", f"--bounding-set={_NO_OVERRIDE}", f"--inh-caps={_NO_OVERRIDE}", "--"]


def run_monitor(*args: str, unprivileged: bool = False, **env: str) -> subprocess.CompletedProcess[str]:
    prefix = UNPRIVILEGED if unprivileged and os.geteuid() == 0 else []
    return subprocess.run(
        prefix + monitor_command(*args),
        cwd=ROOT,
        env=environment(**env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=WAIT,
        check=False,
    )


def start_monitor(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        monitor_command(*args),
        cwd=ROOT,
        env=environment(**env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_no_traceback(result: subprocess.CompletedProcess[str] | tuple[str, str]) -> None:
    out, err = (result.stdout, result.stderr) if not isinstance(result, tuple) else result
    assert "Traceback" not in err and "Traceback" not in out, err


class Lines:
    """A running process's stderr, collected line by line as it comes (a pipe must be drained)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._lines: list[str] = []
        self._thread = threading.Thread(target=self._drain, args=(process,), daemon=True)
        self._thread.start()

    def _drain(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self._lines.append(line)

    @property
    def text(self) -> str:
        return "".join(self._lines)

    def join(self) -> None:
        self._thread.join(WAIT)


def end(process: subprocess.Popen[str], lines: Lines | None = None) -> str:
    """Wait for a process sent a signal; close its pipes; its stdout."""
    process.wait(WAIT)
    if lines is not None:
        lines.join()
    out = process.stdout.read() if process.stdout and not process.stdout.closed else ""
    for pipe in (process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()
    return out


class LockHolder:
    """The `sqlite3` program holding an exclusive lock on the database until released."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            ["sqlite3", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("BEGIN EXCLUSIVE;\nINSERT INTO settings VALUES ('held', '1');\n")
        self.process.stdin.write("SELECT 'locked';\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline().strip()
        assert line == "locked", self.process.stderr.read() if self.process.poll() is not None else line

    @property
    def pid(self) -> int:
        return self.process.pid

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("ROLLBACK;\n.quit\n")
            self.process.stdin.close()
            self.process.wait(WAIT)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


def corrupt_middle(path: Path) -> list[int]:
    """Overwrite the middle third of the file's pages with noise, header and first pages intact."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    assert pages >= 9, f"only {pages} pages: fill the database first"
    noise = random.Random(13)
    hit = list(range(pages // 3, 2 * pages // 3))
    for number in hit:
        data[number * page : (number + 1) * page] = bytes(noise.getrandbits(8) for _ in range(page))
    path.write_bytes(bytes(data))
    return hit


def corrupt_table(path: Path, name: str) -> list[int]:
    """Overwrite the leaf pages of one table or index (found with SQLite's dbstat) with noise."""
    conn = sqlite3.connect(path)
    try:
        leaves = [
            r[0]
            for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (name,))
        ]
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    assert leaves, f"{name} has no leaf pages"
    noise = random.Random(17)
    with path.open("r+b") as handle:
        for number in leaves:
            handle.seek((number - 1) * page)
            handle.write(bytes(noise.getrandbits(8) for _ in range(page)))
    return leaves


def _item(n: int) -> ParsedItem:
    text = f"Item {n}: the authority publishes its annual report on the processing of personal data " * 4
    return ParsedItem(
        guid=f"g{n}",
        link=f"https://x.example/{n}",
        canonical_link=f"https://x.example/{n}",
        title=f"Report {n}",
        summary_text=text,
        summary_html=text,
        author=None,
        published=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T08:00:00Z",
        language="en",
        content_hash=f"h{n}",
        analysis=Analysis(),
    )


def filled_database(path: Path, items: int = 400) -> None:
    """A real database with enough pages that damage in its middle lands in tables and indexes."""
    store = Store(path)
    with store.transaction():
        store.sync_feeds([FeedConfig(name="F", url="https://x.example/feed")], "2024-05-01T10:00:00Z")
        store.store_items(1, [_item(n) for n in range(items)], "2024-05-01T10:00:00Z")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def write_feeds(path: Path, feeds: dict[str, str]) -> Path:
    lines = ["feeds:"] + [f"  - name: {name}\n    url: {url}" for name, url in feeds.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def wait_until(
    condition: Callable[[], bool], what: str, process: subprocess.Popen[str] | None = None
) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if process is not None and process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the process ended before {what}:\n{out}\n{err}")
        if time.monotonic() > deadline:
            if process is not None:  # never leave a poller running behind a failed test
                process.kill()
                end(process)
            pytest.fail(f"gave up waiting until {what}")
        time.sleep(0.02)


def count(db: Path, sql: str) -> int:
    store = Store(db, readonly=True)
    try:
        return int(store.scalar(sql))
    finally:
        store.close()
