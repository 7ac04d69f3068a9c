"""Which sum is the fine (issue #11 item 3). A total and its parts: a headline that adds up the
fines of several parties over a lead that gives each party's fine reports the first party's fine,
not the sum. A conversion: a dollar headline over a lead in another currency is the conversion,
even when the item does not name the authority (so its currency is unknown)."""

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
            "alphacorp et betaworks condamnes a 6,2 millions deuros",
            "L'autorité inflige à Alphacorp une amende de 4,3 millions d'euros, et à Betaworks une "
            "de 1,9 million.",
            4_300_000,
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


# Two decisions announced together on one group (names sharing their first word) are one fine
# of their total, as a register of that group should show it; of other parties, each part is
# its party's decision (above).
@pytest.mark.parametrize(
    ("title", "summary", "value"),
    [
        (
            "Alpha Bank and Alpha Insurance fined €3 million and €2 million respectively",
            "The CNIL said both companies used cookies without consent.",
            5_000_000,
        ),
        (
            "amendes pour alpha",
            "Alpha Groupe et Alpha Services ont été sanctionnés par la CNIL : 12 millions d'euros "
            "pour le premier, 3 millions d'euros pour le second.",
            15_000_000,
        ),
        (
            "La CNIL sanctionne deux sociétés",
            "La CNIL a infligé à Alpha Telecom et Alpha Services des amendes de 12 et 3 millions "
            "d'euros respectivement.",
            15_000_000,
        ),
        (
            "Garante, multe al gruppo Alfa",
            "Il Garante ha sanzionato Alfa Energia e Alfa Servizi rispettivamente con 2 milioni e "
            "1 milione di euro.",
            3_000_000,
        ),
        (
            "Boetes voor Alfa",
            "De AP heeft Alfa Verzekeringen en Alfa Bank boetes van respectievelijk 2 miljoen en "
            "1 miljoen euro opgelegd.",
            3_000_000,
        ),
        # An article before each name; the parts joined by "beziehungsweise".
        (
            "Bußgelder gegen Alpha",
            "Die Behörde verhängte gegen die Alpha Bank und die Alpha Versicherung Bußgelder von "
            "2 Millionen Euro beziehungsweise 1 Million Euro.",
            3_000_000,
        ),
        # A headline total of one group over its parts is that total.
        (
            "Alpha Bank and Alpha Insurance fined €5 million",
            "The authority fined Alpha Bank €3 million and Alpha Insurance €2 million.",
            5_000_000,
        ),
    ],
)
def test_one_groups_parts_are_one_fine_of_their_total(title: str, summary: str, value: float) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.amount == value and fine.currency == "EUR"


@pytest.mark.parametrize(
    ("title", "summary", "value"),
    [
        # Two decisions on one party, its name given once before the parts: the headline total.
        (
            "Commission fines Alphacorp €890 million",
            "The Commission took two decisions and issued Alphacorp a fine of €460 million and a "
            "fine of €430 million respectively.",
            890_000_000,
        ),
        (
            "Amendes de 11 millions d'euros pour Alphacorp",
            "La CNIL a prononcé contre Alphacorp une amende de 7,2 millions d'euros au titre des "
            "cookies et une autre de 3,8 millions d'euros au titre de la prospection.",
            11_000_000,
        ),
    ],
)
def test_one_partys_parts_are_one_fine_of_their_total(title: str, summary: str, value: float) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.amount == value and fine.currency == "EUR"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Two companies of their own: the first part is the item's fine (a guard).
        (
            "Examplo and Exemplar fined €3 million and €2 million respectively",
            "The CNIL said both companies used cookies without consent.",
        ),
        # One group's names after the parts, with no word tying them to the sums: the group is
        # the second part's party only.
        (
            "Regulator fines two firms",
            "The CNIL imposed a €3 million fine on Betacorp, and a €10 million fine on Alpha Bank "
            "and Alpha Insurance.",
        ),
    ],
)
def test_parts_of_other_parties_leave_the_first_part(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.amount == 3_000_000


def test_sums_that_do_not_add_up_leave_the_headline_sum() -> None:
    fine = analyze(
        "Alphacorp fined €90 million",
        "The authority fined Alphacorp €90 million; last year it had fined Betaworks €20 million "
        "and Gammasoft €30 million.",
    ).fine
    assert fine is not None and fine.amount == 90_000_000


@pytest.mark.parametrize(
    ("title", "summary", "value", "currency"),
    [
        (
            "Lumen Apps fined $5.4 million in Norway",
            "The Norwegian regulator fined Lumen Apps NOK 60 million.",
            60_000_000,
            "NOK",
        ),
        (
            "Lumen Apps multée de 5 millions de dollars",
            "Le régulateur a infligé à Lumen Apps une amende de 4,6 millions d'euros.",
            4_600_000,
            "EUR",
        ),
        (
            "Lumen Apps multada con 5 millones de dólares",
            "El regulador multó a Lumen Apps con 4,6 millones de euros.",
            4_600_000,
            "EUR",
        ),
    ],
)
def test_a_dollar_headline_over_another_currency_is_the_conversion(
    title: str, summary: str, value: float, currency: str
) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and (fine.amount, fine.currency) == (value, currency)
    assert fine.stated_conversion is not None and fine.stated_conversion.startswith("USD")


def test_dollars_alone_stay_the_fine() -> None:
    fine = analyze("Lumen Apps fined $1.3bn", "The regulator fined Lumen Apps.").fine
    assert fine is not None and (fine.amount, fine.currency) == (1_300_000_000, "USD")


@pytest.mark.parametrize(
    ("title", "summary", "value", "currency"),
    [
        # A bare figure to the unit, continental grouping and decimal comma.
        (
            "Autorità sanziona Deltafin",
            "L'Autorità ha sanzionato Deltafin per oltre 2 milioni di euro (2.345.678,90) per pratiche "
            "scorrette.",
            2_345_678.90,
            "EUR",
        ),
        # The exact sum with its currency sign, English grouping.
        (
            "Regulator fines Omegabank £7.5m",
            "The regulator fined Omegabank £7.5m (£7,552,800) for failing to protect customer records.",
            7_552_800,
            "GBP",
        ),
    ],
)
def test_the_exact_figure_in_brackets_refines_a_rounded_sum(
    title: str, summary: str, value: float, currency: str
) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.currency == currency
    assert fine.amount == pytest.approx(value)


@pytest.mark.parametrize(
    "bracket",
    ["(2019)", "(1.500 dipendenti)", "(3)", "(9.876.543)"],
)
def test_a_bracket_that_is_not_the_sum_leaves_it(bracket: str) -> None:
    # A year, a count with its noun, a small number, a figure that does not round to the sum.
    summary = f"L'Autorità ha sanzionato Deltafin per 2 milioni di euro {bracket} per pratiche scorrette."
    fine = analyze("Autorità sanziona Deltafin", summary).fine
    assert fine is not None and fine.amount == 2_000_000


@pytest.mark.parametrize(
    ("title", "value", "currency"),
    [
        # An outlet abroad puts its own currency first and the authority's in brackets: the
        # bracketed sum is the original, the other the conversion.
        ("Exampla fined $5.4 million (€5 million) by Italian regulator", 5_000_000, "EUR"),
        ("Exampla fined $5.6m (£4.4m) by UK data watchdog", 4_400_000, "GBP"),
        # With no authority named: a currency no outlet converts to, after a dollar sum; its
        # digits matching the dollar sum's make no dropped decimal mark.
        ("Exampla fined $6.5 million (NOK 65 million)", 65_000_000, "NOK"),
        # The usual order still reads the same.
        ("Exampla fined €5 million ($5.4 million) by Italian regulator", 5_000_000, "EUR"),
        ("Exampla fined NOK 65 million ($6.5 million)", 65_000_000, "NOK"),
    ],
)
def test_the_authoritys_currency_in_brackets_is_the_original(title: str, value: float, currency: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and (fine.amount, fine.currency) == (value, currency)
    assert fine.stated_conversion is not None


@pytest.mark.parametrize(
    "title",
    [
        # A fine and its per-day penalty are in one currency: the penalty's names the fine's.
        "Multa de 1 millón y multas coercitivas de 10.000 euros diarios para Ejemplo",
        "Boete van 3 miljoen en dwangsom van 50.000 euro per dag voor Voorbeeld",
    ],
)
def test_a_fine_of_no_stated_currency_takes_its_periodic_penaltys(title: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and fine.currency == "EUR" and fine.periodic_penalty is not None


@pytest.mark.parametrize(
    ("title", "summary", "currency"),
    [
        # "$" is the dollar of the deciding authority's country where that country has one.
        ("Exampla fined $50,000 by Canadian privacy commissioner", "", "CAD"),
        (
            "OAIC: Exampla to pay $10 million penalty",
            "The court ordered Exampla to pay $10 million, the Australian Information Commissioner said.",
            "AUD",
        ),
        # Else, and beside a European authority's decision, the US dollar (a conversion there).
        ("FTC fines Exampla $5 million", "", "USD"),
        ("Exampla fined $1.3bn by Irish DPC", "", "USD"),
        ("Exampla fined $2m", "", "USD"),
    ],
)
def test_the_dollar_sign_is_the_authoritys_dollar(title: str, summary: str, currency: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.currency == currency


@pytest.mark.parametrize(
    ("title", "summary", "value"),
    [
        # A verb of turning over makes its sum revenue; "già" inside a pluperfect still recalls
        # an older fine. The headline's sum, without a currency, is the fine.
        (
            "Il Garante multa Zephyr per 2 milioni",
            "La società fattura 300 milioni di euro; nel 2020 era già stata sanzionata per 500mila euro.",
            2_000_000,
        ),
        (
            "La AEPD multa a Zephyr con 1,2 millones",
            "La empresa ya había sido multada con 200.000 euros y factura 80 millones de euros.",
            1_200_000,
        ),
    ],
)
def test_revenue_by_its_verb_and_an_older_fine_by_its_tense_are_no_fine(
    title: str, summary: str, value: float
) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.amount == value


@pytest.mark.parametrize(
    ("title", "currency"),
    [
        # A crown of several countries is the deciding country's, named as the subject.
        ("Denmark fines Exampla 10 million kroner", "DKK"),
        ("Sweden fines Exampla 7 million crowns", "SEK"),
        ("Norway fines Exampla 7 million crowns", "NOK"),  # a guard: the first choice already
        ("Exampla fined 7 million crowns in Sweden", "SEK"),
    ],
)
def test_an_ambiguous_currency_word_is_the_deciding_countrys(title: str, currency: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and fine.currency == currency


@pytest.mark.parametrize(
    ("title", "amount", "currency"),
    [
        # A sum of no currency with an Italian or Dutch multiplier: the euro, nobody naming another.
        ("Multa privacy da 5 milioni a Esempio", 5_000_000, "EUR"),
        ("Boete van 2 miljoen voor Voorbeeld", 2_000_000, "EUR"),
        # A currency named after it stays its own (the yuan's a guard: read before).
        ("Multa da 5 milioni di franchi a Esempio", 5_000_000, "CHF"),
        ("Multa da 5 milioni di yuan a Esempio", 5_000_000, "CNY"),
        # Today's franc is Switzerland's; the CFA franc says so.
        ("Exemple condamnée à une amende de 200 000 francs", 200_000, "CHF"),
        ("Amende de 200 000 francs CFA pour Exemple", 200_000, "XOF"),
    ],
)
def test_the_currency_of_a_sum_that_names_none_or_only_francs(title: str, amount: int, currency: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and (fine.amount, fine.currency) == (amount, currency)
