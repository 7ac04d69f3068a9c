"""Measure the analysis against the labelled corpus: python -m benchmarks.quality [PATH] [--check].

PATH is the shared folder (default: $MONITOR_SHARED, else ../shared beside the repository) or a
corpus .jsonl file. --check exits 1 when a figure is below its target; --verbose lists misses.
The scoring itself is tests/support/quality.py (the corpus test uses it too).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tests.support.quality import TARGETS, corpus_path, evaluate, load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="shared folder or corpus .jsonl")
    parser.add_argument("--check", action="store_true", help="exit 1 below the targets")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    records = load_corpus(args.path)
    if records is None:
        return 2
    strict = evaluate(records, as_written=False).figures()
    report = evaluate(records)
    print(f"{len(records)} labelled items from {corpus_path(args.path)}")
    print("  " + "  ".join(f"{k} {v:.3f}" for k, v in strict.items()) + "  (strict)")
    print("as written:")
    for name, b in report.binaries.items():
        p, r, f1 = b.figures()
        print(f"  {name:<22} precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    for name, a in report.accuracies.items():
        print(f"  {name:<22} accuracy  {a.value:.3f}  ({a.right}/{a.total})")
    if args.verbose:
        print("misses:")
        for line in report.misses:
            print("  " + line)
    failing: list[str] = []
    figures = report.figures()
    check: Callable[[str, float], bool] = lambda k, t: figures[k] >= t  # noqa: E731
    failing = [f"{k} {figures[k]:.3f} < {t}" for k, t in TARGETS.items() if not check(k, t)]
    if failing:
        print("below target: " + "; ".join(failing))
    return 1 if args.check and failing else 0


if __name__ == "__main__":
    sys.exit(main())
