"""Authorities, fined parties, party keys, tags and the import boundary."""

from __future__ import annotations

import subprocess
import sys

import pytest

from monitor.analysis import analyze, domain_of, party_key


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The French data protection authority fined a retailer", "CNIL"),
        ("La Commission nationale de l'informatique et des libertés a sanctionné", "CNIL"),
        ("The Dutch DPA imposed a fine", "AP-NL"),
        ("De Autoriteit Persoonsgegevens heeft een boete opgelegd", "AP-NL"),
        ("Italy's privacy watchdog fined a bank", "Garante"),
        ("The UK's data watchdog issued a fine", "ICO"),
        ("The Information Commissioner's Office said", "ICO"),
        ("La Agencia Española de Protección de Datos sanciona", "AEPD"),
        ("Der Hamburgische Datenschutzbeauftragte verhängt", "HmbBfDI"),
        ("Die österreichische Datenschutzbehörde entschied", "DSB-AT"),
        ("Luxembourg's CNPD fined the retailer", "CNPD-LU"),
        ("Portugal's CNPD fined the institute", "CNPD-PT"),
        ("Norway's data regulator fined the app", "Datatilsynet"),
        ("The Danish Datatilsynet proposed a fine", "Datatilsynet-DK"),
        ("The Federal Trade Commission settled with", "FTC"),
        ("The European Data Protection Board adopted", "EDPB"),
        ("La Commission européenne inflige une amende", "European Commission"),
        ("The Irish Data Protection Commission fined", "DPC"),
        ("Sweden's privacy protection authority fined the bank", "IMY"),
    ],
)
def test_authority_aliases(text: str, code: str) -> None:
    assert analyze(text, "").authority == code


def test_feed_authority_is_the_fallback() -> None:
    assert analyze("Sanction de 10 000 euros", "", feed_authority="CNIL").authority == "CNIL"
    assert analyze("The ICO fined a firm", "", feed_authority="CNIL").authority == "ICO"


def test_weak_name_needs_a_fine() -> None:
    assert analyze("EU fines carmaker €1 billion", "").authority == "European Commission"
    assert analyze("EU adopts its AI Act", "").authority is None


@pytest.mark.parametrize(
    ("title", "summary", "target"),
    [
        ("Regulator fines American company Example Vision Inc. €5 million", "", "Example Vision"),
        ("La CNIL sanctionne la société Exempla d'une amende", "", "Exempla"),
        ("Watchdog fines Facebook owner Meta €390 million", "", "Meta"),
        ("Bußgeld gegen das Modeunternehmen Müller & Sohn GmbH", "", "Müller & Sohn"),
        ("La AEPD multa con 50.000 euros a Supermercados Ejemplo", "", "Supermercados Ejemplo"),
        ("Multa alla Università di Esempio", "", "Università di Esempio"),
        ("Acme Retail fined €2 million", "", "Acme Retail"),
        ("Regulator fines the company €2 million", "", None),
        ("boete voor bedrijf", "De AP heeft een boete opgelegd aan een bedrijf.", None),
        ("acme retail fined 2 million", "Acme Retail has been fined €2 million.", "Acme Retail"),
    ],
)
def test_target(title: str, summary: str, target: str | None) -> None:
    assert analyze(title, summary).target == target


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Clearview AI Inc.", "CLEARVIEW AI"),
        ("Clearview AI", "Clearview"),
        ("Meta Platforms Ireland Ltd", "Meta"),
        ("Exemple S.A.", "exemple"),
        ("Ejemplo S.p.A.", "EJEMPLO"),
        ("Voorbeeld B.V.", "Voorbeeld"),
        ("Beispiel GmbH", "Beispiel"),
        ("Société Générale SAS", "Societe Generale"),
        ("Acme LLC", "ACME plc"),
        ("H&M", "H & M"),
        ("Clearview IA", "Clearview AI"),
    ],
)
def test_party_key_meets(a: str, b: str) -> None:
    assert party_key(a) == party_key(b)


def test_party_key_keeps_apart() -> None:
    assert party_key("Deutsche Bank") != party_key("Deutsche Telekom")


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Shop used facial recognition cameras", {"facial_recognition", "biometrics"}),
        ("Reconnaissance faciale dans les gares", {"facial_recognition", "biometrics"}),
        ("Gesichtserkennung im Supermarkt", {"facial_recognition", "biometrics"}),
        ("Reconocimiento facial en los supermercados", {"facial_recognition", "biometrics"}),
        ("Riconoscimento facciale negli aeroporti", {"facial_recognition", "biometrics"}),
        ("Gezichtsherkenning in het stadion", {"facial_recognition", "biometrics"}),
        ("Employer scanned staff fingerprints", {"biometrics"}),
        ("Contrôle par empreintes digitales", {"biometrics"}),
        ("Fingerabdrücke der Mitarbeiter", {"biometrics"}),
        ("Fichaje por huella dactilar", {"biometrics"}),
        ("Rilevazione con impronte digitali", {"biometrics"}),
        ("Vingerafdrukken van werknemers", {"biometrics"}),
        ("Bank used voiceprints to identify callers", {"biometrics"}),
        ("Iris scans for crypto tokens", {"biometrics"}),
        ("Données biométriques des salariés", {"biometrics"}),
    ],
)
def test_biometric_tags(text: str, tags: set[str]) -> None:
    found = set(analyze(text, "").tags)
    assert tags <= found
    if "facial_recognition" not in tags:
        assert "facial_recognition" not in found


def test_other_topics_and_matching() -> None:
    got = analyze("Cookies: la CNIL sanctionne un site", "Des traceurs sans consentement.")
    assert "cookies" in got.tags and got.matched
    assert not analyze("Weather forecast for Sunday", "Rain expected.").matched
    assert analyze("What the GDPR says about newsletters", "").matched


def test_domain() -> None:
    assert domain_of(analyze("Bundeskartellamt verhängt Bußgeld von 5 Mio. Euro", "")) == ("competition")
    assert domain_of(analyze("The ICO fined a firm £1m", "")) == "data_protection"


def test_importing_analysis_does_not_load_qt() -> None:
    code = "import sys, monitor.analysis; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("title", "summary", "target"),
    [
        # A quoted part of a name, and Italian typed without accents ("Universita'").
        (
            "Il Garante: ordinanza ingiunzione nei confronti dell'Universita' Statale "
            '"Mario Rossi" di Esempio',
            "",
            "Università Statale Mario Rossi",
        ),
        # A URL slug glues the elision to the name: "a l'encontre d'Exempla" -> "a lencontre dexempla".
        (
            "amende de 2 millions deuros a lencontre dexempla",
            "La CNIL a infligé une amende à Exempla.",
            "Exempla",
        ),
    ],
)
def test_target_spellings(title: str, summary: str, target: str) -> None:
    assert analyze(title, summary).target == target


@pytest.mark.parametrize(
    "text",
    [
        "The Hamburg data protection commissioner fined a retailer",
        "Die hamburgische Datenschutzbeauftragte verhängt ein Bußgeld",
        "Hamburgs Datenschutzbeauftragter verhängt 1 Million Euro Bußgeld",
        "The Hamburg Commissioner for Data Protection and Freedom of Information fined a bank",
    ],
)
def test_hamburg_authority(text: str) -> None:
    assert analyze(text, "").authority == "HmbBfDI"


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A person in office who sues or speaks is not the fined party: the company is.
        ("Attorney General Jane Doe sues Examplecorp; company to pay $5 million penalty", "", "Examplecorp"),
        ("Procureur Jean Exemple : Exempla condamnée à 2 millions d'euros", "", "Exempla"),
        ("Ministra Ana Ejemplo: Ejemplo Seguros multada con 2 millones de euros", "", "Ejemplo Seguros"),
        # A lawsuit or a settlement names the company that pays.
        ("Texas AG wins $1 billion settlement from Examplecorp", "", "Examplecorp"),
        ("Examplecorp settles biometric privacy case for $50 million", "", "Examplecorp"),
        # A legal form that is also a title's abbreviation stays a company's name.
        ("AG Exampleversicherung fined €2 million", "", "AG Exampleversicherung"),
    ],
)
def test_an_official_is_not_the_party(title: str, summary: str, party: str) -> None:
    assert analyze(title, summary).target == party


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # A country where a frame wants the party: the company is named elsewhere.
        ("Italy fined over data law", "Examplecorp must pay €2 million."),
        ("L'Italie sanctionnée", "Exempla doit payer 2 millions d'euros."),
    ],
)
def test_a_country_is_not_the_party(title: str, summary: str) -> None:
    assert analyze(title, summary).target in ("Examplecorp", "Exempla")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Words that describe an authority (its topic, a piece of its name) are no party, nor is
        # a description of an unnamed one ("una ditta", "a clinic").
        (
            "protezione dati personali sanzionata una ditta di trasporti",
            "Il Garante per la protezione dei dati personali ha sanzionato una ditta di trasporti.",
        ),
        ("Protección de Datos multada", "La AEPD ha multado a una clínica."),
        ("Data Protection fined €2 million", "The regulator fined a clinic."),
    ],
)
def test_an_authoritys_description_is_no_party(title: str, summary: str) -> None:
    assert analyze(title, summary).target is None


@pytest.mark.parametrize("title", ["Record GDPR penalty", "Massive privacy fine", "Hohes Bußgeld"])
def test_a_headlines_adjective_of_the_fine_is_no_name(title: str) -> None:
    assert analyze(title, "Exampla, a US firm, was fined €5m by the regulator.").target == "Exampla"
