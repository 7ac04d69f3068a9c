"""Constructions of authorities' own releases and their reports (issue #11 items 2 and 4): a
measure that says no fine was imposed, the German verb of punishing an offence with a sum, the
UK's penalty notice issued to its party, a settlement's civil penalty agreed to, and French
"à l'encontre de" in a slug."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("ICO reprimands Examplo over data breach", "The regulator did not impose a fine."),
        ("Datenschutzbehörde verwarnt Beispiel", "Ein Bußgeld wurde nicht verhängt."),
        ("La AEPD apercibe a Ejemplo", "La agencia no impone multa al tratarse de una primera infracción."),
        ("Il Garante ammonisce Esempio", "Il Garante non ha inflitto una multa alla società."),
    ],
)
def test_a_measure_without_a_fine_is_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


def test_the_german_verb_of_punishing_makes_its_sum_a_penalty() -> None:
    fine = analyze(
        "HBDI verhängt Bußgeld gegen Beispiel AG",
        "Der Beauftragte ahndete die Weitergabe von Kundendaten mit 900.000 Euro.",
    ).fine
    assert fine is not None and fine.amount == 900_000


def test_a_penalty_notice_issued_to_its_party() -> None:
    result = analyze(
        "Monetary penalty notice issued to Examplo Services",
        "The Information Commissioner has issued a £250,000 penalty.",
    )
    assert result.target == "Examplo Services"


@pytest.mark.parametrize(
    "title",
    [
        "examplo agrees to 25 million civil penalty in ftc settlement",
        "examplo agreed to a 25 million settlement with the ftc",
    ],
)
def test_the_party_that_agrees_to_a_penalty_in_a_slug(title: str) -> None:
    assert analyze(title, "The settlement resolves claims that Examplo kept recordings.").target == "Examplo"


def test_a_l_encontre_de_in_a_slug_after_another_frame() -> None:
    # "sanction … à" and "à l'encontre de" share the "à": both frames are read.
    result = analyze("sanction de 2 millions d euros a l encontre de la societe exemplo", "")
    assert result.target == "Exemplo"
