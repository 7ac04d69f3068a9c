"""Analysis facts that decide how reports group into decisions: who decided, and which kind of sum."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze, is_penalty_liquidation


@pytest.mark.parametrize(
    ("title", "summary", "authority"),
    [
        (
            "EU fines Apple €1.8 billion over music streaming rules",
            "Brussels found an abuse of dominance.",
            "European Commission",
        ),
        # A privacy fine is a national authority's: the party's lead authority (one-stop shop).
        (
            "EU fines Meta €1.2bn over data transfers to the US",
            "Regulators said the transfers broke the rules.",
            "DPC",
        ),
        (
            "Meta fined record €1.2bn",
            "The fine punishes breaches of European Union data privacy rules.",
            "DPC",
        ),
        (
            "L'UE inflige une amende de 500 millions d'euros à Meta",
            "Pour abus de position dominante.",
            "European Commission",
        ),
        (
            "L'UE inflige 1,2 milliard d'euros d'amende à Meta",
            "Transferts de données personnelles vers les États-Unis.",
            "DPC",
        ),
    ],
)
def test_eu_names_the_commission_only_outside_data_protection(
    title: str, summary: str, authority: str | None
) -> None:
    assert analyze(title, summary, None).authority == authority


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Regulator seeks €5m from Acme for not paying its fine",
            "The company ignored the 2022 decision.",
            True,
        ),
        ("L'autorité réclame 2 millions d'euros à Acme pour ne pas avoir payé son amende", "", True),
        ("Behörde verlangt 3 Mio. Euro von Acme wegen Nichtzahlung", "", True),
        ("La autoridad reclama 1 millón a Acme por no haber pagado la multa", "", True),
        ("Il Garante chiede 1 milione ad Acme per non aver pagato la sanzione", "", True),
        ("Toezichthouder eist 1 miljoen van Acme wegens niet betalen", "", True),
        ("Regulator fines Acme €5m", "A penalty of €10,000 per day applies until it complies.", False),
        # The cap of the penalties that come with an order owes nothing yet.
        (
            "Boete van 30 miljoen voor Voorbeeld",
            "De AP legt een boete op van 30 miljoen euro en dwangsommen van in totaal ruim 5 miljoen euro.",
            False,
        ),
        ("Regulator fines Acme €5m", "Acme also faces penalty payments of up to €1 million.", False),
        # A lump sum under the penalty's name is owed.
        ("La CNIL réclame l'astreinte à Acme, soit 5,2 millions d'euros", "", True),
    ],
)
def test_a_sum_for_not_paying_is_a_penalty_payment(title: str, summary: str, expected: bool) -> None:
    assert is_penalty_liquidation(title, summary) is expected
