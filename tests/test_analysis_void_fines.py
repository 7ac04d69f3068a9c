"""A fine a court declares void, or whose party is told it need not pay, is overturned: no new
fine (issue #11 item 4), in six languages. The negated obligation starts at the same word as the
obligation itself ("muss doch nicht … zahlen"), so the status matcher must see both."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze
from monitor.analysis.index import scan_of
from monitor.analysis.matcher import Matcher


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Court rules Examplecorp's €9 million fine void", ""),
        ("Examplecorp does not have to pay €9 million fine, court says", ""),
        ("L'amende de 9 millions d'euros infligée à Examplecorp déclarée nulle", ""),
        ("Examplecorp n'aura pas à payer l'amende de 9 millions d'euros", ""),
        ("Landgericht: Bußgeldbescheid über 9 Millionen Euro gegen Examplecorp unwirksam", ""),
        ("Bußgeld gegen Examplecorp", "Examplecorp muss doch nicht das hohe Bußgeld zahlen, so das Gericht."),
        ("Bußgeld von 9 Millionen Euro gegen Examplecorp", "Das Gericht hat das Verfahren eingestellt."),
        ("Examplecorp no tendrá que pagar la multa de 9 millones de euros", ""),
        ("Examplecorp non dovrà pagare la sanzione da 9 milioni di euro", ""),
        ("Boete van 9 miljoen euro voor Examplecorp nietig verklaard", ""),
        ("Examplecorp hoeft boete van 9 miljoen euro niet te betalen", ""),
    ],
)
def test_a_void_fine_is_overturned(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == "overturned"


@pytest.mark.parametrize(
    "title",
    [
        "Examplecorp muss 9 Millionen Euro Bußgeld zahlen",
        "Examplecorp has to pay €9 million fine",
        "Examplecorp moet boete van 9 miljoen euro betalen",
    ],
)
def test_the_obligation_itself_stays_imposed(title: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and fine.status == "imposed"


def test_a_higher_ranked_phrase_at_the_same_start_wins() -> None:
    matcher = Matcher({"low": ["must ~ pay"], "high": ["must not"]})
    rank = {"high": 0, "low": 1}
    assert matcher.best(scan_of("x must not ever pay"), rank) == "high"
    assert matcher.best(scan_of("x must surely pay"), rank) == "low"


def test_unlawful_said_of_what_was_fined_leaves_the_fine_imposed() -> None:
    fine = analyze("Fine to Exampla for unlawful disclosure of personal data", "").fine
    assert fine is not None and fine.status == "imposed"
