"""The running app between polls: CPU used while idle, worker processes left, resident memory.

python -m benchmarks.idle DB [--feeds FEEDS.yml] [--seconds 60] [--quiet-wait 90]

Starts the real app (`python -m monitor gui`, offscreen) on a copy of DB with a feeds file of a few
feeds served by nginx, so its first poll parses documents in its worker processes. Once that poll
is done (the feeds' last poll times are written), it reads the app's CPU ticks (utime + stime of
/proc/PID/stat, with its children's) over `--seconds` of idle time, the worker processes still
alive then and after `--quiet-wait`, and the resident memory (VmRSS, VmHWM) of the app and its
workers. Prints one `key value` line each.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.nginx import Nginx
from benchmarks.polls import write_feeds_yml

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        for child in map(int, text):
            found += [child, *children(child)]
    return found


def status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def kinds(pids: list[int]) -> str:
    """What each child is: the parse workers, multiprocessing's forkserver and resource tracker."""
    names = []
    for pid in pids:
        with contextlib.suppress(OSError):
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            names.append(
                "forkserver" if "forkserver" in cmdline
                else "resource_tracker" if "resource_tracker" in cmdline
                else "worker"
            )  # fmt: skip
    return ",".join(sorted(names)) or "none"


def _polled(db: Path, names: list[str], since: str) -> bool:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(names))
        done = conn.execute(
            f"SELECT count(*) FROM feeds WHERE name IN ({marks}) AND last_polled_at >= ?", [*names, since]
        ).fetchone()[0]
        return int(done) == len(names)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _keep_items(db: Path) -> None:
    # The generated items were first seen on their build day: the poll's pruning would delete most
    # of them (and spend seconds on it). Kept, the app holds the 100,000 items being measured.
    from monitor import settings
    from monitor.store import Store

    store = Store(db)
    try:
        settings.put(store, "retention_days", 36500)
    finally:
        store.close()


def settle(pids: list[int], quiet: float = 3.0, cap: float = 120.0) -> float:
    """Seconds until the processes used no CPU tick for `quiet` seconds (the poll's aftermath done)."""
    started = time.monotonic()
    still = 0.0
    last = sum(cpu_ticks(p) for p in pids)
    while still < quiet and time.monotonic() - started < cap:
        time.sleep(0.5)
        now = sum(cpu_ticks(p) for p in pids if Path(f"/proc/{p}").exists())
        still = still + 0.5 if now == last else 0.0
        last = now
    return time.monotonic() - started


def measure(db: Path, seconds: float, quiet_wait: float, feeds: int = 8) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="monitor-idle-") as tmp, Nginx(feeds) as server:
        work = Path(tmp)
        copy = work / "idle.sqlite"
        shutil.copy(db, copy)
        _keep_items(copy)
        server.serve(0)
        feeds_yml = write_feeds_yml(work / "feeds.yml", server.urls())
        names = [f"Feed {n:04d}" for n in range(feeds)]
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MONITOR_CONFIG_DIR": str(work),
            "MONITOR_DATA_DIR": str(work),
            "XDG_RUNTIME_DIR": str(work),
        }
        command = [sys.executable, "-m", "monitor", "gui", "--db", str(copy), "--feeds", str(feeds_yml)]
        since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 1))
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 300
            while not _polled(copy, names, since):
                if app.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the app did not poll: {app.stderr.read().decode()[-2000:]}")
                time.sleep(0.5)
            polled_after = time.monotonic() - (deadline - 300)
            workers_after_poll = children(app.pid)
            kinds_after_poll = kinds(workers_after_poll)  # now: they may be gone when it is printed
            # The poll's last writes, pruning and the window's refresh, then the quiet between polls.
            settled = settle([app.pid])
            procs = [app.pid, *children(app.pid)]
            before = {p: cpu_ticks(p) for p in procs}
            time.sleep(seconds)
            used = sum(cpu_ticks(p) - t for p, t in before.items() if Path(f"/proc/{p}").exists())
            rss = sum(status_kb(p, "VmRSS") for p in [app.pid, *children(app.pid)])
            result = {
                "idle_seconds": seconds,
                "idle_cpu_ms": used * 1000 / TICKS,
                "first_poll_done_s": polled_after,
                "settled_after_s": settled,
                "children_after_poll": len(workers_after_poll),
                "rss_app_mb": status_kb(app.pid, "VmRSS") / 1024,
                "hwm_app_mb": status_kb(app.pid, "VmHWM") / 1024,
                "rss_with_workers_mb": rss / 1024,
            }
            time.sleep(max(0.0, quiet_wait - seconds))
            print(f"children after the poll: {kinds_after_poll}", file=sys.stderr)
            print(f"children after {quiet_wait:.0f} s: {kinds(children(app.pid))}", file=sys.stderr)
            result["children_after_quiet"] = len(children(app.pid))
            result["rss_after_quiet_mb"] = (
                sum(status_kb(p, "VmRSS") for p in [app.pid, *children(app.pid)]) / 1024
            )
            return result
        finally:
            app.terminate()
            try:
                app.wait(20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(5)
            assert app.stderr is not None
            app.stderr.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--quiet-wait", type=float, default=90.0)
    args = parser.parse_args()
    for key, value in measure(args.db, args.seconds, args.quiet_wait).items():
        print(f"{key} {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
