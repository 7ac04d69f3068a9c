"""Items per second of analyze() on one core, over the labelled corpus repeated.

python -m benchmarks.analysis_speed [PATH] [--seconds N] [--cold]; PATH as for benchmarks.quality.
Also reports the worst time per item over tests/support/pathological.py's hostile texts.

The analysis keeps what it learns about each distinct word and sum (which rules may start there);
over the corpus repeated, every word is known after the first pass. --cold forgets all of it
before every item, the cost of an item made only of words never seen before (an upper bound).
"""

from __future__ import annotations

import argparse
import sys
import time

from monitor.analysis import analyze
from monitor.analysis.engine import clear_caches
from tests.support.pathological import pathological_texts
from tests.support.quality import load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="shared folder or corpus .jsonl")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to measure")
    parser.add_argument("--cold", action="store_true", help="forget known words before every item")
    args = parser.parse_args(argv)
    items = load_corpus(args.path)
    if items is None:
        return 2
    pairs = [(i["title"], i["summary"], i.get("lang")) for i in items]
    started = time.perf_counter()
    for title, summary, lang in pairs:  # the first pass pays for loading and compiling the rules
        analyze(title, summary, lang)
    warmup = time.perf_counter() - started
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < args.seconds:
        for title, summary, lang in pairs:
            if args.cold:
                clear_caches()
            analyze(title, summary, lang)
        done += len(pairs)
    elapsed = time.perf_counter() - started
    chars = sum(len(t) + len(s) for t, s, _ in pairs) / len(pairs)
    print(f"first pass (rules loaded and compiled): {warmup * 1000:.0f} ms")
    worst, name = 0.0, ""
    hostile = pathological_texts()
    # One untimed pass first: the first hostile text met builds what the corpus's items never
    # needed (~45 ms once per process, whichever text it is). Each timed text differs from the
    # one warmed by its last word, so no cache keyed by the text answers for it.
    for text in hostile.values():
        analyze(f"{text} a", f"{text} a")
    for what, text in hostile.items():
        began = time.perf_counter()
        analyze(f"{text} b", f"{text} b")
        took = (time.perf_counter() - began) * 1000
        if took > worst:
            worst, name = took, what
    print(f"pathological items: worst {worst:.1f} ms per item ({name}; target < 50 ms)")
    print(
        ("cold: " if args.cold else "")
        + f"{done / elapsed:,.0f} items/s ({elapsed / done * 1e6:.1f} µs/item, "
        f"{chars:.0f} chars/item on average, {len(pairs)} distinct items)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
