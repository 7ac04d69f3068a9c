"""Screenshots of the real window for the README: feeds served locally, a real X window, grabWindow.

The items report real, public decisions (Clearview AI fined by the CNIL, the Garante, the Dutch AP and
the ICO; Mercadona, H&M, Criteo and others) in headlines and summaries written for this script.

Run under an X server, e.g.:  xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.screenshots
Writes docs/screenshots/main-window.png, fines-register.png, fines-view.png and fines-chart.png.
With `--language fr` (or de, it, es, nl) the window is in that language and the files end in -fr;
with `--dark`, in a dark palette, ending in -dark.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from monitor import settings
from monitor.config import load_feeds
from monitor.gui.app import DesktopApp
from monitor.gui.style import dark_palette
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

ROOT = Path(__file__).resolve().parent.parent
# A real X window (under xvfb-run), not the offscreen platform the tests use.
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

# Real, public decisions (Clearview AI across four authorities, and a few others), in headlines and
# summaries written for this demo: no article text is copied. Each tuple: title, summary, pubDate, link.
Row = tuple[str, str, str, str]
CNIL: list[Row] = [
    (
        "La CNIL inflige une amende de 20 millions d'euros à Clearview AI",
        "La formation restreinte de la CNIL sanctionne Clearview AI d'une amende de 20 millions d'euros "
        "pour la collecte de photographies de visages sans base légale (article 6 du RGPD) à des fins "
        "de reconnaissance faciale, et lui ordonne de supprimer les données des personnes en France, "
        "sous astreinte de 100 000 euros par jour de retard.",
        "Thu, 20 Oct 2022 09:00:00 +0200",
        "https://www.cnil.fr/fr/reconnaissance-faciale-sanction-de-20-millions-deuros-lencontre-de-clearview-ai",
    ),
    (
        "La CNIL sanctionne Criteo d'une amende de 40 millions d'euros",
        "La CNIL a prononcé une amende de 40 millions d'euros contre la société Criteo, spécialisée dans "
        "la publicité ciblée, pour des manquements au RGPD sur le consentement des internautes.",
        "Thu, 22 Jun 2023 09:00:00 +0200",
        "https://www.cnil.fr/fr/publicite-personnalisee-criteo-sanctionnee",
    ),
    (
        "Cookies : la CNIL publie de nouvelles recommandations",
        "Des recommandations pratiques pour recueillir le consentement aux traceurs.",
        "Mon, 03 Oct 2022 09:00:00 +0200",
        "https://www.cnil.fr/fr/cookies-et-autres-traceurs",
    ),
]
NEWS_EN: list[Row] = [
    (
        "French regulator fines Clearview AI €20 million over facial recognition database",
        "France's CNIL imposed a €20 million fine on Clearview AI for scraping photos of faces without a "
        "legal basis, ordered it to delete the data of people in France, and added a penalty of "
        "€100,000 per day of delay.",
        "Thu, 20 Oct 2022 14:00:00 GMT",
        "https://news.example/2022/10/cnil-clearview",
    ),
    (
        "Italy's Garante fines Clearview AI €20 million for facial recognition",
        "The Italian data protection authority, the Garante, fined Clearview AI €20 million and banned "
        "it from processing the biometric data of people in Italy.",
        "Wed, 09 Mar 2022 10:00:00 GMT",
        "https://news.example/2022/03/garante-clearview",
    ),
    (
        "ICO fines Clearview AI £7.5 million over facial recognition images",
        "The UK Information Commissioner's Office fined Clearview AI £7.5 million for collecting images "
        "of people in the UK from the web for its facial recognition database.",
        "Mon, 23 May 2022 10:00:00 GMT",
        "https://news.example/2022/05/ico-clearview",
    ),
    (
        "Dutch DPA fines Clearview AI €30.5 million over illegal database of faces",
        "The Autoriteit Persoonsgegevens imposed a fine of €30.5 million on Clearview AI for building an "
        "illegal facial recognition database of billions of photos of faces, including of Dutch people.",
        "Tue, 03 Sep 2024 10:00:00 GMT",
        "https://news.example/2024/09/ap-clearview",
    ),
    (
        "Spain's AEPD fines Mercadona €2.52 million over facial recognition in supermarkets",
        "The Spanish data protection authority AEPD fined the supermarket chain Mercadona €2.52 million "
        "for using facial recognition cameras in its stores.",
        "Thu, 29 Jul 2021 10:00:00 GMT",
        "https://news.example/2021/07/aepd-mercadona",
    ),
    (
        "Dutch DPA fines company €725,000 for scanning employees' fingerprints",
        "The Autoriteit Persoonsgegevens imposed a fine of €725,000 on a company that used fingerprint "
        "scanning of its employees for attendance, as biometric data needs a legal exception.",
        "Thu, 30 Apr 2020 10:00:00 GMT",
        "https://news.example/2020/04/ap-fingerprints",
    ),
    (
        "EDPB adopts final guidelines on facial recognition in law enforcement",
        "The European Data Protection Board adopted its guidelines on the use of facial recognition "
        "technology by police and other law enforcement authorities.",
        "Wed, 26 Apr 2023 10:00:00 GMT",
        "https://news.example/2023/04/edpb-facial-recognition",
    ),
    (
        "Markets close higher as energy prices ease",
        "Stocks rose across Europe on Tuesday.",
        "Tue, 03 Sep 2024 17:00:00 GMT",
        "https://news.example/2024/09/markets",
    ),
]
NEWS_FR: list[Row] = [
    (
        "Reconnaissance faciale : Clearview AI condamnée à 20 millions d'euros par la CNIL",
        "La CNIL inflige une amende de 20 millions d'euros à Clearview AI, assortie d'une astreinte de "
        "100 000 euros par jour de retard, pour sa base de visages collectés sur Internet.",
        "Thu, 20 Oct 2022 11:30:00 +0200",
        "https://actualites.example/2022/10/clearview-cnil",
    ),
]
NEWS_DE: list[Row] = [
    (
        "Frankreich: CNIL verhängt 20 Millionen Euro Bußgeld gegen Clearview AI",
        "Die französische Datenschutzbehörde CNIL hat gegen Clearview AI ein Bußgeld von 20 Millionen "
        "Euro wegen Gesichtserkennung verhängt.",
        "Fri, 21 Oct 2022 08:00:00 +0200",
        "https://datenschutz.example/2022/10/clearview-cnil",
    ),
    (
        "Hamburger Datenschutzbeauftragter: 35,3 Millionen Euro Bußgeld gegen H&M",
        "Der Hamburgische Beauftragte für Datenschutz (HmbBfDI) hat gegen H&M ein Bußgeld von "
        "35,3 Millionen Euro wegen der Überwachung von Beschäftigten im Servicecenter Nürnberg verhängt.",
        "Thu, 01 Oct 2020 10:00:00 +0200",
        "https://datenschutz.example/2020/10/hm-bussgeld",
    ),
    (
        "Bundesliga: Spieltag endet mit Überraschungen",
        "Sport am Wochenende.",
        "Sun, 22 Sep 2024 20:00:00 +0200",
        "https://datenschutz.example/2024/09/sport",
    ),
]


def items(rows: list[Row]) -> list[dict[str, str]]:
    return [
        {"title": t, "description": d, "pubDate": p, "link": link, "guid": link} for t, d, p, link in rows
    ]


FEEDS = (
    # name, path, kind extras, language, rows
    ("CNIL", "/cnil.xml", "kind: authority, country: FR, authority: CNIL", "fr", CNIL),
    ("Privacy News", "/en.xml", "kind: news", "en", NEWS_EN),
    ("RGPD Actu", "/fr.xml", "kind: news", "fr", NEWS_FR),
    ("Datenschutz", "/de.xml", "kind: news", "de", NEWS_DE),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=sorted(settings.WINDOW_LANGUAGES))
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    args = parser.parse_args()
    suffix = ("" if args.language == "en" else f"-{args.language}") + ("-dark" if args.dark else "")
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="monitor-shots-"))
    os.environ["MONITOR_DATA_DIR"] = str(work / "data")
    os.environ["MONITOR_CONFIG_DIR"] = str(work / "config")
    qt = QApplication([sys.argv[0]])
    qt.setApplicationName("Regulatory Monitor")
    if args.dark:
        qt.setStyle("Fusion")
        qt.setPalette(dark_palette())
    with FeedServer() as server:
        lines = ["feeds:"]
        for name, path, extras, language, rows in FEEDS:
            # The first poll sees all but the newest item of each feed: a backlog, as on a first day.
            url = server.add(path, rss(items(rows[1:]), title=name, language=language))
            lines.append(f"  - {{name: '{name}', url: '{url}', {extras}, language: {language}}}")
        feeds = work / "feeds.yml"
        feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
        store = Store(work / "m.sqlite")
        settings.put(store, "language", args.language)
        store.close()
        app = DesktopApp(work / "m.sqlite", feeds, load_feeds(feeds), interval=3600)
        app.window.resize(1360, 820)
        polls: list[int] = []

        def shoot() -> None:
            window = app.window
            window.banner.dismiss()
            window.tabs.setCurrentIndex(0)
            window.sources.select("all")
            # The English report of the CNIL's Clearview decision, read as a user would (it turns unbold).
            english = next(
                row
                for row in (window.model.row_dict(r) for r in range(window.model.rowCount()))
                if row and row["feed"] == "Privacy News" and "French regulator" in row["title"]
            )
            window.select_item(int(english["id"]))
            qt.processEvents()
            screen = window.screen()
            screen.grabWindow(window.winId()).save(str(out / f"main-window{suffix}.png"))
            window.tabs.setCurrentIndex(1)
            fines = window.fines
            clearview_cnil = next(
                e["id"]
                for e in fines.events.rows
                if e["target"] == "Clearview AI" and e["authority"] == "CNIL"
            )
            fines.select_event(int(clearview_cnil))
            fines.lower_tabs.setCurrentIndex(1)  # Totals by party
            qt.processEvents()
            screen.grabWindow(window.winId()).save(str(out / f"fines-view{suffix}.png"))
            fines.lower_tabs.setCurrentIndex(2)  # Over time
            fines.chart_measure.setCurrentIndex(fines.chart_measure.findData("euros"))
            qt.processEvents()
            screen.grabWindow(window.winId()).save(str(out / f"fines-chart{suffix}.png"))
            # Last, as a folded filter bar gives its height back only after a relayout: the register's
            # facts, with the filters open, the decision's country, domain, articles and its
            # official source first.
            fines.filters.more.setChecked(True)
            fines.lower_tabs.setCurrentIndex(0)  # Sources
            qt.processEvents()
            screen.grabWindow(window.winId()).save(str(out / f"fines-register{suffix}.png"))
            app.quit()

        def finished(_report: object) -> None:
            polls.append(1)
            if len(polls) == 1:
                # The second poll brings the newest items after the backlog, as on a real day.
                for name, path, _extras, language, rows in FEEDS:
                    server.add(path, rss(items(rows), title=name, language=language))
                app.controller.poll_now(None, force=True)
            else:
                QTimer.singleShot(800, shoot)

        app.poll_finished.connect(finished)
        app.start(poll=True)
        QTimer.singleShot(90_000, app.quit)
        qt.exec()
    print(f"wrote main-window, fines-register, fines-view and fines-chart{suffix}.png in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
