"""The analysis pipeline's seams: the rule index is explicit and only makes lookups faster, the
party finder receives the gazetteer, the tags know the firms whose business is face search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.analysis import analyze, parties
from monitor.analysis.engine import rule_index
from monitor.analysis.gazetteer import Gazetteer
from monitor.analysis.index import RuleIndex
from monitor.analysis.party_finding import KNOWN, Finding


def test_an_empty_index_gives_the_same_analysis(shared_dir: Path) -> None:
    """Every rule searched with its regex (no index) reads exactly what the index reads."""
    empty = RuleIndex()
    for line in (shared_dir / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:40]:
        record = json.loads(line)
        indexed = analyze(record["title"], record["summary"], index=rule_index())
        assert analyze(record["title"], record["summary"], index=empty) == indexed, record["id"]


def test_the_index_is_built_once_and_holds_every_rule_set() -> None:
    index = rule_index()
    assert rule_index() is index
    assert len(index.rules) == len(index.slots) > 10


def test_known_parties_reach_the_party_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    def finder(title: str, summary: str, *, known_parties: object = None, scan: object = None) -> Finding:
        seen.append(known_parties)
        return Finding("Acme", KNOWN, "Acme")

    monkeypatch.setattr(parties, "explain_party", finder)
    gazetteer = Gazetteer.of(["Acme"])
    result = analyze("CNIL fines retailer €1 million", "", known_parties=gazetteer)
    assert result.target == "Acme" and seen == [gazetteer]


def test_a_face_search_firm_is_facial_recognition_news() -> None:
    assert "facial_recognition" in analyze("Regulator fines Clearview AI €5 million", "").tags
