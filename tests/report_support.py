"""A register the poller really wrote, for the report, team-use and Datasette tests."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from pathlib import Path

from monitor.cli import main
from tests.support.feedserver import FeedServer, rss


def _days_ago(days: int) -> str:
    return format_datetime(dt.datetime.now(dt.UTC) - dt.timedelta(days=days), usegmt=True)


def items() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    authority = [
        {
            "title": "Garante fines Acme Robotics €3 million over facial recognition cameras",
            "link": "https://garante.example/acme",
            "guid": "garante-1",
            "description": "The Italian data protection authority fined Acme Robotics 3 million euros for "
            "its facial recognition cameras.",
            "pubDate": _days_ago(2),
        },
    ]
    news = [
        {
            # Hostile text and a link no reader should follow: escaped and left unlinked in the report.
            "title": 'ICO fines Brightside Ltd £7.5 million <script>alert("x")</script> & more',
            "link": "https://news.example/brightside",
            "guid": "news-1",
            "description": "The UK Information Commissioner's Office fined Brightside Ltd £7,500,000 for "
            "unlawful biometric processing.",
            "pubDate": _days_ago(3),
        },
        {
            "title": "FTC fines Widget Corp $5 million",
            "link": "https://news.example/widget",
            "guid": "news-2",
            "description": "The Federal Trade Commission fined Widget Corp 5 million dollars for "
            "deceptive ads.",
            "pubDate": _days_ago(1),
        },
        {
            "title": "Garante fines Old Corp €2 million",
            "link": "https://news.example/old",
            "guid": "news-3",
            "description": "The Italian data protection authority fined Old Corp 2 million euros.",
            "pubDate": "Wed, 19 Oct 2022 10:00:00 GMT",
        },
    ]
    return authority, news


def polled_register(server: FeedServer, folder: Path) -> tuple[Path, Path]:
    """(database, feeds file) after one real `monitor poll` of two local feeds."""
    folder.mkdir(parents=True, exist_ok=True)
    authority, news = items()
    garante = server.add("/garante.xml", rss(authority, title="Garante", language="en"))
    press = server.add("/news.xml", rss(news, title="Privacy news"))
    feeds = folder / "feeds.yml"
    feeds.write_text(
        "feeds:\n"
        f"  - {{name: Garante (IT), url: '{garante}', kind: authority, language: en, authority: Garante}}\n"
        f"  - {{name: Privacy news, url: '{press}', kind: news, language: en}}\n",
        encoding="utf-8",
    )
    db = folder / "monitor.sqlite"
    assert main(["--db", str(db), "--feeds", str(feeds), "poll", "--quiet"]) == 0
    return db, feeds
