"""The day an undated report states for its decision (issue #12, rule 3: no alert for old news).

An article recounts more than the decision: a date in a sentence that tells of no penalty (when
contracts were signed, when a breach happened) is not the decision's day, and must neither file
a new decision as old news nor place it years away from its other reports. Texts are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.analysis import analyze
from monitor.analysis.decision_dates import decision_day
from monitor.pipeline import report_facts


@pytest.mark.parametrize(
    ("title", "summary", "language", "day"),
    [
        # The date stands in the sentence of the fining act: it is the decision's.
        (
            "Exampla fined €5 million",
            "On 14 March 2025, the regulator fined Exampla €5 million.",
            "en",
            dt.date(2025, 3, 14),
        ),
        (
            "Amende pour Exemple",
            "Le 3 février 2025, la CNIL a sanctionné Exemple d'une amende.",
            "fr",
            dt.date(2025, 2, 3),
        ),
        # A date of another event only: no day for the decision.
        (
            "La autoridad multa a Ejemplo con 2 millones de euros",
            "La sanción afecta a dos filiales. El 12 de abril de 2017, ambas firmaron un contrato.",
            "es",
            None,
        ),
        (
            "Beispiel muss 2 Millionen Euro Bußgeld zahlen",
            "Am 5. Mai 2019 hatten Unbekannte die Server des Unternehmens angegriffen.",
            "de",
            None,
        ),
        # Both: the decision's, though the other is later in the text.
        (
            "Esempio multata",
            "Il 10 gennaio 2025 il Garante ha inflitto una multa a Esempio. "
            "L'indagine era iniziata il 2 marzo 2023.",
            "it",
            dt.date(2025, 1, 10),
        ),
        # The act that records the decision, named in a sentence of its own, dates it.
        (
            "La AEPD multa a Ejemplo con 30.000 euros",
            "La resolución, firmada el 14 de enero de 2025, da por probada la infracción.",
            "es",
            dt.date(2025, 1, 14),
        ),
        (
            "Il Garante sanziona Esempio",
            "Con provvedimento del 9 gennaio 2025 l'Autorità ha accertato un trattamento illecito.",
            "it",
            dt.date(2025, 1, 9),
        ),
        ("AP beboet Voorbeeld", "Het besluit dateert van 4 februari 2025.", "nl", dt.date(2025, 2, 4)),
    ],
)
def test_the_decision_day_is_a_date_stated_where_the_penalty_or_its_act_is_told(
    title: str, summary: str, language: str, day: dt.date | None
) -> None:
    assert decision_day(title, summary, language) == day


def test_an_item_telling_its_penalty_in_no_words_the_rules_know_is_dated_by_any_date() -> None:
    # Polish is beyond the six languages of the rules; its dates are read all the same.
    assert decision_day("Urząd nakłada karę", "Decyzja z 3 listopada 2024 r.", "pl") == dt.date(2024, 11, 3)


def test_an_undated_report_is_not_filed_at_the_date_of_another_event_it_recounts() -> None:
    title = "La autoridad multa a Ejemplo con 2 millones de euros"
    summary = "La sanción afecta a dos filiales. El 12 de abril de 2017, ambas firmaron un contrato."
    facts = report_facts(title, summary, "es", None, analyze(title, summary))
    assert facts is not None and facts.stated_date is None
    told = "El 2 de junio de 2025, la autoridad impuso la multa a Ejemplo."
    facts = report_facts(title, told, "es", None, analyze(title, told))
    assert facts is not None and facts.stated_date == "2025-06-02T00:00:00Z"
