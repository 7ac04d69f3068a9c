"""A small register built from feeds written like public items: an authority's own feed and news in
several languages, a competition fine beside the data-protection ones, exact and rounded sums."""

from __future__ import annotations

from pathlib import Path

from tests.support.feedserver import FeedServer, rss

# The Irish DPC's own item states the exact sum, the decision's day and two articles; the news
# reported it first, rounded.
DPC_OWN = {
    "title": "Data Protection Commission fines Nordwind Social Ltd €1.24 billion",
    "link": "https://dpc.example/news/nordwind-decision",
    "guid": "https://dpc.example/news/nordwind-decision",
    "description": "The Data Protection Commission adopted its decision on 12 May 2023 and imposed "
    "an administrative fine of €1.24 billion on Nordwind Social Ltd for infringing "
    "Article 46(1) GDPR.",
    "pubDate": "Tue, 23 May 2023 11:00:00 GMT",
}
DPC_NEWS = {
    "title": "Irish DPC fines Nordwind Social €1.2bn over data transfers",
    "link": "https://news-en.example/nordwind-fine",
    "guid": "https://news-en.example/nordwind-fine",
    "description": "Ireland's Data Protection Commission fined Nordwind Social €1.2bn.",
    "pubDate": "Mon, 22 May 2023 09:00:00 GMT",
}
DPC_DE = {
    "title": "Irische Datenschutzbehörde DPC verhängt Bußgeld von 1,2 Milliarden Euro gegen Nordwind Social",
    "link": "https://news-de.example/nordwind",
    "guid": "https://news-de.example/nordwind",
    "description": "Die DPC sieht einen Verstoß gegen Art. 5 Abs. 1 lit. a DSGVO.",
    "pubDate": "Tue, 23 May 2023 08:00:00 GMT",
}
# A Spanish decision: the rounded figure in English news, the exact one in Spanish.
AEPD_NEWS = {
    "title": "Spanish DPA AEPD fines Banco Ejemplar €2.5 million",
    "link": "https://news-en.example/banco-ejemplar",
    "guid": "https://news-en.example/banco-ejemplar",
    "description": "The Spanish data protection agency fined the bank €2.5 million.",
    "pubDate": "Thu, 07 Mar 2024 09:00:00 GMT",
}
AEPD_ES = {
    "title": "La AEPD multa a Banco Ejemplar con 2,52 millones de euros",
    "link": "https://news-es.example/banco-ejemplar",
    "guid": "https://news-es.example/banco-ejemplar",
    "description": "La Agencia Española de Protección de Datos sanciona al banco por infringir el "
    "artículo 6 del RGPD.",
    "pubDate": "Fri, 08 Mar 2024 10:00:00 GMT",
}
# A UK decision in pounds, valued at its day's rate.
ICO_NEWS = {
    "title": "ICO fines Vista Clinics Ltd £4.4 million",
    "link": "https://news-en.example/vista-clinics",
    "guid": "https://news-en.example/vista-clinics",
    "description": "The Information Commissioner's Office said the clinics broke Article 5(1)(f) of "
    "the UK GDPR.",
    "pubDate": "Wed, 11 Oct 2023 09:00:00 GMT",
}
# Competition law, not data protection: shown only when the user asks for it.
EC_NEWS = {
    "title": "European Commission fines Megachip €376 million for abuse of dominance",
    "link": "https://news-en.example/megachip",
    "guid": "https://news-en.example/megachip",
    "description": "The antitrust fine follows a cartel investigation into chip prices.",
    "pubDate": "Tue, 13 Jun 2023 09:00:00 GMT",
}


def write_register_feeds(server: FeedServer, folder: Path) -> Path:
    """The feeds file for the three feeds above, served by `server`."""
    folder.mkdir(parents=True, exist_ok=True)
    dpc = server.add("/dpc.xml", rss([DPC_OWN], title="DPC news", link="https://dpc.example/"))
    en = server.add("/news-en.xml", rss([DPC_NEWS, AEPD_NEWS, ICO_NEWS, EC_NEWS], title="Privacy news"))
    other = server.add("/news-other.xml", rss([DPC_DE, AEPD_ES], title="Europa", language="de"))
    feeds = folder / "feeds.yml"
    feeds.write_text(
        "feeds:\n"
        f"  - {{name: DPC (IE), url: '{dpc}', kind: authority, language: en, authority: DPC}}\n"
        f"  - {{name: Privacy news, url: '{en}', kind: news, language: en}}\n"
        f"  - {{name: Europa, url: '{other}', kind: news, language: de}}\n",
        encoding="utf-8",
    )
    return feeds
