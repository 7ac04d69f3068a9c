"""The regrouping pinned where mutmut found it open (issue #12): how far the search for a batch's
component reaches (the time window around each report, undated and text-dated reports, reports
in no event, chains of reports), what a stored row's facts are, and which events are written again.

Equivalent mutants of monitor/regrouping.py (no input tells them apart; counted as alive):
- `Component.__init__`, `regroup`: a new `RelatedGraph` instead of the kept one, or a lookup of
  the graphs kept per database file that misses: the graph is a cache, checked against the
  stored reports at every use (tests/test_kept_graph.py pins what it keeps and that reuse agrees).
- `Component.grow`: `_published(row)` always None, or `days.get(None)` for a report in no event:
  a loose neighbour is one `grouping.related` already put within the window (the same day, the
  same bounds), so the window never turns one away (2).
- `Component.grow`: a neighbour skipped only when it is taken *and* its event is (`and` for `or`):
  every filed report of an event is taken with it, and a report in no event is taken alone (1).
- `Component.take`: `or` for `and`: every stored fine status is one of FILED_STATUSES (the
  queries read no other), so only a report already taken is taken again, with the same row (1).
- `regroup`: `was.get(event_id, None)` (or no default): read only when an event's reports did
  not shift, and an event made here holds none before (2).
- `regroup`: a non-empty text for the empty last-resort sort key: every stored item has a guid (1).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from monitor import correcting
from monitor.events import when
from monitor.grouping import RELATED_WINDOW
from monitor.models import Fine, ParsedItem, PeriodicPenalty, ReportRow
from monitor.pipeline import analysed
from monitor.regrouping import Component, regroup, report_facts
from monitor.store import Store
from tests.test_register_holds import NOW, _register, item
from tests.test_regrouping import alert, filed, home, stored
from tests.test_related_index import _stored

DAY = "2025-03-10T08:00:00Z"  # the batch's report: more than RELATED_WINDOW before NOW
SECOND = timedelta(seconds=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = _register(tmp_path / "pins.sqlite")
    yield db
    db.close()


def shifted(delta: timedelta, day: str = DAY) -> str:
    return (when(day) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def told(key: str, published: str | None, title: str, **kw: Any) -> ParsedItem:
    """A report whose title says more (a day the decision was taken, say), analysed as a poll does."""
    plain = item(key, published, **kw)
    return analysed(replace(plain, title=title), plain.analysis)


def one_each(store: Store, *reports: ParsedItem) -> tuple[list[int], list[int]]:
    """The reports stored in this order, each the only report of an event of its own."""
    ids = stored(store, *reports)
    return ids, filed(store, [[pair] for pair in zip(ids, reports, strict=True)])


def far_event(store: Store, batch: ParsedItem, day: str, near: ParsedItem) -> tuple[int, int, int, int]:
    """The batch's report alone in its event, then an event dated `day` by a €30M report that the
    batch's report is not related to, holding too a report (`near`) the batch's one is related to.
    Returns the two events' ids and the ids of the €30M report and of `near`."""
    thirty = item("thirty", day, amount=30e6)
    ids = stored(store, batch, thirty, near)
    pairs = list(zip(ids, [batch, thirty, near], strict=True))
    touched, far = filed(store, [pairs[:1], pairs[1:]])
    return touched, far, ids[1], ids[2]


@pytest.mark.parametrize(
    ("day", "reached"),
    [
        (shifted(-RELATED_WINDOW), True),
        (shifted(-RELATED_WINDOW - SECOND), False),
        (shifted(RELATED_WINDOW), True),
        (shifted(RELATED_WINDOW + SECOND), False),
    ],
)
def test_an_event_is_grouped_again_only_when_its_day_is_within_the_window_of_the_report(
    store: Store, day: str, reached: bool
) -> None:
    # The undated €12M report is the batch's report's neighbour whatever the days; its event's
    # day decides. Grouped again, it leaves the €30M decision for the batch's; the €30M report
    # keeps its event (it is not folded in with the undated one).
    touched, far, thirty, undated = far_event(store, item("batch", DAY), day, item("undated", None))
    with store.transaction():
        result = regroup(store, {touched}, NOW)
    assert home(store, undated) == (touched if reached else far)
    assert home(store, thirty) == far and result.gone == set()
    assert result.events == ({touched, far} if reached else {touched})


def test_a_report_dated_only_by_its_text_reaches_events_of_any_later_day(store: Store) -> None:
    # A day a text states bounds the decision's day from below only (events.time_apart).
    stated = told("batch", None, "On 3 March 2025 the CNIL fined Acme Widgets")
    later = shifted(RELATED_WINDOW + timedelta(days=1), "2025-03-03T00:00:00Z")
    touched, far, thirty, undated = far_event(store, stated, later, item("undated", None))
    with store.transaction():
        regroup(store, {touched}, NOW)
    assert home(store, undated) == touched and home(store, thirty) == far


def test_a_neighbour_dated_only_by_its_text_brings_its_event_from_outside_the_window(store: Store) -> None:
    # The event's day is the €30M report's, years before; the neighbour's own day is stated.
    stated = told("stated", None, "On 3 March 2025 the CNIL fined Acme Widgets")
    earlier = shifted(-RELATED_WINDOW - timedelta(days=1))
    touched, far, thirty, neighbour = far_event(store, item("batch", DAY), earlier, stated)
    with store.transaction():
        regroup(store, {touched}, NOW)
    assert home(store, neighbour) == touched and home(store, thirty) == far


@pytest.mark.parametrize("published", [shifted(timedelta(days=3)), None])
def test_a_report_in_no_event_joins_the_decision_of_a_related_report(
    store: Store, published: str | None
) -> None:
    # A report without a sum in no event (as one a decision left): grouped again with the batch's
    # report, it joins its decision. Stored undated, its `published` is the time it was first
    # seen (NOW, years after the batch's report's day): no day to set it apart.
    batch = item("batch", DAY)
    ids = stored(store, batch, item("loose", published, amount=None))
    (touched,) = filed(store, [[(ids[0], batch)]])
    with store.transaction():
        regroup(store, {touched}, NOW)
    assert home(store, ids[1]) == touched


def test_the_search_goes_on_along_a_chain_of_reports_past_the_ones_it_has(store: Store) -> None:
    # Each report is related to the next (a thousand days apart), not to the one after: the
    # third's event, which holds a €30M report too, is reached through the second's.
    reports = [item("one", DAY), item("two", shifted(timedelta(days=1000)))]
    third, thirty = (
        item("three", shifted(timedelta(days=2000))),
        item("thirty", shifted(timedelta(days=2000)), amount=30e6),
    )
    ids = stored(store, *reports, third, thirty)
    pairs = list(zip(ids, [*reports, third, thirty], strict=True))
    first, _, last = filed(store, [pairs[:1], pairs[1:2], pairs[2:]])
    with store.transaction():
        result = regroup(store, {first}, NOW)
    (created,) = result.created  # the two decisions of the third event were told apart
    assert home(store, ids[2]) == last and home(store, ids[3]) == created


def retold(store: Store, touched: int) -> tuple[int, int]:
    """A second decision near the touched event's report: the same facts a thousand days later
    (too late for one decision, near enough to be grouped again), two reports in an event."""
    later = [item(f"later{n}", shifted(timedelta(days=1000, hours=n))) for n in (1, 2)]
    ids = stored(store, *later)
    (event,) = filed(store, [list(zip(ids, later, strict=True))])
    return event, ids[0]


@pytest.mark.parametrize("in_batch", [False, True])
def test_an_event_grouped_again_unchanged_is_written_again_only_when_touched_or_in_the_batch(
    store: Store, in_batch: bool
) -> None:
    (_,), (touched,) = one_each(store, item("batch", DAY))
    event, report = retold(store, touched)
    with store.transaction():
        result = regroup(store, {touched}, NOW, [report] if in_batch else [])
    assert result.events == ({touched, event} if in_batch else {touched}) and result.gone == set()


@pytest.mark.parametrize("moved", [False, True])
def test_a_held_event_is_looked_at_again_whenever_its_component_moved(store: Store, moved: bool) -> None:
    (batch,), (touched,) = one_each(store, item("batch", DAY))
    event, _ = retold(store, touched)
    # A report that joins nothing (no authority, no sum, no day), stored in no event.
    (thin,) = stored(store, item("thin", None, amount=None, authority=None))
    with store.transaction():
        store.set_held(event, True)
        result = regroup(store, {touched} if moved else set(), NOW, [] if moved else [thin])
    assert result.events == ({touched, event} if moved else set())
    assert home(store, thin) is None and home(store, batch) == touched


def test_the_larger_of_two_decisions_split_off_one_event_keeps_it(store: Store) -> None:
    # The lone €30M report comes first; the two €12M reports keep the event all the same.
    reports = [item("thirty", DAY, amount=30e6), item("a", DAY), item("b", shifted(timedelta(hours=1)))]
    ids = stored(store, *reports)
    (event,) = filed(store, [list(zip(ids, reports, strict=True))])
    with store.transaction():
        (created,) = regroup(store, {event}, NOW).created
    assert [home(store, i) for i in ids] == [created, event, event]


def test_reports_telling_as_much_on_one_day_are_ordered_by_guid_when_they_have_no_link(store: Store) -> None:
    # The decision's party is the first report's in canonical order: "urn:test:a" before "urn:test:b",
    # whichever was stored first.
    named = [
        replace(item("b", DAY, target="Acme Widgets"), link=None),
        replace(item("a", DAY, target="Acme Widgets SA"), link=None),
    ]
    ids = stored(store, *named)
    (event,) = filed(store, [list(zip(ids, named, strict=True))])
    with store.transaction():
        regroup(store, {event}, NOW)
    assert store.event(event)["target"] == "Acme Widgets SA"  # type: ignore[index]


def test_a_report_in_no_event_and_not_related_to_the_batch_is_left_alone(store: Store) -> None:
    (_,), (touched,) = one_each(store, item("batch", DAY))
    (other,) = stored(store, item("other", DAY, authority="AEPD", target="Globex"))
    with store.transaction():
        result = regroup(store, {touched}, NOW)
    assert home(store, other) is None and result.created == []


def test_a_component_made_without_a_kept_graph_makes_its_own(store: Store) -> None:
    (batch,), (touched,) = one_each(store, item("batch", DAY))
    event, report = retold(store, touched)
    with store.transaction():
        component = Component(store)
        component.grow([touched], [])
    assert set(component.rows) == {batch, report, report + 1} and component.events == {touched, event}


def row(**extra: Any) -> ReportRow:
    """A stored report of a €12M fine on Acme Widgets by the CNIL, filed since schema v12."""
    return cast(ReportRow, _stored(1, "CNIL", "Acme Widgets", 12e6, **extra))


def undated(stored_row: ReportRow) -> ReportRow:
    return cast(ReportRow, {**stored_row, "published_known": 0})


def old_row(**extra: Any) -> ReportRow:
    """The same filed before schema v12: what filing reads off the text was not stored."""
    return row(target_key=None, fine_liquidation=None, **extra)


PENALTY = {"penalty_amount": 500.0, "penalty_currency": "EUR"}


@pytest.mark.parametrize("made", [row, old_row])
def test_a_stored_rows_fine_and_periodic_penalty(made: Any) -> None:
    facts = report_facts(made(**PENALTY, penalty_eur=500.0))
    assert facts.fine == Fine(12e6, "EUR", 12e6, "imposed", PeriodicPenalty(500.0, "EUR", "day"))
    assert (facts.target, facts.target_key, facts.penalty_eur) == ("Acme Widgets", "acme widgets", 500.0)
    weekly = report_facts(made(**PENALTY, penalty_per="week")).fine.periodic_penalty
    assert weekly == PeriodicPenalty(500.0, "EUR", "week")


@pytest.mark.parametrize("penalty", [{"penalty_amount": 500.0}, {"penalty_currency": "EUR"}])
def test_a_periodic_penalty_needs_both_its_sum_and_its_currency(penalty: dict[str, Any]) -> None:
    facts = report_facts(old_row(**penalty))
    assert facts.fine.periodic_penalty is None and facts.penalty_eur is None


@pytest.mark.parametrize("stored_day", [True, False])
def test_an_undated_rows_day_is_the_one_its_text_states(stored_day: bool) -> None:
    # "listopada" is November in Polish, October in Croatian: read in the row's language.
    text = {"title": "UODO nakłada karę", "summary_text": "Decyzja z 3 listopada 2024 r.", "language": "pl"}
    made = row(stated_date="2024-11-03T00:00:00Z", **text) if stored_day else old_row(**text)
    facts = report_facts(undated(made))
    assert (facts.date, facts.stated) == ("2024-11-03T00:00:00Z", True)
    none_stated = report_facts(undated(old_row()))
    assert (none_stated.date, none_stated.stated) == (None, False)
    dated = report_facts(made)
    assert (dated.date, dated.stated) == ("2024-03-01T00:00:00Z", False)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Acme Widgets to pay overdue penalty payment", ""),
        ("A fine", "The overdue penalty payment fell due."),
    ],
)
def test_an_older_rows_liquidation_is_read_off_its_title_or_summary(title: str, summary: str) -> None:
    assert report_facts(old_row(title=title, summary_text=summary)).liquidation is True
    assert report_facts(old_row()).liquidation is False
    # Filed since v12, the stored flag stands, whatever the text.
    assert report_facts(row(fine_liquidation=1)).liquidation is True
    assert report_facts(row(title=title, summary_text=summary)).liquidation is False


def test_an_event_whose_reports_all_went_to_other_decisions_folds_into_the_one_that_took_most(
    store: Store,
) -> None:
    # Three €30M reports in one event, three €12M in another; a third event holds one €30M report
    # (its first, which gave it its tags) and two €12M ones. Its history and tags go with the
    # two to the €12M decision's event, though the €30M one's is older and was met first.
    thirty = [item(f"thirty{n}", shifted(timedelta(hours=n)), amount=30e6) for n in range(3)]
    twelve = [item(f"twelve{n}", shifted(timedelta(hours=n))) for n in range(3)]
    first = item("mixed0", DAY, amount=30e6)
    mixed = [
        analysed(first, replace(first.analysis, tags=("mixed",))),
        item("mixed1", DAY),
        item("mixed2", DAY),
    ]
    ids = stored(store, *thirty, *twelve, *mixed)
    pairs = list(zip(ids, [*thirty, *twelve, *mixed], strict=True))
    thirties, twelves, both = filed(store, [pairs[:3], pairs[3:6], pairs[6:]])
    with store.transaction():
        result = regroup(store, {both}, NOW)
    assert result.gone == {both} and [home(store, i) for i in ids[6:]] == [thirties, twelves, twelves]
    assert store.event(twelves)["tags"] == ["mixed"] and store.event(thirties)["tags"] == []  # type: ignore[index]


def test_an_alert_whose_reports_all_left_does_not_stop_the_next_alert_keeping_its_decision(
    store: Store,
) -> None:
    globex = [item(f"globex{n}", DAY, authority="AEPD", target="Globex", amount=5e6) for n in (1, 2)]
    acme = [item(f"acme{n}", shifted(timedelta(hours=n))) for n in (1, 2, 3)]
    ids = stored(store, *globex, *acme)
    pairs = list(zip(ids, [*globex, *acme], strict=True))
    # The first event's alert was raised for its first report only, which the user split off
    # later; the second's, for the first of three reports of one decision, two of them in a third
    # event that is not announced.
    first, second, third = filed(store, [pairs[:1], pairs[2:3], pairs[3:]])
    alert(store, first, "globex")
    alert(store, second, "acme")
    with store.transaction():
        store.move_report(ids[1], first, False)
    correcting.split(store, ids[0])
    with store.transaction():
        result = regroup(store, {first, second, third}, NOW)
    assert result.gone == {third} and {home(store, i) for i in ids[2:]} == {second}
