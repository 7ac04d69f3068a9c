"""A total and its parts (issue #11): a headline that adds up the fines of several parties over a
lead that gives each party's fine reports the first party's fine, not the sum."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


@pytest.mark.parametrize(
    ("title", "summary", "value"),
    [
        (
            "Regulator orders Alphacorp and Betaworks to pay €150 million",
            "The CNIL fined Alphacorp €100 million and Betaworks €50 million over tracking cookies.",
            100_000_000,
        ),
        # The second part without its currency word, as French leads write it.
        (
            "alphacorp et betaworks condamnes a 7 millions deuros damende",
            "La CNIL condamne Alphacorp à verser 5 millions d'euros d'amende et Betaworks à 2 millions "
            "d'amende.",
            5_000_000,
        ),
        # The total, then the parts, in one sentence of the lead.
        (
            "Garante, multe a due società",
            "Il Garante ha inflitto multe per 3 milioni di euro: 2 milioni di euro ad Alfa Servizi e "
            "1 milione di euro a Beta Logistica.",
            2_000_000,
        ),
    ],
)
def test_a_total_over_its_parts_is_the_first_part(title: str, summary: str, value: float) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.amount == value and fine.currency == "EUR"


def test_a_headline_part_over_a_total_stays_the_part() -> None:
    fine = analyze(
        "Alphacorp hit with €40 million fine",
        "The authority fined Alphacorp €40 million and Betaworks €20 million, €60 million in all.",
    ).fine
    assert fine is not None and fine.amount == 40_000_000


def test_sums_that_do_not_add_up_leave_the_headline_sum() -> None:
    fine = analyze(
        "Alphacorp fined €90 million",
        "The authority fined Alphacorp €90 million; last year it had fined Betaworks €20 million "
        "and Gammasoft €30 million.",
    ).fine
    assert fine is not None and fine.amount == 90_000_000
