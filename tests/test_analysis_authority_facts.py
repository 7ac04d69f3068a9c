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
        ("Le gendarme des données sanctionne Exempla : 1 million d'euros", "CNIL"),
        ("Il Garante infligge a Esempio una multa di un milione", "Garante"),
        ("UK's data watchdog fines a retailer £1 million", "ICO"),
        ("Una autoridad de datos española multa a Ejemplo con 1 millón", "AEPD"),
        ("Die österreichische Datenschutzbehörde verhängt 1 Million Euro Strafe", "DSB-AT"),
        ("Un'autorità irlandese della privacy multa Esempio per un milione", "DPC"),
        ("Un organismo regulador irlandés impuso a Ejemplo una multa de 1 millón", "DPC"),
        ("De Ierse privacytoezichthouder legt een boete van 1 miljoen euro op", "DPC"),
        ("Le régulateur irlandais inflige à Exempla une amende record", "DPC"),
        ("Berliner Datenschutzbehörde: Bußgeld von 1 Million Euro gegen Beispiel", "BlnBDI"),
        ("Una Comisión Nacional de Informática y de Libertades impone a Ejemplo 1 millón", "CNIL"),
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
        ("Exempla muss in Schweden eine Strafe von 5 Millionen zahlen", "", "IMY"),
    ],
)
def test_the_country_of_the_decision(title: str, summary: str, code: str) -> None:
    assert analyze(title, summary).authority == code


def test_the_dutch_ap_only_in_dutch_frames() -> None:
    assert analyze("AP geeft Voorbeeld miljoenenboete", "").authority == "AP-NL"
    assert analyze("Exempla fined €2 million, AP reports", "").authority != "AP-NL"


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
    # Named first, in the title, a court that confirms a fine still did not impose it.
    assert (
        analyze("Kammergericht bestätigt Bußgeld der Berliner Datenschutzbehörde", "").authority == "BlnBDI"
    )
    assert analyze("Upper Tribunal rules on the appeal", "").authority == "Upper Tribunal"


def test_the_feed_authority_before_a_country_guess() -> None:
    result = analyze("Exempla fined €2 million in France", "", feed_authority="AEPD")
    assert result.authority == "AEPD"


def test_kind_and_country_are_kept() -> None:
    found = authority("AGCM")
    assert found is not None and (found.kind, found.country) == ("competition", "IT")
    court = authority("CJEU")
    assert court is not None and court.kind == "court"
    assert domain_of(analyze("The Bundeskartellamt fined Exempla €2 million", "")) == "competition"
