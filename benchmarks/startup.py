"""How long a user waits for a read command: `monitor items --limit 10`, `fines`, `feeds` on a large database.

python -m benchmarks.startup DB FEEDS.yml [--runs N] — each command in a fresh process (interpreter
start and imports included), the commands interleaved, the median of N runs per command printed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = {
    "items --limit 10": ["items", "--limit", "10"],
    "fines": ["fines"],
    "feeds": ["feeds"],
}


def startup(db: Path, feeds_yml: Path, runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    files = ["--db", str(db), "--feeds", str(feeds_yml)]
    for _ in range(runs):
        for name, argv in COMMANDS.items():
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "monitor", *argv, *files, "--wide"],
                capture_output=True,
                check=False,
            )
            times[name].append(time.perf_counter() - started)
            if done.returncode != 0:
                raise RuntimeError(f"monitor {name} failed: {done.stderr.decode()[-2000:]}")
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("feeds", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for name, seconds in startup(args.db, args.feeds, args.runs).items():
        print(f"monitor {name}: {seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
