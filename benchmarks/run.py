"""Performance benchmarks: polls against Newsboat side by side, analysis speed, the window at 100,000 items.

python -m benchmarks.run [--runs N] [--quick] [--no-gui] [--no-newsboat] [--output BENCHMARKS.md]

Serves 300 generated feeds (RSS 2.0 and Atom, 50 items each) from a local server on 127.0.0.1 that
answers ETag/Last-Modified with 304 (`python -m benchmarks.feedserve`, its own process), then measures the
median of N runs of: a cold poll into an empty database, a warm poll (every feed answers 304) and a
steady-state poll (each feed has one new item). Our poll is timed as the `monitor poll` command (a
fresh process, as Newsboat's `newsboat -x reload` is) and, for information, inside one long-running
process as the desktop app polls. Newsboat runs in the same loop, so its times and the ratios share
the machine's noise. Then: analysis items/s on one core over the dev corpus, a database of 100,000
items (its size; full-text search times) and the real window started offscreen on it (time to a
populated items table, search through the window, peak resident memory).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.feedgen import ITEMS_PER_FEED, feed_authority, feed_language

ROOT = Path(__file__).resolve().parent.parent

PY = sys.executable
TARGETS = {
    "cold": 0.5,
    "warm": 0.2,
    "steady": 0.3,
}
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
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(os.cpu_count()),
        "memory": memory,
        "cpu": cpu,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "newsboat": newsboat,
        "load average at start": load,
    }


def _newsboat_version() -> str | None:
    if not shutil.which("newsboat"):
        return None
    out = subprocess.run(["newsboat", "--version"], capture_output=True, text=True, check=False).stdout
    return out.splitlines()[0] if out else "newsboat"


# -- the feed server -------------------------------------------------------------------------------


class Server:
    def __init__(self, feeds: int) -> None:
        self.feeds = feeds
        self.proc = subprocess.Popen(
            [PY, "-m", "benchmarks.feedserve", str(feeds)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline().split()[1])
        self.generation: int | None = None

    def serve(self, generation: int) -> None:
        if generation == self.generation:
            return
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"gen {generation}\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"
        self.generation = generation

    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.port}/feed/{n}.xml" for n in range(self.feeds)]

    def close(self) -> None:
        assert self.proc.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def write_feeds_yml(path: Path, urls: list[str]) -> Path:
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


# -- one tool's three polls ------------------------------------------------------------------------


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def _without_articles(db: Path) -> None:
    # Newsboat reads no linked articles; neither do we here, so both poll the same bytes (and the
    # synthetic links, on hosts that do not exist, are never looked up).
    from monitor import settings
    from monitor.store import Store

    store = Store(db)
    try:
        settings.put(store, "article_text", False)
    finally:
        store.close()


def ours_cli(server: Server, work: Path, feeds_yml: Path) -> dict[str, float]:
    db = work / "cli.sqlite"
    _without_articles(db)
    env = {**os.environ, "MONITOR_DATA_DIR": str(work), "MONITOR_CONFIG_DIR": str(work)}
    command = [PY, "-m", "monitor", "poll", "--quiet", "--db", str(db), "--feeds", str(feeds_yml)]
    times = {}
    server.serve(0)
    times["cold"] = _timed(command, env)
    _check(db, server.feeds * ITEMS_PER_FEED, "cold")
    times["warm"] = _timed(command, env)
    server.serve(1)
    times["steady"] = _timed(command, env)
    _check(db, server.feeds * (ITEMS_PER_FEED + 1), "steady")
    return times


def ours_inprocess(server: Server, work: Path, feeds_yml: Path) -> dict[str, float]:
    from monitor.config import load_feeds
    from monitor.poller import Poller

    db = work / "inproc.sqlite"
    _without_articles(db)
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


def newsboat(server: Server, work: Path, threads: int) -> dict[str, float]:
    home = work / "newsboat"
    home.mkdir()
    urls = home / "urls"
    urls.write_text("\n".join(server.urls()) + "\n", encoding="utf-8")
    config = home / "config"
    config.write_text(f"reload-threads {threads}\n" if threads != 1 else "", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
    command = ["newsboat", "-x", "reload", "-u", str(urls), "-c", str(home / "cache.db"), "-C", str(config)]
    times = {}
    server.serve(0)
    times["cold"] = _timed(command, env)
    times["warm"] = _timed(command, env)
    server.serve(1)
    times["steady"] = _timed(command, env)
    conn = sqlite3.connect(home / "cache.db")
    stored = conn.execute("SELECT count(*) FROM rss_item").fetchone()[0]
    conn.close()
    if stored != server.feeds * (ITEMS_PER_FEED + 1):
        raise RuntimeError(f"newsboat stored {stored} items")
    return times


def polls(args: argparse.Namespace) -> dict[str, dict[str, list[float]]]:
    server = Server(args.feeds)
    results: dict[str, dict[str, list[float]]] = {}
    has_newsboat = bool(shutil.which("newsboat")) and not args.no_newsboat
    try:
        for run in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp:
                work = Path(tmp)
                feeds_yml = write_feeds_yml(work / "feeds.yml", server.urls())
                tools: list[tuple[str, Callable[[], dict[str, float]]]] = [
                    ("ours", lambda work=work, feeds_yml=feeds_yml: ours_cli(server, work, feeds_yml)),
                ]
                if has_newsboat:
                    tools.append(
                        ("newsboat", lambda work=work: newsboat(server, work, args.newsboat_threads))
                    )
                if not args.no_inprocess:
                    tools.append(
                        (
                            "inprocess",
                            lambda work=work, feeds_yml=feeds_yml: ours_inprocess(server, work, feeds_yml),
                        )
                    )
                # Alternate who goes first, so neither always meets the other's leftovers.
                if run % 2:
                    tools.reverse()
                for name, measure in tools:
                    times = measure()
                    for phase, value in times.items():
                        results.setdefault(name, {}).setdefault(phase, []).append(value)
                    shown = "  ".join(f"{p} {v:6.2f}s" for p, v in times.items())
                    print(f"  run {run + 1}/{args.runs} {name:9s} {shown}", file=sys.stderr)
    finally:
        server.close()
    return results


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


def build_large_db(path: Path, items: int) -> None:
    """The real store path (store_items + the fines register), fed with generated items."""
    from benchmarks.feedgen import item_fields
    from monitor.alerts import AlertRules
    from monitor.analysis import analyze
    from monitor.models import FeedConfig, ParsedItem
    from monitor.parse import canonical_url, html_to_text, sanitize_html
    from monitor.register import Filing, file_items
    from monitor.store import Store

    feeds = items // ITEMS_PER_FEED
    configs = [
        FeedConfig(
            name=f"Feed {n:04d}",
            url=f"http://127.0.0.1:9/feed/{n}.xml",
            kind="authority" if feed_authority(n) else "news",
            language=feed_language(n),
            authority=feed_authority(n),
        )
        for n in range(feeds)
    ]
    store = Store(path)
    now = "2025-06-01T00:00:00Z"
    with store.transaction():
        store.sync_feeds(configs, now)
    rules = AlertRules()
    for n, cfg in enumerate(configs):
        feed = store.feed_by_name(cfg.name)
        assert feed is not None
        parsed = []
        for seq in range(ITEMS_PER_FEED):
            f = item_fields(n, seq)
            summary_html = sanitize_html(f["summary"])
            text = html_to_text(summary_html)
            parsed.append(
                ParsedItem(
                    guid=f["guid"],
                    link=f["link"],
                    canonical_link=canonical_url(f["link"]),
                    title=f["title"],
                    summary_text=text,
                    summary_html=summary_html,
                    author=f["author_name"],
                    published=f["date"][:19] + "Z",
                    language=cfg.language,
                    content_hash=f"{n}-{seq}",
                    analysis=analyze(f["title"], text, cfg.language, cfg.authority),
                )
            )
        with store.transaction():
            stored = store.store_items(feed["id"], parsed, now)
            file_items(store, stored.fresh, Filing(now=now, rules=rules, backlog=True))
            store.mark_polled(feed["id"], now=now, status="ok", next_poll_at="2099-01-01T00:00:00Z")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def large_db(items: int, cache: Path) -> tuple[Path, float | None]:
    """Built once per generator/schema version and kept in the cache folder."""
    from monitor.store.schema import SCHEMA_VERSION

    stamp = int((ROOT / "benchmarks" / "feedgen.py").stat().st_mtime)
    path = cache / f"items-{items}-s{SCHEMA_VERSION}-{stamp}.sqlite"
    built = None
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob(f"items-{items}-*.sqlite*"):
            old.unlink()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build_large_db(partial, items)
        built = time.perf_counter() - started
        partial.rename(path)
    return path, built


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


def gui_once(db: Path, work: Path) -> dict[str, Any]:
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
            raise RuntimeError(f"the window showed no rows ({line.strip()})")
        elif parts[0] == "search":
            result["search"][" ".join(parts[1:-2])] = float(parts[-2])
        elif parts[0] == "hwm":
            result["hwm_mb"] = int(parts[1]) / 1024
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or "window" not in result:
        raise RuntimeError(f"gui probe failed ({proc.returncode}): {err[-3000:]}")
    return result


def gui(db: Path, runs: int) -> dict[str, Any]:
    windows, searches, hwms = [], [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="monitor-gui-") as tmp:
            copy = Path(tmp) / "gui.sqlite"
            shutil.copy(db, copy)
            once = gui_once(copy, Path(tmp))
        windows.append(once["window"])
        searches.append(statistics.median(once["search"].values()))
        hwms.append(once["hwm_mb"])
        print(
            f"  run {run + 1}/{runs} window {once['window']:.2f}s, search median "
            f"{searches[-1]:.1f} ms, peak {once['hwm_mb']:.0f} MB",
            file=sys.stderr,
        )
    return {
        "window": statistics.median(windows),
        "search": statistics.median(searches),
        "hwm": max(hwms),
        "rows": once["rows"],
        "search_words": once["search"],
    }


# -- the report ------------------------------------------------------------------------------------


def _s(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f} s"


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**not met**")


def table(results: dict[str, Any]) -> list[list[str]]:
    rows = [["measure", "Regulatory Monitor", "Newsboat", "ratio", "target", "status"]]
    poll = results.get("polls", {})
    ours = poll.get("ours", {})
    theirs = poll.get("newsboat", {})
    inproc = poll.get("inprocess", {})
    labels = {
        "cold": "cold poll, 300 feeds, empty database",
        "warm": "warm poll, 300 × 304",
        "steady": "steady state, 300 × 1 new item",
    }
    for phase, label in labels.items():
        if phase not in ours:
            continue
        mine = statistics.median(ours[phase])
        other = statistics.median(theirs[phase]) if phase in theirs else None
        ratio = mine / other if other else None
        target = f"≤ {TARGETS[phase]}× Newsboat"
        rows.append(
            [
                label + " (`monitor poll`)",
                _s(mine),
                _s(other),
                "—" if ratio is None else f"{ratio:.2f}×",
                target,
                _met(None if ratio is None else ratio <= TARGETS[phase]),
            ]
        )
        if phase in inproc:
            value = statistics.median(inproc[phase])
            ratio2 = value / other if other else None
            rows.append(
                [
                    f"  same, inside the running app (pool {'started' if phase == 'cold' else 'warm'})",
                    _s(value),
                    _s(other),
                    "—" if ratio2 is None else f"{ratio2:.2f}×",
                    "(information)",
                    "",
                ]
            )
    if "analysis" in results:
        rate = results["analysis"]
        rows.append(
            [
                "analysis, items/s on one core",
                "—" if rate is None else f"{rate:,.0f}",
                "",
                "",
                "≥ 20,000",
                _met(None if rate is None else rate >= 20_000),
            ]
        )
    if "gui" in results:
        g = results["gui"]
        rows += [
            [
                "100k items: window start → table populated",
                _s(g["window"]),
                "",
                "",
                "≤ 1 s",
                _met(g["window"] <= 1),
            ],
            [
                "100k items: search through the window",
                f"{g['search']:.1f} ms",
                "",
                "",
                "≤ 50 ms",
                _met(g["search"] <= 50),
            ],
            [
                "100k items: GUI peak memory (VmHWM)",
                f"{g['hwm']:.0f} MB",
                "",
                "",
                "≤ 200 MB",
                _met(g["hwm"] <= 200),
            ],
        ]
    if "store_search" in results:
        s = results["store_search"]
        worst = max(s.values())
        rows.append(
            [
                "100k items: `list_items(search=…, limit=100)`",
                f"{statistics.median(s.values()):.1f} ms (worst {worst:.1f})",
                "",
                "",
                "≤ 50 ms",
                _met(worst <= 50),
            ]
        )
    if "db_size" in results:
        rows.append(["database size per 100,000 items", f"{results['db_size']:.0f} MB", "", "", "", ""])
    return rows


def markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def plain(rows: list[list[str]]) -> str:
    clean = [[c.replace("**", "").replace("`", "") for c in r] for r in rows]
    widths = [max(len(r[i]) for r in clean) for i in range(len(clean[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in clean)


def write_report(
    path: Path, info: dict[str, str], rows: list[list[str]], args: argparse.Namespace, notes: list[str]
) -> None:
    # What people wrote below the generated sections ("What is not met, and why", …) survives a rerun,
    # and so do the rows of measures this run skipped (--no-gui), marked as older.
    previous = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = previous[previous.index(HAND_WRITTEN) :] if HAND_WRITTEN in previous else ""
    rows = rows + _skipped_rows(previous, rows)
    machine_lines = "\n".join(f"- {k}: {v}" for k, v in info.items())
    threads = "Newsboat's default (1)" if args.newsboat_threads == 1 else str(args.newsboat_threads)
    notes_text = "\n".join(f"- {n}" for n in notes)
    path.write_text(
        f"""# Benchmarks

Written by `python -m benchmarks.run` (options: `--runs`, `--quick`, `--no-gui`, `--no-newsboat`);
every figure is the median of {args.runs} runs, Newsboat measured in the same loop as ours.

## Machine

{machine_lines}

## Results

{markdown(rows)}

## Method

- {args.feeds} generated feeds (half RSS 2.0, half Atom; 50 items each, ~35 KB; HTML summaries of a few
  hundred characters; one item in five reports a fine, in en/fr/de/es/it/nl), served by
  `tests.support.feedserver.FeedServer` in its own process on 127.0.0.1, with ETag and Last-Modified
  answered by 304.
- Ours: `python -m monitor poll --db … --feeds …`, a fresh process each time (interpreter start and
  imports included), as `newsboat -x reload -u urls -c cache.db -C config` is. "Inside the running
  app" is `Poller.poll()` timed in one process, as the window polls (its parse pool started in the
  cold poll and reused afterwards).
- Cold: empty database or cache. Warm: the same feeds again, every one answers 304. Steady: every
  feed gains one item (and drops its oldest), then both tools poll.
- Newsboat: reload-threads = {threads}.
- Analysis: `monitor.analysis.analyze` over the dev corpus repeated, one process.
- 100,000 items: generated items stored through the real path (`store_items` and the fines register),
  2,000 feeds; the window is the real `DesktopApp` started offscreen (`benchmarks/gui_probe.py`),
  timed from process start to the items table shown with rows painted; search types each word in
  the window's search box and applies the filter (count, first page, repaint); peak memory is the
  probe's VmHWM after the searches.

## Notes

{notes_text}
"""
        + (f"\n{kept.rstrip()}\n" if kept else ""),
        encoding="utf-8",
    )


HAND_WRITTEN = "## What is not met, and why"


def _skipped_rows(previous: str, rows: list[list[str]]) -> list[list[str]]:
    """Table rows of the previous report whose measure this run did not take, marked with its date."""
    measured = {r[0].strip() for r in rows}
    date = re.search(r"^- date: (.+)$", previous, re.MULTILINE)
    when = f" (run of {date.group(1)})" if date else " (earlier run)"
    out = []
    for line in previous.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) != len(rows[0]) or cells[0] == "measure":
            continue
        older = re.fullmatch(r"(.*) \(run of .+\)", cells[0])  # carried over before: keep its date
        name = older.group(1) if older else cells[0]
        if name in measured or name.startswith("same,"):
            continue
        out.append([cells[0] if older else cells[0] + when, *cells[1:]])
    return out


@contextlib.contextmanager
def _section(name: str) -> Iterator[None]:
    print(f"{name}…", file=sys.stderr)
    started = time.perf_counter()
    yield
    print(f"  ({time.perf_counter() - started:.0f} s)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the median is reported")
    parser.add_argument("--quick", action="store_true", help="one run, 1 s of analysis")
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--items", type=int, default=100_000, help="stored items for the window and search")
    parser.add_argument("--no-gui", action="store_true", help="skip the 100k-item window")
    parser.add_argument("--no-polls", action="store_true", help="skip the polls")
    parser.add_argument("--no-newsboat", action="store_true")
    parser.add_argument("--no-inprocess", action="store_true", help="skip the in-process poll timings")
    parser.add_argument("--newsboat-threads", type=int, default=1, help="Newsboat's reload-threads")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md", help="'-' for none")
    parser.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
    info = machine()
    results: dict[str, Any] = {}
    notes: list[str] = []
    if not args.no_polls:
        with _section(f"polls ({args.runs} runs)"):
            results["polls"] = polls(args)
        if "newsboat" not in results["polls"]:
            notes.append("Newsboat is not installed (or --no-newsboat): no ratios.")
    with _section("analysis"):
        rate, what = analysis_speed(1.0 if args.quick else 3.0)
        results["analysis"] = rate
        notes.append(f"Analysis: {what}.")
    if not args.no_gui:
        with _section(f"{args.items:,} stored items"):
            db, built = large_db(args.items, args.cache)
            if built:
                print(f"  built {db.name} in {built:.0f} s", file=sys.stderr)
            count = item_count(db)
            results["db_size"] = db.stat().st_size / 1024 / 1024 * 100_000 / count
            results["store_search"] = store_search(db, args.runs)
            results["gui"] = gui(db, args.runs)
    rows = table(results)
    print()
    print(plain(rows))
    if args.output != Path("-"):
        write_report(args.output, info, rows, args, notes)
        print(f"\nwritten to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
