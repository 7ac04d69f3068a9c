"""A fine named as already known is no new fine (issue #11 item 4): a court or appeal verb, a
review of a period, or the fine noun with a participle and a past time ("the fine imposed on X
last month"), while a finite fining verb with the same time ("fined X last week") is news."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


def _status(title: str, summary: str = "") -> str | None:
    fine = analyze(title, summary).fine
    return fine.status if fine else None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Zephyr Mobile loses appeal against €4 million fine", "The court dismissed the appeal."),
        ("La justice valide l'amende de 4 millions d'euros de Zephyr", ""),
        ("El Supremo avala la multa de 4 millones a Zephyr", ""),
        ("Il tribunale respinge il ricorso di Zephyr contro la multa da 4 milioni di euro", ""),
        ("Gericht weist Klage von Zephyr gegen Bußgeld über 4 Millionen Euro ab", ""),
        ("Rechter wijst beroep van Zephyr tegen boete van 4 miljoen euro af", ""),
    ],
)
def test_a_court_verb_on_a_fine_is_a_past_fine(title: str, summary: str) -> None:
    assert _status(title, summary) == "mention_of_past"


# The fine with the participle of confirming agreeing with it: a court's ruling on an old fine.
@pytest.mark.parametrize(
    "title",
    [
        "Zephyr : l'amende de 7,5 millions d'euros confirmée",
        "Zephyr condamnée en appel à payer 5 millions d'euros",
        "Zephyr, multa da 5 milioni confermata",
        "Zephyr: la multa de 5 millones, confirmada",
        "Zephyr: Bußgeld über 5 Millionen Euro bestätigt",
        "Boete van 5 miljoen voor Zephyr bevestigd",
        "Zephyr's €5 million fine confirmed on appeal",
    ],
)
def test_a_fine_confirmed_is_a_past_fine(title: str) -> None:
    assert _status(title) == "mention_of_past"


def test_a_fine_a_regulator_confirms_in_its_announcement_is_news() -> None:
    # English "confirmed" is mostly a verb of saying: only "confirmed on appeal" is a ruling.
    assert (
        _status(
            "Zephyr fined €5 million", "The fine, confirmed by the regulator on Tuesday, follows a breach."
        )
        == "imposed"
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("thoughts on the zephyr case", "Last week's €4 million fine against Zephyr is a warning."),
        ("a propos de zephyr", "L'amende infligée à Zephyr le mois dernier, 4 millions d'euros, est lourde."),
        ("sobre zephyr", "La multa impuesta a Zephyr el mes pasado, de 4 millones de euros, es alta."),
        ("su zephyr", "La multa inflitta a Zephyr il mese scorso, 4 milioni di euro, è pesante."),
        (
            "over zephyr",
            "De boete die de AP vorige maand aan Zephyr heeft opgelegd, 4 miljoen euro, is fors.",
        ),
        ("Privacy fines: 2025 in review", "Regulators fined Zephyr €4 million and Quill €1 million."),
    ],
)
def test_a_fine_named_as_already_known_is_a_past_fine(title: str, summary: str) -> None:
    assert _status(title, summary) == "mention_of_past"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Zephyr fined €4 million", "The authority fined Zephyr €4 million last week."),
        (
            "Amende pour Zephyr",
            "Une amende de 4 millions d'euros a été infligée à Zephyr la semaine dernière.",
        ),
        (
            "Multa per Zephyr",
            "Il Garante ha inflitto la settimana scorsa una multa di 4 milioni di euro a Zephyr.",
        ),
        ("Zephyr fined €4 million", "Zephyr was fined €4 million after a review of its practices."),
    ],
)
def test_a_finite_fining_verb_with_a_past_time_is_news(title: str, summary: str) -> None:
    assert _status(title, summary) == "imposed"


@pytest.mark.parametrize(
    "title",
    [
        # Its party going to fight a fine, and a fine cut with the sum between.
        "Zephyr to fight €345m fine",
        "Zephyr challenges its €10 million fine",  # a guard: already one
        "Zephyr's fine cut to €100m on appeal",
        # Every verb of cutting a fine, and an appeal lost (its fine stands, an old one).
        "Court halves Zephyr's €10m fine",
        "Tribunal slashes €20m fine on Zephyr",
        "Zephyr pays €5m fine after losing appeal",
    ],
)
def test_a_fine_fought_or_cut_is_a_past_fine(title: str) -> None:
    assert _status(title) == "mention_of_past"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # A court's preterite of confirming.
        ("Bußgeld gegen Zephyr", "Das Gericht bestätigte die Strafe von 1 Million Euro."),
        # The Italian pluperfect with a clitic object, whose participle agrees with it.
        ("Zephyr ha pagato la multa da 1 milione", "Il Garante l'aveva inflitta a marzo."),
    ],
)
def test_a_courts_preterite_and_a_clitics_pluperfect_recall_an_old_fine(title: str, summary: str) -> None:
    assert _status(title, summary) == "mention_of_past"


def test_a_fine_announced_once_final_is_news() -> None:
    # A guard: German authorities announce some fines once they are final.
    summary = "Die Behörde verhängte 50.000 Euro. Der Bußgeldbescheid ist rechtskräftig."
    assert _status("LfDI verhängt Bußgeld gegen Zephyr", summary) == "imposed"


def test_the_party_of_a_possessive_before_its_sum_and_fine() -> None:
    assert analyze("Court upholds Zephyr's €746m fine", "").target == "Zephyr"


def test_a_regulator_fighting_an_offence_with_a_fine_is_news() -> None:
    assert _status("ICO fights nuisance calls with £100,000 fine for Zephyr") == "imposed"


@pytest.mark.parametrize(
    "title",
    [
        "Zephyr escapes fine after ICO probe",
        "Zephyr échappe à une amende de la CNIL",
        "Zephyr entgeht einem Bußgeld",  # a guard: already none
        "Zephyr se libra de una multa de la AEPD",
        "Zephyr evita la multa del Garante",
        "Zephyr ontloopt boete van de AP",
    ],
)
def test_a_party_escaping_a_fine_reports_none(title: str) -> None:
    assert analyze(title, "").fine is None


@pytest.mark.parametrize(
    "title",
    [
        "Regulator drops planned fine against Zephyr",
        "La CNIL renonce à l’amende contre Zephyr",
        "Datenschutzbehörde verzichtet auf Bußgeld gegen Zephyr",
        "La AEPD renuncia a la multa a Zephyr",
        "Il Garante rinuncia alla multa per Zephyr",
        "AP ziet af van boete voor Zephyr",
    ],
)
def test_an_authority_abandoning_a_fine_reports_none(title: str) -> None:
    assert analyze(title, "").fine is None


def test_a_party_dropping_its_appeal_is_fined() -> None:
    """Guard: "drops" abandons the fine only when the fine is what is dropped."""
    fine = analyze("ICO fines Zephyr £2m after firm drops appeal", "").fine
    assert fine is not None and fine.status == "imposed"


@pytest.mark.parametrize(
    ("title", "status"),
    [
        # A court's ruling on a named authority's sanction, with no sum: the sanction is the fine.
        ("La Audiencia Nacional anula la sanción de la AEPD a Zephyr", "overturned"),
        ("Il Tar conferma la sanzione del Garante contro Zephyr", "mention_of_past"),
    ],
)
def test_a_ruling_on_an_authoritys_sanction_without_a_sum(title: str, status: str) -> None:
    assert _status(title) == status


def test_an_authoritys_reprimand_is_no_fine() -> None:
    # A guard: the sanction named is a reprimand.
    assert _status("Sanction de la CNIL contre Zephyr : un rappel à l'ordre") is None


def test_a_slug_glues_the_elided_article_to_the_fine_noun() -> None:
    """A URL slug writes "l'amende" as "lamende": still the fine noun."""
    assert _status("le conseil detat confirme lamende de exemple") == "mention_of_past"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # An authority without the power to fine: the fine words name none.
        (
            "Le préposé recommande à Exemple de cesser la collecte",
            "Il n'a pas le pouvoir d'infliger des amendes.",
        ),
        (
            "Commissioner finds Exampla broke the law",
            "The commissioner has no power to fine companies.",
        ),  # a guard
        ("Beauftragter rügt Beispiel", "Er kann keine Bußgelder verhängen."),
    ],
)
def test_an_authority_without_the_power_to_fine_reports_none(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


def test_the_separable_aufheben_overturns_a_fine() -> None:
    assert _status("Verwaltungsgericht hebt Bußgeld gegen Beispiel auf") == "overturned"
