"""Our poll against Newsboat's on the same served feeds: cold, warm (all 304) and steady (one new item each).

Each run polls with every tool in turn (ours as the `monitor poll` command, Newsboat with its default
reload-threads and with `reload-threads 2`, ours inside one process as the window polls), in an order
that alternates from run to run, so no tool always meets another's leftovers (page cache, sockets in
TIME_WAIT). A ratio is taken within each run (our time over Newsboat's, both sharing that moment's
load) and the median over runs is reported with its range.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from tests.support.feedgen import ITEMS_PER_FEED, feed_authority, feed_language

PY = sys.executable
ROOT = Path(__file__).resolve().parent.parent
PHASES = ("cold", "warm", "steady")
NEWSBOAT_THREADS = (1, 2)  # Newsboat's default, and the reference set-up


class FeedSource(Protocol):
    feeds: int

    def serve(self, generation: int) -> None: ...

    def urls(self) -> list[str]: ...

    def close(self) -> None: ...


def write_feeds_yml(path: Path, urls: Sequence[str]) -> Path:
    lines = ["feeds:"]
    for n, url in enumerate(urls):
        authority = feed_authority(n)
        lines += [
            f"  - name: Feed {n:04d}",
            f"    url: {url}",
            f"    kind: {'authority' if authority else 'news'}",
            f"    language: {feed_language(n)}",
        ]
        if authority:
            lines.append(f"    authority: {authority}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def item_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
    finally:
        conn.close()


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, done.stdout


def without_articles(db: Path) -> None:
    # Newsboat reads no linked articles; neither do we here, so both poll the same bytes (and the
    # synthetic links, on hosts that do not exist, are never looked up).
    from monitor import settings
    from monitor.store import Store

    store = Store(db)
    try:
        settings.put(store, "article_text", False)
    finally:
        store.close()


def printed_alerts(out: str) -> tuple[int, int]:
    """(alerts, summaries) a `monitor poll` printed: a cold poll of new feeds must print one summary."""
    lines = out.splitlines()
    return sum(line.startswith("ALERT") for line in lines), sum(line.startswith("SUMMARY") for line in lines)


def ours_cli(server: FeedSource, work: Path, feeds_yml: Path, seen: dict[str, Any]) -> dict[str, float]:
    db = work / "cli.sqlite"
    without_articles(db)
    env = {**os.environ, "MONITOR_DATA_DIR": str(work), "MONITOR_CONFIG_DIR": str(work)}
    command = [PY, "-m", "monitor", "poll", "--quiet", "--db", str(db), "--feeds", str(feeds_yml)]
    times = {}
    server.serve(0)
    times["cold"], out = _timed(command, env)
    seen.setdefault("cold_alerts", []).append(printed_alerts(out))
    _check(db, server.feeds * ITEMS_PER_FEED, "cold")
    times["warm"], _ = _timed(command, env)
    server.serve(1)
    times["steady"], _ = _timed(command, env)
    _check(db, server.feeds * (ITEMS_PER_FEED + 1), "steady")
    return times


def ours_inprocess(server: FeedSource, work: Path, feeds_yml: Path) -> dict[str, float]:
    from monitor.config import load_feeds
    from monitor.poller import Poller

    db = work / "inproc.sqlite"
    without_articles(db)
    poller = Poller(db, load_feeds(feeds_yml))
    times = {}
    try:
        server.serve(0)
        times["cold"] = poller.poll(force=True).elapsed
        times["warm"] = poller.poll(force=True).elapsed
        server.serve(1)
        times["steady"] = poller.poll(force=True).elapsed
    finally:
        poller.close()
    _check(db, server.feeds * (ITEMS_PER_FEED + 1), "in-process steady")
    return times


def _check(db: Path, expected: int, phase: str) -> None:
    found = item_count(db)
    if found != expected:
        raise RuntimeError(f"{phase}: {found} items stored, {expected} expected")


def newsboat(server: FeedSource, work: Path, threads: int) -> dict[str, float]:
    home = work / f"newsboat-{threads}"
    home.mkdir()
    urls = home / "urls"
    urls.write_text("\n".join(server.urls()) + "\n", encoding="utf-8")
    config = home / "config"
    config.write_text(f"reload-threads {threads}\n" if threads != 1 else "", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
    command = ["newsboat", "-x", "reload", "-u", str(urls), "-c", str(home / "cache.db"), "-C", str(config)]
    times = {}
    server.serve(0)
    times["cold"], _ = _timed(command, env)
    times["warm"], _ = _timed(command, env)
    server.serve(1)
    times["steady"], _ = _timed(command, env)
    conn = sqlite3.connect(home / "cache.db")
    stored = conn.execute("SELECT count(*) FROM rss_item").fetchone()[0]
    conn.close()
    if stored != server.feeds * (ITEMS_PER_FEED + 1):
        raise RuntimeError(f"newsboat stored {stored} items")
    return times


def polls(server: FeedSource, args: argparse.Namespace) -> dict[str, Any]:
    """{tool: {phase: [seconds per run]}}, plus "cold_alerts": [(alerts, summaries) per run]."""
    results: dict[str, Any] = {}
    has_newsboat = bool(shutil.which("newsboat")) and not args.no_newsboat
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp:
            work = Path(tmp)
            feeds_yml = write_feeds_yml(work / "feeds.yml", server.urls())
            tools: list[tuple[str, Callable[[], dict[str, float]]]] = [
                ("ours", lambda work=work, f=feeds_yml: ours_cli(server, work, f, results)),
            ]
            if has_newsboat:
                tools += [
                    (f"newsboat{t}", lambda work=work, t=t: newsboat(server, work, t))
                    for t in NEWSBOAT_THREADS
                ]
            if not args.no_inprocess:
                tools.append(("inprocess", lambda work=work, f=feeds_yml: ours_inprocess(server, work, f)))
            # Alternate who goes first, so neither always meets the other's leftovers.
            if run % 2:
                tools.reverse()
            for name, measure in tools:
                times = measure()
                for phase, value in times.items():
                    results.setdefault(name, {}).setdefault(phase, []).append(value)
                shown = "  ".join(f"{p} {v:6.2f}s" for p, v in times.items())
                print(f"  run {run + 1}/{args.runs} {name:10s} {shown}", file=sys.stderr)
    return results
