"""Fine events against the labelled corpus: serve it as feeds, poll, compare events with labels.

    python -m benchmarks.events_quality [SHARED_DIR] [--verbose]

Counts, over the corpus items labelled as imposed fines: decisions found (one event holds all
their items), split decisions (their items spread over several events, or some left out), and
wrongly merged events (one event holding items of two labelled decisions). Also how many alerts
a first (non-backlog) poll of the whole corpus raises.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tests.support.corpus_events import EventScore, measure

REPO = Path(__file__).resolve().parent.parent


def _figures(result: EventScore) -> str:
    """Decisions found whole / split / wrongly merged, and decisions with 0 / 1 / 2+ alerts."""
    counts = list(result.alerts_per_decision.values())
    alerted = f"{counts.count(0)}/{counts.count(1)}/{sum(n > 1 for n in counts)}"
    return f"found {result.found}, split {len(result.split)}, merged {len(result.merged)}, alerts {alerted}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "shared", nargs="?", default=os.environ.get("MONITOR_SHARED") or REPO.parent / "shared"
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--corpus", default="dev.jsonl", help="dev.jsonl, dev2.jsonl or the path of a held-out file"
    )
    parser.add_argument("--redate", action="store_true", help="move each decision to this week")
    parser.add_argument("--orders", type=int, default=0, help="also poll in N shuffled feed orders")
    args = parser.parse_args()
    result = measure(Path(args.shared), args.corpus, redate=args.redate)
    if args.orders:
        same = 0
        for k in range(args.orders):
            other = measure(Path(args.shared), args.corpus, redate=args.redate, order=k)
            same += other.grouping == result.grouping
            # Each order's figures, so that the spread shows, not only whether the grouping moved.
            print(f"order {k}: {_figures(other)}")
        print(f"feed orders giving the same grouping: {same}/{args.orders}")
        print(f"corpus order: {_figures(result)}")
    print(f"labelled fine decisions: {result.decisions}")
    print(f"found whole (one event each): {result.found}")
    print(f"split decisions: {len(result.split)}")
    print(f"wrongly merged events: {len(result.merged)}")
    print(f"fine events in the register: {result.events} (incl. proposed, overturned and unlabelled)")
    print(f"new-fine alerts raised: {result.alerts}")
    counts = sorted(result.alerts_per_decision.values())
    print(f"alerts per labelled decision: {counts}")
    many = sum(n > 1 for n in counts)
    print(f"decisions with 0 / 1 / 2+ alerts: {counts.count(0)} / {counts.count(1)} / {many}")
    if args.verbose:
        for line in result.split:
            print("  split:", line)
        for event, decisions in result.merged:
            print(f"  merged: event {event} holds {decisions}")
        for title in result.alert_titles:
            print("  alert:", title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
