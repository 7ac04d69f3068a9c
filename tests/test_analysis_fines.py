"""Which sum is the fine, and its status, on sentences written the way such news is phrased."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze, is_penalty_liquidation
from monitor.models import PeriodicPenalty


@pytest.mark.parametrize(
    ("title", "summary", "amount", "currency"),
    [
        ("Watchdog fines retailer €4 million over loyalty scheme", "", 4_000_000, "EUR"),
        ("La CNIL sanctionne la société Exemple d'une amende de 600 000 euros", "", 600_000, "EUR"),
        ("Datenschutz: Bußgeld von 1,1 Mio. Euro gegen Versandhändler", "", 1_100_000, "EUR"),
        ("La AEPD multa con 70.000 euros a una clínica", "", 70_000, "EUR"),
        ("Il Garante privacy multa una ASL per 30 mila euro", "", 30_000, "EUR"),
        ("Garante privacy, sanzione da 500mila euro a Esempio", "", 500_000, "EUR"),
        ("AP beboet Voorbeeld BV met 2,3 miljoen euro", "", 2_300_000, "EUR"),
        ("Beispiel wurde mit 2 Millionen Euro bestraft", "", 2_000_000, "EUR"),
        # A sanction noun joined to its sum is a monetary sanction.
        ("Exemple SAS: une sanction de 75 000 euros", "", 75_000, "EUR"),
        ("Sanción de 40.000 euros para una academia de Ejemplo", "", 40_000, "EUR"),
        ("Il Garante infligge una sanzione di 2 milioni di euro a un operatore", "", 2_000_000, "EUR"),
        ("AP legt boete van 475.000 euro op aan energiebedrijf", "", 475_000, "EUR"),
        ("IMY: sanktionsavgift", "IMY fined the bank SEK 200 000 for camera use.", 200_000, "SEK"),
        # Revenue and statutory maxima are not the fine.
        ("Firm with revenue of €3 billion fined €2 million", "", 2_000_000, "EUR"),
        ("Shop fined €50,000", "GDPR fines can reach up to €20 million or 4% of turnover.", 50_000, "EUR"),
    ],
)
def test_fine_amount(title: str, summary: str, amount: float | None, currency: str | None) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None
    assert fine.amount == (pytest.approx(amount) if amount else None)
    assert fine.currency == currency


def test_legal_maximum_alone_is_no_fine() -> None:
    got = analyze("What the AI Act means", "Breaches risk fines up to €35M or 7% of turnover.")
    assert got.fine is None


def test_title_rounds_and_summary_gives_the_exact_sum() -> None:
    fine = analyze(
        "Retailer must pay 12 million euros",
        "The authority imposed a fine of 12,4 million euros on the retailer.",
    ).fine
    assert fine is not None and fine.amount == pytest.approx(12_400_000)


def test_slug_title_without_decimal_mark_defers_to_summary() -> None:
    fine = analyze(
        "la cnil inflige une amende de 32 millions deuros",
        "La CNIL a prononcé une amende de 3,2 millions d'euros contre la société.",
    ).fine
    assert fine is not None and fine.amount == pytest.approx(3_200_000)


def test_converted_equivalent_is_not_a_second_fine() -> None:
    fine = analyze("Regulator fines app £2 million ($2.5 million)", "").fine
    assert fine is not None and (fine.amount, fine.currency) == (2_000_000, "GBP")


@pytest.mark.parametrize(
    ("title", "summary", "penalty", "amount"),
    [
        (
            "Company fined €1 million",
            "It must also pay a penalty of €10,000 per day of delay.",
            PeriodicPenalty(10_000, "EUR", "day"),
            1_000_000,
        ),
        (
            "Sanction",
            "La CNIL prononce une astreinte de 50 000 euros par jour de retard.",
            PeriodicPenalty(50_000, "EUR", "day"),
            None,
        ),
        (
            "Bußgeld",
            "Zusätzlich droht ein Zwangsgeld von 5.000 Euro pro Tag.",
            PeriodicPenalty(5_000, "EUR", "day"),
            None,
        ),
        (
            "Dwangsom",
            "De AP legt een dwangsom op van 20.000 euro per week.",
            PeriodicPenalty(20_000, "EUR", "week"),
            None,
        ),
    ],
)
def test_periodic_penalty(title: str, summary: str, penalty: PeriodicPenalty, amount: float | None) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None
    assert fine.periodic_penalty == penalty
    assert fine.amount == amount


@pytest.mark.parametrize(
    ("title", "summary", "status"),
    [
        ("Regulator fines bank €3 million", "", "imposed"),
        ("ICO intends to fine airline £18 million", "", "proposed"),
        ("Retailer could face a fine of €5 million", "", "proposed"),
        ("Notice of intent: provisional fine of £4m for app", "", "proposed"),
        ("La CNIL envisage une amende de 2 millions d'euros", "", "proposed"),
        ("Court overturns €9 million fine against telecom", "", "overturned"),
        ("Tribunal annulled the £1m penalty", "", "overturned"),
        ("Court upholds €10 million fine imposed in 2021", "", "mention_of_past"),
        ("Conseil d'État confirme l'amende de 50 millions d'euros", "", "mention_of_past"),
        ("Bilanz", "Insgesamt wurden seit 2018 Bußgelder von 80 Millionen Euro verhängt.", "mention_of_past"),
        ("AEPD impone una multa de 100.000 euros", "", "imposed"),
        ("Il Garante sanziona un comune per 20.000 euro", "", "imposed"),
        ("Boete van 50.000 euro opgelegd aan ziekenhuis", "", "imposed"),
    ],
)
def test_status(title: str, summary: str, status: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == status


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Authority orders shop to stop facial recognition, but no fine issued", ""),
        ("Keine Strafe für Clearview-ähnliche Firma", ""),
        ("New guidance on biometric data", "The regulator published guidance on fingerprints."),
        ("Sanción a un ayuntamiento", "La agencia resolvió un apercibimiento."),
        # Ireland's Fine Gael is no fine; speeding is an everyday offence wherever the sum stands.
        ("Fine Gael leader calls for data protection reform", "The party wants the DPC funded."),
        ("Driver fined €200 for speeding past a camera", "The facial recognition camera saw him."),
    ],
)
def test_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


def test_fine_without_a_stated_sum() -> None:
    fine = analyze("Supermarket chain fined by privacy regulator", "Details were not given.").fine
    assert fine is not None and fine.amount is None and fine.status == "imposed"


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("La CNIL liquide l'astreinte prononcée contre Exempla", "", True),
        ("Exempla doit payer une astreinte de 1,5 million d'euros", "", True),
        ("Regulator imposes overdue penalty payment on Exampleco", "", True),
        (
            "Zwangsgeld gegen Beispiel GmbH",
            "Die Behörde hat ein Zwangsgeld von 200.000 Euro festgesetzt.",
            True,
        ),
        ("Voorbeeld verbeurt dwangsom", "Het bedrijf moet een dwangsom van 500.000 euro betalen.", True),
        (
            "Penalità di mora per Esempio",
            "Il Garante ha liquidato una penalità di mora di 50.000 euro.",
            True,
        ),
        ("La AEPD impone una multa coercitiva de 30.000 euros a Ejemplo", "", True),
        # The order's per-day rate, announced with the fine itself, is that fine's periodic penalty.
        (
            "La CNIL sanctionne Exempla",
            "Une amende de 2 millions d'euros, assortie d'une astreinte de 10 000 euros par jour de retard.",
            False,
        ),
        ("Bußgeld", "Zusätzlich droht ein Zwangsgeld von 5.000 Euro pro Tag.", False),
        ("Company fined €1 million", "It must also pay €10,000 per day of delay.", False),
        ("Watchdog fines retailer €4 million", "", False),
    ],
)
def test_penalty_liquidation(title: str, summary: str, expected: bool) -> None:
    assert is_penalty_liquidation(title, summary) is expected


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # The perfect of a sanction verb with an authority named: a fine whose sum is left out.
        ("La CNIL a sanctionné les sociétés Exemple SAS et Modèle SARL", "Sur les traceurs."),
        ("Videosorveglianza al lavoro", "Il Garante privacy ha sanzionato una ditta di trasporti."),
        ("La AEPD ha sancionado a una clínica dental", ""),
        ("La AEPD sancionó a una academia de idiomas", ""),
        # German "eine Strafe verhängen" from an authority, in any tense.
        ("Hamburger Datenschützer verhängen Strafe gegen Beispiel AG", ""),
        ("Die CNIL verhängte eine hohe Strafe gegen Exempla", ""),
        # The passive with the authority as its agent.
        ("Exemple sanctionnée par la CNIL pour défaut de sécurité", ""),
        ("Esempio sanzionata dal Garante per il telemarketing", ""),
        ("Ejemplo, sancionada por la AEPD por enviar spam", ""),
    ],
)
def test_sanction_verb_with_an_authority_reports_a_fine_without_sum(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == "imposed" and fine.amount is None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Without an authority the verb is any sanction (a sports body, a club, a school).
        ("Le club a sanctionné son joueur", "Le joueur est suspendu deux matchs."),
        ("La scuola ha sanzionato tre studenti", ""),
        ("Gericht verhängt Strafe gegen Angeklagten", ""),
    ],
)
def test_sanction_verb_without_an_authority_is_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


@pytest.mark.parametrize(
    "title",
    [
        # The sanction named is a reprimand, not money, in each language.
        "La CNIL a sanctionné Exemple d'un rappel à l'ordre",
        "Exemple sanctionnée par la CNIL d'un avertissement",
        "Il Garante ha sanzionato Esempio con un ammonimento",
        "La AEPD ha sancionado a Ejemplo con un apercibimiento",
    ],
)
def test_a_sanction_that_is_no_money_is_no_fine(title: str) -> None:
    assert analyze(title, "").fine is None


def test_a_fine_beside_another_partys_reprimand_is_still_a_fine() -> None:
    # The reprimand is read only beside a sanction verb: one party fined, another reprimanded.
    fine = analyze("ICO fines Exampla £5m and issues reprimand to Examplo", "").fine
    assert fine is not None and fine.amount == 5_000_000
    fine = analyze("Garante: multa di 1 milione a Esempio e ammonimento a un Comune", "").fine
    assert fine is not None and fine.amount == 1_000_000


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        # The Spanish preterite and the German past tense are fining verbs: the authority's euro
        # sum in the lead beats a dollar headline.
        ("Ejemplo multada con 11 millones de dólares", "La CNIL multó a Ejemplo con 10 millones.", 10e6),
        ("Beispiel muss 3,3 Millionen Dollar zahlen", "Die CNIL verhängte 3 Millionen Euro.", 3e6),
    ],
)
def test_past_tense_fining_verbs_make_the_leads_sum_a_fine(title: str, summary: str, amount: float) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.currency == "EUR" and fine.amount == pytest.approx(amount)


def test_a_slug_sum_without_its_decimal_mark_defers_to_the_summary_in_any_sentence() -> None:
    # The summary's sentence names no penalty ("it is a sum of 2.6 billion dollars"): its
    # same digits with the decimal mark and a currency are the slug's sum written whole.
    fine = analyze(
        "techbedrijf moet staat 26 miljard betalen",
        "Het gaat om een bedrag van 2,6 miljard dollar.",
    ).fine
    assert fine is not None and (fine.amount, fine.currency) == (pytest.approx(2.6e9), "USD")


def test_a_conversion_with_the_same_digits_is_no_decimal_mark_dropped() -> None:
    # Ten crowns to the dollar: "65" and "6.5" share their digits, the currencies tell them apart.
    fine = analyze("Datatilsynet fines Example NOK 65 million ($6.5 million)", "").fine
    assert fine is not None and (fine.amount, fine.currency) == (65_000_000, "NOK")
    assert fine.stated_conversion == "USD 6,500,000"


def test_a_german_strafe_joined_to_its_sum_is_a_fine() -> None:
    fine = analyze("Strafe von knapp 1,1 Millionen Euro für Beispiel", "").fine
    assert fine is not None and fine.amount == 1_100_000
    # Alone, or with years of prison, it is any punishment.
    assert analyze("Haftstrafe für Beispiel", "Der Mann erhielt eine Strafe von vier Jahren.").fine is None


def test_a_dutch_ton_is_a_hundred_thousand_in_the_authoritys_currency() -> None:
    fine = analyze("AP legt boete van 3 ton op aan Voorbeeld", "").fine
    assert fine is not None and (fine.amount, fine.currency) == (300_000, "EUR")


def test_a_norwegian_authoritys_sum_without_a_currency_is_in_crowns() -> None:
    # money.yml country_currency must quote "NO": unquoted, YAML reads Norway as false.
    fine = analyze("Datatilsynet fines Example 5 million", "").fine
    assert fine is not None and (fine.amount, fine.currency) == (5_000_000, "NOK")


def test_a_dutch_settlement_sum_is_the_penalty_of_its_sentence() -> None:
    # "schikt", "schikking" as English "settles", "settlement": the sum it is for is the money paid.
    fine = analyze("Techbedrijf schikt zaak met staat Texas voor 1,4 miljard dollar", "").fine
    assert fine is not None and (fine.amount, fine.currency) == (1_400_000_000, "USD")


def test_a_slug_that_dropped_the_sharp_s_still_names_a_bussgeld() -> None:
    # Some slug generators drop "ß" instead of spelling it out: "Bußgeld" -> "bu-geld".
    fine = analyze("datenschutzbehorde 35 millionen euro bu geld gegen beispiel", "").fine
    assert fine is not None and fine.amount == 35_000_000


def test_the_uks_monetary_penalty_notice_of_a_sum_is_a_fine() -> None:
    # The notice is the fine's instrument: "a monetary penalty notice of £130,000".
    found = analyze(
        "ICO (UK) - Exampla Ltd",
        "The regulator sent a monetary penalty notice of £130,000 to Exampla Ltd over nuisance calls.",
    )
    assert found.fine is not None and (found.fine.amount, found.fine.currency) == (130_000, "GBP")
    assert found.fine.status == "imposed" and found.target == "Exampla"


def test_an_advance_notification_of_a_fine_is_a_proposal() -> None:
    fine = analyze(
        "Datatilsynet (Norway) - 20/02136",
        "The Norwegian DPA issued an advance notification of a NOK 100 million fine against Exampla.",
    ).fine
    assert fine is not None and fine.status == "proposed" and fine.amount == 100_000_000


def test_the_garantes_ordinanza_ingiunzione_reports_a_fine_and_names_its_party() -> None:
    # The title under which the Garante publishes each fining decision.
    found = analyze(
        "Ordinanza di ingiunzione nei confronti del Comune di Esempio - 3 marzo 2025 [10012345]", ""
    )
    assert found.fine is not None and found.fine.status == "imposed"
    assert found.target == "Comune di Esempio"


def test_the_garantes_injunction_to_pay_states_the_fines_sum() -> None:
    """Its decisions order the payment ("ingiunge … il pagamento della somma di euro 40.000")."""
    fine = analyze(
        "Ordinanza ingiunzione – Esempio S.r.l.",
        "Il Garante ingiunge alla società il pagamento della somma di euro 40.000.",
    ).fine
    assert fine is not None and (fine.amount, fine.currency) == (40_000, "EUR")


@pytest.mark.parametrize(
    ("summary", "party"),
    [
        # A resolution's infinitive ("resuelve imponer a X") and the preterite "impuso a X".
        ("La AEPD resuelve imponer a EJEMPLO, S.A. una multa de 100.000 euros.", "EJEMPLO"),
        ("La Agencia impuso a Ejemplo Seguros una multa de 50.000 euros.", "Ejemplo Seguros"),
    ],
)
def test_spanish_frames_of_imposing(summary: str, party: str) -> None:
    assert analyze("Resolución de la AEPD", summary).target == party


@pytest.mark.parametrize(
    "summary",
    [
        "Monetary penalty notice issued to Exampla Marketing Limited for sending spam texts.",
        "The ICO has served a monetary penalty notice on Exampla Marketing Limited.",
    ],
)
def test_a_penalty_notice_issued_without_its_sum_is_a_fine(summary: str) -> None:
    found = analyze("Exampla Marketing Limited", summary)
    assert found.fine is not None and found.fine.status == "imposed"


def test_an_enforcement_notice_is_no_fine() -> None:
    assert analyze("Exampla Ltd", "The ICO issued an enforcement notice to Exampla Ltd.").fine is None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # "for each day" with each language's word for "each".
        ("Exampla fined €1m", "It must also pay €5,000 for each day it fails to comply."),
        (
            "Il Garante multa Esempio per 1 milione",
            "E una penalità di 5mila euro per ogni giorno di ritardo.",
        ),
        ("AEPD multa a Ejemplo con 1 millón de euros", "Y 5.000 euros por cada día de retraso."),
    ],
)
def test_a_sum_for_each_day_is_a_daily_penalty(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.amount == 1_000_000
    assert fine.periodic_penalty == PeriodicPenalty(5_000, "EUR", "day")


@pytest.mark.parametrize(
    ("title", "authority", "amount"),
    [
        # A sanction noun and the named authority that imposed it are a fining act for the sum
        # of the headline, in every language.
        ("Sanction de la CNIL : 20 millions d'euros pour Zephyr", "CNIL", 20_000_000),
        ("Sanzione del Garante: 5 milioni a Zephyr", "Garante", 5_000_000),
        ("Sanción de la AEPD: 3 millones para Zephyr", "AEPD", 3_000_000),
        ("Sanctie van de AP: 2 miljoen euro voor Zephyr", "AP-NL", 2_000_000),
    ],
)
def test_an_authoritys_sanction_over_a_sum(title: str, authority: str, amount: float) -> None:
    found = analyze(title, "")
    assert (found.authority, found.target) == (authority, "Zephyr")
    assert found.fine is not None and (found.fine.status, found.fine.amount) == ("imposed", amount)


@pytest.mark.parametrize(
    "title",
    [
        # No authority's sanction: a price rise called a blow, a sanction for an authority (guards).
        "Bollette, stangata da 500 euro a famiglia",
        "Sanction for the CNIL: 2 million euros for its new building",
    ],
)
def test_a_sum_without_an_authoritys_sanction_is_no_fine(title: str) -> None:
    assert analyze(title, "").fine is None


def test_a_long_fine_noun_before_its_sum_and_the_garantes_order_to_pay() -> None:
    # "sanzione amministrativa pecuniaria di": the noun and its connector are 37 characters.
    found = analyze(
        "Provvedimento del 10 luglio 2025",
        "Il Garante ha ingiunto a Zephyr S.r.l. il pagamento di una sanzione amministrativa "
        "pecuniaria di 150.000 euro.",
    )
    assert found.target == "Zephyr"
    assert found.fine is not None
    assert (found.fine.amount, found.fine.currency, found.fine.status) == (150_000, "EUR", "imposed")


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        # A headline's sum with no fine word, over a named authority's sanction verb in the lead.
        ("Garante: 26,5 mln a Zephyr", "Il Garante ha sanzionato la società.", 26_500_000),
        ("CNIL : 150 millions d'euros pour Zephyr", "La CNIL a sanctionné Zephyr jeudi.", 150_000_000),
    ],
)
def test_a_headline_sum_over_an_authoritys_sanction_verb(title: str, summary: str, amount: float) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and (fine.amount, fine.currency, fine.status) == (amount, "EUR", "imposed")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Guards: a sanction verb with no authority named, and a reprimand.
        ("Zephyr: 26,5 mln di ricavi", "La società è stata sanzionata per ritardi."),
        ("CNIL : 150 millions d'euros de budget", "La CNIL a sanctionné Zephyr d'un rappel à l'ordre."),
        # A sanction verb denied states no act.
        ("Zephyr: 2 milioni", "Il Garante non ha sanzionato la società."),
        ("Zephyr: 2 millones", "La AEPD no ha sancionado a Zephyr."),
    ],
)
def test_a_headline_sum_without_an_authoritys_sanction_is_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        # A verb of amounting joins a fine noun to its sum, as "of" does.
        (
            "Sanction à l'égard de la société ZEPHYR",
            "L'amende s'élève à 7 millions d'euros, précise la CNIL.",
            7e6,
        ),
        ("Datenschutz: Zephyr", "Das Bußgeld beträgt 1 Million Euro, teilte die BfDI mit.", 1e6),
        ("Protección de datos: Zephyr", "La multa asciende a 2 millones de euros, según la AEPD.", 2e6),
        ("Sanzione a Zephyr", "La sanzione ammonta a 1 milione di euro, ha detto il Garante.", 1e6),
        ("Privacy: Zephyr", "De boete bedraagt 600.000 euro, meldt de AP.", 6e5),
    ],
)
def test_a_fine_noun_and_a_verb_of_amounting_state_the_fine(title: str, summary: str, amount: float) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and (fine.amount, fine.currency, fine.status) == (amount, "EUR", "imposed")


@pytest.mark.parametrize(
    ("title", "summary", "amount"),
    [
        # Verbs of paying, with an authority or a penalty named: the sum is the fine.
        (
            "Exampla coughs up €3m after privacy probe",
            "The Irish regulator fined the insurer.",
            3_000_000,
        ),
        ("Esempio pagherà 2 milioni di euro al Garante", "", 2_000_000),
        ("Datenschützer brummen Beispiel 1,2 Millionen Euro auf", "", 1_200_000),
        # A guard: the CNIL's sanction made the sum a fine before.
        ("Exemple devra débourser 600 000 euros", "La CNIL a sanctionné l'entreprise.", 600_000),
    ],
)
def test_verbs_of_paying_and_imposing_in_headline_idiom(title: str, summary: str, amount: int) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == "imposed" and fine.amount == amount


def test_a_price_paid_is_still_no_fine() -> None:
    """Guard: a verb of paying without a penalty or an authority is a purchase."""
    assert analyze("Exampla shells out $4.5 billion for a start-up", "").fine is None


def test_austrias_administrative_penalty_is_a_fine_naming_its_party() -> None:
    """The Datenschutzbehörde imposes a "Verwaltungsstrafe"."""
    found = analyze("DSB: Verwaltungsstrafe von 9,5 Mio. Euro für Beispiel", "")
    assert found.fine is not None and found.fine.status == "imposed"
    assert (found.fine.amount, found.fine.currency, found.target) == (9_500_000, "EUR", "Beispiel")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # A headline's sum with no act of its own, over a lead where a named authority fines.
        ("Sanzione record per Esempio: 10 milioni", "Il Garante privacy ha multato la società."),
        (
            "Record penalty for Exampla: €10m",
            "The ICO has now fined the retailer.",
        ),  # guard
        ("Sanción récord para Ejemplo: 3 millones de euros", "La AEPD ha multado a la compañía."),
    ],
)
def test_a_headline_sum_over_a_named_authoritys_fining_verb_is_the_fine(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == "imposed" and fine.amount is not None


def test_a_headline_sum_of_another_kind_stays_no_fine() -> None:
    """Guard: a profit in the headline is not the fine of a lead that recalls one."""
    assert analyze("Exampla reports €10m profit", "The ICO has fined the company before.").fine is None


@pytest.mark.parametrize(
    ("summary", "amount"),
    [
        # A verb of amounting joins the fine noun to its sum across the words naming the party.
        ("The fine against Exampla amounts to €3 million.", 3_000_000),
        ("Das Bußgeld gegen Beispiel beläuft sich auf 2 Mio. Euro.", 2_000_000),
        ("De boete voor Voorbeeld bedraagt 2 miljoen euro.", 2_000_000),
        ("La multa para Ejemplo asciende a 1,2 millones de euros.", 1_200_000),
        ("La multa per Esempio ammonta a 2 milioni di euro.", 2_000_000),
        ("L'amende pour Exemple s'élève à 3 millions d'euros.", 3_000_000),
    ],
)
def test_a_verb_of_amounting_across_the_party_names_the_fines_sum(summary: str, amount: int) -> None:
    fine = analyze("Privacy", summary).fine
    assert fine is not None and fine.amount == amount


def test_a_sum_far_from_its_noun_without_a_verb_of_amounting_stays_none() -> None:
    """Guard: any words between a fine noun and a sum do not make it the fine's."""
    assert analyze("Privacy", "The fine for the company that raised €3 million last year.").fine is None


@pytest.mark.parametrize(
    ("title", "summary", "amount", "currency", "party"),
    [
        # The Nordic authorities' English words for a fine, Norway's and Sweden's.
        (
            "Infringement fee to Exampla",
            "The authority imposed an infringement fee of NOK 2.5 million.",
            2_500_000,
            "NOK",
            "Exampla",
        ),
        ("Sanction fee of SEK 7 million against Exampla", "", 7_000_000, "SEK", "Exampla"),
        # Iceland's krona by its code.
        ("Icelandic DPA fines Exampla ISK 7.5 million", "", 7_500_000, "ISK", "Exampla"),
    ],
)
def test_nordic_fines_in_their_authorities_english(
    title: str, summary: str, amount: int, currency: str, party: str
) -> None:
    found = analyze(title, summary)
    assert found.fine is not None and found.fine.status == "imposed"
    assert (found.fine.amount, found.fine.currency, found.target) == (amount, currency, party)
