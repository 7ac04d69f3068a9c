"""Money as people write it, in six languages, and its conversion to euros."""

from __future__ import annotations

import pytest

from monitor.analysis import RATES_DATE, analyze, to_eur
from monitor.analysis.amounts import find_money
from monitor.analysis.text import fold_lower


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("€20 million", 20_000_000, "EUR"),
        ("EUR 20m", 20_000_000, "EUR"),
        ("20 millions d'euros", 20_000_000, "EUR"),
        ("20 millions d’euros", 20_000_000, "EUR"),
        ("20.000.000 €", 20_000_000, "EUR"),
        ("20 000 000 euros", 20_000_000, "EUR"),
        ("20\u202f000\u202f000 euros", 20_000_000, "EUR"),
        ("20\u00a0000\u00a0000 €", 20_000_000, "EUR"),
        ("35,3 Mio. Euro", 35_300_000, "EUR"),
        ("1,2 Mrd. Euro", 1_200_000_000, "EUR"),
        ("€1.2bn", 1_200_000_000, "EUR"),
        ("£7.5 million", 7_500_000, "GBP"),
        ("$5 billion", 5_000_000_000, "USD"),
        ("SEK 200 000", 200_000, "SEK"),
        ("200 000 kronor", 200_000, "SEK"),
        ("725.000 euro", 725_000, "EUR"),
        ("€ 290 miljoen", 290_000_000, "EUR"),
        ("2,5 millones de euros", 2_500_000, "EUR"),
        ("20 milioni di euro", 20_000_000, "EUR"),
        ("$98,500", 98_500, "USD"),
        ("20 M€", 20_000_000, "EUR"),
        ("eur746m", 746_000_000, "EUR"),
        ("euro 150.000,00", 150_000, "EUR"),
        ("€725.000,-", 725_000, "EUR"),
        ("12.345.678,90 Euro", 12_345_678.90, "EUR"),
        ("1.800 millones de euros", 1_800_000_000, "EUR"),
        ("zwei Milliarden Euro", 2_000_000_000, "EUR"),
        ("one million pounds", 1_000_000, "GBP"),
        ("3 millions deuros", 3_000_000, "EUR"),
        ("CHF 1,5 Mio.", 1_500_000, "CHF"),
        # A one- or two-letter multiplier after a space, with a currency on either side.
        ("€1.5 m", 1_500_000, "EUR"),
        ("EUR 2 bn", 2_000_000_000, "EUR"),
        ("1.5 mn euros", 1_500_000, "EUR"),
        # A number word joined to its multiplier by a hyphen (English compound adjectives).
        ("a five-million-euro", 5_000_000, "EUR"),
        ("a half-million-pound", 500_000, "GBP"),
        # English puts "and a half" before the multiplier.
        ("two and a half million euros", 2_500_000, "EUR"),
        # German declines "halb" after a preposition.
        ("einer halben Million Euro", 500_000, "EUR"),
        # Swiss German abbreviates Franken "Fr." before the sum.
        ("Fr. 20'000", 20_000, "CHF"),
    ],
)
def test_amount_forms(text: str, value: float, currency: str) -> None:
    found = find_money(fold_lower(f"a fine of {text} was imposed"))
    assert [m.currency for m in found] == [currency]
    assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Guidelines 5/2022 adopted on 12 May 2022",
        "in 48 of its 1.640 stores",
        "register no. 317",
        # Letters after a space without a currency are units: metres, minutes.
        "a 5 m wall",
        "lecture 5 mn",
    ],
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert find_money(fold_lower(text)) == []


def test_to_eur_uses_the_dated_table() -> None:
    assert RATES_DATE[:2] == "20" and len(RATES_DATE) == 10
    assert to_eur(1_000_000, "EUR") == 1_000_000
    gbp = to_eur(1_000_000, "GBP")
    assert gbp is not None and 1_000_000 < gbp < 1_400_000
    assert to_eur(100, "XYZ") is None


def test_fine_carries_its_euro_value() -> None:
    fine = analyze("Regulator fines retailer SEK 5 million", "").fine
    assert fine is not None and fine.currency == "SEK"
    assert fine.amount_eur == to_eur(5_000_000, "SEK")


@pytest.mark.parametrize(
    ("title", "amount"),
    [
        ("La AEPD multa con dos millones de euros a un banco", 2_000_000),
        ("AP legt boete van tien miljoen euro op", 10_000_000),
        ("Il Garante infligge una multa di due milioni di euro", 2_000_000),
    ],
)
def test_sums_written_in_words_only(title: str, amount: float) -> None:
    # No digit and no "million" in the text: the sum must still be read.
    fine = analyze(title, "").fine
    assert fine is not None and fine.amount == amount and fine.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        # A dot before three digits and a scale word: the thousands reading passes any fine, so
        # the dot is the decimal mark ("€1.236bn", "$4.125 billion").
        ("a fine of €1.236bn", 1_236_000_000, "EUR"),
        ("fined $4.125 billion", 4_125_000_000, "USD"),
        ("2,345 Mrd. Euro", 2_345_000_000, "EUR"),
        # The same shape grouping thousands stays so when the sum is plausible.
        ("1.250 millones de euros", 1_250_000_000, "EUR"),
        # A scale word over a large number of a currency of small units: "3 000 milliards de wons"
        # is some two billion euros, a plausible fine; its scale is kept.
        ("une amende de 4 200 milliards de wons", 4_200_000_000_000, "KRW"),
        ("12 000 milliards de wons", 12_000_000_000_000, "KRW"),
    ],
)
def test_scale_words_over_grouped_and_decimal_numbers(text: str, value: float, currency: str) -> None:
    found = find_money(fold_lower(text))
    assert [(m.value, m.currency) for m in found] == [(value, currency)]


def test_grouped_number_of_euros_past_any_fine_keeps_no_scale() -> None:
    # "3 000 milliards d'euros" is past any fine: the scale word is read as a separate word.
    assert [m.value for m in find_money(fold_lower("4 000 milliards d'euros"))] == [4000]
