"""Fine words that name no decision, and steps before one (issue #11 items 4 and 5).

The English adjective "fine" ("fine dining", "the fine print") and the tariff of an everyday
offence ("parking fines", "Strafzettel") are no fine. A penalty threatened ("Zwangsgeld
angedroht") or sanction proceedings opened ("ha abierto un procedimiento sancionador") are a
proposal. The subject of a German passive stands before "wurde … verurteilt"."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Weekend guide: fine dining by the harbour", ""),
        ("Read the fine print before you sign", ""),
        ("Examplecorp is fine-tuning its new language model", ""),
        # A tariff with its sum and the people who pay it.
        ("Council raises parking fines to £80", "Drivers who overstay will pay more from April."),
        ("La mairie augmente les amendes de stationnement à 50 euros", "Les automobilistes paieront plus."),
        ("El ayuntamiento sube las multas de tráfico a 200 euros", "Los conductores pagarán más."),
        ("Il comune aumenta le multe stradali a 100 euro", "Gli automobilisti pagheranno di più."),
    ],
)
def test_a_fine_word_in_another_sense_is_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


@pytest.mark.parametrize(
    "title",
    [
        # A word of another language spelt like a fine word's start: English "amended" is no
        # French "amende".
        "Regulator amended its €5 million budget",
        "Amendment adds €5 million to the watchdog's budget",
    ],
)
def test_a_word_of_another_language_is_no_fine_word(title: str) -> None:
    assert analyze(title, "").fine is None


@pytest.mark.parametrize(
    "title",
    [
        # The Italian "fine" is an end or a purpose: no fine word.
        "Bonus di 500 euro entro la fine dell'anno",
        "Esempio chiude il 2025 con ricavi di 5 milioni, a fine anno nuovi assunti",
        "Investimenti per 3 milioni al fine di proteggere i clienti",
        # The Spanish "fines" are purposes.
        "Ejemplo invierte 5 millones de euros con fines de investigación",
        "Una fundación sin fines de lucro recibe 2 millones de euros",
    ],
)
def test_the_italian_end_and_the_spanish_purpose_are_no_fine(title: str) -> None:
    assert analyze(title, "").fine is None


def test_a_fine_beside_the_italian_end_is_still_read() -> None:
    fine = analyze("Alla fine il Garante ha multato Esempio per 5 milioni", "").fine
    assert fine is not None and fine.amount == 5_000_000


def test_words_of_another_language_name_no_status_or_domain() -> None:
    # The English "menace" and "proponents" are no French threat, no Spanish "propone"; the
    # Italian "cartella" (a medical record) is no English "cartel".
    for title in (
        "Exampla fined €5m, a menace to privacy, says regulator",
        "Exampla fined €5m as privacy proponents cheer",
    ):
        fine = analyze(title, "").fine
        assert fine is not None and fine.status == "imposed", title
    result = analyze("Esempio multata per 20mila euro: accesso illecito alla cartella clinica", "")
    assert result.fine is not None and result.domain == "data_protection"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Speeding is named by its offence in the sum's sentence, a court's verb there or none.
        ("Amende de 900 euros pour excès de vitesse : un automobiliste condamné", ""),
        ("Un automobiliste condamné à 1 500 euros d'amende pour un excès de vitesse", ""),
        ("Fahrer muss 600 Euro Bußgeld wegen Geschwindigkeitsüberschreitung zahlen", ""),
        ("Multa de 600 euros a un conductor por exceso de velocidad", ""),
        ("Multa da 800 euro per eccesso di velocità", ""),
        ("Automobilist krijgt 400 euro boete voor snelheidsovertreding", ""),
        # Parking, by its offence, whoever is named as paying.
        ("Amende de 135 euros pour stationnement gênant : un élu verbalisé", ""),
        ("Abgeordneter muss 55 Euro wegen Parkverstoß zahlen", ""),
        ("Multa de 200 euros a un concejal por aparcar en doble fila", ""),
        ("Multa salata per divieto di sosta all'assessore: 87 euro", ""),
        ("Wethouder krijgt 100 euro boete voor foutparkeren", ""),
        ("Mayor fined £70 for illegal parking outside town hall", ""),
    ],
)
def test_a_speeding_or_parking_fine_is_no_decision(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


def test_a_fine_beside_another_sense_in_the_summary_is_still_read() -> None:
    # The other sense masks only the title it stands in; the summary's fine is read as usual.
    fine = analyze("Examplecorp fined €2 million", "The regulator read the fine print of its contracts.").fine
    assert fine is not None and fine.amount == 2_000_000


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Zwangsgeld von 20.000 Euro gegen Beispiel angedroht", ""),
        ("Behörde leitet Bußgeldverfahren gegen Beispiel ein", "Im Raum stehen 3 Millionen Euro."),
        ("Ejemplo se enfrenta a una multa de 3 millones", "La AEPD ha abierto un procedimiento sancionador."),
        ("Multa de 3 millones para Ejemplo", "La agencia ha abierto un expediente sancionador."),
        ("Multa da 3 milioni per Esempio", "Il Garante ha avviato un procedimento sanzionatorio."),
        ("Amende de 3 millions pour Exemple", "La CNIL ouvre une procédure de sanction contre la société."),
        ("Boete van 3 miljoen voor Voorbeeld", "De toezichthouder start een boeteprocedure."),
    ],
)
def test_a_threat_or_opened_proceedings_are_a_proposal(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == "proposed"


def test_the_subject_of_a_german_passive_with_a_long_middle_field() -> None:
    result = analyze("Beispiel GmbH wurde zu einer Geldbuße von 1,2 Mio. Euro verurteilt", "")
    assert result.target == "Beispiel"
