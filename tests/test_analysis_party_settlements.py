"""The party of a settlement or of what a penalty costs, in six languages, and frames whose gap
holds a long sum in slug titles too (issue #11 item 2).

A state's settlement names the company that pays as the subject of "settles" in every language
the app reads; a headline may give a penalty as what it costs its party. Every name is invented.
"""

from __future__ import annotations

import pytest

from monitor.analysis import analyze
from monitor.analysis.parties import find_party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("Examplesoft schikt zaak met de staat Texas voor 2 miljard dollar", "Examplesoft"),
        ("Examplesoft treft een schikking van 2 miljard dollar met Texas", "Examplesoft"),
        ("Examplesoft einigt sich mit Texas auf 2 Milliarden Dollar", "Examplesoft"),
        ("Examplesoft schließt einen Vergleich über 2 Milliarden Dollar", "Examplesoft"),
        ("Examplesoft conclut un accord de 2 milliards de dollars avec le Texas", "Examplesoft"),
        ("Examplesoft llega a un acuerdo de 2.000 millones con Texas", "Examplesoft"),
        ("Examplesoft patteggia 2 miliardi di dollari con il Texas", "Examplesoft"),
        ("Examplesoft raggiunge un accordo da 2 miliardi con il Texas", "Examplesoft"),
    ],
)
def test_the_subject_of_a_settlement(title: str, party: str) -> None:
    assert find_party(title, "") == party


def test_the_subject_of_a_dutch_perfect_with_the_participle_last() -> None:
    summary = "Examplesoft heeft de zaak met Texas geschikt voor 2 miljard dollar."
    assert find_party("Schikking over biometrische gegevens", summary) == "Examplesoft"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("Tracking breach costs Examplesoft €12 million", "Examplesoft"),
        ("Le pistage coûte à Examplesoft 12 millions d'euros", "Examplesoft"),
        ("Das Tracking kostet Examplesoft 12 Millionen Euro", "Examplesoft"),
        ("El rastreo cuesta a Examplesoft 12 millones de euros", "Examplesoft"),
        ("Il tracciamento costa a Examplesoft 12 milioni di euro", "Examplesoft"),
        ("Tracking kost Examplesoft 12 miljoen euro", "Examplesoft"),
    ],
)
def test_the_party_a_penalty_costs(title: str, party: str) -> None:
    assert find_party(title, "") == party


def test_a_french_participle_agreeing_with_the_fine_before_a_date() -> None:
    # "infligée" agrees with "amende"; a date may stand between it and the party.
    summary = "La CNIL annonce une amende de 4 millions d'euros infligée fin mars 2024 à Exemplomail."
    assert find_party("Amende pour des cookies", summary) == "Exemplomail"


def test_a_long_sum_in_a_slug_frame_gap_is_one_word() -> None:
    # "X moet ~ betalen" over a sum of five words and a name: as in cased text, the sum is one word.
    fine = analyze(
        "examplesoft moet texas 2 komma 5 miljard dollar betalen",
        "Examplesoft heeft een zaak met de staat Texas geschikt.",
    )
    assert fine.target == "Examplesoft"
