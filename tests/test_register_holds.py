"""Which filed decisions the register announces: an anonymous report is held until named, and a
proposal that regrouping turns into a fine is announced as one (register.file_items, issue #12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.alerts import AlertRules
from monitor.models import Analysis, FeedConfig, Fine, ParsedItem
from monitor.pipeline import analysed
from monitor.register import Filing, file_items
from monitor.store import Store

NOW = "2031-03-20T10:00:00Z"


def _register(path: Path) -> Store:
    db = Store(path)
    with db.transaction():
        db.sync_feeds([FeedConfig(name=n, url=f"https://{n}.example/feed") for n in ("a", "b", "c")], NOW)
    return db


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = _register(tmp_path / "holds.sqlite")
    yield db
    db.close()


def item(key: str, published: str | None, *, status: str = "imposed", amount: float | None = 12e6,
         authority: str | None = "CNIL", target: str | None = "Acme Widgets") -> ParsedItem:  # fmt: skip
    fine = Fine(amount, "EUR" if amount else None, amount, status)  # type: ignore[arg-type]
    bare = ParsedItem(
        guid=f"urn:test:{key}",
        link=f"https://news.example/{key}",
        canonical_link=None,
        title=f"report {key}",
        summary_text="",
        summary_html="",
        author=None,
        published=published,
        language="en",
        content_hash=key,
    )
    # As a poll's worker hands it on: with the facts filing reads off the text.
    return analysed(bare, Analysis(fine=fine, authority=authority, target=target, matched=True))


def poll(store: Store, feed: str, *items: ParsedItem, now: str = NOW, first: bool = False) -> list[str]:
    """One feed's new items filed as a poll files them (`first`: the feed's first poll, a backlog);
    the titles of the new-fine alerts it raised."""
    row = store.feed_by_name(feed)
    assert row is not None
    with store.transaction():
        stored = store.store_items(row["id"], list(items), now, [], first_poll=first)
        rules = AlertRules(include_proposed=False)
        result = file_items(store, stored.fresh, Filing(now=now, rules=rules, backlog=first))
    return [a["title"] for a in store.list_alerts() if a["id"] in result.alerts and a["kind"] == "new_fine"]


def _deliver(store: Store) -> None:
    """The alerts shown, as the window or `monitor poll` shows them right after the poll."""
    with store.transaction():
        for alert in store.list_alerts(pending_only=True):
            store.mark_delivered(alert["id"], NOW)


def test_a_report_naming_neither_authority_nor_party_waits_for_one_that_does(store: Store) -> None:
    anonymous = item("anon", "2031-03-19T08:00:00Z", authority=None, target=None)
    assert poll(store, "a", anonymous) == []
    assert store.event_count() == 1  # filed all the same
    named = item("named", "2031-03-19T09:00:00Z")
    assert len(poll(store, "b", named)) == 1  # one alert, for the named decision
    assert len([a for a in store.list_alerts() if a["kind"] == "new_fine"]) == 1


def test_an_anonymous_report_of_its_own_is_announced_once_a_report_names_it(store: Store) -> None:
    assert (
        poll(store, "a", item("anon", "2031-03-19T08:00:00Z", authority=None, target=None, amount=7.25e6))
        == []
    )
    # The same precise sum, now with its authority: the held decision is news.
    assert len(poll(store, "b", item("named", "2031-03-19T09:00:00Z", target=None, amount=7.25e6))) == 1


def test_a_proposal_regrouping_turns_into_a_fine_is_announced_once(store: Store) -> None:
    # The proposal is read first, dated after the fining report that comes with the next feed: filed
    # as one more source of the proposal, then grouped again as the fine it is.
    proposal = item("intent", "2031-03-19T08:00:00Z", status="proposed")
    assert poll(store, "a", proposal) == []
    fine = item("fine", "2031-03-18T08:00:00Z")
    assert len(poll(store, "b", fine)) == 1
    events = store.list_events()
    assert len(events) == 1 and events[0]["status"] == "imposed"
    assert poll(store, "c", item("again", "2031-03-19T12:00:00Z")) == []  # never twice


def test_a_decision_dated_old_by_another_decisions_report_is_news_once_that_report_leaves(
    store: Store,
) -> None:
    # First seen undated: news. An old report of another sum joins it and dates it years back, so
    # the alert nobody saw yet is taken back.
    assert len(poll(store, "a", item("undated", None))) == 1
    assert poll(store, "b", item("years-ago", "2026-01-10T08:00:00Z", amount=15e6)) == []
    assert [a for a in store.list_alerts() if a["kind"] == "new_fine"] == []
    # This week's report of the first sum, and one more undated: grouped again, the old report is
    # a decision of its own, and the first one is news after all (once).
    week = item("this-week", "2031-03-19T08:00:00Z")
    assert len(poll(store, "c", week, item("more", None, target=None))) == 1
    alerted = [a["event_id"] for a in store.list_alerts() if a["kind"] == "new_fine"]
    assert len(alerted) == 1
    dated = {e["id"]: e["decision_date"] for e in store.list_events()}
    assert dated[alerted[0]] == "2031-03-19T08:00:00Z"


def test_an_undated_decision_held_past_the_window_is_old_news_when_named(store: Store) -> None:
    # First seen undated and anonymous: held. Named two months later, still undated: the decision
    # was news when first seen, not now.
    assert poll(store, "a", item("anon", None, authority=None, target=None, amount=7.25e6)) == []
    later = "2031-05-20T10:00:00Z"
    assert poll(store, "b", item("named", None, target=None, amount=7.25e6), now=later) == []
    assert store.event_count() == 1
    # Named within the window, it is news (as the test above).
    assert poll(store, "c", item("anon2", None, authority=None, target=None, amount=3.1e6), now=later) == []
    assert len(poll(store, "a", item("named2", None, target=None, amount=3.1e6), now=later)) == 1


def test_one_announced_report_holds_back_at_most_one_of_two_decisions_it_may_be(store: Store) -> None:
    # One outlet's sum for the authority and party, announced; then two decisions of theirs in the
    # same days, each sum told by two sources. The announced report may be a misreading of either,
    # not of both: it holds back neither, and each is announced once.
    assert len(poll(store, "a", item("lone", "2031-03-18T08:00:00Z", amount=50e6))) == 1
    first = [item(f"first{n}", "2031-03-18T10:00:00Z", amount=12e6) for n in (1, 2)]
    assert poll(store, "b", *first) == []  # may be the announced decision misread: held
    second = [item(f"second{n}", "2031-03-19T10:00:00Z", amount=21e6) for n in (1, 2)]
    announced = poll(store, "c", *second)
    assert sorted(announced) == ["CNIL fines Acme Widgets €12,000,000", "CNIL fines Acme Widgets €21,000,000"]
    assert len([a for a in store.list_alerts() if a["kind"] == "new_fine"]) == 3
    # A third decision's report again: each of the three is announced once, none twice.
    assert poll(store, "a", item("second3", "2031-03-19T11:00:00Z", amount=21e6)) == []


def test_an_undated_decision_split_weeks_later_is_not_news_again(store: Store) -> None:
    # Two undated reports of one event, announced. Two months on, a report of another decision of
    # the party takes the report without a sum: the announced decision, first seen two months
    # ago, keeps its alert and is not announced again; the other, published yesterday, is news
    # (it used to take the event and its alert, and was never announced).
    assert len(poll(store, "a", item("sum", None), item("nosum", None, amount=None))) == 1
    _deliver(store)
    later = "2031-05-20T10:00:00Z"
    other = poll(store, "b", item("other", "2031-05-19T10:00:00Z", amount=30e6), now=later)
    assert other == ["CNIL fines Acme Widgets €30,000,000"]
    assert store.event_count() == 2
    amounts = {e["id"]: e["amount"] for e in store.list_events()}
    alerted = [amounts[a["event_id"]] for a in store.list_alerts() if a["kind"] == "new_fine"]
    assert sorted(alerted) == [12e6, 30e6]


def test_an_undated_backlog_decision_a_report_leaves_days_later_is_still_no_news(store: Store) -> None:
    # A feed's first poll: two undated reports of one event, a backlog. Days later a known feed
    # reports another decision of the party; the report without a sum fits both decisions alike
    # and leaves the first for neither (issue #12: no guess that merges two). The first decision
    # is still what the feed held before we watched it, not news; the other is news of its own.
    assert poll(store, "a", item("sum", None), item("nosum", None, amount=None), first=True) == []
    later = "2031-03-25T10:00:00Z"
    assert poll(store, "b", item("other", "2031-03-24T10:00:00Z", amount=30e6), now=later) == [
        "CNIL fines Acme Widgets €30,000,000"
    ]
    assert store.event_count() == 2
    assert store.scalar("SELECT event_id FROM items WHERE guid = 'urn:test:nosum'") is None
    assert sorted(a["kind"] for a in store.list_alerts()) == ["backlog", "new_fine"]
    # Grouped again by any later batch, it stays old news.
    assert poll(store, "c", item("more", None, target=None), now=later) == []


def test_a_split_leaves_the_alert_with_the_decision_it_announced(store: Store) -> None:
    # Two sources of a EUR 12M decision and two reports without a sum, announced (and seen) as one.
    sums = [item(f"twelve{n}", f"2031-03-10T0{n}:00:00Z") for n in (1, 2)]
    bare = [item(f"bare{n}", f"2031-03-18T0{n}:00:00Z", amount=None) for n in (1, 2)]
    assert poll(store, "a", *sums, *bare) == ["CNIL fines Acme Widgets €12,000,000"]
    _deliver(store)
    # Two sources of another decision the days of the bare reports: those are its reports, and the
    # old event is split in two halves. The announced decision keeps its alert, delivered, and
    # is not announced again; the other is news of its own, announced once.
    other = [item(f"thirty{n}", f"2031-03-18T1{n}:00:00Z", amount=30e6) for n in (1, 2)]
    assert poll(store, "b", *other) == ["CNIL fines Acme Widgets €30,000,000"]
    amounts = {e["id"]: e["amount"] for e in store.list_events()}
    alerts = {amounts[a["event_id"]]: a for a in store.list_alerts() if a["kind"] == "new_fine"}
    assert sorted(alerts) == [12e6, 30e6]
    assert alerts[12e6]["title"] == "CNIL fines Acme Widgets €12,000,000" and alerts[12e6]["delivered_at"]
    assert alerts[30e6]["delivered_at"] is None
    # Grouped again by a later batch, neither moves nor alerts again.
    assert poll(store, "c", item("thirty3", "2031-03-18T15:00:00Z", amount=30e6)) == []
    assert len([a for a in store.list_alerts() if a["kind"] == "new_fine"]) == 2


def test_an_undated_decision_a_dated_report_joined_and_left_is_news_in_either_order(tmp_path: Path) -> None:
    # Two undated reports of a EUR 12M decision; a report dated years ago, without a sum, and a
    # report of that day's EUR 30M decision. Filed the undated ones first, the dated report joins
    # their event and dates it old; the EUR 30M report then takes it to its own decision. The
    # event left undated again is news as first seen, as it is when the old decision came first
    # (it kept the old day, and was never announced, in one of the two orders).
    undated = [item("twelve1", None), item("twelve2", None)]
    old_day = "2026-01-10T08:00:00Z"
    bare, thirty = item("bare", old_day, amount=None), item("thirty", old_day, amount=30e6)
    announced: list[list[str]] = []
    for n, batches in enumerate(([undated, [bare], [thirty]], [[bare, thirty], undated, []])):
        store = _register(tmp_path / f"order{n}.sqlite")
        try:
            for feed, batch in zip("abc", batches, strict=True):
                poll(store, feed, *batch)
            events = {e["amount"]: e for e in store.list_events()}
            assert not events[12e6]["date_known"] and events[30e6]["decision_date"] == old_day
            announced.append([a["title"] for a in store.list_alerts() if a["kind"] == "new_fine"])
        finally:
            store.close()
    assert announced == [["CNIL fines Acme Widgets €12,000,000"]] * 2
