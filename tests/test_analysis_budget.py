"""Hostile texts: every regex over feed text is linear in practice and one item's work is
bounded (issue #13 item 4). These assert that a result is produced and is sound, not how fast:
the worst time per item is measured by benchmarks/analysis_speed.py."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze
from monitor.analysis.engine import MAX_SUMMARY_CHARS, within_budget
from monitor.analysis.sentences import sentences
from monitor.models import Analysis
from tests.support.pathological import pathological_texts


@pytest.mark.parametrize("name", sorted(pathological_texts()))
def test_pathological_text_gets_an_analysis(name: str) -> None:
    text = pathological_texts()[name]
    result = analyze(text, text)
    assert isinstance(result, Analysis)
    if result.fine is not None and result.fine.amount is not None:
        assert result.fine.amount > 0


def test_a_long_summary_is_cut_at_a_space_before_the_budget() -> None:
    text = "word " * (MAX_SUMMARY_CHARS // 2)
    cut = within_budget(text, MAX_SUMMARY_CHARS)
    assert len(cut) <= MAX_SUMMARY_CHARS and cut.endswith("word")
    assert within_budget("short", MAX_SUMMARY_CHARS) == "short"


def test_a_fine_early_in_a_very_long_summary_is_still_read() -> None:
    summary = "The CNIL fined the company €3 million. " + "Other news follows here. " * 5000
    fine = analyze("Privacy news", summary).fine
    assert fine is not None and fine.amount == 3_000_000


def test_sentence_boundaries_in_a_run_of_end_marks() -> None:
    """A run of end marks is one boundary, found in one pass however long the run."""
    text = "First sentence" + "!" * 20_000 + " Second one."
    assert sentences(text, frozenset()) == [(0, 15), (20_015, len(text))]


def test_glued_paragraphs_are_two_sentences() -> None:
    assert sentences("It was fined.The regulator said so.", frozenset()) == [(0, 13), (13, 35)]
