"""A party one outlet names is known to the other reports of the same poll, as one the register
already held is: a report whose headline opens with it, over a lead that names somebody else,
files under it whether the other outlets came in an earlier poll or in this one (issue #12)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from alert_support import Recorder

from monitor.alerts import deliver_pending
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store, utc_now
from tests.support.feedserver import FeedServer, rss

TODAY = format_datetime(datetime.now(tz=UTC))
NAMED = {
    "title": "CNIL fines Exempla €5 million over face scans",
    "description": "The CNIL fined Exempla for collecting face templates without consent.",
    "link": "https://one.example/exempla",
    "guid": "https://one.example/exempla",
    "pubDate": TODAY,
}
# The headline's subject is the party; the lead's idiom names a nickname nobody knows.
IDIOM = {
    "title": "Exempla used face scans without consent, says the data watchdog",
    "description": "The regulator hands Zuky a record fine. Exempla must also delete the templates.",
    "link": "https://two.example/exempla",
    "guid": "https://two.example/exempla",
    "pubDate": TODAY,
}


def _poller(feed_server: FeedServer, db: Path) -> tuple[Poller, list[FeedConfig]]:
    feeds = [
        FeedConfig(name=n, url=feed_server.add(f"/{n}.xml", rss([])), language="en") for n in ("one", "two")
    ]
    poller = Poller(db, feeds, parse_workers=0)
    poller.poll(force=True)  # both feeds known and empty: what they bring next is news
    return poller, feeds


def _alerts(db: Path) -> list[str]:
    recorder, store = Recorder(), Store(db)
    deliver_pending(store, recorder, utc_now())
    store.close()
    return [a["title"] for a in recorder.shown]


def test_two_outlets_in_one_poll_are_one_decision_of_the_party_one_names(
    feed_server: FeedServer, db_path: Path
) -> None:
    poller, _ = _poller(feed_server, db_path)
    feed_server.add("/one.xml", rss([NAMED]))
    feed_server.add("/two.xml", rss([IDIOM]))
    poller.poll(force=True)
    store = Store(db_path)
    events = store.list_events()
    rows = store.conn.execute("SELECT target FROM items WHERE event_id IS NOT NULL").fetchall()
    targets = {row[0] for row in rows}
    store.close()
    assert len(events) == 1 and events[0]["sources"] == 2
    assert targets == {"Exempla"}
    assert len(_alerts(db_path)) == 1


def test_the_same_outlets_in_two_polls_give_the_same_register(feed_server: FeedServer, db_path: Path) -> None:
    # A guard: one poll later, the register already knew the party (poller._gazetteer).
    poller, _ = _poller(feed_server, db_path)
    feed_server.add("/one.xml", rss([NAMED]))
    poller.poll(force=True)
    feed_server.add("/two.xml", rss([IDIOM]))
    poller.poll(force=True)
    store = Store(db_path)
    events = store.list_events()
    store.close()
    assert len(events) == 1 and events[0]["sources"] == 2 and events[0]["target"] == "Exempla"
