"""Slug titles (lower case, no accents, no punctuation) whose party or fine word is spelt in a
way only slugs spell it (issue #11 item 2), and the banking supervisor's fines (item 5)."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


def test_a_name_spelt_like_a_german_preposition_before_a_sum() -> None:
    # "uber" is also "über" unaccented; before a sum it is a name when the summary capitalises it.
    result = analyze("regulator fines uber 10 million over driver data", "The watchdog said Uber kept data.")
    assert result.target == "Uber"


def test_ueber_before_a_sum_is_no_name_in_german() -> None:
    result = analyze(
        "beispiel muss uber 10 millionen euro bussgeld zahlen",
        "Die Beispiel AG muss nach Angaben der Behörde über 10 Millionen Euro zahlen.",
    )
    assert result.target == "Beispiel"


@pytest.mark.parametrize(
    "title",
    [
        "privacywaakhond beboet zorgverzekeraar voorbeeld met 1 2 miljoen euro",
        "toezichthouder beboet zorgverzekeraar voorbeeld met 1 2 miljoen euro",
    ],
)
def test_a_regulator_word_before_a_slug_verb_is_the_authority_not_the_party(title: str) -> None:
    result = analyze(title, "Bij Voorbeeld konden te veel medewerkers dossiers inzien.")
    assert result.target == "Voorbeeld"


@pytest.mark.parametrize(
    "title",
    ["datenschutzbeauftragte verhangt geldbu e gegen klinikum", "geldbue gegen klinikum beispielstadt"],
)
def test_geldbusse_with_its_sharp_s_dropped(title: str) -> None:
    assert analyze(title, "").fine is not None


def test_the_european_central_bank_fines_no_data_protection() -> None:
    result = analyze("ECB fines Examplia Bank €6.8 million for misreporting", "")
    assert result.authority == "ECB"
    assert result.fine is not None and result.fine.currency == "EUR"
    assert result.domain != "data_protection"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("il garante sanziona il comune di esempio per 10mila euro", "Comune di Esempio"),
        ("la aepd sanciona al ayuntamiento de ejemplo con 20 000 euros", "Ayuntamiento de Ejemplo"),
        ("regulator fines bank of examplia 2 million", "Bank of Examplia"),
    ],
)
def test_a_slug_body_named_by_its_place(title: str, party: str) -> None:
    assert analyze(title, "").target == party


@pytest.mark.parametrize(
    "title",
    ["drei millionen euro bu geld fur beispielbank", "bugeld gegen beispielbank verhangt"],
)
def test_a_german_frame_with_its_sharp_s_dropped_in_a_slug(title: str) -> None:
    assert analyze(title, "").target == "Beispielbank"
