"""Grouping the register again (regrouping.regroup) on a store whose events were made by hand: which
event each decision keeps, what is folded, moved, detached or created, and where alerts go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import correcting
from monitor.models import ParsedItem
from monitor.register import facts_of
from monitor.regrouping import regroup
from monitor.store import Store
from tests.test_register_holds import NOW, _register, item


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = _register(tmp_path / "regroup.sqlite")
    yield db
    db.close()


def stored(store: Store, *items: ParsedItem) -> list[int]:
    """The items written to feed "a" as a poll writes them, not filed: their ids."""
    row = store.feed_by_name("a")
    assert row is not None
    with store.transaction():
        fresh = store.store_items(row["id"], list(items), NOW, []).fresh
    return [item_id for item_id, _ in fresh]


def filed(store: Store, events: list[list[tuple[int, ParsedItem]]]) -> list[int]:
    """Events made by hand, each of these reports (the first starts it), as no grouping would."""
    made = []
    with store.transaction():
        for reports in events:
            first_id, first = reports[0]
            event_id = store.create_event(facts_of(first), first_id, NOW)
            for item_id, _ in reports[1:]:
                store.move_report(item_id, event_id, False)
            made.append(event_id)
    return made


def alert(store: Store, event_id: int, title: str) -> None:
    with store.transaction():
        store.record_alert(
            kind="new_fine", title=title, body="", now=NOW, event_id=event_id, status="imposed"
        )


def home(store: Store, item_id: int) -> int | None:
    return store.item_event(item_id)[1]


def test_two_events_of_one_decision_fold_into_the_one_most_of_its_reports_are_in(store: Store) -> None:
    reports = [item(f"r{n}", f"2031-03-1{n}T08:00:00Z") for n in range(1, 4)]
    ids = stored(store, *reports)
    pairs = list(zip(ids, reports, strict=True))
    lone, pair = filed(store, [pairs[:1], pairs[1:]])
    with store.transaction():
        result = regroup(store, {lone, pair}, NOW)
    assert result.gone == {lone} and result.created == []
    assert {home(store, i) for i in ids} == {pair}
    assert store.event(lone) is None


def test_two_alerted_events_of_one_decision_keep_the_older_and_one_alert(store: Store) -> None:
    reports = [item(f"r{n}", f"2031-03-1{n}T08:00:00Z") for n in range(1, 4)]
    ids = stored(store, *reports)
    pairs = list(zip(ids, reports, strict=True))
    older, newer = filed(store, [pairs[:1], pairs[1:]])
    alert(store, older, "first")
    alert(store, newer, "second")
    with store.transaction():
        result = regroup(store, {older, newer}, NOW)
    assert result.gone == {newer}
    assert {home(store, i) for i in ids} == {older}  # the older alert's decision, not the larger part
    assert [(a["event_id"], a["title"]) for a in store.list_alerts()] == [(older, "first")]


def test_a_decision_split_off_an_event_it_cannot_keep_gets_a_new_one_dated_by_its_report(
    store: Store,
) -> None:
    twelve, thirty = (
        item("twelve", "2031-03-18T08:00:00Z"),
        item("thirty", "2031-03-19T08:00:00Z", amount=30e6),
    )
    ids = stored(store, twelve, thirty)
    (event,) = filed(store, [list(zip(ids, [twelve, thirty], strict=True))])
    with store.transaction():
        result = regroup(store, {event}, NOW)
    (created,) = result.created
    assert home(store, ids[0]) == event and home(store, ids[1]) == created
    history = store.rows("SELECT item_id FROM event_status_history WHERE event_id = ?", (created,))
    assert [r["item_id"] for r in history] == [ids[1]]
    assert store.event(created)["amount"] == 30e6  # type: ignore[index]
    assert store.event(event)["amount"] == 12e6  # type: ignore[index]


def test_a_passing_mention_no_decision_takes_leaves_its_event_and_the_empty_event_goes(store: Store) -> None:
    mention = item("mention", "2031-03-18T08:00:00Z", status="mention_of_past")
    (item_id,) = stored(store, mention)
    (event,) = filed(store, [[(item_id, mention)]])
    with store.transaction():
        result = regroup(store, {event}, NOW)
    assert home(store, item_id) is None and result.gone == {event} and store.event(event) is None


def test_a_report_joined_on_partial_facts_is_marked_so_where_it_moves_and_unmarked_when_whole(
    store: Store,
) -> None:
    whole, vague = item("whole", "2031-03-18T08:00:00Z"), item("vague", "2031-03-18T09:00:00Z", amount=None)
    again = item("again", "2031-03-18T10:00:00Z")
    ids = stored(store, whole, vague, again)
    first, second = filed(store, [[(ids[0], whole)], [(ids[1], vague)]])
    with store.transaction():
        store.move_report(ids[2], first, True)  # marked partial, though it names everything
        regroup(store, {first, second}, NOW)
    partial = {r["id"]: r["event_partial"] for r in store.rows("SELECT id, event_partial FROM items")}
    assert {home(store, i) for i in ids} == {first}
    assert partial == {ids[0]: 0, ids[1]: 1, ids[2]: 0}


@pytest.mark.parametrize("which", [0, 1])
def test_the_report_a_user_splits_off_leaves_the_alerted_event_whatever_it_told(
    store: Store, which: int
) -> None:
    # Two reports of one announced decision; the user says one of them is another decision. The
    # other keeps the event and its alert (the first, the most telling, as much as the second).
    reports = [item("first", "2031-03-18T08:00:00Z"), item("second", "2031-03-19T08:00:00Z")]
    ids = stored(store, *reports)
    (event,) = filed(store, [list(zip(ids, reports, strict=True))])
    alert(store, event, "announced")
    done = correcting.split(store, ids[which])
    assert home(store, ids[1 - which]) == event
    assert done.event_id not in (None, event) and home(store, ids[which]) == done.event_id
    assert [a["event_id"] for a in store.list_alerts()] == [event]
