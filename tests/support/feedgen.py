"""Synthetic feeds for the benchmarks and the fast reader's tests: RSS 2.0 and Atom, 50 items, HTML
summaries, fines in 6 languages.

Everything is deterministic: feed `n` at generation `g` holds items g .. g+49 (newest first), so moving
from generation g to g+1 adds exactly one new item to every feed and drops its oldest.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from xml.sax.saxutils import escape, quoteattr

ITEMS_PER_FEED = 50
CONTENT_TYPE_OF = {"atom": "application/atom+xml; charset=utf-8", "rss": "application/rss+xml; charset=utf-8"}
LANGS = ("en", "fr", "de", "es", "it", "nl")
AUTHORITIES = {
    "en": ["the ICO", "the Irish Data Protection Commission", "the FTC", "the EDPB"],
    "fr": ["la CNIL", "l'Autorité de protection des données", "la CNIL française"],
    "de": ["der Hamburgische Datenschutzbeauftragte", "die Berliner Datenschutzbehörde", "der BfDI"],
    "es": ["la AEPD", "la Agencia Española de Protección de Datos"],
    "it": ["il Garante privacy", "il Garante per la protezione dei dati personali"],
    "nl": ["de Autoriteit Persoonsgegevens", "de AP"],
}
AUTHORITY_CODES = ["CNIL", "ICO", "AEPD", "GARANTE", "AP", "DPC", "EDPB", "HMBBFDI"]
COMPANIES = [
    "Clearview AI", "Meta Platforms Ireland", "TikTok", "Amazon Europe", "Uber", "Criteo", "Vodafone",
    "Enel Energia", "H&M", "Google LLC", "Deliveroo Italy", "Caixabank", "Booking.com", "Orange",
    "Yahoo EMEA", "a hospital in Lyon", "Foodinho", "Worldcoin", "PimEyes", "a municipal police",
]  # fmt: skip
FINE_TEMPLATES = {
    "en": [
        "{auth} has fined {co} {amount} for unlawful processing of biometric data.",
        "{co} was hit with a {amount} penalty by {auth} over facial recognition in its stores.",
        "{auth} imposed a fine of {amount} on {co} for failing to honour access requests.",
        "{auth} proposes to fine {co} {amount} after an investigation into CCTV with face matching.",
    ],
    "fr": [
        "{auth} a prononcé une amende de {amount} à l'encontre de {co} pour reconnaissance faciale.",
        "{co} sanctionnée : {auth} inflige une amende de {amount} pour manquements au RGPD.",
        "Sanction de {amount} contre {co} : {auth} relève des données biométriques gardées trop longtemps.",
    ],
    "de": [
        "{auth} verhängt ein Bußgeld in Höhe von {amount} gegen {co} wegen Gesichtserkennung.",
        "Gegen {co} wurde von {auth} eine Geldbuße von {amount} verhängt, weil biometrische Daten fehlten.",
    ],
    "es": [
        "{auth} multa a {co} con {amount} por el uso de reconocimiento facial sin base legal.",
        "{auth} impone una sanción de {amount} a {co} por tratar datos biométricos de empleados.",
    ],
    "it": [
        "{auth} ha inflitto una sanzione di {amount} a {co} per il riconoscimento facciale.",
        "Multa da {amount} per {co}: {auth} contesta il trattamento di dati biometrici.",
    ],
    "nl": [
        "{auth} legt {co} een boete op van {amount} voor gezichtsherkenning zonder grondslag.",
        "{co} krijgt een boete van {amount} van {auth} wegens het verwerken van vingerafdrukken.",
    ],
}
AMOUNTS = {
    "en": ["€{m} million", "£{m} million", "${m} million", "€{k},000"],
    "fr": ["{m} millions d'euros", "{k} 000 euros", "{m} M€"],
    "de": ["{m} Millionen Euro", "{k}.000 Euro", "{m} Mio. €"],
    "es": ["{m} millones de euros", "{k}.000 euros"],
    "it": ["{m} milioni di euro", "{k}.000 euro"],
    "nl": ["€{m} miljoen", "{k}.000 euro"],
}
NEWS = {
    "en": [
        "The council published its quarterly report on public transport and road maintenance.",
        "Researchers presented a new method for measuring air quality in dense urban areas.",
        "The company announced a partnership to expand broadband coverage in rural regions.",
        "Lawmakers debated a draft bill on digital services and online marketplaces.",
        "A new guide explains how small businesses can keep customer records secure.",
        "Experts discussed the future of remote work at a conference in Brussels.",
    ],
    "fr": [
        "Le conseil municipal a adopté le budget annuel après un long débat.",
        "Un nouveau guide pratique aide les associations à gérer leurs fichiers d'adhérents.",
        "Les chercheurs ont présenté une étude sur la qualité de l'air en ville.",
        "Le gouvernement lance une consultation publique sur les services numériques.",
    ],
    "de": [
        "Der Stadtrat hat den Haushalt für das kommende Jahr beschlossen.",
        "Forscher stellen eine neue Methode zur Messung der Luftqualität vor.",
        "Ein Leitfaden erklärt, wie kleine Unternehmen Kundendaten schützen können.",
        "Die Regierung startet eine Konsultation zu digitalen Diensten.",
    ],
    "es": [
        "El ayuntamiento aprobó el presupuesto anual tras un largo debate.",
        "Una nueva guía explica cómo proteger los datos de los clientes en pequeñas empresas.",
        "Investigadores presentan un estudio sobre la calidad del aire en las ciudades.",
    ],
    "it": [
        "Il consiglio comunale ha approvato il bilancio dopo un lungo dibattito.",
        "Una nuova guida spiega come le piccole imprese possono proteggere i dati dei clienti.",
        "I ricercatori hanno presentato uno studio sulla qualità dell'aria.",
    ],
    "nl": [
        "De gemeenteraad heeft de begroting voor volgend jaar aangenomen.",
        "Een nieuwe handleiding legt uit hoe kleine bedrijven klantgegevens beveiligen.",
        "Onderzoekers presenteren een studie naar de luchtkwaliteit in steden.",
    ],
}
TITLES = {
    "en": ["Weekly update {n}", "Report on digital services ({n})", "Guidance note {n}", "News roundup #{n}"],
    "fr": ["Actualité n°{n}", "Point hebdomadaire {n}", "Guide pratique ({n})"],
    "de": ["Wochenrückblick {n}", "Pressemitteilung Nr. {n}", "Leitfaden ({n})"],
    "es": ["Actualidad {n}", "Nota de prensa n.º {n}"],
    "it": ["Notizie {n}", "Comunicato stampa n. {n}"],
    "nl": ["Nieuwsbericht {n}", "Weekoverzicht {n}"],
}
FINE_TITLES = {
    "en": "{co} fined {amount}",
    "fr": "Amende de {amount} pour {co}",
    "de": "Bußgeld von {amount} gegen {co}",
    "es": "Multa de {amount} a {co}",
    "it": "Sanzione di {amount} a {co}",
    "nl": "Boete van {amount} voor {co}",
}
BASE_TIME = datetime(2024, 1, 1, tzinfo=UTC)
DECISIONS = 80  # distinct fine decisions the fine items report


def feed_language(n: int) -> str:
    return LANGS[n % len(LANGS)]


def feed_format(n: int) -> str:
    return "atom" if n % 2 else "rss"


def feed_authority(n: int) -> str | None:
    return AUTHORITY_CODES[n % len(AUTHORITY_CODES)] if n % 10 == 0 else None


def item_fields(n: int, seq: int) -> dict[str, str]:
    """Title, link, guid, date, author and HTML summary of item `seq` of feed `n`."""
    rng = random.Random(n * 1_000_003 + seq)
    lang = feed_language(n)
    fine = rng.random() < 0.2
    link = f"https://news{n}.example.org/{lang}/articles/{seq}-{rng.randrange(10**6)}?utm_source=rss"
    if fine:
        # Many outlets report few decisions: each fine item reports one of DECISIONS, in its language.
        decision = random.Random(rng.randrange(DECISIONS))
        co = decision.choice(COMPANIES)
        amount = decision.choice(AMOUNTS[lang]).format(
            m=decision.randint(1, 400), k=decision.randint(10, 900)
        )
        auth = decision.choice(AUTHORITIES[lang])
        lead = rng.choice(FINE_TEMPLATES[lang]).format(auth=auth, co=co, amount=amount)
        title = FINE_TITLES[lang].format(co=co, amount=amount)
        more = rng.sample(NEWS[lang], 2)
        paragraphs = [
            f"<p><strong>{escape(lead)}</strong></p>",
            f'<p>{escape(more[0])} <a href="{escape(link)}">{escape(co)}</a>.</p>',
            f"<p><em>{escape(more[1])}</em></p>",
        ]
    else:
        title = rng.choice(TITLES[lang]).format(n=seq)
        sentences = rng.sample(NEWS[lang], min(3, len(NEWS[lang])))
        paragraphs = [f"<p>{escape(s)}</p>" for s in sentences]
        paragraphs.insert(1, f'<p><a href="/{lang}/related/{seq}">Read more</a> &middot; <br/></p>')
    if rng.random() < 0.1:
        paragraphs.append('<img src="https://cdn.example.org/pixel.gif" width="1" height="1"/>')
    if rng.random() < 0.05:
        paragraphs.append("<script>track()</script>")
    when = BASE_TIME + timedelta(hours=seq * 19 + n % 7, minutes=n % 60)
    return {
        "title": title,
        "link": link,
        "guid": f"https://news{n}.example.org/node/{seq}",
        "date": when.isoformat(),
        "rfc822": when.strftime("%a, %d %b %Y %H:%M:%S +0000"),
        "author": f"Desk {seq % 5} <desk{seq % 5}@news{n}.example.org>",
        "author_name": f"Desk {seq % 5}",
        "summary": "\n".join(paragraphs),
    }


def feed_document(n: int, generation: int = 0, items: int = ITEMS_PER_FEED) -> bytes:
    seqs = range(generation + items - 1, generation - 1, -1)
    entries = [item_fields(n, s) for s in seqs]
    lang = feed_language(n)
    if feed_format(n) == "atom":
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            f'xml:lang="{lang}">',
            f"<title>Synthetic Atom feed {n}</title>",
            f'<link rel="alternate" href="https://news{n}.example.org/"/>',
            f'<link rel="self" href="https://news{n}.example.org/feed.atom"/>',
            f"<id>urn:example:feed:{n}</id><updated>{entries[0]['date']}</updated>",
        ]
        for e in entries:
            parts.append(
                f'<entry><title type="html">{escape(escape(e["title"]))}</title>'
                f'<link rel="alternate" href={quoteattr(e["link"])}/>'
                f"<id>{escape(e['guid'])}</id><updated>{e['date']}</updated><published>{e['date']}</published>"
                f"<author><name>{escape(e['author_name'])}</name></author>"
                f'<summary type="html">{escape(e["summary"])}</summary></entry>'
            )
        parts.append("</feed>")
    else:
        cdata = n % 4 == 0
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
            f"<title>Synthetic RSS feed {n}</title><link>https://news{n}.example.org/</link>",
            f"<description>Feed {n}</description><language>{lang}</language>",
        ]
        for e in entries:
            body = f"<![CDATA[{e['summary']}]]>" if cdata else escape(e["summary"])
            creator = (
                f"<dc:creator>{escape(e['author_name'])}</dc:creator>"
                if n % 3
                else f"<author>{escape(e['author'])}</author>"
            )
            parts.append(
                f"<item><title>{escape(e['title'])}</title><link>{escape(e['link'])}</link>"
                f'<guid isPermaLink="false">{escape(e["guid"])}</guid><pubDate>{e["rfc822"]}</pubDate>'
                f"{creator}<category>news</category><description>{body}</description></item>"
            )
        parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")
