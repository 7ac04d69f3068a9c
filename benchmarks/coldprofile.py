"""Where a cold poll's time goes: fetch, parse, analyse, store, register; sampled with py-spy.

python -m benchmarks.coldprofile [--feeds 300] [--raw OUT.txt] [--steady]

Serves the feeds with nginx (benchmarks/nginx.py), runs one in-process cold poll (`Poller.poll`,
as the window polls, parse pool included) under `py-spy record --threads --subprocesses`, and sorts
every sample that was running Python (not waiting on a lock, a socket or a queue) by the innermost
frame of ours or of a library that belongs to a stage. FTS is inside SQLite's INSERT (triggers), so
it shows under "store" (py-spy sees no frames inside SQLite). py-spy is not a dependency:
`pip install py-spy` to run this.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.nginx import Nginx
from benchmarks.polls import write_feeds_yml

STAGES = (
    ("fetch", ("monitor/fetch.py", "urllib3/", "http/client.py", "socket.py", "monitor/urls.py", "proxy.py")),
    ("parse", ("monitor/parse/", "feedparser/", "nh3", "monitor/dates.py")),
    ("analyse", ("monitor/analysis/",)),
    (
        "register",
        ("register.py", "regrouping.py", "grouping.py", "events.py", "store/fines.py", "store/grouping.py"),
    ),
    ("store", ("store/items.py", "store/feeds.py", "store/__init__.py", "store/alerts.py", "store/base.py")),
    ("start-up", ("<frozen importlib", "multiprocessing/", "concurrent/futures/process.py")),
)
WAITING = (
    "wait (threading.py",
    "select (",
    "_recv_bytes",
    "acquire",
    "selectors.py",
    "_wait_for_tstate_lock",
)
POLL = """
import sys, time
from pathlib import Path
from monitor import settings
from monitor.config import load_feeds
from monitor.poller import Poller
from monitor.store import Store
db = Path(sys.argv[1])
store = Store(db); settings.put(store, "article_text", False); store.close()  # as Newsboat: no articles
poller = Poller(db, load_feeds(Path(sys.argv[2])))
report = poller.poll(force=True)
poller.close()
Path(sys.argv[3]).write_text(f"{report.elapsed:.2f} {report.new_items}")
"""


def stage_of(stack: str) -> str:
    leaf = stack.rsplit(";", 1)[-1]
    # A pool thread blocked in its queue's C get() shows as its own loop; _watch waits on a pidfd.
    if any(w in stack for w in WAITING) or leaf.startswith(("_worker (concurrent/futures/", "_watch (")):
        return "waiting"
    for frame in reversed(stack.split(";")):
        for name, patterns in STAGES:
            if any(p in frame for p in patterns):
                return name
    return "other"


def profile(
    feeds: int, raw: Path | None = None, code: Path | None = None, steady: bool = False
) -> tuple[float, dict[str, float]]:
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        raise SystemExit("py-spy is not installed: pip install py-spy")
    with Nginx(feeds) as server, tempfile.TemporaryDirectory(prefix="monitor-prof-") as tmp:
        server.serve(0)
        feeds_yml = write_feeds_yml(Path(tmp) / "feeds.yml", server.urls())
        out = raw or Path(tmp) / "raw.txt"
        result = Path(tmp) / "result.txt"
        db = str(Path(tmp) / "p.sqlite")
        if steady:  # the cold poll unprofiled, then every feed gains one item and that poll is profiled
            subprocess.run(
                [sys.executable, "-c", POLL, db, str(feeds_yml), str(result)], check=True, cwd=code
            )
            server.serve(1)
        command = [spy, "record", "-r", "100", "-f", "raw", "-o", str(out), "--threads", "--subprocesses"]
        started = time.perf_counter()
        subprocess.run(
            [
                *command,
                "--",
                sys.executable,
                "-c",
                POLL,
                db,
                str(feeds_yml),
                str(result),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=code,  # another checkout's monitor/ (e.g. main's, for a "before" profile)
        )
        wall = time.perf_counter() - started
        elapsed, new = result.read_text().split()
        print(f"poll: {elapsed} s, {new} new items; under py-spy {wall:.1f} s", file=sys.stderr)
        counts: collections.Counter[str] = collections.Counter()
        for line in out.read_text().splitlines():
            stack, _, n = line.rpartition(" ")
            if n.isdigit():
                counts[stage_of(stack)] += int(n)
    busy = sum(n for stage, n in counts.items() if stage != "waiting")
    return float(elapsed), {s: n * 100 / busy for s, n in counts.items() if s != "waiting"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--raw", type=Path, help="keep py-spy's raw samples here")
    parser.add_argument("--code", type=Path, help="poll with the monitor package of this checkout")
    parser.add_argument("--steady", action="store_true", help="profile the next poll (one new item per feed)")
    args = parser.parse_args()
    elapsed, shares = profile(args.feeds, args.raw, args.code, args.steady)
    which = "steady-state" if args.steady else "cold"
    print(f"{which} poll of {args.feeds} feeds: {elapsed:.2f} s (in process, under py-spy)")
    for stage, share in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:9s} {share:5.1f}% of the CPU samples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
