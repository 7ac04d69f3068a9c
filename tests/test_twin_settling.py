"""Which of a decision's possible twins the user hears of (monitor/twin_alerts.py, issue #12: "never
two alerts for one decision").

Two events that may be one decision (one authority, one party, days apart, a sum that may be
misread) are announced once: the first in canonical order (the earliest, then the larger sum), or
whichever the user was already shown; the other's alert is held until a later report tells them
apart. Reports are filed through the real store as a poll files them; names are invented.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.models import ParsedItem
from monitor.store import Store
from tests.test_register_holds import _deliver, _register, item, poll


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = _register(tmp_path / "twins.sqlite")
    yield db
    db.close()


def _told(store: Store) -> list[tuple[str, bool]]:
    """Every new-fine alert standing, by title, and whether the user was shown it."""
    alerts = [a for a in store.list_alerts() if a["kind"] == "new_fine"]
    return sorted((str(a["title"]), a["delivered_at"] is not None) for a in alerts)


def test_a_decision_the_user_was_shown_holds_back_an_earlier_dated_twin(store: Store) -> None:
    assert poll(store, "a", item("fifty", "2031-03-19T08:00:00Z", amount=50e6)) == [
        "CNIL fines Acme Widgets €50,000,000"
    ]
    _deliver(store)
    # A report of the day before, with another sum: perhaps the same decision misread. The user
    # heard of it already, and earlier in canonical order is no reason to tell them again.
    assert poll(store, "b", item("twelve", "2031-03-18T08:00:00Z", amount=12e6)) == []
    assert _told(store) == [("CNIL fines Acme Widgets €50,000,000", True)]
    assert store.event_count() == 2  # filed all the same


FIFTY = "CNIL fines Acme Widgets €50,000,000"
TWELVE = "CNIL fines Acme Widgets €12,000,000"


@pytest.mark.parametrize("first_fifty", [True, False])
def test_of_two_possible_twins_not_yet_seen_the_earlier_is_announced_whichever_came_first(
    tmp_path: Path, first_fifty: bool
) -> None:
    store = _register(tmp_path / "order.sqlite")
    try:
        fifty, twelve = (
            item("fifty", "2031-03-19T08:00:00Z", amount=50e6),
            item("twelve", "2031-03-18T08:00:00Z"),
        )
        for feed, report in zip("ab", (fifty, twelve) if first_fifty else (twelve, fifty), strict=True):
            poll(store, feed, report)
        # One alert, for the decision of the 18th; the other's, nobody saw yet, is taken back.
        assert _told(store) == [(TWELVE, False)]
        assert store.event_count() == 2
    finally:
        store.close()


def test_a_chain_of_possible_twins_announces_the_same_decisions_in_any_order(tmp_path: Path) -> None:
    # The 1st may be the 10th's decision misread, the 10th the 20th's, but the 1st and the 20th lie
    # too far apart: announced the 1st (the earliest), the 10th is held behind it, and the 20th,
    # whose only possible twin is held, is announced.
    now = "2031-03-21T10:00:00Z"
    reports = {
        "first": ("2031-03-01", 11e6),
        "tenth": ("2031-03-10", 22e6),
        "twentieth": ("2031-03-20", 33e6),
    }
    expected = [
        ("CNIL fines Acme Widgets €11,000,000", False),
        ("CNIL fines Acme Widgets €33,000,000", False),
    ]
    orders = [[[key] for key in order] for order in itertools.permutations(reports)] + [[list(reports)]]
    for n, batches in enumerate(orders):
        store = _register(tmp_path / f"chain{n}.sqlite")
        try:
            for feed, keys in zip("abc", batches, strict=False):
                poll(
                    store,
                    feed,
                    *(item(k, f"{reports[k][0]}T08:00:00Z", amount=reports[k][1]) for k in keys),
                    now=now,
                )
            assert _told(store) == expected, batches
        finally:
            store.close()


def test_two_decisions_each_told_by_two_sources_are_both_announced(store: Store) -> None:
    # Two sums each given by two outlets are no misreading: two decisions of the party, days apart.
    assert poll(
        store, "a", item("twelve1", "2031-03-18T08:00:00Z"), item("twelve2", "2031-03-18T09:00:00Z")
    ) == [TWELVE]
    fifty = [item(f"fifty{n}", f"2031-03-19T0{n}:00:00Z", amount=50e6) for n in (1, 2)]
    assert poll(store, "b", *fifty) == [FIFTY]
    assert _told(store) == [(TWELVE, False), (FIFTY, False)]


def test_two_undated_decisions_each_told_by_two_sources_are_both_announced(store: Store) -> None:
    assert poll(store, "a", item("twelve1", None), item("twelve2", None)) == [TWELVE]
    assert poll(store, "b", item("fifty1", None, amount=50e6), item("fifty2", None, amount=50e6)) == [FIFTY]
    assert _told(store) == [(TWELVE, False), (FIFTY, False)]  # neither taken back for the other


def test_a_held_decision_is_announced_once_later_reports_tell_it_apart(store: Store) -> None:
    # The EUR 50M alert, unseen, is taken back for the earlier EUR 12M decision; a second source of
    # each then shows two decisions, and the one held back is announced after all.
    poll(store, "a", item("fifty1", "2031-03-19T08:00:00Z", amount=50e6))
    poll(store, "b", item("twelve1", "2031-03-18T08:00:00Z"))
    assert _told(store) == [(TWELVE, False)]
    both = (item("fifty2", "2031-03-19T09:00:00Z", amount=50e6), item("twelve2", "2031-03-18T09:00:00Z"))
    assert poll(store, "c", *both) == [FIFTY]
    assert _told(store) == [(TWELVE, False), (FIFTY, False)]


def test_a_decision_dated_weeks_earlier_by_a_later_report_no_longer_holds_its_twin_back(store: Store) -> None:
    assert poll(store, "a", item("fifty1", "2031-03-18T08:00:00Z", amount=50e6)) == [FIFTY]
    assert poll(store, "b", item("twelve", "2031-03-19T08:00:00Z")) == []  # may be the same
    # A report of the EUR 50M decision published a month before: it was taken in February, too long
    # before the EUR 12M one for either to be the other misread.
    assert poll(store, "c", item("fifty0", "2031-02-20T08:00:00Z", amount=50e6)) == [TWELVE]


def test_a_feeds_first_poll_does_not_announce_a_decision_held_behind_one_the_user_saw(store: Store) -> None:
    poll(store, "a", item("fifty", "2031-03-19T08:00:00Z", amount=50e6))
    _deliver(store)
    assert poll(store, "b", item("twelve1", "2031-03-18T08:00:00Z")) == []
    # A feed added now reports the held decision once more (its backlog): still perhaps the same.
    assert poll(store, "c", item("twelve2", "2031-03-18T09:00:00Z"), first=True) == []
    assert _told(store) == [(FIFTY, True)]


def test_a_feeds_first_poll_that_tells_twins_apart_announces_the_one_held(store: Store) -> None:
    poll(store, "a", item("fifty1", "2031-03-19T08:00:00Z", amount=50e6))
    _deliver(store)
    assert poll(store, "b", item("twelve1", "2031-03-18T08:00:00Z")) == []
    # Its backlog gives each sum a second source: two decisions, and the held one, first seen in a
    # feed we polled before, is news.
    both = (item("twelve2", "2031-03-18T09:00:00Z"), item("fifty2", "2031-03-19T09:00:00Z", amount=50e6))
    assert poll(store, "c", *both, first=True) == [TWELVE]
    assert _told(store) == [(TWELVE, False), (FIFTY, True)]


def test_a_feeds_first_poll_with_a_third_decision_releases_the_one_held(store: Store) -> None:
    # As tests/test_register_holds.py: one outlet's EUR 50M, announced, may be a misreading of the
    # EUR 12M decision (held) or of the EUR 21M one, which comes with a new feed's backlog; it
    # cannot be both, so it holds back neither, and the EUR 12M decision is announced.
    poll(store, "a", item("lone", "2031-03-18T08:00:00Z", amount=50e6))
    assert poll(store, "b", *(item(f"twelve{n}", "2031-03-18T10:00:00Z") for n in (1, 2))) == []
    backlog = [item(f"twentyone{n}", "2031-03-19T10:00:00Z", amount=21e6) for n in (1, 2)]
    assert poll(store, "c", item("twelve3", "2031-03-18T11:00:00Z"), *backlog, first=True) == [TWELVE]
    kinds = sorted(str(a["kind"]) for a in store.list_alerts())
    assert kinds == ["backlog", "new_fine", "new_fine"]  # the EUR 21M decision in the summary


def test_one_poll_settles_the_possible_twins_of_each_decision_it_reports(store: Store) -> None:
    def garante(key: str, day: str, eur: float) -> ParsedItem:
        return item(key, day, amount=eur, authority="Garante", target="Beta Foods")

    assert poll(store, "a", garante("beta-fifty", "2031-03-19T08:00:00Z", 50e6)) == [
        "Garante fines Beta Foods €50,000,000"
    ]
    # One poll: two possible twins of the CNIL's on Acme, and a decision of the Garante's on Beta
    # the day before its EUR 50M one; each pair is settled, the earlier of each announced.
    acme = [
        item("acme-thirty", "2031-03-18T07:00:00Z", amount=30e6),
        item("acme-twelve", "2031-03-18T08:00:00Z"),
    ]
    poll(store, "b", *acme, garante("beta-twenty", "2031-03-18T08:00:00Z", 20e6))
    assert _told(store) == [
        ("CNIL fines Acme Widgets €30,000,000", False),
        ("Garante fines Beta Foods €20,000,000", False),
    ]


def test_possible_twins_settle_around_the_alert_the_user_saw(tmp_path: Path) -> None:
    # The 1st, seen; the 10th, held behind it; the 19th, announced (its only earlier twin is held).
    # A report of the 18th, a possible twin of the 10th and the 19th, not of the 1st: the earliest
    # of those nobody holds back, it is announced, and the 19th's alert, unseen, is taken back.
    now = "2031-03-21T10:00:00Z"
    store = _register(tmp_path / "seen.sqlite")
    try:
        poll(store, "a", item("first", "2031-03-01T08:00:00Z", amount=11e6), now=now)
        _deliver(store)
        for feed, key, day, eur in (("b", "tenth", "10", 22e6), ("c", "nineteenth", "19", 90e6)):
            poll(store, feed, item(key, f"2031-03-{day}T08:00:00Z", amount=eur), now=now)
        poll(store, "a", item("eighteenth", "2031-03-18T08:00:00Z", amount=5e6), now=now)
        assert _told(store) == [
            ("CNIL fines Acme Widgets €11,000,000", True),
            ("CNIL fines Acme Widgets €5,000,000", False),
        ]
    finally:
        store.close()
