"""Status of a fine: imposed, proposed, overturned or a mention of a past fine, from the verb
frames of each language (issue #11 item 4). Each case names the construction it pins."""

from __future__ import annotations

import pytest

from monitor.analysis import analyze


def _status(title: str, summary: str = "") -> str | None:
    fine = analyze(title, summary).fine
    return fine.status if fine else None


def test_headline_that_faces_a_fine_over_an_imposing_lead_is_imposed() -> None:
    assert (
        _status(
            "Retailer faces fine over loyalty data",
            "The Information Commissioner's Office has fined the retailer £1.2 million.",
        )
        == "imposed"
    )


def test_headline_that_faces_an_adjective_sum_fine_over_an_imposing_lead_is_imposed() -> None:
    assert (
        _status(
            "Streaming app faces huge €290 million fine",
            "Ireland's Data Protection Commission has imposed a €290 million fine on the app.",
        )
        == "imposed"
    )


def test_headline_that_faces_a_fine_with_no_lead_is_a_proposal() -> None:
    assert _status("Retailer faces €3 million fine over loyalty data") == "proposed"


@pytest.mark.parametrize(
    ("construction", "title"),
    [
        ("English modal could face", "Bank could face a fine of €10 million over data leak"),
        ("French pourrait se voir infliger", "La banque pourrait se voir infliger une amende de 10 millions"),
        ("Italian rischia", "La banca rischia una multa da 10 milioni di euro"),
        ("Dutch riskeert", "Bank riskeert boete van 10 miljoen euro"),
        ("English notice of intent", "ICO issues notice of intent to fine app £5 million"),
        ("Dutch wants to impose", "Toezichthouder wil bank boete van 5 miljoen euro opleggen"),
        (
            "Dutch idiom of a fine hanging over one's head",
            "Bank hangt boete van 5 miljoen euro boven het hoofd",
        ),
        ("German conditional with a slug umlaut", "bank koennte 5 millionen euro bussgeld zahlen"),
        ("English future passive", "Bank set to be fined €10 million over data leak"),
        ("Italian modal before the fining verb", "Il Garante potrebbe multare la banca per 10 milioni"),
        ("Spanish modal before the fining verb", "La AEPD podría sancionar al banco con 10 millones"),
        ("German wollen with the infinitive last", "Behörde will Bußgeld gegen Bank verhängen"),
        ("English headline idiom set for", "Bank set for record €10 million fine over data leak"),
        ("English headline idiom braces for", "Bank braces for €10 million fine"),
        ("Spanish expuesta a", "La aseguradora, expuesta a una multa de 10 millones"),
        ("Italian in arrivo", "Privacy, in arrivo una multa da 10 milioni per la banca"),
        ("Italian verso una multa", "La banca verso una multa da 10 milioni"),
        ("Dutch tegemoet zien", "Bank kan boete van 10 miljoen euro tegemoet zien"),
        (
            "a fine requested from another body",
            "Danish authority requests a fine of DKK 1 million for a shop",
        ),
        ("English future of the fining verb", "Regulator will fine bank €10 million over data leak"),
        (
            "English future in the past of reported speech",
            "Watchdog said on Monday it would fine the bank 65 million crowns",
        ),
    ],
)
def test_proposal_frames(construction: str, title: str) -> None:
    assert _status(title) == "proposed", construction


@pytest.mark.parametrize(
    ("construction", "title"),
    [
        ("English court confirms a fine", "Court confirms €5 million fine against telecom operator"),
        ("English court cuts a fine", "Court cuts €5 million fine against telecom operator"),
        ("Dutch court confirms a fine", "Rechtbank bevestigt boete van 5 miljoen euro voor telecombedrijf"),
        ("Italian reduced fine", "Ridotta la multa da 5 milioni di euro al gestore telefonico"),
        ("court of justice ruling on an old fine", "EuGH: Bußgeld von 5 Millionen Euro gegen Vermieter"),
        ("a company appeals its fine", "Le groupe va faire appel de l'amende de 5 millions d'euros"),
        ("German objection to a fine", "Konzern erhebt Einspruch gegen 5 Millionen Euro Bußgeld"),
        ("takeaways drawn from a fine", "Three takeaways from the €20m fine on a retailer"),
        ("time counted from the decision", "Insurer pays £2m fine two years after regulator's decision"),
        ("German court cuts a fine", "Gericht reduziert Bußgeld gegen Versicherer auf 1 Million Euro"),
        ("German court halves a fine", "Oberlandesgericht halbiert Bußgeld von 2 Millionen Euro"),
        (
            "a ranking of the most fined companies",
            "Las empresas más multadas: 5 millones de euros a la primera",
        ),
    ],
)
def test_court_and_appeal_frames_are_past_fines(construction: str, title: str) -> None:
    assert _status(title) == "mention_of_past", construction


def test_an_authority_confirming_its_own_fine_imposes_it() -> None:
    # After a provisional notice the authority "confirms" its final fine: the decision itself.
    assert _status("ICO confirms £5m fine for Exampla", "") == "imposed"
    assert _status("Regulator confirms record €1.2bn fine for Exampla", "") == "imposed"
    # A tribunal or judges confirming one rule on an old fine.
    assert _status("Tribunal confirms ICO's £5m fine for Exampla", "") == "mention_of_past"
    assert _status("Appeal judges confirm £5m fine for Exampla", "") == "mention_of_past"


@pytest.mark.parametrize(
    ("construction", "title"),
    [
        ("German compound of a size and a fine", "Versicherer soll Millionenstrafe zahlen"),
        ("Dutch compound of a size and a fine", "Toezichthouder geeft datahandelaar miljoenenboete"),
        ("Swiss fine with its article", "Bank muss eine Busse bezahlen"),
    ],
)
def test_compound_fine_nouns_report_a_fine(construction: str, title: str) -> None:
    assert _status(title) == "imposed", construction


def test_german_plural_of_bus_is_no_fine() -> None:
    assert _status("Neue Busse für die Innenstadt") is None


def test_court_annulling_a_fine_overturns_it() -> None:
    assert _status("Court annuls €5 million fine against telecom operator") == "overturned"


def test_year_end_review_is_not_a_new_fine() -> None:
    assert _status(
        "Data protection: the year in review",
        "Regulators handed out €1.2 billion in fines over the past year.",
    ) in (None, "mention_of_past")


def test_essay_or_podcast_citing_old_fines_is_not_a_new_fine() -> None:
    assert _status("Podcast: what the €50 million fine against the search giant taught us") != "imposed"
    assert _status("Lessons from the biggest fines under the GDPR so far") != "imposed"


def test_a_lead_that_names_a_fine_and_its_act_reports_a_fine_without_a_sum() -> None:
    assert (
        _status("Streaming service sanctioned over privacy", "The regulator has fined the company.")
        == "imposed"
    )


def test_a_lead_that_only_mentions_fines_reports_none() -> None:
    assert _status("Privacy in 2030", "Fines are one tool among many.") is None


def test_a_title_fine_takes_the_leads_request_for_a_fine_as_a_proposal() -> None:
    """Danish authorities request fines from the police: the title's "fine" is not yet one."""
    assert (
        _status(
            "Denmark: fine for a retailer", "The Danish authority has requested a fine against the retailer."
        )
        == "proposed"
    )


def test_fines_collected_over_a_year_are_a_total() -> None:
    fine = analyze(
        "Regulator's year", "Fines collected in 2030 reached €12 million, the authority said."
    ).fine
    assert fine is None or fine.status == "mention_of_past"


def test_a_question_headline_citing_an_old_fine_is_commentary() -> None:
    """An essay's headline asks a question; the fine its text cites is not its news."""
    assert (
        _status(
            "Privacy penalties: do they change anything?",
            "In 2029 the regulator fined a retailer €14 million, yet little changed.",
        )
        == "mention_of_past"
    )
    # A headline that reports the act itself and then asks stays a report.
    assert _status("Regulator fines retailer €14 million: what now?") == "imposed"


def test_an_authority_cutting_its_own_fine_is_the_final_fine() -> None:
    """A data protection authority that lowers the sum it announced (after a hearing) imposes the
    lower fine; only a court or tribunal cutting a fine is a ruling on a past one."""
    assert _status("Regulator cuts dating app fine after hearing", "The fine is now NOK 40 million.") == (
        "imposed"
    )
    assert _status("Appeals court cuts €9 million fine against retailer") == "mention_of_past"
    assert _status("Tribunal reduces £4 million fine against airline") == "mention_of_past"


def test_several_fines_imposed_together_are_imposed_without_one_amount() -> None:
    fine = analyze(
        "Cookie fines: two platforms sanctioned",
        "On 3 March the regulator issued over $70 million in fines against two platforms.",
    ).fine
    assert fine is not None and fine.status == "imposed" and fine.amount is None
    # The same words over a period are a running total.
    total = analyze("Regulators' year", "They issued $70 million in fines over the past year.").fine
    assert total is None or total.status == "mention_of_past"


def test_swiss_busse_with_bezahlen_is_an_imposed_fine() -> None:
    assert _status("Händler kassiert Busse", "Der Händler muss eine Busse bezahlen.") == "imposed"


def test_a_statutory_maximum_under_a_title_about_fines_is_no_fine() -> None:
    assert (
        _status(
            "Data protection fines",
            "Firms face fines of up to 4% of their worldwide turnover or €20 million.",
        )
        is None
    )


def test_a_statutory_maximum_with_only_a_threat_elsewhere_is_no_fine() -> None:
    # "face penalties" threatens whoever breaks the law: no decision was taken.
    assert (
        _status(
            "New law agreed: fines of up to €35 million or 7% of turnover",
            "Companies that break the rules face penalties.",
        )
        is None
    )
    # A decision in another sentence is still read (a guard).
    assert _status("Fines of up to €20 million", "The regulator has fined the bank €2 million.") == "imposed"


def test_a_verbless_headline_takes_the_status_of_its_lead() -> None:
    """ "Record penalty of 70 million for an airline" says nothing of what happened; the lead
    does ("intends to fine", "se propone multar")."""
    assert (
        _status(
            "Sanción récord de 70 millones a una aerolínea",
            "La autoridad británica se propone multar a la aerolínea con 61 millones de libras.",
        )
        == "proposed"
    )
    assert (
        _status(
            "Record penalty of £61 million for an airline",
            "The regulator has fined the airline over a data breach.",
        )
        == "imposed"
    )


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("en", "Retailer ends the practice", "The regulator had fined the retailer €3 million in 2028."),
        (
            "fr",
            "Le distributeur se conforme",
            "La CNIL avait infligé une amende de 3 millions d'euros au distributeur.",
        ),
        (
            "es",
            "El minorista cumple",
            "La agencia había impuesto una multa de 3 millones de euros al minorista.",
        ),
        (
            "it",
            "Il rivenditore si adegua",
            "Il Garante aveva inflitto una multa di 3 milioni di euro al rivenditore.",
        ),
        (
            "de",
            "Händler lenkt ein",
            "Die Behörde hatte gegen den Händler ein Bußgeld von 3 Millionen Euro verhängt.",
        ),
        ("nl", "Winkelier past beleid aan", "De AP had de winkelier een boete van 3 miljoen euro opgelegd."),
    ],
)
def test_the_pluperfect_of_a_fining_verb_recalls_a_past_fine(lang: str, title: str, summary: str) -> None:
    """A follow-up whose only sum is a fine the authority "had" imposed reports no new fine."""
    fine = analyze(title, summary, lang).fine
    assert fine is not None and fine.status == "mention_of_past", lang


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("fr", "La CNIL inflige 50 000 euros à Exemple, qui avait été condamnée à 20 000 euros en 2019."),
        ("en", "The regulator fines Exampla €50,000; Exampla had been fined €20,000 in 2019."),
    ],
)
def test_a_pluperfect_after_the_fining_act_recalls_an_older_fine(lang: str, summary: str) -> None:
    """The act stated first is the news; the pluperfect after it recalls the party's older fine."""
    fine = analyze("Amende pour Exemple", summary, lang).fine
    assert fine is not None and fine.status == "imposed" and fine.amount == 50_000, lang


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "The regulator said on Monday it had fined the retailer €3 million."),
        (
            "fr",
            "La CNIL a annoncé jeudi qu'elle avait infligé une amende de 3 millions d'euros au distributeur.",
        ),
        ("es", "La agencia informó de que había impuesto una multa de 3 millones de euros al minorista."),
    ],
)
def test_a_pluperfect_in_reported_speech_is_the_news(lang: str, summary: str) -> None:
    """After a verb of saying the tense shifts back: "said it had fined" reports the fine."""
    fine = analyze("Retail chain penalised", summary, lang).fine
    assert fine is not None and fine.status == "imposed", lang


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # The lead's status word governs a different sum of the same currency: it is not about the
        # title's fine.
        (
            "Regulators pushed the watchdog towards €80m fine for Acme Chat",
            "The commissioner proposed a €20m penalty but fellow regulators asked for more.",
        ),
        (
            "Amende de 12 millions d'euros pour Exemple SAS",
            "Le rapporteur avait proposé 3 millions d'euros, la formation restreinte est allée plus loin.",
        ),
    ],
)
def test_lead_about_another_sum_leaves_the_title_fine_imposed(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is not None and fine.status == "imposed"


def test_lead_about_the_same_sum_still_sets_the_status() -> None:
    summary = "The watchdog proposed an €80m penalty in a draft decision."
    fine = analyze("€80m fine for Acme Chat", summary).fine
    assert fine is not None and fine.status == "proposed"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Advice headlines cite a fine as an example; it is not their news.
        ("Scuole e telecamere: attenzione alle sanzioni", "Il Garante ha inflitto 20.000 euro a un liceo."),
        ("Cookies: how to avoid GDPR fines", "The regulator fined a bakery chain €15,000 last spring."),
        ("Attention aux amendes pour les caméras", "La CNIL a infligé 40 000 euros à une PME."),
    ],
)
def test_advice_headline_cites_a_past_fine(title: str, summary: str) -> None:
    assert _status(title, summary) == "mention_of_past"


@pytest.mark.parametrize(
    "title",
    [
        # An appeal said with another verb than "appeal": the fine is an old one.
        "Acme Telecom to challenge €7m fine in court",
        "Exemple SAS conteste l'amende de 3 millions d'euros",
        "Esempio impugna la sanzione da 2 milioni",
        "Beispiel AG ficht das Bußgeld von 4 Mio. Euro an",
        "Voorbeeld vecht boete van 1 miljoen euro aan",
    ],
)
def test_an_appeal_in_other_words_is_a_past_fine(title: str) -> None:
    assert _status(title) == "mention_of_past"


@pytest.mark.parametrize(
    "title",
    [
        "The largest privacy penalties of the decade",
        "Die höchsten Bußgelder nach der DSGVO",
        "Les amendes les plus lourdes prononcées en Europe",
        "Las multas más elevadas por protección de datos",
        "Le multe più pesanti del garante",
        "De hoogste boetes voor privacyschendingen",
        # The ranking inside a longer fining phrase ("issued ~ fines"), found overlapping.
        "Regulators issued the biggest fines of the decade",
    ],
)
def test_a_superlative_over_plural_fines_is_a_ranking_of_old_fines(title: str) -> None:
    assert _status(title) == "mention_of_past"


@pytest.mark.parametrize(
    "title",
    [
        "Telecom operator hit with one of the largest fines in the regulator's history",
        "La CNIL inflige à un assureur l'une des plus lourdes amendes de son histoire",
        "Versicherer erhält eines der höchsten Bußgelder in Deutschland",
        "Una de las mayores multas de la agencia para una aseguradora",
        "Een van de hoogste boetes ooit voor een verzekeraar",
    ],
)
def test_a_partitive_picks_one_fine_out_of_a_ranking(title: str) -> None:
    assert _status(title) == "imposed"


@pytest.mark.parametrize(
    "title",
    [
        "Regulator seeks $8 million penalty from payments company",
        "Le parquet requiert une amende de 2 millions d'euros contre l'éditeur",
        "Staatsanwaltschaft fordert Bußgeld von 5 Millionen Euro gegen Händler",
        "La fiscalía pide una multa de 3 millones para la empresa",
        "La procura chiede una multa di 2 milioni per la società",
        "OM eist boete van 1 miljoen euro tegen webwinkel",
    ],
)
def test_a_verb_of_asking_over_a_fine_is_a_proposal(title: str) -> None:
    assert _status(title) == "proposed"


@pytest.mark.parametrize(
    "title",
    [
        # A headline's infinitive is its future: the fine is announced, not yet imposed.
        "Regulator to fine Exampla €1 billion over data transfers",
        "Exampla to be fined €2 million by the regulator",
    ],
)
def test_a_headline_infinitive_is_a_future_fine(title: str) -> None:
    assert _status(title) == "proposed"


def test_a_headline_infinitive_over_an_imposing_lead_is_imposed() -> None:
    assert (
        _status("Regulator to fine Exampla €1 billion", "The regulator has fined Exampla €1 billion.")
        == "imposed"
    )


def test_an_infinitive_in_a_sentence_is_no_future() -> None:
    summary = "The regulator decided to fine Exampla €1 billion on Monday."
    assert _status("Exampla: €1 billion for data transfers", summary) == "imposed"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # The future tense of a fining verb, simple or with "aller", "ir a", "stare per", "gaan".
        ("fr", "La CNIL sanctionnera Exemple d'une amende de 2 millions d'euros"),
        ("fr", "La CNIL va infliger une amende de 2 millions d'euros à Exemple"),
        ("es", "La AEPD multará a Ejemplo con 2 millones de euros"),
        ("es", "La AEPD va a multar a Ejemplo con 2 millones de euros"),
        ("it", "Il Garante sta per multare Esempio per 2 milioni di euro"),
        ("nl", "AP gaat Voorbeeld beboeten met 2 miljoen euro"),
        ("de", "Die Behörde wird gegen Beispiel ein Bußgeld verhängen"),
    ],
)
def test_the_future_of_a_fining_verb_is_a_proposal(lang: str, title: str) -> None:
    assert _status(title) == "proposed", lang


@pytest.mark.parametrize(
    "title",
    [
        # Plural fines as the subject of a verb of amounting are a running total.
        "Privacy fines hit €1.2 billion in 2030, report finds",
        "Les amendes dépassent 90 millions d'euros en 2030",
        "Die Bußgelder steigen auf 50 Millionen Euro",
        "Las multas superan los 30 millones de euros",
        "Le multe superano i 30 milioni di euro",
        "Boetes lopen op tot 30 miljoen euro",
        # The past of a verb of reaching is a sum reached, not a maximum.
        "Privacy fines reached €900 million in 2030, report finds",
        "Les amendes ont atteint 90 millions d'euros en 2030",
        "Die Bußgelder erreichten 50 Millionen Euro",
        "Las multas alcanzaron los 30 millones de euros",
        "Le sanzioni hanno raggiunto i 30 milioni di euro",
        "Boetes bereikten 30 miljoen euro",
    ],
)
def test_plural_fines_amounting_to_a_sum_are_a_total(title: str) -> None:
    assert _status(title) in (None, "mention_of_past")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # A fine word with no sum, no party and no authority names no decision.
        ("Fine dining: the best tables of the city", "A guide from the critics."),
        ("Bußgeldkatalog: Was Autofahrer wissen müssen", "Die wichtigsten Regeln im Überblick."),
        # A sum with nobody fined and nobody fining is a tariff, not a decision.
        ("Bußgeldkatalog: 100 Euro Bußgeld bei Rotlicht", "Auch ein Punkt in Flensburg kommt hinzu."),
        ("Multa de 200 euros por aparcar en doble fila", "Es una infracción grave, recuerda la guía."),
        ("Boete van 300 euro voor bellen op de fiets", "Dat geldt vanaf volgend jaar."),
        ("Fine of £100 for dropping litter from a car", "The rules explained."),
        # Someone who could be fined ("the bank", "il comune") is described, but in a sentence
        # that names no penalty: not as anyone fined.
        ("Fine weather for the harvest", "Prices rose after the central bank held its rates."),
        ("Multa di 90 euro a chi getta rifiuti dal finestrino", "Il comune ha installato nuove telecamere."),
    ],
)
def test_a_fine_word_without_party_or_authority_is_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


def test_a_large_sum_of_no_stated_currency_is_no_tariff() -> None:
    # "3 milioni" with no currency named is no on-the-spot fine: the headline reports a decision.
    fine = analyze("Multa privacy da 3 milioni", "").fine
    assert fine is not None and fine.amount == 3_000_000


def test_a_fine_without_a_sum_but_with_a_party_stays_a_fine() -> None:
    assert _status("Exampla fined over data breach", "") == "imposed"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # A fine word under a negation reports no fine.
        ("Gesichtserkennung: Beispiel soll Daten löschen", "Die Behörde verhängte keine Geldstrafe."),
        ("La CNIL met en demeure Exemple", "Elle ne prononce aucune sanction financière."),
        ("AP berispt Voorbeeld", "De toezichthouder legt geen geldboete op."),
    ],
)
def test_a_negated_fine_is_no_fine(title: str, summary: str) -> None:
    assert analyze(title, summary).fine is None


@pytest.mark.parametrize(
    "title",
    [
        "Fine of €5 million for a retailer over its loyalty cards",
        "Exampla Bank: multa de 5 millones de euros",
        "Geldbuße von 2 Millionen Euro gegen Versicherer",
    ],
)
def test_a_fine_with_a_sum_and_a_described_party_stays_a_fine(title: str) -> None:
    assert _status(title, "") == "imposed"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # An explainer's headline cites fines; without a fining act of its own they are not news.
        ("Why the €20m Exampleview fines never get paid", "None of the money was collected."),
        ("Wie die Datenschutzbehörde Bußgelder berechnet", "Beispiel zahlte 2 Millionen Euro."),
        ("Pourquoi les amendes de la CNIL augmentent", "Exemple a payé 2 millions d'euros."),
        ("Hoe de AP boetes berekent", "Voorbeeld kreeg een boete van 2 miljoen euro."),
    ],
)
def test_an_explainer_headline_is_commentary(title: str, summary: str) -> None:
    assert _status(title, summary) in (None, "mention_of_past")


def test_an_explainer_with_a_fining_act_of_its_own_stays_a_fine() -> None:
    assert _status("How the CNIL fined Exampleview €20 million", "") == "imposed"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Regulator to decide whether Exempla should be fined €2m", "A decision is due next month."),
        ("Exempla unter Druck", "Die Behörde prüft, ob sie ein Bußgeld gegen das Unternehmen verhängt."),
    ],
)
def test_a_fining_act_in_an_indirect_question_is_not_yet_taken(title: str, summary: str) -> None:
    fine = analyze(title, summary).fine
    assert fine is None or fine.status == "proposed", title


_OPENS_THE_WAY = [
    # A step that opens the way to a fine, in six languages: a proposal at most.
    "Ruling paves the way for a €10 million fine on Exempla",
    "La décision ouvre la voie à une amende de 20 millions d'euros contre Exemple",
    "EU-Urteil ebnet den Weg für ein Bußgeld von 5 Millionen Euro gegen Beispiel",
    "La sentencia abre la puerta a una multa de 2 millones para Ejemplo",
    "La sentenza apre la strada a una multa da 5 milioni per Esempio",
    "Uitspraak zet weg vrij voor boete van 10 miljoen euro voor Voorbeeld",
    # An authority's plan.
    "Behörde plant Bußgeld von 5 Millionen Euro gegen Beispiel",
]
_COMMENTARY = [
    # A genre label and a colon open commentary in six languages; its fines are old news.
    "Opinion: the €345m fine on Exempla will change little",
    "Analyse : ce que change l'amende de 150 millions infligée à Exemple",
    "Kommentar: Das Bußgeld von 35 Millionen Euro gegen Beispiel ist zu niedrig",
    "Opinión: la multa de 10 millones a Ejemplo llega tarde",
    "Commento: la multa da 20 milioni a Esempio è un segnale",
    "Column: de boete van 30 miljoen voor Voorbeeld is een waarschuwing",
    "Three years after its €20 million fine, Exempla still scrapes faces",
    # A court halving a Dutch fine.
    "Rechter halveert boete van Voorbeeld tot 1 miljoen euro",
]


@pytest.mark.parametrize(
    ("title", "status"),
    [*((t, "proposed") for t in _OPENS_THE_WAY), *((t, "mention_of_past") for t in _COMMENTARY)],
)
def test_what_opens_the_way_plans_or_comments_is_no_new_fine(title: str, status: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and fine.status == status, title


def test_a_headline_opening_with_how_is_no_genre_label() -> None:
    # French "Comment" (how) with no colon opens a sentence, not a column.
    fine = analyze("Comment la CNIL a sanctionné Exemple de 2 millions d'euros", "").fine
    assert fine is not None and fine.status == "imposed"


@pytest.mark.parametrize(
    "title",
    [
        # The final sum beside the one first proposed: the proposal is the earlier sum's.
        "Regulator reduces Exempla fine to £20m from £183m proposed",
        "ICO fines Exempla £20m, far less than the £183m initially proposed",
        "La CNIL ramène l'amende d'Exemple à 20 millions, contre 50 millions proposés",
    ],
)
def test_a_final_fine_beside_its_earlier_proposal_is_imposed(title: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and (fine.status, fine.amount) == ("imposed", 20_000_000), title


def test_a_proposed_law_after_from_is_no_earlier_proposal() -> None:
    # No sum between "from" and "proposed": the words name a bill, the fines are still possible.
    fine = analyze("Companies face fines of €5m from the proposed AI Act", "").fine
    assert fine is not None and fine.status == "proposed"


def test_fines_that_can_reach_a_sum_stay_a_maximum_not_a_total() -> None:
    # The present of "reach" with a modal is a statutory maximum: no fine and no total.
    assert analyze("GDPR fines can reach €20 million or 4% of turnover", "").fine is None


@pytest.mark.parametrize(
    "title",
    [
        # Money paid with no penalty, act, authority or personal data named: a purchase or a price.
        "Examplecorp pays $12 million for start-up Widgetly",
        "Examplecorp zahlt 12 Millionen Euro für das Start-up Widgetly",
        "Examplecorp betaalt 12 miljoen euro voor start-up Widgetly",
        "Examplecorp pagará 12 millones por comprar la start-up Widgetly",
        "Examplecorp will pay $12 million for start-up Widgetly",
    ],
)
def test_money_paid_for_something_is_no_fine(title: str) -> None:
    assert analyze(title, "").fine is None


@pytest.mark.parametrize(
    "title",
    [
        # A verb of paying with a reason about personal data or with an authority is a penalty.
        "Exampla pays $5 million over data breach",
        "Exampla zahlt 2 Millionen Euro wegen Datenschutzverstößen",
        "Databroker Exampla betaalt 12 miljoen dollar aan FTC",
    ],
)
def test_money_paid_over_personal_data_or_to_an_authority_is_a_fine(title: str) -> None:
    fine = analyze(title, "").fine
    assert fine is not None and fine.status == "imposed"


def test_a_us_settlement_filed_as_a_proposed_order_is_imposed() -> None:
    # A US agency files an agreed settlement as a "proposed final judgment" or "proposed consent
    # order": the penalty is set, not proposed.
    summary = "Under a proposed consent order with the FTC, Exampla will pay a $5 million civil penalty."
    fine = analyze("FTC secures $5 million penalty from Exampla", summary).fine
    assert fine is not None and fine.status == "imposed"
    # The proposals of each language stay proposals: "proposed" of a fine, "proposée" in French.
    assert _status("Irish DPC proposed €400m fine for Exampla") == "proposed"
    assert _status("Amende de 2 millions d'euros proposée contre Exemple") == "proposed"
    assert _status("Exampla faces fines of €5m under new rules") == "proposed"


@pytest.mark.parametrize(
    "title",
    [
        # An authority weighing a fine has not imposed it.
        "Datenschutzbehörde prüft Bußgeld gegen Beispiel",
        "Behörde erwägt Bußgeld in Millionenhöhe gegen Beispiel",
        "Regulator weighs fine for Exampla over data leak",
        "Regulator considers €10 million fine for Exampla",
    ],
)
def test_a_fine_weighed_is_proposed(title: str) -> None:
    assert _status(title) == "proposed"


@pytest.mark.parametrize(
    "title",
    [
        # A possible fine is not yet one, in each language.
        "Esempio nel mirino del Garante: possibile multa da 10 milioni",
        "Posible multa de 3 millones para Ejemplo",
        "Mögliches Bußgeld in Millionenhöhe für Beispiel",
        "Exemple : une possible amende de 2 millions d'euros",
        "Mogelijke boete van 2 miljoen euro voor Voorbeeld",
    ],
)
def test_a_possible_fine_is_proposed(title: str) -> None:
    assert _status(title) == "proposed"


def test_money_paid_in_to_an_authority_in_italian_is_a_fine() -> None:
    fine = analyze("Esempio dovrà versare 2 milioni di euro al Garante", "").fine
    assert fine is not None and fine.status == "imposed" and fine.amount == 2_000_000


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # A total of several fines over a named period (last year) is a running total.
        ("Five things to know about privacy fines", "Regulators imposed €1.2 billion in fines last year."),
        ("Las multas se disparan", "La AEPD impuso sanciones por valor de 35 millones el año pasado."),
        ("Boetes stijgen fors", "Vorig jaar legden de toezichthouders voor 2 miljard euro aan boetes op."),
        ("Bußgelder steigen", "Die Behörden verhängten im vergangenen Jahr 40 Millionen Euro an Bußgeldern."),
    ],
)
def test_a_total_of_fines_over_a_period_is_a_running_total(title: str, summary: str) -> None:
    assert _status(title, summary) in (None, "mention_of_past")


def test_one_fine_of_last_year_is_still_one_fine() -> None:
    """Guard: the period says what a total covers, not when one fine was imposed."""
    fine = analyze("ICO fines Exampla £5m", "The regulator fined the retailer £5 million last year.").fine
    assert fine is not None and fine.status == "imposed" and fine.amount == 5_000_000


def test_a_penalty_asked_for_after_its_noun_is_proposed() -> None:
    summary = "Der Beauftragte hat gegen Beispiel eine Busse von 40.000 Franken beantragt."
    assert _status("Datenschutz", summary) == "proposed"


def test_an_authority_fining_two_parties_a_total_is_imposed_without_one_amount() -> None:
    """ "CNIL fines X and Y": after the authority's name the noun-like "fines" is the verb."""
    fine = analyze("CNIL fines Exampla and Zephyr a total of €1 million", "").fine
    assert fine is not None and fine.status == "imposed" and fine.amount is None


@pytest.mark.parametrize(
    "title",
    [
        # An agency's label before the headline is no word of it.
        "ROUNDUP: Beispiel muss 3 Mio Euro Bußgeld zahlen",
        "ROUNDUP 2/Kreise: Beispiel muss 3 Mio Euro Bußgeld zahlen",
        "UPDATE 2-ICO fines Exampla £3 million",  # a guard: read right before
    ],
)
def test_a_wire_label_before_the_headline_is_cut(title: str) -> None:
    assert _status(title) == "imposed"


def test_a_review_named_a_roundup_still_reviews() -> None:
    """Guard: as a word of the headline, "roundup" is a review of old fines."""
    assert _status("Privacy roundup: ICO fines Exampla £3 million") == "mention_of_past"


@pytest.mark.parametrize(
    "title",
    [
        # Heading for a fine, or an authority studying or weighing one: not yet imposed.
        "Vers une amende record pour Exemple",
        "La AEPD estudia multar a Ejemplo",
        "Il Garante valuta una multa per Esempio",
    ],
)
def test_a_fine_headed_for_or_weighed_is_a_proposal(title: str) -> None:
    assert _status(title) == "proposed"
