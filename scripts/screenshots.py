"""Screenshots of the real window for the README: demo feeds served locally, a real X window, grabWindow.

Run under an X server, e.g.:  xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py
Writes docs/screenshots/main-window.png and docs/screenshots/fines-view.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from monitor.config import load_feeds  # noqa: E402
from monitor.feedserver import FeedServer, rss  # noqa: E402
from monitor.gui.app import DesktopApp  # noqa: E402

# Invented demo items in the shape of real announcements (no real article text).
AUTHORITY = [
    (
        "La CNIL sanctionne la société Exemplo d'une amende de 20 millions d'euros",
        "fr",
        "La formation restreinte a prononcé une amende de 20 millions d'euros pour la collecte de "
        "photographies de visages à des fins de reconnaissance faciale.",
        "Thu, 20 Oct 2022 09:00:00 +0200",
    ),
    (
        "Cookies : la CNIL publie un nouveau guide pratique",
        "fr",
        "Un guide pour aider les éditeurs de sites à recueillir le consentement.",
        "Mon, 03 Oct 2022 09:00:00 +0200",
    ),
    (
        "Sanction de 5 millions d'euros contre Demoshop pour des caméras biométriques",
        "fr",
        "La CNIL a prononcé une amende de 5 millions d'euros contre Demoshop, qui utilisait des "
        "données biométriques de ses clients.",
        "Tue, 12 Mar 2024 10:00:00 +0100",
    ),
]
NEWS = [
    (
        "Italian DPA fines Facegrid €7 million over facial recognition database",
        "en",
        "The Garante imposed a fine of €7 million on Facegrid for its facial recognition database.",
        "Wed, 09 Mar 2022 08:00:00 GMT",
    ),
    (
        "ICO fines Brightshop £7.5 million for fingerprint clocking system",
        "en",
        "The ICO has fined Brightshop £7.5 million for processing employees' fingerprints.",
        "Mon, 23 May 2022 08:00:00 GMT",
    ),
    (
        "Dutch DPA fines Sample Taxis €2.5 million over biometric data",
        "en",
        "The Autoriteit Persoonsgegevens imposed a fine of €2.5 million for using biometric data.",
        "Fri, 16 Jun 2023 08:00:00 GMT",
    ),
    (
        "Spanish AEPD fines Demomarket €2.52 million for facial recognition in stores",
        "en",
        "The AEPD imposed a fine of €2.52 million on Demomarket for its facial recognition system.",
        "Thu, 29 Jul 2021 08:00:00 GMT",
    ),
    (
        "EDPB publishes guidelines on facial recognition in law enforcement",
        "en",
        "The European Data Protection Board published draft guidelines on facial recognition.",
        "Thu, 12 May 2022 08:00:00 GMT",
    ),
    (
        "Regulator opens consultation on age verification",
        "en",
        "A consultation about age assurance online opens today.",
        "Tue, 05 Sep 2023 08:00:00 GMT",
    ),
    (
        "Irish DPC fines Socialnet €1.2 billion over data transfers",
        "en",
        "The Data Protection Commission imposed a fine of €1.2 billion on Socialnet.",
        "Mon, 22 May 2023 08:00:00 GMT",
    ),
]


def items(rows: list[tuple[str, str, str, str]], prefix: str) -> list[dict[str, str]]:
    return [
        {"title": t, "description": d, "pubDate": p, "link": f"https://{prefix}.example/{n}",
         "guid": f"https://{prefix}.example/{n}"}
        for n, (t, _lang, d, p) in enumerate(rows)
    ]  # fmt: skip


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="monitor-shots-"))
    os.environ["MONITOR_DATA_DIR"] = str(work / "data")
    os.environ["MONITOR_CONFIG_DIR"] = str(work / "config")
    qt = QApplication([sys.argv[0]])
    qt.setApplicationName("Regulatory Monitor")
    with FeedServer() as server:
        cnil = server.add("/cnil.xml", rss(items(AUTHORITY[:1], "cnil"), title="CNIL", language="fr"))
        news = server.add("/news.xml", rss(items(NEWS[:3], "news"), title="Privacy news"))
        feeds = work / "feeds.yml"
        feeds.write_text(
            "feeds:\n"
            f"  - {{name: CNIL (FR), url: '{cnil}', kind: authority, language: fr, country: FR,\n"
            "      authority: CNIL}\n"
            f"  - {{name: Privacy news, url: '{news}', kind: news, language: en}}\n"
            "  - {name: Broken feed, url: 'http://127.0.0.1:9/feed.xml', kind: news, language: en}\n",
            encoding="utf-8",
        )
        app = DesktopApp(work / "m.sqlite", feeds, load_feeds(feeds), interval=3600)
        app.window.resize(1360, 820)
        polls: list[int] = []

        def shoot() -> None:
            window = app.window
            window.tabs.setCurrentIndex(0)
            window.sources.select("all")
            window.banner.dismiss()
            window.select_row(4)
            qt.processEvents()
            screen = window.screen()
            screen.grabWindow(window.winId()).save(str(out / "main-window.png"))
            window.tabs.setCurrentIndex(1)
            window.fines.table.selectRow(0)
            window.fines.lower_tabs.setCurrentIndex(2)
            qt.processEvents()
            screen.grabWindow(window.winId()).save(str(out / "fines-view.png"))
            app.quit()

        def finished(_report: object) -> None:
            polls.append(1)
            if len(polls) == 1:
                # The second poll brings news after the backlog, as on a real day.
                server.add("/cnil.xml", rss(items(AUTHORITY, "cnil"), title="CNIL", language="fr"))
                server.add("/news.xml", rss(items(NEWS, "news"), title="Privacy news"))
                app.controller.poll_now(None, force=True)
            else:
                QTimer.singleShot(800, shoot)

        app.poll_finished.connect(finished)
        app.start(poll=True)
        QTimer.singleShot(90_000, app.quit)
        qt.exec()
    print(f"wrote {out / 'main-window.png'} and {out / 'fines-view.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
