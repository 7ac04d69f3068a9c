"""One set of reports filed in different batch splits and orders gives one register (issue #12: "The
result does not depend on the order in which feeds or items arrive").

A poll writes the feeds whose documents are ready together (poller.WRITE_BATCH, WRITE_WAIT_S), so
which feeds share a transaction depends on how fast each answered. Here the generated feeds'
fine reports are filed through the store and the regrouping as a poll files them: all in one
batch, one feed per batch, and shuffled with each feed's items reversed in batches of five.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from monitor.alerts import AlertRules
from monitor.models import FeedConfig, ParsedItem
from monitor.pipeline import prepare_feed
from monitor.register import Filing, file_feeds
from monitor.store import Store
from tests.support.feedgen import CONTENT_TYPE_OF, feed_authority, feed_document, feed_format, feed_language

NOW = "2024-03-01T00:00:00Z"  # the generated items date from January and February 2024
FEEDS = 24

Batches = Sequence[Sequence[tuple[str, Sequence[ParsedItem]]]]
Made = tuple[frozenset[frozenset[str]], frozenset[frozenset[str]]]  # events, and those announced
Registers = dict[str, Made]


@pytest.fixture(scope="module")
def reports() -> dict[str, list[ParsedItem]]:
    """Each generated feed's fine reports, parsed and analysed as a poll's worker does it."""
    out = {}
    for n in range(FEEDS):
        url = f"https://news{n}.example.org/feed"
        parsed = prepare_feed(
            feed_document(n), url, CONTENT_TYPE_OF[feed_format(n)], feed_language(n), feed_authority(n)
        )
        out[f"feed{n}"] = [item for item in parsed.items if item.analysis.fine is not None]
    return out


@contextmanager
def filed(folder: Path, names: Sequence[str], batches: Batches) -> Iterator[Store]:
    """A register of these feeds (listed in this order) with these batches filed as a poll files
    them, one transaction each."""
    store = Store(folder / "register.sqlite")
    try:
        with store.transaction():
            store.sync_feeds(
                [FeedConfig(name=name, url=f"https://{name}.example/feed") for name in names], NOW
            )
        filing = Filing(now=NOW, rules=AlertRules(), window_days=3650)
        for batch in batches:
            with store.transaction():
                fresh = []
                for name, items in batch:
                    feed = store.feed_by_name(name)
                    assert feed is not None
                    fresh.append((store.store_items(feed["id"], list(items), NOW, []).fresh, []))
                file_feeds(store, fresh, filing)
        yield store
    finally:
        store.close()


def events_of(store: Store) -> dict[int, frozenset[str]]:
    """Each event of the register by its id: its reports' guids."""
    events: dict[int, set[str]] = {}
    for row in store.rows("SELECT guid, event_id FROM items WHERE event_id IS NOT NULL"):
        events.setdefault(int(row["event_id"]), set()).add(str(row["guid"]))
    return {event_id: frozenset(guids) for event_id, guids in events.items()}


def register(folder: Path, names: Sequence[str], batches: Batches) -> Made:
    """The register these batches make: its events as sets of guids, and those it announced (one
    new-fine alert each)."""
    with filed(folder, names, batches) as store:
        events = events_of(store)
        alerts = [alert["event_id"] for alert in store.list_alerts() if alert["kind"] == "new_fine"]
        assert len(alerts) == len(set(alerts))  # never two for one decision
        announced = frozenset(events.get(int(e or 0), frozenset()) for e in alerts)
        return frozenset(events.values()), announced


def splits(reports: dict[str, list[ParsedItem]]) -> dict[str, Batches]:
    names = list(reports)
    shuffled = random.Random(1).sample(names, len(names))
    return {
        "one batch": [[(name, reports[name]) for name in names]],
        "a feed per batch": [[(name, reports[name])] for name in names],
        "shuffled, items reversed, five a batch": [
            [(name, reports[name][::-1]) for name in shuffled[start : start + 5]]
            for start in range(0, len(shuffled), 5)
        ],
    }


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory, reports: dict[str, list[ParsedItem]]) -> Registers:
    """Each split's register: its events and the decisions it announced."""
    return {
        split: register(tmp_path_factory.mktemp("register"), list(reports), batches)
        for split, batches in splits(reports).items()
    }


def test_one_set_of_reports_makes_the_same_decisions_in_any_batch_split(registers: Registers) -> None:
    partitions = {split: events for split, (events, _) in registers.items()}
    assert len(next(iter(partitions.values()))) > 100  # many decisions, many of one party or sum
    assert len(set(partitions.values())) == 1, partitions


def test_one_set_of_reports_announces_the_same_decisions_in_any_batch_split(registers: Registers) -> None:
    # Of possible twins (twin_alerts.settle) the same are announced and held, whichever came first.
    announced = {split: alerted for split, (_, alerted) in registers.items()}
    assert len({len(alerted) for alerted in announced.values()}) == 1, {
        k: len(a) for k, a in announced.items()
    }
    assert len(set(announced.values())) == 1


def test_a_register_built_again_from_the_same_reports_gives_each_decision_its_id(
    tmp_path_factory: pytest.TempPathFactory, reports: dict[str, list[ParsedItem]]
) -> None:
    # A decision's number, cited from an export ("event 17"), names it again in a register rebuilt
    # from the same feeds, whichever of those written together answered first.
    names = list(reports)
    built = []
    for order in (names, names[::-1], random.Random(2).sample(names, len(names))):
        with filed(
            tmp_path_factory.mktemp("ids"), names, [[(name, reports[name]) for name in order]]
        ) as store:
            built.append({guids: event_id for event_id, guids in events_of(store).items()})
    assert len(built[0]) > 100
    assert built[1] == built[0] and built[2] == built[0]
