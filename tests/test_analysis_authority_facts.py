"""The deciding authority: names, descriptions in six languages, the country of the decision,
the feed's own authority; a court or another authority mentioned in passing is not it."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze, domain_of
from monitor.analysis.authorities import authority


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Dutch data protection authority fined a retailer €1 million", "AP-NL"),
        ("Le gendarme des données personnelles inflige une amende de 1 million d'euros", "CNIL"),
        ("Il Garante ha inflitto una sanzione di 1 milione di euro", "Garante"),
        ("The UK's data watchdog fined a retailer £1 million", "ICO"),
        ("La autoridad de protección de datos española multa con 1 millón de euros", "AEPD"),
        ("Die österreichische Datenschutzbehörde verhängt 1 Million Euro Strafe", "DSB-AT"),
        ("L'autorità irlandese per la protezione dei dati ha inflitto 1 milione di euro", "DPC"),
        ("El organismo de control de datos irlandés impuso una multa de 1 millón", "DPC"),
        ("De Ierse privacytoezichthouder legt een boete van 1 miljoen euro op", "DPC"),
        ("Die Berliner Datenschutzbehörde verhängt ein Bußgeld von 1 Million Euro", "BlnBDI"),
        ("La Comisión Nacional de la Informática y las Libertades impone 1 millón", "CNIL"),
    ],
)
def test_descriptions_in_six_languages(text: str, code: str) -> None:
    assert analyze(text, "").authority == code


@pytest.mark.parametrize(
    ("title", "summary", "code"),
    [
        # No authority named: the country where the fine was imposed.
        ("Exempla fined €2 million in France", "The company will appeal.", "CNIL"),
        ("South Korea fines Examplebook $5 million", "", "PIPC"),
        ("Exempla muss in Schweden 5 Millionen Euro Strafe zahlen", "", "IMY"),
    ],
)
def test_the_country_of_the_decision(title: str, summary: str, code: str) -> None:
    assert analyze(title, summary).authority == code


def test_a_destination_or_a_nationality_is_not_the_deciding_country() -> None:
    assert analyze("Exempla fined €2 million over transfers to the US", "").authority is None
    assert analyze("The US firm Exempla was fined €2 million", "").authority is None


def test_the_deciding_authority_beats_one_mentioned_in_passing() -> None:
    text = "After a complaint to the Garante, the CNIL fined Exempla €2 million"
    assert analyze(text, "").authority == "CNIL"
    text = "Like the ICO before it, the Dutch DPA fined Exempla €2 million"
    assert analyze(text, "").authority == "AP-NL"


def test_a_court_is_not_the_authority_that_fined() -> None:
    result = analyze(
        "The CNIL fined Exempla €2 million",
        "The Court of Justice of the European Union had ruled on such tracking before.",
    )
    assert result.authority == "CNIL"


def test_the_feed_authority_before_a_country_guess() -> None:
    result = analyze("Exempla fined €2 million in France", "", feed_authority="AEPD")
    assert result.authority == "AEPD"


def test_kind_and_country_are_kept() -> None:
    found = authority("AGCM")
    assert found is not None and (found.kind, found.country) == ("competition", "IT")
    court = authority("CJEU")
    assert court is not None and court.kind == "court"
    assert domain_of(analyze("The Bundeskartellamt fined Exempla €2 million", "")) == "competition"
