"""Leave-events-out split of the labelled corpus: whole decisions go to one side.

usage: python benchmarks/heldout.py OUTDIR [--fold K] [--folds N] [--corpus DIR]

Writes OUTDIR/tune.jsonl and OUTDIR/heldout.jsonl from dev.jsonl + dev2.jsonl. Every item of one
event (label.event_id) lands on the same side, so a rule tuned on `tune` is scored on decisions it
never saw: `../shared/tools/score.sh OUTDIR/heldout.jsonl`. Items without an event (commentary,
aggregates) are split by their own id. The split is a hash, so it is the same on every machine and
does not move when items are added.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from pathlib import Path


def side(key: str, folds: int) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % folds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--fold", type=int, default=0, help="which fold is held out (default 0)")
    parser.add_argument("--folds", type=int, default=3, help="number of folds (default 3: a third held out)")
    shared = Path(os.environ.get("MONITOR_SHARED") or Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--corpus", type=Path, default=shared / "corpus")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    tune, held = [], []
    for name in ("dev.jsonl", "dev2.jsonl"):
        for line in (args.corpus / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            key = item["label"].get("event_id") or item["id"]
            (held if side(key, args.folds) == args.fold else tune).append(line)
    (args.outdir / "tune.jsonl").write_text("\n".join(tune) + "\n", encoding="utf-8")
    (args.outdir / "heldout.jsonl").write_text("\n".join(held) + "\n", encoding="utf-8")
    print(f"fold {args.fold}/{args.folds}: {len(tune)} items to tune on, {len(held)} held out")


if __name__ == "__main__":
    main()
