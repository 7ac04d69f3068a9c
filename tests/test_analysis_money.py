"""Money constructions of the six languages, CLDR currency names, conversions and dated euro
values (issue #11 item 3, #15 item 4). Each case names the construction it pins."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.numbers import get_currency_name

from monitor.analysis import analyze, to_eur
from monitor.analysis import rules as rule_files
from monitor.analysis.amounts import find_money
from monitor.analysis.fold import fold_lower
from monitor.analysis.rates import rate_day

LANGUAGES = ("en", "fr", "de", "es", "it", "nl")


def _one_sum(text: str) -> tuple[float, str | None]:
    found = find_money(fold_lower(text))
    assert len(found) == 1, (text, found)
    return found[0].value, found[0].currency


@pytest.mark.parametrize(
    ("construction", "text", "value", "currency"),
    [
        ("Dutch grouping after a spaced euro sign", "€ 12.750.000", 12_750_000, "EUR"),
        ("Dutch decimal comma before miljoen", "41,5 miljoen euro", 41_500_000, "EUR"),
        ("Dutch hundreds of thousands in ton", "3 ton euro", 300_000, "EUR"),
        ("Dutch decimal mark spelt out", "3 komma 7 miljard dollar", 3_700_000_000, "USD"),
        ("German decimal mark spelt out", "2 Komma 3 Millionen Euro", 2_300_000, "EUR"),
        ("Italian decimal mark spelt out", "2 virgola 5 milioni di euro", 2_500_000, "EUR"),
        ("German abbreviated Milliarden with a decimal comma", "2,4 Mrd. Euro", 2_400_000_000, "EUR"),
        ("Dutch grouped euros closed by a comma and dash", "€ 3.250.000,-", 3_250_000, "EUR"),
        ("Swiss apostrophe grouping before francs", "2'300'000 francs suisses", 2_300_000, "CHF"),
        ("French spaced grouping before euros", "7 500 000 euros", 7_500_000, "EUR"),
        ("Dutch number word after an approximator", "ruim veertig miljoen euro", 40_000_000, "EUR"),
        ("German number word after knapp", "knapp vier Milliarden Euro", 4_000_000_000, "EUR"),
        ("Italian currency name of the Swedish krona", "12 milioni di corone svedesi", 12_000_000, "SEK"),
        ("French currency name of the Swedish krona", "300 000 couronnes suédoises", 300_000, "SEK"),
        ("German declined currency name", "9 Millionen schwedischen Kronen", 9_000_000, "SEK"),
        ("Korean won after a multiplier", "15 billion won", 15_000_000_000, "KRW"),
        ("Korean won sign", "₩4.2 billion", 4_200_000_000, "KRW"),
        ("URL slug that turned a decimal comma into a space", "fined 12 7 millionen euro", 12_700_000, "EUR"),
        ("URL slug: a decimal point before a short multiplier", "fined 1 2bn euros", 1_200_000_000, "EUR"),
        (
            "German hyphenated compound of sum and currency",
            "eine 30-Millionen-Euro-Strafe",
            30_000_000,
            "EUR",
        ),
        ("Spanish short name of the pound", "96,4 millones de libras", 96_400_000, "GBP"),
        ("Dutch short name of the pound", "18 miljoen pond", 18_000_000, "GBP"),
        ("Italian half before milione", "mezzo milione di euro", 500_000, "EUR"),
        ("English half a million", "half a million pounds", 500_000, "GBP"),
        ("English quarter of a million", "a quarter of a million euros", 250_000, "EUR"),
        ("Indian grouping by lakhs and crores", "a fine of Rs 2,13,00,000", 21_300_000, "INR"),
        ("English three quarters of a million", "three-quarters of a million pounds", 750_000, "GBP"),
        ("Dutch quarter before miljoen", "een kwart miljoen euro", 250_000, "EUR"),
        ("Dutch no cents before the currency word", "een boete van 500.000,- euro", 500_000, "EUR"),
        ("German no cents before the currency word", "ein Bußgeld von 75.000,- Euro", 75_000, "EUR"),
        ("French 'demi' joined to the multiplier", "une amende d'un demi-million d'euros", 500_000, "EUR"),
        ("French 'demi' in a URL slug", "amende d un demi milliard d euros", 500_000_000, "EUR"),
        ("Dutch one word for one and a half", "anderhalf miljoen euro", 1_500_000, "EUR"),
        ("German one word for two and a half", "zweieinhalb Millionen Euro", 2_500_000, "EUR"),
        ("French 'et demi' after the multiplier", "deux millions et demi d'euros", 2_500_000, "EUR"),
        ("Spanish 'y medio' after the multiplier", "un millón y medio de euros", 1_500_000, "EUR"),
        ("Italian 'e mezzo' after the multiplier", "tre milioni e mezzo di euro", 3_500_000, "EUR"),
        ("German teen number word", "dreizehn Millionen Euro", 13_000_000, "EUR"),
        ("Dutch teen number word", "zeventien miljoen euro", 17_000_000, "EUR"),
        ("Norwegian plural multiplier after a code", "NOK 45 millioner", 45_000_000, "NOK"),
        ("French elision glued on in a URL slug", "amende de 4 millions deuros", 4_000_000, "EUR"),
        ("Italian abbreviated miliardi", "una multa da 1,3 mld di euro", 1_300_000_000, "EUR"),
        ("Dutch abbreviated miljard with a dot", "een boete van 2,1 mld. euro", 2_100_000_000, "EUR"),
    ],
)
def test_money_construction(construction: str, text: str, value: float, currency: str) -> None:
    got_value, got_currency = _one_sum(text)
    assert (got_value, got_currency) == (pytest.approx(value), currency), construction


def test_grouped_number_before_millions_is_not_read_as_billions() -> None:
    """French: a grouped figure followed by "millions" (a slip or a sum in thousands of
    millions) would make an implausible fine of 150 billion; the multiplier is dropped."""
    value, _ = _one_sum("une amende de 240 000 millions")
    assert value < 1e11


def test_coordinated_numbers_share_one_multiplier_and_currency() -> None:
    """ "60 and 25 million euros": the first number takes the second's multiplier and currency;
    a year before "and" does not."""
    sums = find_money(fold_lower("fines of 60 and 25 million euros"))
    assert [(m.value, m.currency) for m in sums] == [(60_000_000, "EUR"), (25_000_000, "EUR")]
    sums = find_money(fold_lower("boetes van 60 miljoen en 25 miljoen euro"))
    assert [(m.value, m.currency) for m in sums] == [(60_000_000, "EUR"), (25_000_000, "EUR")]
    assert [m.value for m in find_money(fold_lower("in 2021 and 25 million euros"))] == [25_000_000]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A number of two units, the larger first, is one sum (Italian and Spanish write them so).
        ("una multa da un miliardo e 200 milioni di euro", 1_200_000_000),
        ("una multa di 2 milioni e 500mila euro", 2_500_000),
        ("una multa de 5 millones y 300.000 euros", 5_300_000),
    ],
)
def test_a_sum_of_two_units_is_one_sum(text: str, value: float) -> None:
    assert [(m.value, m.currency) for m in find_money(fold_lower(text))] == [(value, "EUR")]


def test_two_sums_of_one_unit_stay_two() -> None:
    sums = find_money(fold_lower("boetes van 80 miljoen en 45 miljoen euro"))
    assert [m.value for m in sums] == [80_000_000, 45_000_000]
    sums = find_money(fold_lower("fines of €1 billion and €200 million"))
    assert [m.value for m in sums] == [1_000_000_000, 200_000_000]


def test_a_german_crown_is_the_deciding_authoritys_crown() -> None:
    fine = analyze("Datatilsynet verhängt Bußgeld von 4 Millionen Kronen", "").fine
    assert fine is not None and fine.currency == "NOK"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_currency_names_follow_cldr(lang: str) -> None:
    """Every CLDR name (singular and plurals) of every currency money.yml names is in
    money.yml's currency_names, folded as the analysis reads it."""
    names = rule_files.load("money")["currency_names"]
    for code, per_language in names.items():
        cldr = {fold_lower(get_currency_name(code, count, locale=lang)) for count in (1, 2, 5)}
        cldr.add(fold_lower(get_currency_name(code, locale=lang)))
        assert cldr <= {fold_lower(n) for n in per_language[lang]}, (code, lang, cldr)


def test_the_fine_is_the_original_and_the_conversion_a_note() -> None:
    """A Swedish fine in crowns with the outlet's conversion in pounds in brackets."""
    fine = analyze(
        "Swedish regulator fines retailer",
        "IMY fined the company SEK 350,000 (about £26,000) for its camera surveillance.",
    ).fine
    assert fine is not None
    assert (fine.amount, fine.currency) == (350_000, "SEK")
    assert fine.stated_conversion == "GBP 26,000"


def test_a_dollar_headline_does_not_beat_the_authoritys_euros() -> None:
    """A US outlet's headline converts; the Dutch authority's lead gives the euro sum."""
    fine = analyze(
        "Dutch watchdog fines data broker $41 million",
        "The Autoriteit Persoonsgegevens has fined the company €37.5 million for illegal profiling.",
    ).fine
    assert fine is not None
    assert (fine.amount, fine.currency) == (37_500_000, "EUR")
    assert fine.stated_conversion == "USD 41,000,000"


def test_a_headline_sum_the_summary_gives_as_a_conversion_is_that_conversion() -> None:
    """A German headline in euros over a lead in crowns with the euros in brackets."""
    fine = analyze(
        "Streamingdienst muss 3 Millionen Euro Strafe zahlen",
        "Die Behörde verhängte eine Geldstrafe von 33 Millionen schwedischen Kronen (2,98 Millionen Euro).",
    ).fine
    assert fine is not None and (fine.amount, fine.currency) == (33_000_000, "SEK")


def test_statutory_maximum_is_no_fine_amount() -> None:
    fine = analyze(
        "Regulator fines insurer €2 million",
        "Companies risk fines of up to 4% of turnover or €20 million under the GDPR.",
    ).fine
    assert fine is not None and fine.amount == 2_000_000


@pytest.mark.parametrize(
    ("construction", "title"),
    [
        ("English modal of reach", "Privacy fines can reach €20 million, lawyers warn"),
        ("Spanish poder alcanzar", "Las multas pueden alcanzar 20 millones de euros"),
        ("Dutch kunnen oplopen tot", "Boetes kunnen oplopen tot 20 miljoen euro"),
    ],
)
def test_a_maximum_said_with_a_verb_of_reaching_is_no_fine(construction: str, title: str) -> None:
    fine = analyze(title, "").fine
    assert fine is None or fine.amount is None, construction


@pytest.mark.parametrize(
    ("construction", "title"),
    [
        ("a payout noun after the sum", "Lender pays €9 million in dividends"),
        ("revenue with a word between", "Exampla reports $40bn in quarterly revenue despite EU fines"),
        ("German payout noun", "Versicherer zahlt 9 Millionen Euro Dividende"),
        ("a price with its preposition", "Insurer to pay $900 million for the acquisition of a rival"),
        (
            "Spanish price with its preposition",
            "La aseguradora pagará 9 millones de euros por la compra de un rival",
        ),
    ],
)
def test_a_payout_or_a_price_is_no_fine(construction: str, title: str) -> None:
    assert analyze(title, "").fine is None, construction


def test_a_periodic_penalty_with_a_maximum_has_no_fine_amount() -> None:
    fine = analyze(
        "Voorbeeld moet dwangsom betalen na negeren AP",
        "De AP legt een last onder dwangsom op van 20.000 euro per week met een maximum van 400.000 euro.",
    ).fine
    assert fine is None or fine.amount is None


def test_several_fines_stated_as_a_total_are_no_fine_amount() -> None:
    fine = analyze(
        "Spanish authority publishes its yearly figures",
        "The agency collected 31 million euros in the 310 fines imposed last year.",
    ).fine
    assert fine is None or fine.amount is None


def test_an_earlier_figure_in_the_same_sentence_is_not_the_fine() -> None:
    """ "from X to Y": the intended fine before it was cut is a different decision's figure."""
    fine = analyze(
        "Airline fine reduced",
        "The regulator cut its proposed penalty from £99 million to just £15 million.",
    ).fine
    assert fine is not None and (fine.amount, fine.currency) == (15_000_000, "GBP")


def test_an_earlier_decisions_sum_recalled_beside_the_new_one_is_not_the_fine() -> None:
    fine = analyze(
        "Bank fined again", "After last year's €8 million fine, the CNIL fined the bank €2 million."
    ).fine
    assert fine is not None and fine.amount == 2_000_000


@pytest.mark.parametrize(
    ("title", "summary", "lang"),
    [
        # The pluperfect of a fining verb recalls an older fine of the party, whichever sum is
        # written with its currency ("1,5 millones" of a Spanish headline is in euros).
        (
            "La AEPD multa a Ejemplo con 1,5 millones",
            "Ejemplo había sido multada con 300.000 euros en 2022.",
            "es",
        ),
        ("Exampla fined again", "Exampla had already been fined €5m in 2021 and now pays €2m.", "en"),
        (
            "Multa a Esempio",
            "Esempio paga 2 milioni di euro; era stata multata con 5 milioni di euro nel 2020.",
            "it",
        ),
    ],
)
def test_a_sum_the_pluperfect_recalls_is_not_the_fine(title: str, summary: str, lang: str) -> None:
    fine = analyze(title, summary, lang).fine
    assert fine is not None and fine.amount in (1_500_000, 2_000_000), lang


def test_a_previous_records_sum_before_the_new_fine_is_not_the_fine() -> None:
    """ "the previous record of X" names another decision's sum, whatever comes after it."""
    fine = analyze(
        "Retailer fined",
        "Beating the previous record of €40 million, the DPC fined the retailer €90 million.",
    ).fine
    assert fine is not None and fine.amount == 90_000_000


def test_a_fine_stated_only_in_a_foreign_currency_says_so() -> None:
    """A Swedish decision reported only in pounds: the amount is the outlet's conversion."""
    fine = analyze("Swedish regulator fines clinic £21,000", "IMY said the clinic must pay.").fine
    assert fine is not None and (fine.currency, fine.original_currency) == ("GBP", "SEK")
    own = analyze("IMY fines clinic SEK 250,000", "").fine
    assert own is not None and own.original_currency is None


def test_euro_value_at_the_decisions_date() -> None:
    """A 2019 SEK fine converts at 2019's ECB rate, not today's."""
    in_2019 = to_eur(1_000_000, "SEK", on="2019-08-21")
    in_2025 = to_eur(1_000_000, "SEK", on=dt.date(2025, 1, 2))
    assert in_2019 is not None and in_2025 is not None
    assert 90_000 < in_2019 < 100_000  # about 10.7 SEK to the euro in August 2019
    assert in_2025 < in_2019  # about 11.5 in January 2025
    fine = analyze("IMY fines school SEK 1,000,000", "", published="2019-08-21T09:00:00Z").fine
    assert fine is not None and fine.amount_eur == in_2019 and fine.rate_date == "2019-08-21"


def test_dates_outside_the_ecb_history_fall_back_to_its_ends() -> None:
    first = rate_day("USD", "1990-05-01")
    last = rate_day("USD", "2999-01-01")
    assert first == dt.date(1999, 1, 4)
    assert last is not None and last.year >= 2025
    assert to_eur(100, "USD", on="not a date") == to_eur(100, "USD")
    assert to_eur(100, "XYZ") is None
    assert to_eur(100, "EUR", on="2019-01-01") == 100


@pytest.mark.parametrize(
    ("title", "amount", "currency"),
    [
        # English news writes these currencies bare, and Indian English counts in crores and lakhs.
        ("Turkish authority fines Example 1.7 million lira", 1_700_000, "TRY"),
        # "TL", the lira as Turkish and English news of Turkey abbreviate it, before or after.
        ("Example fined TL 2 million over a data breach", 2_000_000, "TRY"),
        ("Example fined 2 million TL over a data breach", 2_000_000, "TRY"),
        ("Regulator fines Example Rs 1,337 crore", 13_370_000_000, "INR"),
        ("Regulator fines Example Rs 5 lakh", 500_000, "INR"),
        ("Brazil's ANPD fines Example R$ 14.4 million", 14_400_000, "BRL"),
        ("Regulator fines Example 8 billion yuan", 8_000_000_000, "CNY"),
    ],
)
def test_bare_currency_names_and_indian_multipliers(title: str, amount: int, currency: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and (fine.amount, fine.currency) == (amount, currency)


def test_a_currency_symbol_written_with_letters_is_no_name() -> None:
    assert analyze("Brazil's ANPD fines Example R$ 14.4 million", "").target == "Example"
    assert analyze("Brazil's ANPD fines telecom operator R$ 14.4 million", "").target is None


@pytest.mark.parametrize(
    ("title", "amount", "currency"),
    [
        # A slug drops the currency sign: one bare number of five digits or grouped thousands is
        # the sum, in the deciding authority's currency.
        ("examplechat fined 450000 by irish data regulator", 450_000, "EUR"),
        ("hamburg s data protection commissioner fines exampla 901 000", 901_000, "EUR"),
        ("swedish authority imy fines exampla 350000", 350_000, "SEK"),
    ],
)
def test_a_slug_sum_without_its_currency(title: str, amount: int, currency: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and (fine.amount, fine.currency) == (amount, currency)


@pytest.mark.parametrize(
    "title",
    [
        "the cnil fines exampla 2023 report",  # a year
        "regulator fines exampla 450000",  # no authority, so no currency
        "Regulator fines Exampla 450000",  # not a slug: a cased title keeps its signs
    ],
)
def test_no_bare_slug_sum_without_five_digits_an_authority_or_a_slug(title: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and fine.amount is None


@pytest.mark.parametrize(
    ("title", "amount"),
    [
        # Slug generators write "€" as "e", before the digits or after the multiplier.
        ("examplebook owner exampla fined e1 2 billion by irish data watchdog", 1_200_000_000),
        ("regulator fines exampla e150m over cookies", 150_000_000),
        ("espana multa con 194me a ejemplo", 194_000_000),
    ],
)
def test_a_slug_writes_the_euro_sign_as_e(title: str, amount: int) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and (fine.amount, fine.currency) == (amount, "EUR")


def test_the_italian_and_before_a_sum_is_no_euro_sign() -> None:
    fine = analyze("Multa tra 2 e 5 milioni di dollari per Esempio", "").fine
    assert fine is not None and fine.currency == "USD"


def test_the_conversion_of_a_combined_sum_is_no_fine_either() -> None:
    # "or" between two currencies converts, as a comma or a bracket does: the won are the
    # dollars of the total, and a total of two parties' fines is neither party's fine.
    summary = "Exampla and Examplo will pay a total of $4.2 million or ₩5.5 billion."
    fine = analyze("Regulator fines Exampla", summary).fine
    assert fine is not None and fine.amount is None


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        # A profit after the sum and a provision before it are the company's money, no fine.
        ("Exampla posts €5bn profit despite fines", "en"),
        ("Exampla sets aside €500m for a possible EU fine", "en"),
        ("Beispiel meldet 5 Milliarden Euro Gewinn trotz Bußgeld", "de"),
        ("Esempio accantona 300 milioni di euro per una possibile multa", "it"),
    ],
)
def test_a_profit_or_a_provision_is_no_fine(title: str, lang: str) -> None:
    fine = analyze(title, "", lang).fine
    assert fine is None or fine.status != "imposed" or fine.amount is None, title
