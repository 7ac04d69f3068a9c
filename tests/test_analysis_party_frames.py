"""The fined party, found where the grammar of a fine puts it, in six languages.

Every name here is invented: each case stands for a construction, not for a sentence of news.
"""

from __future__ import annotations

import pytest

from monitor.analysis import analyze, party_key
from monitor.analysis.parties import find_party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # Dutch headline: the fine noun, then the name ("boete X").
        ("Besluit boete Voorbeeld Vision B.V.", "", "Voorbeeld Vision"),
        # Italian: the object of a fining verb, after a description and its adjective.
        ("il Garante ha sanzionato la società americana Esempio Vision", "", "Esempio Vision"),
        # English: the object inside a verb frame ("slams X with").
        ("Irish DPC slams Exampletok with €45m fine", "", "Exampletok"),
        # Dutch: the object between "geeft" and a compound fine noun.
        ("AP geeft Voorbeeld miljoenenboete", "", "Voorbeeld"),
        # French: the dative after the fine and its sum ("amende de … à X").
        ("La CNIL inflige une amende de 3 millions d'euros à Exemple Vision", "", "Exemple Vision"),
    ],
)
def test_the_issue_constructions(title: str, summary: str, party: str) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # An apposition of one or two lower-case words no list holds, straight before the name.
        ("AP beboet kredietbureau Voorbeeld voor 2,7 miljoen euro", "Voorbeeld"),
        ("Il Garante multa la compagnia telefonica Esempio Tre", "Esempio Tre"),
        ("La AEPD multa a la aerolínea Ejemplo con 30.000 euros", "Ejemplo"),
        ("ICO fines data broker Acme £50,000", "Acme"),
    ],
)
def test_a_description_no_list_holds_before_the_name(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    "title",
    [
        # A preposition or a number is no description: nothing names a party.
        "ICO fines more than 20 firms over cookies",
        "CNIL fines over cookies Acme",
    ],
)
def test_no_apposition_across_a_preposition_or_a_number(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # The subject of a passive, auxiliaries passed over.
        ("Acme Vision was fined €2 million by the regulator", "Acme Vision"),
        ("Acme Vision has now been hit with a €2m penalty", "Acme Vision"),
        ("La société Exemple a été sanctionnée lundi", "Exemple"),
        ("La società Esempio è stata multata dal Garante", "Esempio"),
        ("La cadena Ejemplo ha sido multada por la AEPD", "Ejemplo"),
        ("Het bedrijf Voorbeeld is beboet door de AP", "Voorbeeld"),
        # German puts the subject after the verb when something else comes first.
        ("In Frankreich muss Beispiel eine hohe Strafe wegen Verstößen zahlen", "Beispiel"),
        ("Nun wurde Beispiel in Spanien zu einer Geldstrafe verurteilt", "Beispiel"),
        # German and Dutch glue the description into one word.
        ("Der Streamingdienst Beispiel muss Bußgeld zahlen", "Beispiel"),
        ("Bußgeld in Höhe von 2 Mio. Euro gegen die Deutsche Beispiel", "Deutsche Beispiel"),
        # A country word straight before a name opens the name, before a verb as after one.
        ("Deutsche Beispiel muss 14,5 Millionen Euro zahlen", "Deutsche Beispiel"),
        ("Austrian Example fined €9.5 million", "Austrian Example"),
        # With a description between them it is the party's nationality.
        ("Austrian firm Example fined €9.5 million", "Example"),
        # Two names joined by "and": the first.
        ("Exampleface and Examplenet were fined over tracking", "Exampleface"),
        # A compound or possessive: "X fine", "X's fine".
        ("Regulator explains the €225m Examplechat fine", "Examplechat"),
        ("Examplechat's fine upheld", "Examplechat"),
        # Spanish and Italian datives with their articles and sums.
        ("La AEPD ha multado a Supermercados Ejemplo con 2,5 millones", "Supermercados Ejemplo"),
        (
            "Il Garante ha inflitto una multa di 40 mila euro alla Provincia di Esempio",
            "Provincia di Esempio",
        ),
        # More verb frames: French "devra verser", German "gegen X … verhängt", Italian "inflitta a".
        ("Exemple devra verser 2 millions d'euros", "Exemple"),
        ("Die Behörde hat gegen Beispiel ein Bußgeld verhängt", "Beispiel"),
        ("La multa inflitta a Esempio è di 1 milione", "Esempio"),
        # A currency code, a sum or a possessive ends the name; a capital inside makes a brand.
        ("Norwegian regulator fines Exampledate NOK 65 million", "Exampledate"),
        ("Regulator's €746m Examplezon fine upheld", "Examplezon"),
        ("Examplezon's €746m fine upheld by a court", "Examplezon"),
        ("Regulator fines ExempleBank €6m", "ExempleBank"),
        # The object between the verb and the fine; a compound fine noun; "multa per X".
        ("Le gendarme de la vie privée frappe Exemple d'une amende", "Exemple"),
        ("Datenschützer verhängen Millionenstrafe gegen Beispiel", "Beispiel"),
        ("Forse multa per Esempio, il Garante apre un'istruttoria", "Esempio"),
        # A sum is one word in a frame's gap, however many words spell it.
        ("Sanzione di due milioni e mezzo di euro per Esempio", "Esempio"),
        ("Multa da un miliardo e 200 milioni di euro a Esempio", "Esempio"),
        # An appositive names the real party.
        ("Regulator fines Examplebook owner Exampla €390 million", "Exampla"),
        ("Regulator fines Examplechat developer Exampla Inc. €5 million", "Exampla"),
        # Italian headlines call a large fine a "stangata" (a heavy blow), its author between.
        ("Stangata per Esempio: multa da 5 milioni", "Esempio"),
        ("Stangata dell'Antitrust su Esempio: 5 milioni", "Esempio"),
        # The Italian present tense, the party the indirect object before the fine.
        ("Il Garante infligge a Esempio una multa da 2 milioni", "Esempio"),
        ("L'autorità commina a Esempio Reti una sanzione di 300mila euro", "Esempio Reti"),
        ("Il Garante irroga a Esempio una sanzione da 1 milione", "Esempio"),
        # "& Co." is a legal form as "Inc." is: the clean name is without it.
        ("Bußgeld: Beispiel & Co. muss 2 Millionen Euro zahlen", "Beispiel"),
        # A demand for a penalty: the party it is asked from.
        ("Regulator seeks $20 million penalty from trading firm Exampla", "Exampla"),
        # A legal form is no part of the clean name.
        ("CNIL fines Exemple Vision SAS €5 million", "Exemple Vision"),
    ],
)
def test_constructions_in_six_languages(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A slug title points at words the summary capitalises.
        (
            "la cnil sanctionne exemple vision",
            "La société Exemple Vision a été sanctionnée.",
            "Exemple Vision",
        ),
        ("exampletok muss strafe zahlen", "Die Behörde hat Exampletok bestraft.", "Exampletok"),
        # The summary's own frame, when the slug's words are not in it.
        ("record fine for tracking", "The regulator fined Acme Retail €2 million.", "Acme Retail"),
        # A name by its place alone: between the fining verb and a number.
        ("italia multa ejemplo 20 millones", "La autoridad impuso una sanción.", "Ejemplo"),
        # A slug spells "900.000 Euro" in three words: a sum is at most two words in a frame's
        # gap, as in cased text ("Bußgeld in Höhe von 900.000 Euro für X").
        ("bussgeld in hohe von 900 000 euro fur beispiel", "Die Behörde ahndete Verstöße.", "Beispiel"),
        ("multa de hasta 1 500 000 euros para ejemplo", "La agencia sancionó a la empresa.", "Ejemplo"),
    ],
)
def test_slug_titles(title: str, summary: str, party: str) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Regulator fines the company €2 million", ""),  # a description, not a name
        ("The CNIL was fined", ""),  # an authority is never the fined party
        ("In Frankreich muss man zahlen", ""),  # a country is not a party
        ("record fine for keeping face templates", "The ruling was appealed."),  # slug words, no name
        ("Rekordstrafe für Datenschutz", ""),  # German capitalises nouns; a fine is no name
    ],
)
def test_no_party(title: str, summary: str) -> None:
    assert find_party(title, summary) is None


def test_the_summary_spells_the_same_party_more_fully() -> None:
    found = find_party(
        "Exemple IA condamnée par la CNIL", "Selon la CNIL, la société Exemple AI a été sanctionnée."
    )
    assert found == "Exemple AI"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Exemplo sp. z o.o.", "EXEMPLO"),  # a legal form cleanco knows and we did not list
        ("Exempla AB", "Exempla"),
        ("Exemple S.à r.l.", "exemple"),  # one cleanco lacks, from parties.yml
        ("Clearview AI Inc.", "Clearview"),
        ("CLEARVIEW AI", "Clearview"),
    ],
)
def test_party_key_normalises_legal_forms(a: str, b: str) -> None:
    assert party_key(a) == party_key(b)


def test_a_party_is_found_with_its_analysis() -> None:
    result = analyze("La CNIL inflige une amende de 3 millions d'euros à Exemple Vision", "")
    assert (result.target, result.authority) == ("Exemple Vision", "CNIL")


@pytest.mark.parametrize(
    ("title", "summary", "authority", "party"),
    [
        (
            "Data breach: €2m penalty",
            "Examplebank was fined €2 million by the Spanish data protection agency.",
            "AEPD",
            "Examplebank",
        ),
        ("Multa da 5 milioni", "Il Garante ha multato Esempio Spa dopo un'ispezione.", "Garante", "Esempio"),
        (
            "Boete voor datalek",
            "De AP heeft Voorbeeld B.V. vorige week een boete opgelegd.",
            "AP-NL",
            "Voorbeeld",
        ),
        # An authority's own name read backward from a frame is not the party.
        (
            "ICO fines firm",
            "Yesterday Information Commissioner's Office has fined Example Ltd for nuisance calls.",
            "ICO",
            "Example",
        ),
        (
            "Strafe",
            "Die Datenschutzbehörde in Österreich hat gegen Beispiel eine Strafe verhängt.",
            "DSB-AT",
            "Beispiel",
        ),
    ],
)
def test_party_and_authority_in_the_summary(title: str, summary: str, authority: str, party: str) -> None:
    result = analyze(title, summary)
    assert (result.authority, result.target) == (authority, party)


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # French: the beneficiary after the fine and a qualifier ("amende record pour X").
        ("Amende record pour Exemple Média", "Exemple Média"),
        # German compounds of the fine noun take "für" as the simple noun does.
        ("Millionenstrafe für Beispiel Versand", "Beispiel Versand"),
        ("Rekordstrafe für Beispielbank", "Beispielbank"),
        # Italian: the sum ("per 3 milioni") between the verb and its object with a description.
        ("Il Garante sanziona per 3 milioni la società Esempio Dati", "Esempio Dati"),
    ],
)
def test_the_fine_and_a_qualifier_before_the_name(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        # Country adjectives in each gender and language stand for the country's authority.
        ("El regulador español multa a la empresa Ejemplo", "AEPD"),
        ("La autoridad finlandesa multa a Ejemplo", "Tietosuojavaltuutettu"),
        ("L'autorité croate inflige une amende à Exemple", "AZOP"),
        ("Die rumänische Datenschutzbehörde bestraft Beispiel", "ANSPDCP"),
        ("De Hongaarse toezichthouder beboet Voorbeeld", "NAIH"),
        # Spanish headlines name the AEPD by its subject alone before a fining verb.
        ("Protección de Datos multa a Ejemplo con 100.000 euros", "AEPD"),
    ],
)
def test_descriptions_of_an_authority(title: str, authority: str) -> None:
    assert analyze(title, "").authority == authority


def test_explain_names_the_frame_that_found_the_party() -> None:
    from monitor.analysis.explain import Trace

    trace = Trace()
    analyze("La CNIL inflige une amende de 2 millions d'euros à Exemple SAS", "", trace=trace)
    (party,) = [e for e in trace.items if e.fact == "party"]
    assert party.value == "Exemple"
    assert "object of a fining verb" in party.rule
    assert "amende de 2 millions" in party.words and party.words.endswith("à Exemple")
    trace = Trace()
    analyze("Voorbeeld beboet door de Autoriteit Persoonsgegevens", "", trace=trace)
    (party,) = [e for e in trace.items if e.fact == "party"]
    assert "subject of a passive" in party.rule


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A slug name ends where a preposition begins the reason.
        ("irish regulator fines exampletok over childrens data", "Exampletok"),
        ("la cnil sanctionne exemple pour manquements", "Exemple"),
        # A kicker that is never a name ("rgpd", "gdpr") before a passive's subject.
        ("rgpd exemple sanctionnee par la cnil", "Exemple"),
        # Dutch compounds of the fine noun with "voor" as the plain noun.
        ("miljoenenboete voor voorbeeld", "Voorbeeld"),
        # A word never a name alone may end one; a compound ending in "bank" is a name.
        ("exampleview ai krijgt boete van 30 5 miljoen euro", "Exampleview Ai"),
        ("spain s aepd fines examplebank 6 million", "Examplebank"),
        # A currency code, an Italian preposition with its article end the name; a description
        # before it is passed.
        ("polish regulator fines exemplo net pln 2 8 million", "Exemplo Net"),
        ("multa da 15 milioni di euro a esempioai dal garante", "Esempioai"),
        ("sanction de 800 000 euros contre la societe exemplum", "Exemplum"),
    ],
)
def test_slug_names_end_at_a_preposition(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A slug's description ending in its noun is passed ("facial recognition firm X").
        ("dutch watchdog fines facial recognition firm exampleview 30 5 million", "", "Exampleview"),
        # The name after an appositive noun is the target ("the app's developer X").
        ("italy fines examplebot developer exampla 5 million euros", "", "Exampla"),
        # Three words are a name when a number or a function word ends them.
        ("polish watchdog fines ejemplo bank slaski 18 4 million zlotys", "", "Ejemplo Bank Slaski"),
        ("la cnil sanctionne exemple france logistique d une amende", "", "Exemple France Logistique"),
        # A name may open with digits ("23andMe"); a number may not.
        ("ico fines 42andus 2 31 million over data breach", "", "42andus"),
    ],
)
def test_slug_descriptions_appositives_and_longer_names(title: str, summary: str, party: str) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("summary", "party"),
    [
        # A glued German description after its article names nobody; with no article it may
        # be a name.
        ("Die Behörde hat gegen den Telekommunikationsanbieter eine Geldbuße verhängt.", None),
        ("Belastingdienst krijgt boete van 3,7 miljoen euro.", "Belastingdienst"),
        # A preposition or "of" ends a description's adjectives: no name after it.
        ("The fine concerns transfers of Examplebook users' data.", None),
    ],
)
def test_a_glued_description_and_a_connector_in_a_description(summary: str, party: str | None) -> None:
    assert find_party("Datenschutz", summary) == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A name spelt like another language's preposition ("sur", "trotz") straight before the
        # verb: a preposition never stands there, so it is the subject.
        ("sur fined 290 million euros by dutch regulator", "", "Sur"),
        ("trotz muss 2 millionen euro zahlen", "", "Trotz"),
        ("sur ecope d une amende de 290 millions d euros", "Selon l'autorité, Sur a transféré.", "Sur"),
    ],
)
def test_a_slug_subject_spelt_like_a_preposition(title: str, summary: str, party: str) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    "title",
    [
        # An authority before the verb is its subject: the verb is active, the party follows.
        "the dutch dpa fined examplecab 290 million",
        "french data protection authority fined 20 million",
    ],
)
def test_an_authority_before_a_slug_verb_is_not_the_party(title: str) -> None:
    assert find_party(title, "") in (None, "Examplecab")


def test_german_spelt_without_umlauts() -> None:
    # Slugs write "ü" as "ue" (DIN 5007-2): the authority's description is still read.
    result = analyze("hamburger datenschuetzer verhaengt bussgeld gegen beispiel", "")
    assert (result.authority, result.target) == ("HmbBfDI", "Beispiel")
    assert analyze("Die österreichische Datenschutzbehörde bestraft Beispiel", "").authority == "DSB-AT"
    assert analyze("oesterreichische datenschutzbehoerde bestraft beispiel", "").authority == "DSB-AT"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A headline's topic before a colon or a comma, when no frame points at a name.
        ("Exemple : la CNIL prononce une amende de 2 millions d'euros", "Exemple"),
        ("Esempio Spa, sanzione dal Garante privacy", "Esempio"),
        # Spanish and Italian passives of "condenar" / "condannare".
        ("Ejemplo, condenada a pagar 2 millones", "Ejemplo"),
        ("Sanzione da 2 milioni per Esempio dal Garante", "Esempio"),
    ],
)
def test_the_headline_topic(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    "title",
    [
        "Privacy, multa da 2 milioni dal Garante",  # a subject word, not a name
        "Griechenland: 2 Millionen Euro Strafe",  # a country
        "Garante privacy, multa da 2 milioni",  # the authority
    ],
)
def test_a_topic_that_is_no_party(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        # A country as a headline's topic is where the fine was decided.
        ("Griechenland: 2 Millionen Euro Strafe für Beispiel", "HDPA"),
        ("Italia, multa da 2 milioni a Esempio", "Garante"),
        ("France : amende de 2 millions d'euros pour Exemple", "CNIL"),
        # Spanish feminine adjectives of nationality.
        ("La autoridad irlandesa multa a Ejemplo", "DPC"),
        ("La agencia holandesa multa a Ejemplo", "AP-NL"),
    ],
)
def test_the_country_of_the_decision(title: str, authority: str) -> None:
    assert analyze(title, "").authority == authority


def test_a_country_word_glued_to_a_name_is_no_topic() -> None:
    assert analyze("US-based Example fined $5m", "").authority is None


@pytest.mark.parametrize(
    ("title", "authority"),
    [
        # A name with a country adjective after it describes another country's authority.
        ("Il Garante irlandese multa Esempio", "DPC"),
        ("La CNIL italienne inflige une amende à Exemple", "Garante"),
        ("Il Garante della privacy spagnolo multa Esempio", "AEPD"),
        # The name's own country keeps it.
        ("La CNIL française inflige une amende à Exemple", "CNIL"),
    ],
)
def test_a_name_qualified_by_a_country(title: str, authority: str) -> None:
    assert analyze(title, "").authority == authority


def test_a_place_glued_before_the_name_is_not_part_of_it() -> None:
    assert find_party("London-based Example Ltd was fined £2m", "") == "Example"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # An elided article glued to a description or a nationality is passed over like the
        # word it stands before: "pour l'entreprise X", "à l'américain X".
        ("Amende de 5 millions d'euros pour l'américain Exempla", "Exempla"),
        ("Amende de 5 millions d'euros pour l'entreprise Exempla", "Exempla"),
        ("Multa di 5 milioni di euro all'azienda Esempio", "Esempio"),
        # Spanish puts the sum before the party: "sanciona con … a X".
        ("La AEPD sanciona con 5 millones de euros a Ejemplo", "Ejemplo"),
        ("La AEPD sanciona con 3 millones de euros a la empresa Ejemplo", "Ejemplo"),
    ],
)
def test_a_party_after_an_elided_article_or_a_sum(title: str, party: str) -> None:
    assert analyze(title, "").target == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A bank or a group is named so: the description word ends the name.
        ("Strafe für Datenschutzverstoß", "Die Beispiel Bank muss 5 Millionen Euro zahlen.", "Beispiel Bank"),
        ("Regulator fines Examplon Group €5m", "", "Examplon Group"),
    ],
)
def test_a_name_that_ends_in_bank_or_group(title: str, summary: str, party: str) -> None:
    assert analyze(title, summary).target == party


def test_a_capitalised_description_is_still_no_name() -> None:
    assert analyze("Face Search Firm Fined €5m", "").target is None


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A description's noun ends a name whose other words are no common word's: an acronym
        # or a word with a capital inside.
        ("La CNIL inflige une amende de 2 millions d'euros à SNCF Réseau", "SNCF Réseau"),
        ("ExampleTok Shop fined £1 million", "ExampleTok Shop"),
    ],
)
def test_a_brand_before_a_description_noun_is_a_name(title: str, party: str) -> None:
    assert analyze(title, "").target == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # The fined party as the subject of a verb of receiving or owing, in four languages.
        ("Exempla reçoit une amende de 5 millions d'euros", "Exempla"),
        ("Exempla devra s'acquitter d'une amende de 5 millions d'euros", "Exempla"),
        ("Beispiel bekommt 5 Millionen Euro Bußgeld", "Beispiel"),
        ("Ejemplo tendrá que pagar 5 millones de euros de multa", "Ejemplo"),
        ("Esempio deve pagare 5 milioni di euro di multa", "Esempio"),
        ("Esempio riceve una multa da 5 milioni di euro", "Esempio"),
    ],
)
def test_the_subject_of_a_verb_of_receiving_or_owing(title: str, party: str) -> None:
    assert analyze(title, "").target == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A bank or an insurer described before its name, in the Romance languages.
        ("El banco Ejemplo, multado con 5 millones de euros", "Ejemplo"),
        ("La banque Exempla sanctionnée : 5 millions d'euros", "Exempla"),
        ("L'assureur Exempla condamné à 5 millions d'euros d'amende", "Exempla"),
    ],
)
def test_a_bank_or_insurer_described_before_its_name(title: str, party: str) -> None:
    assert analyze(title, "").target == party


def test_the_party_named_after_the_decision_in_german() -> None:
    # "Betroffen ist das Unternehmen X": German news names the fined party in its own sentence.
    found = analyze(
        "Datenschutz: Bußgeld in Niedersachsen",
        "Die Landesbeauftragte hat ein Bußgeld verhängt. Betroffen ist das Unternehmen Beispielhandel.",
    )
    assert found.target == "Beispielhandel"


@pytest.mark.parametrize(
    "summary",
    [
        # An authority straight before a bare verb is its subject: the verb is active, and the
        # sentence's opening words are no party.
        "Three years after European regulators fined the firm, none of the money was paid.",
        "Two weeks after the CNIL fined the company, it appealed.",
    ],
)
def test_an_authority_before_a_bare_verb_makes_it_active(summary: str) -> None:
    assert find_party("Why fines go unpaid", summary) is None


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # An appositive before a slug's passive verb: the name after it is the target.
        ("examplebook owner exampla fined 2 million by irish data watchdog", "Exampla"),
        # A lone preposition after the verb and before another function word is a name.
        ("privacy l authority olandese sanziona sur per 290 milioni", "Sur"),
        ("regulator fines google e150m over cookies", "Google"),
    ],
)
def test_slug_appositive_before_a_verb_and_a_lone_preposition_after_it(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A country word opens a slug name before a word that is no description ...
        ("berlin data protection authority fines deutsche beispiel 14 5 million euros", "Deutsche Beispiel"),
        # ... and after a name it is the place.
        ("millionenstrafe fur beispiel irland verhangt 1 2 milliarden euro bussgeld", "Beispiel"),
    ],
)
def test_slug_country_words_open_a_name_or_place_it(title: str, party: str) -> None:
    assert find_party(title, "") == party


def test_a_slug_country_word_before_a_description_names_nobody() -> None:
    assert find_party("spanish regulator fines spanish bank 5 million", "") is None


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # German and Dutch put the verb second: an adverb or a prepositional phrase opening the
        # sentence stands before the verb, the subject after it (here a description: nobody).
        ("Boete voor zorgverzekeraar", "Daarnaast krijgt het bedrijf een dwangsom.", None),
        ("Kartellstrafe für Zementhersteller", "Wegen Absprachen muss die Firma 2 Mio. Euro zahlen.", None),
        ("Bußgeld für Versicherer", "Zudem muss das Unternehmen die Daten löschen.", None),
        ("Boete voor zorgverzekeraar", "Bovendien moet Voorbeeld Zorg 2 miljoen euro betalen.", None),
    ],
)
def test_what_opens_a_verb_second_clause_is_no_subject(title: str, summary: str, party: str | None) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # A periodic penalty is ordered in the frames of a fine.
        ("AP legt Voorbeeld een dwangsom op van 20.000 euro per dag", "Voorbeeld"),
        ("Dwangsom van 10.000 euro per week voor Voorbeeld", "Voorbeeld"),
        ("Zwangsgeld von 5.000 Euro pro Tag gegen Beispiel angedroht", "Beispiel"),
    ],
)
def test_the_party_of_a_periodic_penalty(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A club, a school or a foundation described by its common noun is nobody named ...
        ("Gesichtserkennung im Stadion: Bußgeld verhängt", "Der Verein muss 50.000 Euro zahlen.", None),
        ("Datenschutz: Bußgeld verhängt", "Die Stiftung muss 10.000 Euro zahlen.", None),
        ("Privacy, multa da 20mila euro", "L'Università dovrà pagare la sanzione.", None),
        ("Boete voor camera's", "De Vereniging moet 20.000 euro betalen.", None),
        ("il garante sanziona una scuola 15mila euro", "", None),
        # ... while the noun ends a name as "Bank" does.
        ("Example University fined £20,000", "", "Example University"),
        ("Beispiel Stiftung muss 10.000 Euro zahlen", "", "Beispiel Stiftung"),
    ],
)
def test_clubs_schools_and_foundations(title: str, summary: str, party: str | None) -> None:
    assert find_party(title, summary) == party


def test_a_sanction_for_its_party_in_french() -> None:
    # "sanction de … pour X", as "amende de … pour X".
    assert find_party("Cookies : sanction de 50 000 euros pour Exemple Média", "") == "Exemple Média"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # An enforcement list titles each notice with the registered name of whom it is addressed to.
        ("Exampleline Marketing Limited", "Exampleline Marketing"),
        ("Beispiel Versand GmbH", "Beispiel Versand"),
        # Without a legal form, a title of capitalised words is not taken for a name.
        ("Northshire Council", None),
    ],
)
def test_a_title_that_is_only_a_registered_name(title: str, party: str | None) -> None:
    summary = "The regulator issued a fine of £80,000 for unsolicited marketing messages."
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    "title",
    [
        # Who owns or backs a company is said of its name, not part of it.
        "Chinese-owned Exampla fined €345 million",
        "Regulator fines state-backed Exampla €2 million",
        "US-listed Exampla fined $5 million",
    ],
)
def test_an_ownership_compound_before_the_name_is_not_part_of_it(title: str) -> None:
    assert find_party(title, "") == "Exampla"


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # German fronts the object with "gegen" before the verb in any tense.
        ("Gegen den Versicherer Beispiel verhängte die Behörde 2 Millionen Euro", "Beispiel"),
        # The party that accepts its fine.
        ("Beispiel akzeptiert Bußgeld von 3 Millionen Euro", "Beispiel"),
        ("Exampla accepts €5 million fine", "Exampla"),
    ],
)
def test_a_fronted_object_and_a_party_that_accepts(title: str, party: str) -> None:
    assert find_party(title, "") == party


def test_the_object_of_another_verb_before_verhaengt_is_no_party() -> None:
    # "verhängen" takes the penalty as its object and the party with "gegen" or "über": what
    # follows "hat" belongs to the verb of another clause.
    summary = "Die Behörde hat die Werbung untersagt und ein Bußgeld von 5 Millionen Euro verhängt."
    assert find_party("Bußgeld verhängt", summary) is None
    summary = "Die Behörde hat gegen die Beispiel GmbH ein Bußgeld von 5 Millionen Euro verhängt."
    assert find_party("Bußgeld verhängt", summary) == "Beispiel"


@pytest.mark.parametrize(
    "title",
    [
        # A profession or an establishment named by its kind is nobody named, though the
        # headline capitalises it, in one word or several, glued or not.
        "Pharmacy fined £5,000 over patient records",
        "Landlord fined £5,000 over CCTV",
        "Law firm fined £5,000 over a breach",
        "Médecin condamné à une amende de 5 000 euros",
        "Salle de sport sanctionnée de 5 000 euros",
        "Bußgeld gegen Klinik",
        "Bußgeld gegen Versandhändler",
        "Datenschutz: Wohnungsgesellschaft muss 20.000 Euro zahlen",
        "Clínica multada con 5.000 euros por la AEPD",
        "Comunidad de propietarios multada con 5.000 euros",
        "Datore di lavoro multato dal Garante per 5mila euro",
        "Verhuurder krijgt boete van AP",
        "Incassobureau krijgt boete van AP",
    ],
)
def test_a_kind_of_party_is_no_name(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # The kind still ends a name, and a bare compound of a public service is one.
        ("Example Pharmacy fined £5,000", "Example Pharmacy"),
        ("Thames Valley Police fined £5,000", "Thames Valley Police"),
        ("Stadtwerke Beispiel muss 5.000 Euro zahlen", "Stadtwerke Beispiel"),
        ("Boete voor Belastingdienst", "Belastingdienst"),
        ("Bußgeld gegen Beispielbank", "Beispielbank"),
        # A Dutch "beboet voor" gives the reason, not the party.
        ("sportschool beboet voor vingerafdrukscanner", None),
    ],
)
def test_a_name_that_holds_its_kind(title: str, party: str | None) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A court decides an appeal and is never the fined party, whoever it names.
        ("Appeal Court overturns €5m fine", "The Appeal Court has overturned the fine on a hospital.", None),
        ("Tribunal annule l'amende", "Le Tribunal administratif a annulé l'amende d'un hôpital.", None),
        ("Urteil zum Bußgeld", "Das Landgericht Beispielstadt hat das Bußgeld aufgehoben.", None),
        ("Verwaltungsgericht kippt Bußgeld gegen Beispiel AG", "", "Beispiel"),
    ],
)
def test_a_court_is_no_party(title: str, summary: str, party: str | None) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("summary", "lang", "party"),
    [
        # Two companies fined together agree their participle in the plural; of the two
        # coordinated names the reader keeps the first.
        (
            "Exemple Mobile et Exemple ont été sanctionnées par la CNIL (2 millions d’euros).",
            "fr",
            "Exemple Mobile",
        ),
        ("Ejemplo y Modelo han sido multadas con 2 millones de euros.", "es", "Ejemplo"),
        ("Esempio e Modello sono state sanzionate per 2 milioni di euro.", "it", "Esempio"),
    ],
)
def test_plural_participles_of_a_passive(summary: str, lang: str, party: str) -> None:
    assert analyze("Datenschutz", summary, lang).target == party


@pytest.mark.parametrize(
    "title",
    [
        # A person fined for misusing data at work is no company: the name before a person
        # noun is the employer, and "former" or "ex" is part of no name.
        "Former Exampla director fined £5,000 over nuisance calls",
        "Former NHS worker fined for accessing patient records",
        "Ex-employee fined £1,000 for taking customer data",
        "Ehemaliger Mitarbeiter muss 5.000 Euro Bußgeld zahlen",
        "Ancien salarié condamné à 3 000 euros d'amende",
    ],
)
def test_a_person_fined_at_work_is_no_company(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    "title",
    [
        # In a slug, a party introduced by an indefinite article is described: the words after
        # its kind are adjectives ("clinica dental", "azienda sanitaria"), not a name.
        "aepd multa a una clinica dental con 20000 euros",
        "multa di 20mila euro a un azienda sanitaria per le impronte",
        "bussgeld gegen eine klinik in hamburg",
    ],
)
def test_a_slug_party_introduced_by_an_indefinite_article(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    ("summary", "party"),
    [
        # Legal Italian charges a sanction "a carico di" its party; feminine participles with
        # the authority between; Spanish "deberá abonar"; German "festgesetzt", "in Höhe von".
        ("Il Garante ha adottato un provvedimento a carico di Esempio Spa.", "Esempio"),
        ("Sanzione da 5 milioni irrogata dal Garante alla società Esempio.", "Esempio"),
        ("Il Garante ha sanzionato per 900mila euro la società Esempio Energia.", "Esempio Energia"),
        ("Ejemplo deberá abonar 5 millones de euros.", "Ejemplo"),
        ("Die Aufsichtsbehörde hat gegen die Beispiel GmbH ein Bußgeld festgesetzt.", "Beispiel"),
        ("Beispiel wurde mit einem Bußgeld in Höhe von 5 Millionen Euro belegt.", "Beispiel"),
    ],
)
def test_more_legal_frames_of_the_party(summary: str, party: str) -> None:
    assert find_party("Datenschutz", summary) == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # Italian elides the article before a vowel and keeps the name's capital after it.
        ("Il Garante multa l'Esempiobus per 30mila euro", "", "Esempiobus"),
        ("Dati sanitari, il Garante multa l’Asl di Esempiano", "", "Asl di Esempiano"),
        # The German preterite of "verhängen" with "gegen" before the party.
        ("Datenpanne", "Das Landesamt verhängte gegen die Beispiel AG eine Geldbuße.", "Beispiel"),
        ("Datenpanne", "Die Behörden verhängten am Montag gegen Beispiel ein Bußgeld.", "Beispiel"),
        # The headline participle with the penalty between it and the party.
        ("Österreich: Beispiel zu 9,5 Millionen Euro Strafe verdonnert", "", "Beispiel"),
        ("Beispiel zu einer Geldbuße verurteilt", "", "Beispiel"),
        # A periodic penalty's unit between the penalty and its party.
        ("Le régulateur impose une astreinte de 500 € pour chaque jour de retard à Exemple", "", "Exemple"),
    ],
)
def test_elided_articles_preterites_and_periodic_units(title: str, summary: str, party: str) -> None:
    assert find_party(title, summary) == party


@pytest.mark.parametrize(
    ("title", "summary", "party"),
    [
        # A word in single quotes before the name is the headline's citation of a word.
        ("ICO fines 'careless' Exampla £80,000 over calls", "", "Exampla"),
        ("ICO fines ‘Exampla’ £80,000", "", "Exampla"),  # a guard: a quoted name was read before
        # A headline opening with a description capitalised as headlines are, over a lead
        # naming the party: the lead's party.
        (
            "Dating app fined €6.5m",
            "The regulator said it fined Zephyrdate for sharing locations.",
            "Zephyrdate",
        ),
        (
            "Telemarketing selvaggio, multata una compagnia",
            "Il Garante ha inflitto a Esempio Luce una sanzione.",
            "Esempio Luce",
        ),
        # Guards: a name the lead repeats, or one right at its frame, stays.
        ("Exampla online shop fined €5,000", "The regulator said Exampla kept card data.", "Exampla"),
        ("Exampla online shop fined €5,000", "", "Exampla"),
        ("Exampla fined NOK 65m", "The Norwegian regulator fined the dating app.", "Exampla"),
    ],
)
def test_quoted_words_and_a_headline_opening_description(title: str, summary: str, party: str) -> None:
    assert find_party(title, summary) == party


def test_a_headline_opening_description_over_a_lead_naming_nobody_is_nobody() -> None:
    assert find_party("Dating app fined €6.5m", "The regulator said the app shared users' locations.") is None


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # Headline idioms of a fine, each in several outlets' usage.
        ("Datenschützer brummen Beispiel ein Bußgeld von 1,2 Millionen Euro auf", "Beispiel"),
        ("La CNIL met Exemple à l'amende : 1 million d'euros", "Exemple"),
        ("Exemple devra débourser 600 000 euros d'amende", "Exemple"),
        ("Exemple paie cher son traçage : 5 M€ d'amende", "Exemple"),
        # Guards: "€3m fine" named the party before as "X's fine" does.
        ("Exampla coughs up €3m fine after privacy probe", "Exampla"),
        ("Exampla must shell out $5m penalty over children's data", "Exampla"),
        ("Watchdog raps Exampla with £500,000 penalty", "Exampla"),
        ("Il Garante bacchetta Esempio: multa da 400mila euro", "Esempio"),
        ("Multazo millonario a Ejemplo por espiar a sus usuarios", "Ejemplo"),
        ("Voorbeeld op de vingers getikt: boete van 250.000 euro", "Voorbeeld"),
    ],
)
def test_headline_idioms_of_a_fine(title: str, party: str) -> None:
    assert find_party(title, "") == party


def test_an_agencys_charge_names_whom_it_accuses() -> None:
    assert (
        find_party("SEC charges Exampla with misleading investors, imposes $10 million penalty", "")
        == "Exampla"
    )


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # An adverb of repetition between the subject and its participle is passed over.
        ("Après une première amende, Exemple de nouveau sanctionnée", "Exemple"),
        ("Despite the appeal, Exampla again fined", "Exampla"),
        ("Trotz Einspruch: Beispiel erneut bestraft", "Beispiel"),
        ("Tras la polémica, Ejemplo otra vez multada", "Ejemplo"),
        ("Dopo le polemiche, Esempio di nuovo multata", "Esempio"),
        ("Ondanks alles, Voorbeeld opnieuw beboet", "Voorbeeld"),
        ("Banque de Exemple sanctionnée", "Banque de Exemple"),  # a guard: "de" inside a name
    ],
)
def test_an_adverb_of_repetition_before_the_participle(title: str, party: str) -> None:
    assert find_party(title, "") == party


@pytest.mark.parametrize(
    "title",
    [
        # A word opening a headline before its subject is no name of its own.
        "Après une première amende de 50 millions, de nouveau sanctionnée",
        "Erneut Bußgeld verhängt",  # a guard: named nobody before
    ],
)
def test_a_headlines_opening_time_or_repetition_word_is_no_party(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    "title",
    [
        # The company's head fined in person: the person is the party, unnamed.
        "Former Exampla boss fined over data misuse",
        "Ex-Exampla CEO fined £5,000",
        "Exampla founder fined",
        "Ex-Beispiel-Chef muss Bußgeld zahlen",
    ],
)
def test_a_companys_head_fined_in_person_is_no_company(title: str) -> None:
    assert find_party(title, "") is None


@pytest.mark.parametrize(
    ("summary", "party"),
    [
        # German: the preterite of "belegen mit", and the passive of an obligation to pay.
        ("Die Behörde belegte Beispiel mit einem Bußgeld von 500.000 Euro.", "Beispiel"),
        ("Beispiel wurde zur Zahlung von 2 Millionen Euro verpflichtet.", "Beispiel"),
    ],
)
def test_german_preterite_and_obligation_frames(summary: str, party: str) -> None:
    assert find_party("Datenschutz", summary) == party


@pytest.mark.parametrize(
    ("title", "party"),
    [
        # An authority's decision titled by its kind, then a colon and the party's name alone.
        ("Decision on administrative fine: Exampla", "Exampla"),
        ("Bußgeld: Beispiel GmbH", "Beispiel"),
        # Guards: the topic before the colon, and a second part that is a sentence.
        ("Exemple : la CNIL prononce une amende", "Exemple"),
        ("Datenschutz: Was Unternehmen jetzt wissen müssen", None),
    ],
)
def test_a_decision_titled_by_its_kind_then_the_partys_name(title: str, party: str | None) -> None:
    assert find_party(title, "") == party


def test_a_press_statement_is_no_party() -> None:
    found = find_party(
        "Statement on the fine imposed on Exampla", "The Commissioner has today fined Exampla €1 million."
    )
    assert found == "Exampla"
