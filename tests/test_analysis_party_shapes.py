"""The fined party: names of every shape a brand takes, public bodies, and the frames of a fine
that French, German, Spanish, Italian and English headlines add to those of
test_analysis_party_frames.py.

Every name here is invented: each case stands for a construction, not for a sentence of news.
"""

from __future__ import annotations

import pytest

from monitor.analysis import analyze
from monitor.analysis.parties import find_party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A brand in camel case, opened by a digit, or written as its web address.
        ("Regulator fines eExample £1m", "eExample"),
        ("exampleJet fined £2m by the ICO", "exampleJet"),
        ("Dutch DPA fines voorbeeld.nl €500,000", "voorbeeld.nl"),
        ("CNIL fines 42andExample €1m", "42andExample"),
        ("BfDI verhängt Bußgeld gegen 3&3 Beispiel", "3&3 Beispiel"),
        # Quotation marks around the name.
        ("“Exempla” fined €1m by the CNIL", "Exempla"),
        ("La CNIL inflige une amende de 1 million d’euros à « Exempla »", "Exempla"),
    ],
)
def test_names_of_every_shape(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A public body in lower case is a description before its place; capitalised, a name.
        ("AP beboet gemeente Voorbeeld", "Voorbeeld"),
        ("La CNIL a sanctionné la mairie de Bexemple", "Bexemple"),
        ("Il Garante multa il Comune di Esempio", "Comune di Esempio"),
        ("La AEPD multa al Ayuntamiento de Ejemplo", "Ayuntamiento de Ejemplo"),
    ],
)
def test_public_bodies(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("ICO issues £1.5m penalty to Exempla", "Exempla"),
        ("Exempla visée par une amende de 1 million d'euros", "Exempla"),
        ("Cookies : la Cnil met à l'amende Exempla", "Exempla"),
        # A frame inside a longer one that names nobody ("sanction … à" + "à l'encontre de X").
        ("Sanction de 2 millions d'euros à l'encontre d'Exempla", "Exempla"),
        ("Beispiel wird mit einem Bußgeld belegt", "Beispiel"),
        ("Beispiel wird zur Kasse gebeten", "Beispiel"),
        ("Multa de 1 millón de euros para Ejemplo", "Ejemplo"),
        ("Multa millonaria para Ejemplo", "Ejemplo"),
        ("Multa da 1 milione per Esempio", "Esempio"),
        ("Il Garante privacy colpisce Esempio con una multa da 1 milione", "Esempio"),
        # The verb "multa" is no fine noun: its object comes first.
        ("La Francia multa Esempio per 20 milioni", "Esempio"),
    ],
)
def test_frames_of_a_fine(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("summary", "party"),
    [
        # The official wording of a decision, in the authorities' own styles.
        ("The ICO has issued a monetary penalty notice of £4.4m to Exempla Ltd.", "Exempla"),
        ("Die Behörde hat die Beispiel GmbH mit einem Bußgeld von 5 Millionen Euro belegt.", "Beispiel"),
        ("La AEPD ha sancionado con 5 millones de euros a la entidad Ejemplo.", "Ejemplo"),
        ("Il Garante ha ingiunto a Esempio S.p.A. il pagamento di una sanzione.", "Esempio"),
    ],
)
def test_the_wording_of_a_decision(summary: str, party: str) -> None:
    assert find_party("Decision", summary) == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # English headlines in Title Case capitalise prepositions: one still ends the name.
        ("Regulator Hits Exempla With €3 Million Fine For Tracking Failures", "Exempla"),
        ("Watchdog Slaps Acme Widgets With £2 Million Penalty Over Cameras", "Acme Widgets"),
        ("State Secures $9 Million Settlement From Initech Over Face Scans", "Initech"),
        ("Regulator Fines Globex After Data Breach", "Globex"),
        # An appositive noun capitalised with the name still names the party after it.
        ("Watchdog Fines Chatbot Developer Exempla Labs €5 Million", "Exempla Labs"),
        # "For" and "Of" stay inside a name, as they do in any case.
        ("Regulator Fines Bank Of Examples €5 Million", "Bank Of Examples"),
    ],
)
def test_a_title_case_preposition_ends_a_name(title: str, party: str) -> None:
    assert analyze(title, "").target == party


def test_a_german_description_noun_is_no_name() -> None:
    # German capitalises every noun: "gegen Versicherer" describes the party, it does not name it.
    assert analyze("Bußgeld von 900.000 Euro gegen Versicherer", "").target is None
    assert analyze("Bußgeld gegen den Versicherer Exempla", "").target == "Exempla"


@pytest.mark.parametrize(
    ("summary", "party"),
    [
        ("Die Behörde hat gegenüber der Beispiel AG ein Bußgeld über 2,3 Millionen Euro festgesetzt.",
         "Beispiel"),
        ("Die Behörde teilte mit, dass gegenüber der Exempla Handel AG ein Bußgeld verhängt worden ist.",
         "Exempla Handel"),
    ],
)  # fmt: skip
def test_legal_german_addresses_a_penalty_gegenueber_its_party(summary: str, party: str) -> None:
    assert analyze("Bußgeld von 2,3 Millionen Euro", summary).target == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # The name before "rival", "Konkurrent" is another company's: the party is the rival,
        # named in the lead or not at all.
        (
            "Exampla rival fined €2 million in Italy",
            "The Garante fined Facesearch Ltd for scraping photos.",
            "Facesearch",
        ),
        ("Exampla-Konkurrent muss 2 Millionen Euro zahlen", "", None),
        # German joins a kind with a hyphen, capitalised: "Online-Händler", "Beispiel-Konkurrent".
        (
            "Bußgeld für Online-Händler",
            "Die Behörde hat gegen einen Online-Händler 50.000 Euro verhängt.",
            None,
        ),
        ("Bußgeld gegen Beispiel-Konkurrent", "Die Behörde verhängte 100.000 Euro.", None),
        ("Datenschutzbehörde verhängt Bußgeld gegen Immobilien-Makler", "", None),
    ],
)
def test_a_rival_or_a_hyphenated_kind_is_no_name(title: str, summary: str, party: str | None) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # Guards: a hyphenated brand, a kind that ends names ("-Klinik", "-Bank"), and a name
        # that opens with a relation word.
        ("Exampla-Cola fined €2 million", "Exampla-Cola"),
        ("Bußgeld gegen Rhein-Klinik", "Rhein-Klinik"),
        ("Boete voor Voorbeeld-Bank", "Voorbeeld-Bank"),
        ("Rival Partners fined €2 million", "Rival Partners"),
    ],
)
def test_hyphenated_and_relation_words_inside_names(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # Of a list of names before a passive, the first, as of two coordinated names.
        ("Alphacorp, Betaworks and Gammasoft fined", "Alphacorp"),
        ("Alphacorp, Betaworks, Gammasoft and Deltaware fined €1m", "Alphacorp"),
        ("Alphacorp, Betaworks und Gammasoft müssen Bußgelder zahlen", "Alphacorp"),  # a guard
        # A circumstance before the comma is no list's first (a guard).
        ("After Paris, Betaworks and Gammasoft fined", "Betaworks"),
    ],
)
def test_the_first_of_a_list_of_names(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    "title",
    [
        # Whoever appeals a fine is its party, in each language's verb of appealing.
        "Zephyr fait appel de l'amende de 8 millions",
        "Zephyr legt Einspruch gegen das Bußgeld über 10 Millionen Euro ein",
        "Zephyr recurre la multa de 10 millones",
        "Zephyr fa ricorso contro la multa da 10 milioni",
        "Zephyr gaat in beroep tegen boete van 10 miljoen",
    ],
)
def test_whoever_appeals_a_fine_is_its_party(title: str) -> None:
    found = analyze(title, "")
    assert found.target == "Zephyr"
    assert found.fine is not None and found.fine.status == "mention_of_past"


@pytest.mark.parametrize(
    ("title", "summary", "party", "authority", "amount"),
    [
        # Spanish headlines give the sum "para X"; "Protección de Datos" names the AEPD before a
        # perfect as before a present; "le ha impuesto" makes the lead's sum the penalty.
        ("Multa récord de la AEPD: 10 millones para Zephyr", "", "Zephyr", "AEPD", 10_000_000),
        (
            "Zephyr, multada con 5 millones",
            "Protección de Datos ha sancionado a Zephyr.",
            "Zephyr",
            "AEPD",
            5_000_000,
        ),
        (
            "Multa millonaria a Zephyr por el reconocimiento facial",
            "La AEPD le ha impuesto 2,52 millones.",
            "Zephyr",
            "AEPD",
            2_520_000,
        ),
        # An elided article before a capitalised word that ends names: "l'Università di X".
        (
            "Il Garante sanziona l'Università di Esempio",
            "Multa da 200mila euro.",
            "Università di Esempio",
            "Garante",
            200_000,
        ),
    ],
)
def test_spanish_and_italian_headline_shapes(
    title: str, summary: str, party: str, authority: str, amount: float
) -> None:
    found = analyze(title, summary)
    assert (found.target, found.authority) == (party, authority)
    assert found.fine is not None and (found.fine.amount, found.fine.currency) == (amount, "EUR")


@pytest.mark.parametrize(
    ("title", "summary", "status", "amount"),
    [
        # German active verbs of punishing and threatening name their object; "wehrt sich gegen"
        # an old fine is its party's appeal.
        ("Österreich: Datenschutzbehörde straft Zephyr mit 2 Mio. Euro", "", "imposed", 2_000_000),
        ("Behörde droht Zephyr mit Bußgeld", "", "proposed", None),
        (
            "Zephyr wehrt sich gegen Bußgeld",
            "Das Unternehmen hat Einspruch eingelegt.",
            "mention_of_past",
            None,
        ),
    ],
)
def test_german_verbs_of_punishing_threatening_and_resisting(
    title: str, summary: str, status: str, amount: float | None
) -> None:
    found = analyze(title, summary)
    assert found.target == "Zephyr"
    assert found.fine is not None and (found.fine.status, found.fine.amount) == (status, amount)


@pytest.mark.parametrize(
    "title",
    [
        # A fine to come names its party as one imposed does.
        "Zephyr pourrait écoper d'une amende",
        "Zephyr risque une amende de 20 millions",
        "Zephyr encourt une amende de 124 millions de dollars",
    ],
)
def test_the_party_of_a_french_fine_to_come(title: str) -> None:
    found = analyze(title, "")
    assert found.target == "Zephyr"
    assert found.fine is not None and found.fine.status == "proposed"


@pytest.mark.parametrize(
    "title",
    [
        # The word for those who fine is no party, even where a frame points at it.
        "Neues Bußgeld der Datenschützer",
        "Fine from the regulator",  # a guard
    ],
)
def test_a_regulator_word_is_no_party(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A name after its owner's possessive is the party: a founder's company, a parent's brand.
        ("Exampleberg's Zephyr fined €1.2bn by Irish regulator", "", "Zephyr"),
        ("Exampla's Zephyr hit with €5m fine", "", "Zephyr"),
        # A brand that heads its own name keeps its possessive (a guard).
        ("Exampla's Bank fined £1m", "", "Exampla's Bank"),
        # An authority's name is checked whole: its possessive owns no party (a guard).
        (
            "Zephyr fined 14m after breach",
            "The UK Information Commissioner's Office has fined the outsourcing group.",
            "Zephyr",
        ),
    ],
)
def test_the_name_after_an_owners_possessive(title: str, summary: str, party: str) -> None:
    assert analyze(title, summary).target == party


@pytest.mark.parametrize(
    "title",
    [
        # The capitalised noun of the fine ends the name before it ("brummt X ein Bußgeld auf").
        "Datenschützer brummt Zephyr Bußgeld von 45 Millionen Euro auf",
        "Behörde brummt Zephyr Millionenstrafe von 2 Millionen Euro auf",
    ],
)
def test_a_german_noun_of_the_fine_ends_the_name_before_it(title: str) -> None:
    found = analyze(title, "")
    assert found.target == "Zephyr"
    assert found.fine is not None and found.fine.status == "imposed"


@pytest.mark.parametrize(
    ("title", "summary", "status", "amount"),
    [
        # The plural and preterite of "bestrafen" with their object.
        (
            "Bußgeld in Millionenhöhe: Datenschützer bestrafen Zephyr",
            "Das Unternehmen muss 3,5 Millionen Euro zahlen.",
            "imposed",
            3_500_000,
        ),
        ("Behörde bestrafte Zephyr mit 900.000 Euro", "", "imposed", 900_000),
    ],
)
def test_german_verbs_of_punishing_with_their_object(
    title: str, summary: str, status: str, amount: float
) -> None:
    found = analyze(title, summary)
    assert found.target == "Zephyr"
    assert found.fine is not None and (found.fine.status, found.fine.amount) == (status, amount)


def test_a_modal_before_bestrafen_is_a_fine_to_come() -> None:
    fine = analyze("Datenschützer wollen Zephyr mit 10 Millionen Euro bestrafen", "").fine
    assert fine is not None and (fine.status, fine.amount, fine.currency) == ("proposed", 10_000_000, "EUR")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # "castigar a X con una multa", the Spanish verb of punishing.
        ("Protección de Datos castiga a Zephyr con una multa de 500.000 euros", ""),
        ("La AEPD castigó a Zephyr con 2 millones de euros", ""),
        # "Multa ~ para X", with words between the fine and its party.
        (
            "Multa récord para Zephyr: 1.200 millones",
            "La autoridad irlandesa de protección de datos ha impuesto la sanción.",
        ),
    ],
)
def test_spanish_verbs_of_punishing_and_a_record_fine_for_a_party(title: str, summary: str) -> None:
    found = analyze(title, summary)
    assert found.target == "Zephyr"
    assert found.fine is not None and found.fine.status == "imposed" and found.fine.currency == "EUR"


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # Ireland's legal forms of several words, as the DPC names the companies it fines.
        ("Irish DPC fines Zephyr Ireland Unlimited Company €15m", "", "Zephyr Ireland"),
        ("DPC fines Zephyr Designated Activity Company €2m", "", "Zephyr"),
        # A subsidiary named by its parent: the parent's name is read.
        (
            "Datenschützer: Bußgeld gegen Tochter von Zephyr",
            "Die Behörde verhängte 2 Millionen Euro.",
            "Zephyr",
        ),
        ("Il Garante sanziona la controllata italiana di Zephyr", "Multa da 2 milioni.", "Zephyr"),
        ("CNIL fines Zephyr's French subsidiary €3m", "", "Zephyr"),
        ("CNIL fines Zephyr's Irish unit €3m", "", "Zephyr"),
        ("Zephyr subsidiary fined £500,000 by ICO", "", "Zephyr"),
        # A subsidiary named after its parent is the party (a guard).
        ("Exampla subsidiary Zephyr fined €2m", "", "Zephyr"),
    ],
)
def test_legal_forms_of_several_words_and_subsidiaries_named_by_their_parent(
    title: str, summary: str, party: str
) -> None:
    found = analyze(title, summary)
    assert found.fine is not None and found.target == party


def test_a_person_of_a_company_is_no_party_of_it() -> None:
    # A guard: the employee is fined, the company named only employs them.
    assert analyze("Former Exampla director fined £5,000", "").target is None


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # An authority's inquiry names whom it decides on; a legal form written out ends its
        # sentence with its full stop ("Limited."), an abbreviation keeps it ("Ltd.").
        (
            "Decision on Zephyr Ireland Limited",
            "The Commission has announced a final decision following its inquiry into Zephyr "
            "Ireland Limited. The decision imposes an administrative fine of €91 million.",
            "Zephyr Ireland",
        ),
        # The proceedings name their party.
        (
            "Bußgeldverfahren gegen Zephyr abgeschlossen",
            "Der Hamburgische Beauftragte für Datenschutz hat das Verfahren mit einem "
            "Bußgeldbescheid über 35,3 Millionen Euro abgeschlossen.",
            "Zephyr",
        ),
    ],
)
def test_an_inquiry_or_proceedings_name_their_party(title: str, summary: str, party: str) -> None:
    found = analyze(title, summary)
    assert found.fine is not None and found.target == party


def test_a_dutch_fine_for_its_party_with_the_sum_between() -> None:
    # "boete € 4.750.000,- voor X": the sum straight after the fine, no "van".
    assert analyze("AP: boete € 4.750.000,- voor Zephyr", "").target == "Zephyr"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A case's reference is no name; the subject of a deliberation is the party.
        ("Délibération SAN-2025-004 du 3 mars 2025 concernant la société ZEPHYR", "ZEPHYR"),
        ("Sanction à l'égard de la société ZEPHYR", "ZEPHYR"),  # a guard: already read
        ("PS-00123-2025 - ZEPHYR, S.L.", None),
        # Letters and a short number are a brand (a guard).
        ("Z3000 fined €1m", "Z3000"),
    ],
)
def test_a_case_reference_is_no_party_and_a_deliberation_names_its_own(title: str, party: str | None) -> None:
    found = analyze(title, "L'amende s'élève à 7 millions d'euros, précise la CNIL.")
    assert found.fine is not None and found.target == party
