"""One decision told by outlets in four languages and three currencies: one event, one alert, in any order.

Feeds are served on 127.0.0.1 and polled the way a user's are (a first, empty poll so that what
follows is news). The AP's decision against Clearview AI is reported in English (in dollars and in
pounds), French, German and Dutch, some reports without the party or the sum; the Garante's and the
HDPA's decisions against the same party for the same sum stand beside it and stay apart.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from alert_support import Recorder

from monitor.alerts import deliver_pending
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store, utc_now
from tests.support.feedserver import FeedServer, rss


def days_ago(days: int) -> str:
    return format_datetime(datetime.now(tz=UTC) - timedelta(days=days, hours=2))


def report(slug: str, title: str, summary: str, days: int) -> dict[str, str]:
    # A digest, not hash(): the same links in every run, whatever PYTHONHASHSEED.
    link = f"https://{slug}.example/{hashlib.sha1(title.encode()).hexdigest()[:8]}"
    return {"title": title, "description": summary, "link": link, "guid": link, "pubDate": days_ago(days)}


AP = "ap-clearview"
GARANTE = "garante-clearview"
HDPA = "hdpa-clearview"

# outlet -> (language, [(decision, report)])
OUTLETS: dict[str, tuple[str, list[tuple[str, dict[str, str]]]]] = {
    "usnews": (
        "en",
        [
            (
                AP,
                report(
                    "usnews",
                    "Dutch watchdog fines Clearview AI $33 million over facial recognition database",
                    "The Dutch Data Protection Authority (AP) said the US company built an illegal database.",
                    3,
                ),
            ),
            (
                HDPA,
                report(
                    "usnews",
                    "Greek data protection authority fines Clearview AI €20 million",
                    "The Hellenic DPA (HDPA) imposed the fine over the company's database of faces.",
                    9,
                ),
            ),
        ],
    ),
    "uknews": (
        "en",
        [
            (
                AP,
                report(
                    "uknews",
                    "Clearview AI hit with £26m penalty by Dutch privacy regulator",
                    "The Autoriteit Persoonsgegevens imposed the fine on the facial recognition firm.",
                    2,
                ),
            )
        ],
    ),
    "frnews": (
        "fr",
        [
            (
                AP,
                report(
                    "frnews",
                    "Reconnaissance faciale : l'autorité néerlandaise inflige une amende "
                    "de 30,5 millions d'euros",
                    "L'Autoriteit Persoonsgegevens sanctionne une société américaine.",
                    3,
                ),
            )
        ],
    ),
    "denews": (
        "de",
        [
            (
                AP,
                report(
                    "denews",
                    "Niederländische Datenschutzbehörde verhängt Bußgeld von 30,5 Millionen Euro "
                    "gegen Clearview AI Inc.",
                    "Die Autoriteit Persoonsgegevens wirft dem Unternehmen eine "
                    "illegale Gesichtsdatenbank vor.",
                    4,
                ),
            )
        ],
    ),
    "nlnews": (
        "nl",
        [
            (
                AP,
                report(
                    "nlnews",
                    "Autoriteit Persoonsgegevens legt boete op van 30,5 miljoen euro",
                    "De toezichthouder beboet een Amerikaans bedrijf voor een database met gezichten.",
                    3,
                ),
            )
        ],
    ),
    "itnews": (
        "it",
        [
            (
                GARANTE,
                report(
                    "itnews",
                    "Il Garante privacy sanziona Clearview AI per 20 milioni di euro",
                    "Riconoscimento facciale: multa del Garante alla società statunitense.",
                    8,
                ),
            )
        ],
    ),
}


def poll_in_order(server: FeedServer, db: Path, order: list[str], reverse_items: bool) -> dict[str, int]:
    """Poll the outlets in this order (items listed as given or reversed); link -> event id."""
    feeds = []
    for slug in order:
        language, _ = OUTLETS[slug]
        url = server.add(f"/{db.stem}/{slug}.xml", rss([], language=language))
        feeds.append(FeedConfig(name=slug, url=url, language=language))
    poller = Poller(db, feeds, parse_workers=0)
    try:
        poller.poll(force=True)  # empty: what comes next is news, not a backlog
        for slug in order:
            language, reports = OUTLETS[slug]
            items = [item for _, item in reports]
            server.add(
                f"/{db.stem}/{slug}.xml", rss(items[::-1] if reverse_items else items, language=language)
            )
        report_ = poller.poll(force=True)
        assert not report_.errors
    finally:
        poller.close()
    store = Store(db)
    try:
        return {row["link"]: row["event_id"] for row in store.rows("SELECT link, event_id FROM items")}
    finally:
        store.close()


def grouping(event_of: dict[str, int]) -> frozenset[frozenset[str]]:
    groups: dict[int, set[str]] = defaultdict(set)
    for link, event in event_of.items():
        groups[event].add(link)
    return frozenset(frozenset(g) for g in groups.values())


ORDERS = [
    (["usnews", "uknews", "frnews", "denews", "nlnews", "itnews"], False),
    (["nlnews", "frnews", "itnews", "denews", "uknews", "usnews"], True),
    (["frnews", "nlnews", "uknews", "itnews", "usnews", "denews"], False),
]


@pytest.fixture
def decisions() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for _, reports in OUTLETS.values():
        for decision, item in reports:
            out[decision].add(item["link"])
    return out


def test_one_decision_in_four_languages_and_three_currencies_is_one_event_in_any_feed_order(
    tmp_path: Path, decisions: dict[str, set[str]]
) -> None:
    with FeedServer() as server:
        groupings = []
        for k, (order, reverse_items) in enumerate(ORDERS):
            event_of = poll_in_order(server, tmp_path / f"order{k}.sqlite", order, reverse_items)
            assert all(event is not None for event in event_of.values()), event_of
            groupings.append(grouping(event_of))
    expected = frozenset(frozenset(links) for links in decisions.values())
    assert groupings == [expected] * len(ORDERS)


def test_each_decision_raises_exactly_one_alert_whatever_the_order(tmp_path: Path) -> None:
    with FeedServer() as server:
        for k, (order, reverse_items) in enumerate(ORDERS):
            db = tmp_path / f"alerts{k}.sqlite"
            poll_in_order(server, db, order, reverse_items)
            recorder = Recorder()
            store = Store(db)
            try:
                deliver_pending(store, recorder, utc_now())
                events = store.list_events()
            finally:
                store.close()
            titles = sorted(
                alert["title"].split(" · ")[0] for alert in recorder.shown if alert["kind"] == "new_fine"
            )
            assert len(events) == 3
            assert len(titles) == 3, titles
            assert sorted({e["authority"] for e in events}) == ["AP-NL", "Garante", "HDPA"]
            ap = next(e for e in events if e["authority"] == "AP-NL")
            assert ap["target"] == "Clearview AI" and ap["amount_eur"] is not None
