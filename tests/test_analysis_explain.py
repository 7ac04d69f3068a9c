"""`monitor analyze --explain` prints, per fact, the rule and the item's words behind it (issue
#11 item 6), and shows hostile item text safely."""

from __future__ import annotations

import io
import json

import pytest

from monitor.cli import main


def _explain(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], record: dict[str, str]
) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(record) + "\n"))
    assert main(["analyze", "--explain"]) == 0
    return capsys.readouterr().out


def test_each_fact_names_its_rule_and_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _explain(
        monkeypatch,
        capsys,
        {
            "id": "x1",
            "title": "La CNIL inflige une amende de 3 millions d'euros",
            "summary": "Elle devra aussi payer 10 000 euros par jour de retard.",
        },
    )
    assert out.startswith("item x1: fine, domain data_protection")
    lines = out.splitlines()
    status = next(i for i, line in enumerate(lines) if line.split()[0] == "status")
    assert "imposed" in lines[status] and "fines.yml status.imposed" in lines[status]
    assert '"inflige"' in lines[status + 1]
    amount = next(i for i, line in enumerate(lines) if line.split()[0] == "amount")
    assert "EUR 3,000,000" in lines[amount] and "3 millions d'euros" in lines[amount + 1]
    periodic = next(i for i, line in enumerate(lines) if line.split()[0] == "periodic_penalty")
    assert "per day" in lines[periodic] and "par jour" in lines[periodic + 1]
    assert any(line.split()[0] == "authority" and "CNIL" in line for line in lines)


def test_a_rejected_sum_says_why(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = _explain(
        monkeypatch,
        capsys,
        {"title": "Regulator fines insurer €2 million", "summary": "Fines reach up to €20 million."},
    )
    assert "rejected sum" in out and "maximum" in out and "up to" in out


def test_item_text_cannot_reach_the_terminal_as_escapes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _explain(monkeypatch, capsys, {"id": "\x1b[31mred\u202e", "title": "CNIL fines shop €1 million"})
    assert "\x1b" not in out and "\u202e" not in out
    assert "\ufffd[31mred" in out


def test_without_explain_the_output_stays_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"title": "CNIL fines shop €1 million"}) + "\n"))
    assert main(["analyze"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["fine"]["amount"] == 1_000_000 and answer["domain"] == "data_protection"
