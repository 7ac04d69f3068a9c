"""Scoring the analysis against the labelled corpus: the targets, the corpus's location and the figures.

Shared by tests/test_analysis_corpus.py and the benchmarks (`python -m benchmarks.quality`,
`benchmarks.analysis_speed`). A corpus is the shared folder (default: $MONITOR_SHARED, else ../shared
beside the repository) or a corpus .jsonl file.

Two readings of the labels are printed. "strict" scores every label as it stands. "as written"
(the one checked) follows the corpus README where a label knowingly goes beyond the text:
items flagged meta.tags_not_in_text / meta.target_not_in_text are left out of the tag and target
figures, and a stated amount that is the official one rounded to two significant digits
("€1.8bn" for EUR 1.84bn, labelled with the official figure) counts as read right.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.analysis import analyze, party_key
from monitor.models import Analysis

REPO = Path(__file__).resolve().parent.parent.parent

TARGETS = {
    "fine F1": 0.95,
    "amount": 0.95,
    "currency": 0.95,
    "authority": 0.9,
    "target": 0.85,
    "facial_recognition F1": 0.95,
    "biometrics F1": 0.95,
}


def default_corpus() -> Path:
    shared = os.environ.get("MONITOR_SHARED")
    base = Path(shared) if shared else REPO.parent / "shared"
    return base / "corpus" / "dev.jsonl"


def corpus_path(arg: str | None) -> Path:
    if not arg:
        return default_corpus()
    path = Path(arg)
    return path / "corpus" / "dev.jsonl" if path.is_dir() else path


def load_corpus(arg: str | None) -> list[dict[str, Any]] | None:
    """The labelled records, or None (with a message) when the corpus is not there."""
    path = corpus_path(arg)
    if not path.is_file():
        print(f"corpus not found at {path}: pass PATH or set MONITOR_SHARED", file=sys.stderr)
        return None
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Binary:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, actual: bool) -> bool:
        self.tp += predicted and actual
        self.fp += predicted and not actual
        self.fn += actual and not predicted
        return predicted == actual

    def figures(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> bool:
        self.right += ok
        self.total += 1
        return ok

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    binaries: dict[str, Binary] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        out = {f"{k} F1": b.figures()[2] for k, b in self.binaries.items()}
        out.update({k: a.value for k, a in self.accuracies.items()})
        return out


def close(predicted: float | None, actual: float | None, rounded: bool = False) -> bool:
    """Exact or within 2%; with rounded, also the official sum rounded to two digits."""
    if predicted is None or actual is None:
        return predicted is None and actual is None
    if abs(predicted - actual) <= 0.02 * abs(actual):
        return True
    return rounded and actual > 0 and float(f"{actual:.2g}") == predicted


def same_party(predicted: str | None, actual: str | None) -> bool:
    """Equal keys, or one key's words begin the other's ("Amazon" = "Amazon Europe Core")."""
    if predicted is None or actual is None:
        return predicted is None and actual is None
    a, b = party_key(predicted).split(), party_key(actual).split()
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_[: len(short)] == short


def evaluate(records: list[dict[str, Any]], as_written: bool = True) -> Report:
    report = Report()
    binary = report.binaries
    acc = report.accuracies
    for name in ("fine", "facial_recognition", "biometrics"):
        binary[name] = Binary()
    for name in ("amount", "currency", "status", "authority", "target", "periodic penalty"):
        acc[name] = Accuracy()
    for rec in records:
        label = rec["label"]
        meta = rec.get("meta") or {}
        score_tags = not (as_written and meta.get("tags_not_in_text"))
        score_target = not (as_written and meta.get("target_not_in_text"))
        got: Analysis = analyze(rec["title"], rec["summary"], rec.get("lang"))
        fine = got.fine
        pp = fine.periodic_penalty if fine else None
        want_pp = label.get("periodic_penalty")
        checks: list[tuple[str, bool, object, object]] = [
            (
                "fine",
                binary["fine"].add(bool(fine and fine.status == "imposed"), bool(label["is_fine"])),
                fine.status if fine else None,
                label["fine_status"],
            ),
            (
                "amount",
                acc["amount"].add(close(fine.amount if fine else None, label["amount"], rounded=as_written)),
                fine.amount if fine else None,
                label["amount"],
            ),
            (
                "currency",
                acc["currency"].add((fine.currency if fine else None) == label["currency"]),
                fine.currency if fine else None,
                label["currency"],
            ),
            (
                "status",
                acc["status"].add((fine.status if fine else "none") == label["fine_status"]),
                fine.status if fine else "none",
                label["fine_status"],
            ),
            (
                "authority",
                acc["authority"].add(got.authority == label["authority"]),
                got.authority,
                label["authority"],
            ),
            (
                "target",
                not score_target or acc["target"].add(same_party(got.target, label["target"])),
                got.target,
                label["target"],
            ),
            (
                "periodic penalty",
                acc["periodic penalty"].add(
                    (pp is None and want_pp is None)
                    or (
                        pp is not None
                        and want_pp is not None
                        and close(pp.amount, want_pp["amount"])
                        and pp.currency == want_pp["currency"]
                        and pp.per == want_pp["per"]
                    )
                ),
                pp,
                want_pp,
            ),
        ]
        for tag in ("facial_recognition", "biometrics") if score_tags else ():
            checks.append(
                (tag, binary[tag].add(tag in got.tags, bool(label[tag])), tag in got.tags, label[tag])
            )
        for name, ok, predicted, actual in checks:
            if not ok:
                report.misses.append(
                    f"{rec['id']} {name}: got {predicted!r}, want {actual!r} | {rec['title'][:70]}"
                )
    return report
