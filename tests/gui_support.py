"""Shared pieces of the desktop tests: feeds served locally, an app built on them, a recording notifier."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from monitor.config import load_feeds
from monitor.gui.app import DesktopApp
from monitor.models import Analysis, FeedConfig, ParsedItem
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss


# The offscreen platform has no window manager: the size grip's hints and raise() go nowhere; harmless.
def days_ago(days: int) -> str:
    """A feed date this many days back: fines in these tests are news, within the alert window."""
    return format_datetime(datetime.now(tz=UTC) - timedelta(days=days))


QT_LOG_IGNORE = ("propagateSizeHints", "does not support raise")

FINE = {
    "title": "La CNIL sanctionne Clearview AI d'une amende de 20 millions d'euros "
    "pour reconnaissance faciale",
    "link": "https://www.cnil.fr/fr/clearview",
    "guid": "https://www.cnil.fr/node/1",
    "description": "<p>La CNIL a prononcé une amende de 20 millions d'euros contre Clearview AI, "
    "qui collecte des photos de visages pour la reconnaissance faciale.</p>",
    "pubDate": days_ago(3),
}
COOKIES = {
    "title": "Guide sur les cookies",
    "link": "https://www.cnil.fr/fr/cookies",
    "guid": "https://www.cnil.fr/node/2",
    "description": "Un nouveau guide pratique <script>alert(1)</script>.",
    "pubDate": days_ago(20),
}
WEATHER = {
    "title": "Weather today",
    "link": "https://news.example/weather",
    "guid": "n1",
    "description": "Sunny.",
    "pubDate": days_ago(2),
}
FINGERPRINTS = {
    "title": "Employer ordered to stop fingerprint scanning of staff",
    "link": "https://news.example/fingerprints",
    "guid": "n2",
    "description": "The regulator said biometric data such as fingerprints needs a legal basis.",
    "pubDate": days_ago(1),
}


def write_feeds(path: Path, feeds: list[tuple[str, str, str]]) -> Path:
    lines = ["feeds:"]
    for name, url, language in feeds:
        lines += [f"  - name: {name}", f"    url: {url}", "    kind: news", f"    language: {language}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class RecordingNotifier:
    """A Notifier that remembers what it was given."""

    def __init__(self) -> None:
        self.alerts: list[dict[str, Any]] = []

    def notify(self, alert: dict[str, Any]) -> bool:
        self.alerts.append(alert)
        return True

    def kinds(self, kind: str) -> list[dict[str, Any]]:
        return [a for a in self.alerts if a["kind"] == kind]


def serve_news(server: FeedServer, cnil_items: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    return [
        ("CNIL (FR)", server.add("/cnil.xml", rss(cnil_items, title="CNIL actualités", language="fr")), "fr"),
        ("World news", server.add("/news.xml", rss([WEATHER, FINGERPRINTS], title="World news")), "en"),
    ]


def numbered_items(
    store: Store,
    first: int,
    count: int,
    summary: Callable[[int], str] = lambda _n: "",
    matched: Callable[[int], bool] = lambda _n: False,
) -> None:
    """Items "Item 00000"… of one feed F, a second apart, the newest last: a large table, quickly."""
    with store.transaction():
        store.sync_feeds([FeedConfig("F", "https://example.org/f.xml")], "2024-01-02T00:00:00Z")
        found = store.feed_by_name("F")
        assert found is not None
        items = [
            ParsedItem(
                guid=f"g{n}",
                link=None,
                canonical_link=None,
                title=f"Item {n:05d}",
                summary_text=summary(n),
                summary_html="",
                author=None,
                published=f"2024-01-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z",
                language=None,
                content_hash=str(n),
                analysis=Analysis(matched=matched(n)),
            )
            for n in range(first, first + count)
        ]
        store.store_items(found["id"], items, "2024-01-02T00:00:00Z")


@contextmanager
def desktop_app(
    qtbot: QtBot, db: Path, feeds_file: Path, notifier: Any = None, interval: int = 3600
) -> Iterator[DesktopApp]:
    app = DesktopApp(db, feeds_file, load_feeds(feeds_file), interval=interval, notifier=notifier)
    qtbot.addWidget(app.window)
    try:
        yield app
    finally:
        app.quit()


def poll(qtbot: QtBot, app: DesktopApp, names: list[str] | None = None) -> Any:
    """Ask for a poll as the window does and wait for its report (the GUI thread stays free)."""
    failures: list[str] = []
    reports: list[Any] = []
    app.controller.worker.failed.connect(failures.append)
    app.poll_finished.connect(reports.append)
    app.controller.poll_now(names, force=True)
    qtbot.waitUntil(lambda: bool(failures or reports), timeout=60_000)
    assert not failures, failures
    return reports[0]


def open_register(app: DesktopApp) -> Any:
    """The window shown on its Fines register tab, as a user opens it: the register is read when
    it is first shown (`FinesView.reload_when_shown`). Returns the register's view."""
    app.window.show()
    app.window.tabs.setCurrentIndex(1)
    return app.window.fines
