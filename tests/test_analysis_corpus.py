"""The analysis meets its quality targets on the shared labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.quality import TARGETS, evaluate


def test_corpus_quality(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    figures = evaluate(records).figures()
    below = {k: round(figures[k], 3) for k, t in TARGETS.items() if figures[k] < t}
    assert not below, f"below target: {below}"
