"""The deciding authority: names, descriptions in six languages, the country of the decision,
the feed's own authority; a court or another authority mentioned in passing is not it."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze, domain_of
from monitor.analysis.authorities import authority


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Dutch data protection authority fined a retailer €1 million", "AP-NL"),
        ("Le gendarme des données sanctionne Exempla : 1 million d'euros", "CNIL"),
        ("Il Garante infligge a Esempio una multa di un milione", "Garante"),
        ("UK's data watchdog fines a retailer £1 million", "ICO"),
        ("Una autoridad de datos española multa a Ejemplo con 1 millón", "AEPD"),
        ("Die österreichische Datenschutzbehörde verhängt 1 Million Euro Strafe", "DSB-AT"),
        ("Un'autorità irlandese della privacy multa Esempio per un milione", "DPC"),
        ("Un organismo regulador irlandés impuso a Ejemplo una multa de 1 millón", "DPC"),
        ("De Ierse privacytoezichthouder legt een boete van 1 miljoen euro op", "DPC"),
        ("Le régulateur irlandais inflige à Exempla une amende record", "DPC"),
        ("Berliner Datenschutzbehörde: Bußgeld von 1 Million Euro gegen Beispiel", "BlnBDI"),
        ("Una Comisión Nacional de Informática y de Libertades impone a Ejemplo 1 millón", "CNIL"),
        # The EDPB's name of a national authority: the country's English adjective and "SA".
        ("Irish SA announces EUR 345 million fine", "DPC"),
        ("Polish SA: PLN 4 million fine for Exampla", "UODO"),
        ("Hamburg SA fines Exampla EUR 35.3 million", "HmbBfDI"),  # a guard: the Land named it
        ("Danish SA proposes fine of DKK 10 million for Exampla", "Datatilsynet-DK"),
        # The UK's financial regulator by its acronym.
        ("FCA fines Exampla Bank £29 million over financial crime controls", "FCA"),
        # The Spanish agency by its topic, as the one the fine is paid to.
        ("Ejemplo pagará 600.000 euros de multa a Protección de Datos", "AEPD"),
    ],
)
def test_descriptions_in_six_languages(text: str, code: str) -> None:
    assert analyze(text, "").authority == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Spanish shortens the AEPD to "Protección de Datos", which also ends the description of
        # another country's authority: the country word decides.
        ("La autoridad francesa de protección de datos multa a Exempla con 1 millón", "CNIL"),
        ("La agencia italiana de protección de datos multa a Esempio con 1 millón", "Garante"),
        ("El organismo sueco de protección de datos multa a Ejemplo con 1 millón", "IMY"),
        ("Protección de Datos multa a Ejemplo con 1 millón de euros", "AEPD"),
    ],
)
def test_a_country_word_before_a_short_name_describes_that_country(text: str, code: str) -> None:
    assert analyze(text, "").authority == code


@pytest.mark.parametrize(
    ("title", "summary", "code"),
    [
        # No authority named: the country where the fine was imposed.
        ("Exempla fined €2 million in France", "The company will appeal.", "CNIL"),
        ("South Korea fines Examplebook $5 million", "", "PIPC"),
        ("Exempla muss in Schweden eine Strafe von 5 Millionen zahlen", "", "IMY"),
    ],
)
def test_the_country_of_the_decision(title: str, summary: str, code: str) -> None:
    assert analyze(title, summary).authority == code


def test_the_dutch_ap_only_in_dutch_frames() -> None:
    assert analyze("AP geeft Voorbeeld miljoenenboete", "").authority == "AP-NL"
    assert analyze("Exempla fined €2 million, AP reports", "").authority != "AP-NL"
    assert analyze("AP: Exempla fined €2 million by the ICO", "").authority != "AP-NL"
    # The colon form reaches no further than the word after it: the party stays the party's.
    assert analyze("AP: Voorbeeld krijgt boete van 2 miljoen euro", "").target == "Voorbeeld"


@pytest.mark.parametrize(
    "title",
    [
        "Voorbeeld krijgt boete van 40.000 euro van AP",
        "Voorbeeld beboet door AP voor bewaren klantgegevens",
        "Voorbeeld gaat in beroep tegen AP-boete van 2 miljoen euro",
        # The source before a colon, as Dutch headlines give it, before a Dutch fine word.
        "AP: boete van 450.000 euro voor Voorbeeld",
        "AP: dwangsom voor Voorbeeld om ontbrekende functionaris",
    ],
)
def test_the_dutch_ap_without_its_article(title: str) -> None:
    assert analyze(title, "").authority == "AP-NL"


def test_a_destination_or_a_nationality_is_not_the_deciding_country() -> None:
    assert analyze("Exempla fined €2 million over transfers to the US", "").authority is None
    assert analyze("The US firm Exempla was fined €2 million", "").authority is None


def test_the_deciding_authority_beats_one_mentioned_in_passing() -> None:
    text = "After a complaint to the Garante, the CNIL fined Exempla €2 million"
    assert analyze(text, "").authority == "CNIL"
    text = "Like the ICO before it, the Dutch DPA fined Exempla €2 million"
    assert analyze(text, "").authority == "AP-NL"


def test_a_court_is_not_the_authority_that_fined() -> None:
    result = analyze(
        "The CNIL fined Exempla €2 million",
        "The Court of Justice of the European Union had ruled on such tracking before.",
    )
    assert result.authority == "CNIL"
    # Named first, in the title, a court that confirms a fine still did not impose it.
    assert (
        analyze("Kammergericht bestätigt Bußgeld der Berliner Datenschutzbehörde", "").authority == "BlnBDI"
    )
    assert analyze("Upper Tribunal rules on the appeal", "").authority == "Upper Tribunal"


def test_the_feed_authority_before_a_country_guess() -> None:
    result = analyze("Exempla fined €2 million in France", "", feed_authority="AEPD")
    assert result.authority == "AEPD"


def test_kind_and_country_are_kept() -> None:
    found = authority("AGCM")
    assert found is not None and (found.kind, found.country) == ("competition", "IT")
    court = authority("CJEU")
    assert court is not None and court.kind == "court"
    assert domain_of(analyze("The Bundeskartellamt fined Exempla €2 million", "")) == "competition"


@pytest.mark.parametrize(
    ("title", "summary", "code"),
    [
        # A country as the agent of a passive fining verb is where the decision was taken.
        ("Exempla fined €2 million by Italy over a data breach", "", "Garante"),
        ("Ejemplo, multada por Italia con 2 millones de euros", "", "Garante"),
        ("Esempio sanzionata dall'Italia per 3 milioni di euro", "", "Garante"),
        ("Exempla sanctionnée par la France : 1 million d'euros", "", "CNIL"),
        ("Voorbeeld beboet door Spanje: boete van 1 miljoen euro", "", "AEPD"),
    ],
)
def test_a_country_as_the_agent_of_a_passive(title: str, summary: str, code: str) -> None:
    assert analyze(title, summary).authority == code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Regional authorities are theirs, not the national one's.
        ("Sächsischer Datenschutzbeauftragter verhängt Bußgeld von 40.000 Euro gegen Beispiel GmbH", "SDTB"),
        ("Saxony's data protection commissioner fines Exempla €40,000", "SDTB"),
        ("Datenschutzbehörde Rheinland-Pfalz verhängt 50.000 Euro Bußgeld gegen Beispiel", "LfDI-RP"),
        ("Thüringer Datenschutzbeauftragter verhängt Bußgeld von 20.000 Euro gegen Beispiel", "TLfDI"),
        ("La Autoridad Catalana de Protección de Datos multa a Ejemplo con 50.000 euros", "APDCAT"),
        ("La Agencia Vasca de Protección de Datos sanciona a Ejemplo con 30.000 euros", "AVPD"),
        ("La autoridad catalana de datos impone a Ejemplo una multa de 10.000 euros", "APDCAT"),
    ],
)
def test_regional_authorities(title: str, code: str) -> None:
    assert analyze(title, "").authority == code


@pytest.mark.parametrize(
    ("title", "summary", "code"),
    [
        # No authority or country named, about data protection: the lead authority of the
        # company's main establishment in the EU (one-stop shop).
        ("EU fines Instagram €5 million over children's personal data", "", "DPC"),
        ("Spotify muss 4 Millionen Euro Strafe zahlen", "Wegen Datenschutzverstößen.", "IMY"),
        ("Amazon ordered to pay €7 million over personal data", "", "CNPD-LU"),
        ("Apple ordered to pay €8 million over personal data in voice recordings", "", "DPC"),
        # The party a frame found, by its key: "Meta" is Facebook's (the bare word is not listed,
        # being the Italian "metà" folded).
        ("Regulators fine Meta €250m in a privacy case", "", "DPC"),
    ],
)
def test_the_lead_authority_of_a_company(title: str, summary: str, code: str) -> None:
    assert analyze(title, summary).authority == code


def test_a_company_name_that_is_also_a_word_is_no_lead() -> None:
    # Folded, German "über" is "uber" and Italian "metà" is "meta": neither names a company.
    summary = "Über Datenschutz wurde gestritten."
    assert analyze("Beispiel muss 2 Millionen Euro zahlen", summary).authority is None


def test_a_named_country_or_authority_beats_the_lead_authority() -> None:
    assert analyze("Meta fined €5 million in France over personal data", "").authority == "CNIL"
    assert analyze("The ICO fines Meta £5 million over personal data", "").authority == "ICO"
    # Outside data protection the weak name stands: the Commission fines under competition law.
    assert analyze("EU fines Google €2 billion over search", "").authority == "European Commission"


def test_a_slug_spells_a_country_without_its_umlaut() -> None:
    # "oesterreich" is Österreich as German writes it without umlauts: the same country.
    assert analyze("beispiel ag muss in oesterreich 2 millionen euro strafe zahlen", "").authority == "DSB-AT"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Authorities that are an office, an inspectorate or an ombudsman, described by country.
        ("Polish data protection office fines Exempla €50,000", "UODO"),
        # An office named by what it protects, and a "contrôleur" as the EDPS is one.
        ("Czech Office for Personal Data Protection fines Exampla €50,000", "UOOU"),
        ("Le contrôleur belge de la vie privée inflige une amende à Exemple", "APD-BE"),
        # A US state's attorney general shortened to "AG".
        ("Texas AG secures $1bn settlement from Exampla", "Texas Attorney General"),
        # Poland's decisions are the office's President's: "Prezes UODO", PUODO.
        ("PUODO fines Exempla PLN 20,000 over its staff records", "UODO"),
        ("Lithuanian data protection inspectorate fines Exempla €50,000", "VDAI"),
        ("Finland's data protection ombudsman fines Exempla €50,000", "Tietosuojavaltuutettu"),
        # Italian news names the competition authority by its field; qualified as European, the Commission.
        ("L'Antitrust multa Esempio per 5 milioni di euro", "AGCM"),
        ("L'Antitrust Ue multa Esempio per 5 milioni di euro", "European Commission"),
        ("Esempio multata dall'antitrust europeo per 5 milioni di euro", "European Commission"),
    ],
)
def test_offices_inspectorates_and_the_italian_antitrust(title: str, code: str) -> None:
    assert analyze(title, "").authority == code


def test_the_authority_that_fines_beats_the_board_that_directed_it() -> None:
    # A binding decision of the EDPB directs a national authority, which imposes the fine.
    assert analyze("EDPB forces Irish regulator to fine Exempla €5 million", "").authority == "DPC"
    assert analyze("EDPB binding decision: Exempla must pay €5 million", "").authority == "EDPB"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # "LfDI" is the acronym of several Länder's commissioners: the Land named decides.
        ("Der LfDI Rheinland-Pfalz verhängt Bußgeld von 10.000 Euro gegen Beispiel", "LfDI-RP"),
        ("Der LfDI Mecklenburg-Vorpommern verhängt Bußgeld von 10.000 Euro gegen Beispiel", "LfDI-MV"),
        ("Der LfDI verhängt Bußgeld von 10.000 Euro gegen Beispiel", "LfDI-BW"),
        # A Land in the genitive after the regulator word.
        ("Die Aufsichtsbehörde des Saarlandes verhängt Bußgeld von 10.000 Euro", "UDZ-SL"),
    ],
)
def test_a_shared_acronym_and_a_land_in_the_genitive(title: str, code: str) -> None:
    assert analyze(title, "").authority == code


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        # A Land's commissioner by title, the Land after it (also in the genitive) or before it.
        (
            "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz hat"
            " gegen Beispiel ein Bußgeld verhängt.",
            "LfDI-RP",
        ),
        ("Die Landesdatenschutzbeauftragte von Sachsen-Anhalt verhängt ein Bußgeld.", "LfD-ST"),
        ("Der Datenschutzbeauftragte Schleswig-Holsteins verhängt ein Bußgeld gegen Beispiel.", "ULD"),
        ("Der Thüringer Landesbeauftragte verhängt ein Bußgeld gegen Beispiel.", "TLfDI"),
        # The Länder as the other five languages write them.
        ("L'autorité de protection des données de Basse-Saxe inflige une amende à Exempla.", "LfD-NI"),
        ("Le commissaire à la protection des données de Bavière inflige une amende à Exempla.", "BayLDA"),
        ("L'autorità per la protezione dei dati dell'Assia ha inflitto una multa a Esempio.", "HBDI"),
        ("La autoridad de protección de datos de Baja Sajonia multó a Ejemplo.", "LfD-NI"),
        ("De privacytoezichthouder van Nedersaksen heeft Voorbeeld een boete opgelegd.", "LfD-NI"),
        # A federal country's description narrowed by its region: the region's own authority.
        ("The data protection authority of the German state of Hesse fined Exempla.", "HBDI"),
        ("De Duitse privacytoezichthouder in Hamburg heeft Voorbeeld een boete opgelegd.", "HmbBfDI"),
    ],
)
def test_regional_authorities_in_six_languages(summary: str, code: str) -> None:
    assert analyze("Fine of €1 million", summary).authority == code


def test_a_region_named_elsewhere_narrows_the_federal_description() -> None:
    found = analyze("German regulator fines Exempla €1 million", "The regulator in Bremen said so.")
    assert found.authority == "LfDI-HB"
    # A name is kept: the federal commissioner named is the federal commissioner.
    found = analyze("BfDI fines Exempla €1 million", "The company is based in Bremen.")
    assert found.authority == "BfDI"


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        # Plural regulator words agree with plural country adjectives.
        ("Les autorités irlandaises ont infligé une amende à Exempla.", "DPC"),
        ("Las autoridades italianas han impuesto una multa a Ejemplo.", "Garante"),
        ("Le autorità olandesi hanno inflitto una multa a Esempio.", "AP-NL"),
        ("Die schwedischen Behörden haben gegen Beispiel eine Strafe von 1 Million Euro verhängt.", "IMY"),
        ("De Franse autoriteiten hebben Voorbeeld een boete opgelegd.", "CNIL"),
        # A commission, a body, a regulator by its other names.
        ("La commission irlandaise de protection des données a infligé une amende à Exempla.", "DPC"),
        ("L'organisme grec de protection des données a infligé une amende à Exempla.", "HDPA"),
        ("La Comisión de Protección de Datos de Irlanda ha impuesto una multa a Ejemplo.", "DPC"),
        ("Il regolatore spagnolo ha inflitto una multa a Esempio.", "AEPD"),
        ("La Commissione irlandese per la protezione dei dati ha inflitto una multa a Esempio.", "DPC"),
        ("De Noorse regelgever heeft Voorbeeld een boete opgelegd.", "Datatilsynet"),
    ],
)
def test_plural_and_other_regulator_words(summary: str, code: str) -> None:
    assert analyze("Fine of €1 million", summary).authority == code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Regulators outside the EU or outside data protection, by name, acronym or country.
        ("FCC fines Exemplecom $20 million over location data", "FCC"),
        ("Ofcom fines Exempla £20,000 under the Online Safety Act", "Ofcom"),
        ("Bundesnetzagentur verhängt Bußgeld gegen Beispiel wegen Telefonwerbung", "Bundesnetzagentur"),
        ("Turkey fines Exempla 10 million lira over a data breach", "KVKK"),
        ("Chinese regulator fines Exempla 8 billion yuan", "CAC"),
        ("Korea Fair Trade Commission fines Exempla", "KFTC"),
        ("French consumer authority fines Exempla €1 million", "DGCCRF"),
        ("SEC seeks $20 million penalty from trading firm Exempla", "SEC"),
        ("ACM beboet Voorbeeld met 5 miljoen euro", "ACM"),
        # The Commission by its seat, as each language spells it.
        ("Bruselas multa a Ejemplo con 5 millones de euros", "European Commission"),
        ("Brüssel verhängt Strafe von 5 Millionen Euro gegen Beispiel", "European Commission"),
        ("Securities and Exchange Commission charges Exempla", "SEC"),
    ],
)
def test_regulators_beyond_the_eu_dpas(title: str, code: str) -> None:
    assert analyze(title, "").authority == code


def test_a_nationality_or_a_destination_outside_the_eu_decides_nothing() -> None:
    assert analyze("The Italian DPA fined Exempla, a Chinese company, €1m", "").authority == "Garante"
    assert analyze("Exempla fined €1m over transfers to China", "").authority is None


@pytest.mark.parametrize(
    ("title", "summary", "code"),
    [
        # A US state's attorney general by title, or the state itself as a party to the suit.
        ("Retailer pays $8 million to settle with the Ohio Attorney General", "", "Ohio Attorney General"),
        (
            "App maker agrees to pay $3m",
            "The attorney general of Illinois said it broke biometric law.",
            "Illinois Attorney General",
        ),
        (
            "Une application devra payer 5 millions de dollars à l'État de New York",
            "",
            "New York Attorney General",
        ),
        (
            "Fitnesskette zahlt 6 Millionen Dollar an den US-Bundesstaat Kalifornien",
            "",
            "California Attorney General",
        ),
        ("Una app pagará 4 millones de dólares al estado de Florida", "", "Florida Attorney General"),
        ("Un'app dovrà pagare 2 milioni di dollari allo stato del Texas", "", "Texas Attorney General"),
        (
            "Techbedrijf moet 7 miljoen dollar betalen aan de staat Washington",
            "",
            "Washington Attorney General",
        ),
    ],
)
def test_a_us_states_attorney_general_or_the_state_itself(title: str, summary: str, code: str) -> None:
    result = analyze(title, summary)
    assert result.fine is not None and result.authority == code
    assert authority(code) is not None and authority(code).kind == "prosecutor"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "title",
    [
        # The state paid, settled with or suing stands for its attorney general.
        "Exampla to pay Texas $1.4 billion",
        "Exampla settles with Texas for $8 million over location data",
        "Exampla pagará a Texas 900 millones de dólares",
    ],
)
def test_a_us_state_paid_or_settled_with(title: str) -> None:
    result = analyze(title, "")
    assert result.fine is not None and result.authority == "Texas Attorney General"


def test_a_state_attorney_generals_case_about_biometric_data_is_data_protection() -> None:
    # Not the one-stop shop's lead authority of the company (an EU authority settles no US suit).
    result = analyze("Meta pays the state of Texas $1.4 billion over biometric data", "")
    assert result.authority == "Texas Attorney General"
    assert result.domain == "data_protection"
    # The same attorney general on another matter keeps its own kind's domain.
    other = analyze("Carmaker pays the state of Texas $50 million over emissions", "")
    assert other.authority == "Texas Attorney General" and other.domain == "other"


def test_a_consumer_authoritys_privacy_case_is_data_protection() -> None:
    # The FTC enforces privacy in the US: its case about personal data is data protection, and
    # shows in the register's default view with the other authorities' fines.
    result = analyze("Examplecam to pay $5.8 million to settle FTC privacy charges over home videos", "")
    assert result.authority == "FTC" and result.domain == "data_protection"
    result = analyze("Exampleads fined $2 million by FTC over location data", "")
    assert result.domain == "data_protection"
    # Its case about something else stays a consumer case.
    other = analyze("Exampleshop to pay $3 million to settle FTC charges over fake reviews", "")
    assert other.authority == "FTC" and other.domain == "consumer"


def test_the_swiss_commissioner_by_its_english_and_italian_acronyms() -> None:
    # FDPIC in English, IFPDT in Italian, beside the German EDÖB and the French PFPDT.
    assert analyze("Swiss FDPIC fines Example CHF 50,000", "").authority == "EDOEB"
    assert analyze("L'IFPDT multa Esempio per 50 000 franchi", "").authority == "EDOEB"


@pytest.mark.parametrize(
    "summary",
    [
        # The German press shortens the commissioner's title and declines it.
        "Der Eidgenössische Datenschutzbeauftragte hatte den Fall untersucht.",
        "Nach einer Prüfung des Eidgenössischen Datenschutzbeauftragten muss die Firma zahlen.",
        "L'Incaricato federale della protezione dei dati aveva aperto un'inchiesta.",
    ],
)
def test_the_swiss_commissioner_by_its_shortened_titles(summary: str) -> None:
    assert analyze("Beispiel muss 250'000 Franken Busse zahlen", summary).authority == "EDOEB"


def test_a_nationality_before_the_party_is_no_regulators_country_across_an_agent() -> None:
    # "cinese ... dal Garante": the country word describes the party; the agent "dal" opens the
    # phrase naming who fined, so the two do not make "the Chinese regulator".
    result = analyze("Il colosso cinese Esempio multato dal Garante", "")
    assert (result.authority, result.target) == ("Garante", "Esempio")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Belgium's authority by its own names, which no other authority of the language bears.
        ("L'Autorité de protection des données inflige une amende à Exemple", "APD-BE"),
        ("Gegevensbeschermingsautoriteit legt Voorbeeld een boete op", "APD-BE"),
        # A country after the same words names that country's authority.
        ("L'autorité de protection des données irlandaise inflige une amende à Exemple", "DPC"),
        ("De Ierse gegevensbeschermingsautoriteit beboet Voorbeeld", "DPC"),
        # Dutch news's privacy watchdog is the AP, unless another country's is named.
        ("Privacywaakhond beboet Voorbeeld voor camera's op de werkvloer", "AP-NL"),
        ("Ierse privacywaakhond beboet Voorbeeld", "DPC"),
        ("Voorbeeld beboet voor 1 miljoen euro door privacytoezichthouder", "AP-NL"),
        ("Voorbeeld moet dwangsom betalen aan AP", "AP-NL"),
        ("AP onderzoekt Voorbeeld na datalek", "AP-NL"),
        # Italy's competition authority by its field, as the English press translates it.
        ("Italy's antitrust fines Exampla €10m over misleading practices", "AGCM"),
        # A Land by its English adjective.
        ("Hessian data protection commissioner fines Exampla €10,000", "HBDI"),
    ],
)
def test_names_the_press_uses_for_some_authorities(title: str, code: str) -> None:
    assert analyze(title, "").authority == code


@pytest.mark.parametrize(
    ("title", "code", "currency"),
    [
        # Authorities that fine often in English news beyond the EU, with their currencies.
        ("Singapore's PDPC fines Exampla S$74,000 over a data breach", "PDPC-SG", "SGD"),
        ("PDPC fines Exampla $10,000 for failing to protect data", "PDPC-SG", "SGD"),
        ("South Africa's Information Regulator fines Exampla ZAR 5 million", "InfoRegulator-ZA", "ZAR"),
        ("Liechtensteinische Datenschutzstelle verhängt Bußgeld von 10.000 Franken", "DSS-LI", "CHF"),
    ],
)
def test_authorities_beyond_the_eu_and_their_currencies(title: str, code: str, currency: str) -> None:
    found = analyze(title, "")
    assert found.authority == code
    assert found.fine is not None and found.fine.currency == currency


def test_a_country_that_decided_gives_a_bare_sum_its_currency() -> None:
    # The country is read after the sum: "15 millones" had no currency.
    fine = analyze("Italia multa a Zephyr con 15 millones", "").fine
    assert fine is not None and (fine.currency, fine.amount_eur) == ("EUR", 15_000_000)
    # A company's lead authority is a guess at who decided, not at the currency.
    found = analyze("google agrees to pay 1 4 billion to settle privacy lawsuits", "")
    assert found.authority == "DPC" and found.fine is not None and found.fine.currency is None


def test_of_two_authorities_named_the_one_of_the_country_the_headline_places_the_decision_in() -> None:
    found = analyze(
        "Zephyr fined €5m in Italy after French complaint",
        "The complaint was filed with the CNIL and sent on to the Garante, which took the decision.",
    )
    assert found.authority == "Garante"


@pytest.mark.parametrize(
    "title",
    [
        # Spanish headlines drop "Agencia de" before the authority's name: with a verb of punishing
        # and as the agent of a passive fine.
        "Protección de Datos castiga a Zephyr con una multa de 500.000 euros",
        "Zephyr, multada con 8,15 millones por Protección de Datos",
    ],
)
def test_the_aepd_named_by_its_topic_before_a_verb_or_as_an_agent(title: str) -> None:
    found = analyze(title, "")
    assert found.authority == "AEPD"
    assert found.fine is not None and found.fine.currency == "EUR"


def test_the_topic_of_data_protection_alone_is_no_authority() -> None:
    # A guard: "por vulnerar la protección de datos" is the reason, not the agent.
    found = analyze("Sanción de 2 millones a Zephyr por vulnerar la protección de datos", "")
    assert found.authority is None


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Two authorities of one name ("Datatilsynet", Norway's and Denmark's): the currency of
        # the item's sum says whose it is when no country is named.
        ("Datatilsynet fines Zephyr DKK 1.5m", "Datatilsynet-DK"),
        ("Datatilsynet fines Zephyr NOK 1.5m", "Datatilsynet"),
        # Italian headlines name the competition authority by its field before a fining verb.
        ("Antitrust multa Zephyr per 10 milioni", "AGCM"),
    ],
)
def test_an_authority_told_by_its_currency_or_its_field(title: str, code: str) -> None:
    assert analyze(title, "").authority == code


def test_an_antitrust_word_in_english_is_no_italian_authority() -> None:
    # A guard: "EU antitrust regulators" are the Commission's.
    assert analyze("EU antitrust regulators fine Zephyr €1bn", "").authority == "European Commission"


def test_the_italian_meta_is_no_party_with_a_lead_authority() -> None:
    """Guard: "la metà della multa" names no company, so no lead authority."""
    assert analyze("Il Garante: ridotta della metà la multa", "").authority == "Garante"
