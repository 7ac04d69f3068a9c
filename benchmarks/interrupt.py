"""How long a signalled `monitor poll` takes to exit while a server stays silent, and what the start's
integrity check (`PRAGMA quick_check`) costs on a large database.

    python -m benchmarks.interrupt [--runs 5] [--db PATH]

Targets: the process has exited within 1 s of SIGINT or SIGTERM (issue #13); quick_check at a
writer's start stays a small part of the window's 1 s start on 100,000 items.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from monitor.store import Store, StoreError
from tests.support.feedserver import FeedServer, rss

ROOT = Path(__file__).resolve().parent.parent

ONE = rss([{"title": "CNIL fines Example SA EUR 1 million", "guid": "a1"}])


def signal_to_exit(signum: int, work: Path) -> float:
    requested, release = threading.Event(), threading.Event()

    def silent(request: BaseHTTPRequestHandler) -> None:
        requested.set()
        release.wait(60)

    with FeedServer() as server:
        feeds = work / "feeds.yml"
        feeds.write_text(
            f"feeds:\n  - name: A\n    url: {server.add('/a.xml', ONE)}\n"
            f"  - name: S\n    url: {server.add('/s.xml', handler=silent)}\n",
            encoding="utf-8",
        )
        db = work / f"m-{signum}-{time.monotonic_ns()}.sqlite"
        command = [sys.executable, "-m", "monitor", "poll", "--db", str(db), "--feeds", str(feeds)]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if not requested.wait(60):
                raise SystemExit("the poll never reached the silent server")
            deadline = time.monotonic() + 60
            while not _stored(db):  # A written: what remains is only the silent fetch
                if time.monotonic() > deadline:
                    raise SystemExit("feed A was never stored")
                time.sleep(0.02)
            sent = time.perf_counter()
            process.send_signal(signum)
            process.wait(30)
            return time.perf_counter() - sent
        finally:
            release.set()
            if process.poll() is None:
                process.kill()


def _stored(db: Path) -> bool:
    try:
        store = Store(db, readonly=True)
    except StoreError:
        return False
    try:
        return bool(store.scalar("SELECT count(*) FROM items"))
    finally:
        store.close()


def quick_check(db: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        Store(db, readonly=True).conn.execute("PRAGMA quick_check(3)").fetchall()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a large database for quick_check (benchmarks/out/items-…)")
    args = parser.parse_args()
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        for signum in (signal.SIGINT, signal.SIGTERM):
            times = [signal_to_exit(signum, Path(tmp)) for _ in range(args.runs)]
            name = signal.Signals(signum).name
            print(
                f"{name} → exit, fetch hanging: median {statistics.median(times):.2f} s, "
                f"max {max(times):.2f} s over {args.runs} runs (target ≤ 1 s)"
            )
    if args.db:
        size = args.db.stat().st_size / 1e6
        median = quick_check(args.db, args.runs)
        print(f"quick_check on {args.db.name} ({size:.0f} MB): median {median:.2f} s")


if __name__ == "__main__":
    main()
