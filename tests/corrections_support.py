"""Decisions built from feeds served on 127.0.0.1, for the tests of the user's corrections.

Two feeds: "Wire" reports a fine on Acme Vision (by the CNIL) and one on Globex (by the Garante),
"Daily" a second report of the Acme Vision fine. Every text is invented for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss


def days_ago(days: int) -> str:
    return format_datetime(datetime.now(tz=UTC) - timedelta(days=days))


ACME_1 = {
    "title": "CNIL fines Acme Vision SAS €2 million over facial recognition",
    "link": "https://wire.example/acme",
    "description": "The French regulator CNIL imposed a fine of €2 million on Acme Vision SAS.",
    "pubDate": days_ago(3),
}
GLOBEX = {
    "title": "Garante fines Globex Srl €800,000 for biometric attendance system",
    "link": "https://wire.example/globex",
    "description": "Italy's Garante fined Globex Srl €800,000 over fingerprint scanners.",
    "pubDate": days_ago(4),
}
ACME_2 = {
    "title": "Acme Vision hit with €2m CNIL penalty",
    "link": "https://daily.example/acme",
    "description": "France's CNIL fined Acme Vision 2 million euros.",
    "pubDate": days_ago(2),
}
ACME_3 = {  # a later report of the same decision
    "title": "Acme Vision to appeal €2 million CNIL fine",
    "link": "https://daily.example/acme-appeal",
    "description": "Acme Vision SAS said it would appeal the CNIL's €2 million fine for facial recognition.",
    "pubDate": days_ago(1),
}
QUIET = {"title": "Office hours", "link": "https://wire.example/hours", "pubDate": days_ago(9)}


class Register:
    """The two feeds, polled once empty (so the decisions that follow are news) and once full."""

    def __init__(self, db: Path, server: FeedServer) -> None:
        self.db, self.server = db, server
        self.feeds = [
            FeedConfig(name="Wire", url=server.add("/wire.xml", rss([QUIET]))),
            FeedConfig(name="Daily", url=server.add("/daily.xml", rss([]))),
        ]
        self.poll()
        self.publish(wire=[QUIET, ACME_1, GLOBEX], daily=[ACME_2])
        self.poll()

    def publish(self, *, wire: list[dict[str, str]], daily: list[dict[str, str]]) -> None:
        self.server.add("/wire.xml", rss(wire))
        self.server.add("/daily.xml", rss(daily))

    def poll(self) -> None:
        Poller(self.db, self.feeds, parse_workers=0).poll(force=True)

    def later_report(self) -> None:
        """A third report of the Acme Vision decision comes in."""
        self.publish(wire=[QUIET, ACME_1, GLOBEX], daily=[ACME_2, ACME_3])
        self.poll()

    def store(self) -> Store:
        return Store(self.db)

    def item(self, link: str) -> int:
        store = self.store()
        try:
            return int(store.scalar("SELECT id FROM items WHERE link = ?", (link,)))
        finally:
            store.close()

    def event_of(self, link: str) -> int | None:
        store = self.store()
        try:
            found = store.scalar("SELECT event_id FROM items WHERE link = ?", (link,))
            return None if found is None else int(found)
        finally:
            store.close()

    def alerts(self) -> frozenset[int]:
        """Every alert about a decision still recorded (shown or not). A merge keeps one of two
        twins; no correction may add one."""
        store = self.store()
        try:
            rows = store.rows("SELECT id FROM alerts WHERE kind IN ('new_fine', 'status_change')")
            return frozenset(int(row["id"]) for row in rows)
        finally:
            store.close()
