"""Performance benchmarks: polls against Newsboat side by side, start-up, analysis, the app at 100,000 items.

python -m benchmarks.run [--runs N] [--quick] [--no-gui] [--no-newsboat] [--server nginx|python]

Serves 300 generated feeds (RSS 2.0 and Atom, 50 items each) with nginx on 127.0.0.1 (static files,
ETag/Last-Modified, 304s; benchmarks/nginx.py), then measures N alternating runs of: a cold poll
into an empty database, a warm poll (every feed answers 304) and a steady-state poll (each feed has
one new item), against Newsboat with its default reload-threads and with 2 (benchmarks/polls.py).
Our poll is timed as the `monitor poll` command (a fresh process, as Newsboat's `newsboat -x reload`
is) and, for information, inside one long-running process as the desktop app polls. Newsboat runs in
the same runs, so its times and the ratios share the machine's noise. Then: analysis items/s on one
core over the dev corpus, a database of 100,000 items (benchmarks/bigdb.py: its size, the read
commands' start-up, full-text search times), the real window started offscreen on it (time to a
populated items table, search through the window, peak resident memory) and the running app between
polls (benchmarks/idle.py: CPU, workers, memory).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import bigdb, nginx
from benchmarks.feedserve import PythonServer
from benchmarks.polls import FeedSource, item_count, polls, write_feeds_yml
from benchmarks.report import plain, table, write_report
from benchmarks.startup import startup

ROOT = Path(__file__).resolve().parent.parent

PY = sys.executable
SEARCH_WORDS = ("amende", "Clearview", "biometric", "Bußgeld", "gezichtsherkenning", "council budget")


# -- the machine -----------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    newsboat = _newsboat_version() or "not installed"
    with contextlib.suppress(OSError):
        load = f"{load} (runnable/total tasks {Path('/proc/loadavg').read_text().split()[3]})"
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(os.cpu_count()),
        "memory": memory,
        "cpu": cpu,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "newsboat": newsboat,
        "nginx": nginx.version(),
        "load average at start": load,
    }


def _newsboat_version() -> str | None:
    if not shutil.which("newsboat"):
        return None
    out = subprocess.run(["newsboat", "--version"], capture_output=True, text=True, check=False).stdout
    return out.splitlines()[0] if out else "newsboat"


# -- analysis --------------------------------------------------------------------------------------


def analysis_speed(seconds: float) -> tuple[float | None, str]:
    shared = Path(os.environ.get("MONITOR_SHARED") or (ROOT.parent / "shared"))
    path = shared / "corpus" / "dev.jsonl"
    if not path.is_file():
        return None, f"corpus not found at {path} (set MONITOR_SHARED)"
    import json

    from monitor.analysis import analyze

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [(i["title"], i.get("summary") or "", i.get("lang")) for i in items]
    for title, summary, lang in pairs:  # first pass loads and compiles the rules
        analyze(title, summary, lang)
    rates = []
    for _ in range(3):
        done = 0
        started = time.perf_counter()
        while time.perf_counter() - started < seconds / 3:
            for title, summary, lang in pairs:
                analyze(title, summary, lang)
            done += len(pairs)
        rates.append(done / (time.perf_counter() - started))
    return statistics.median(rates), f"{len(pairs)} items of {path.name}, repeated"


# -- 100,000 items ---------------------------------------------------------------------------------


def store_search(db: Path, runs: int) -> dict[str, float]:
    from monitor.store import Store
    from monitor.store.items import ItemFilter

    store = Store(db, readonly=True)
    out = {}
    try:
        for word in SEARCH_WORDS:
            store.list_items(ItemFilter(search=word), limit=100)  # page cache warm, as in a session
            times = []
            for _ in range(max(runs, 3)):
                started = time.perf_counter()
                store.list_items(ItemFilter(search=word), limit=100)
                times.append((time.perf_counter() - started) * 1000)
            out[word] = statistics.median(times)
    finally:
        store.close()
    return out


def gui_once(db: Path, work: Path, empty: bool = False) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MONITOR_CONFIG_DIR": str(work),
        "MONITOR_DATA_DIR": str(work),
        "XDG_RUNTIME_DIR": str(work),
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [PY, "-m", "benchmarks.gui_probe", str(db), *SEARCH_WORDS],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    result: dict[str, Any] = {"search": {}}
    assert proc.stdout is not None
    for line in proc.stdout:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "populated":
            result["window"] = time.perf_counter() - started
            result["rows"] = int(parts[1])
        elif parts[0] == "empty":
            if not empty:
                raise RuntimeError(f"the window showed no rows ({line.strip()})")
            result["window"] = time.perf_counter() - started  # the empty list shown
            result["rows"] = 0
        elif parts[0] == "search":
            result["search"][" ".join(parts[1:-2])] = float(parts[-2])
        elif parts[0] == "hwm":
            result["hwm_mb"] = int(parts[1]) / 1024
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or "window" not in result:
        raise RuntimeError(f"gui probe failed ({proc.returncode}): {err[-3000:]}")
    return result


def _empty_db(path: Path) -> Path:
    from monitor.store import Store

    Store(path).close()
    return path


def gui(db: Path, runs: int) -> dict[str, Any]:
    windows, searches, hwms, ratios = [], [], [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="monitor-gui-") as tmp:
            copy = Path(tmp) / "gui.sqlite"
            shutil.copy(db, copy)
            once = gui_once(copy, Path(tmp))
        with tempfile.TemporaryDirectory(prefix="monitor-gui-") as tmp:
            # The same window on an empty database, in the same run: a ratio of this machine's own.
            bare = gui_once(_empty_db(Path(tmp) / "empty.sqlite"), Path(tmp), empty=True)
        ratios.append(once["window"] / bare["window"])
        windows.append(once["window"])
        searches.append(statistics.median(once["search"].values()))
        hwms.append(once["hwm_mb"])
        print(
            f"  run {run + 1}/{runs} window {once['window']:.2f}s, search median "
            f"{searches[-1]:.1f} ms, peak {once['hwm_mb']:.0f} MB, against empty {ratios[-1]:.2f}x",
            file=sys.stderr,
        )
    return {
        "window": statistics.median(windows),
        "window_ratio": statistics.median(ratios),
        "search": statistics.median(searches),
        "hwm": max(hwms),
        "rows": once["rows"],
        "search_words": once["search"],
    }


@contextlib.contextmanager
def _section(name: str) -> Iterator[None]:
    print(f"{name}…", file=sys.stderr)
    started = time.perf_counter()
    yield
    print(f"  ({time.perf_counter() - started:.0f} s)", file=sys.stderr)


def serve(args: argparse.Namespace) -> FeedSource:
    if args.server == "nginx" and nginx.available():
        args.server_name = f"nginx {nginx.version()} (benchmarks/nginx.py, its own process)"
        return nginx.Nginx(args.feeds)
    args.server_name = "`benchmarks/feedserve.py` (the project's Python FeedServer, its own process)"
    return PythonServer(args.feeds)


def idle_rows(db: Path, seconds: float) -> list[list[str]]:
    from benchmarks.idle import measure

    got = measure(db, seconds, quiet_wait=seconds + 30)
    return [
        [
            f"100k items: app idle between polls, CPU over {seconds:.0f} s (window + workers)",
            f"{got['idle_cpu_ms']:.0f} ms",
            "",
            "",
            "no CPU (≤ 1% of a core)",
            "met" if got["idle_cpu_ms"] <= seconds * 10 else "**not met**",
        ],
        [
            f"100k items: worker processes {seconds + 30:.0f} s after a poll",
            f"{got['children_after_quiet']:.0f} (after the poll {got['children_after_poll']:.0f})",
            "",
            "",
            "workers gone",
            "",
        ],
        [
            "100k items: app resident memory (VmRSS; with its workers)",
            f"{got['rss_app_mb']:.0f} MB ({got['rss_with_workers_mb']:.0f} MB)",
            "",
            "",
            "≤ 150 MB",
            "met" if got["rss_app_mb"] <= 150 else "**not met**",
        ],
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the median is reported")
    parser.add_argument("--quick", action="store_true", help="one run, 1 s of analysis")
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--items", type=int, default=100_000, help="stored items for the window and search")
    parser.add_argument("--server", choices=("nginx", "python"), default="nginx")
    parser.add_argument("--no-gui", action="store_true", help="skip the 100k-item window")
    parser.add_argument("--no-polls", action="store_true", help="skip the polls")
    parser.add_argument("--no-newsboat", action="store_true")
    parser.add_argument("--no-inprocess", action="store_true", help="skip the in-process poll timings")
    parser.add_argument("--no-large", action="store_true", help="skip everything on the 100k database")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md", help="'-' for none")
    parser.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
    # As an installed copy runs: with bytecode. Where PYTHONDONTWRITEBYTECODE is set, every fresh
    # `monitor` process would otherwise compile the package from source (~0.3 s on this machine).
    compileall.compile_dir(ROOT / "monitor", quiet=1)
    info = machine()
    results: dict[str, Any] = {}
    notes: list[str] = []
    server = serve(args)
    try:
        if not args.no_polls:
            with _section(f"polls ({args.runs} runs, {args.server_name})"):
                results["polls"] = polls(server, args)
            if "newsboat2" not in results["polls"]:
                notes.append("Newsboat is not installed (or --no-newsboat): no ratios.")
    finally:
        server.close()
    with _section("analysis"):
        rate, what = analysis_speed(1.0 if args.quick else 3.0)
        results["analysis"] = rate
        notes.append(f"Analysis: {what}.")
    if not args.no_large:
        with _section(f"{args.items:,} stored items"):
            db, built = bigdb.cached(args.items, args.cache)
            if built:
                print(f"  built {db.name} in {built:.0f} s", file=sys.stderr)
            count = item_count(db)
            results["db_size"] = db.stat().st_size / 1024 / 1024 * 100_000 / count
            # `monitor feeds` reads the feeds.yml of the database's own 2,000 feeds, as a user
            # with that many feeds would (the repository's feeds.yml has about forty).
            with tempfile.TemporaryDirectory(prefix="monitor-startup-") as tmp:
                feeds_yml = write_feeds_yml(Path(tmp) / "feeds.yml", bigdb.feed_urls(count))
                results["startup"] = startup(db, feeds_yml, max(args.runs, 5))
            results["store_search"] = store_search(db, args.runs)
            if not args.no_gui:
                results["gui"] = gui(db, args.runs)
                results["idle_rows"] = idle_rows(db, args.idle_seconds)
    info["load average at end"] = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    rows = table(results)
    print()
    print(plain(rows))
    if args.output != Path("-"):
        write_report(args.output, info, rows, args, notes)
        print(f"\nwritten to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
