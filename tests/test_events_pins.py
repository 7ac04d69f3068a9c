"""The decider's choices pinned where the broader event tests left them open (issue #12: mutmut
over events.py and grouping.py): which of several candidates an item joins and by how much each
fact weighs, the edges of its windows, the order in which events fold, candidates of every status."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from monitor.events import (
    CORROBORATED_WINDOW,
    MISREAD_PARTY_WINDOW,
    SAME_DECISION_WINDOW,
    STATUS_CHANGE_WINDOW,
    Candidate,
    FineFacts,
    decide,
    folds,
    same_decision,
    shared_between,
    when,
)
from monitor.grouping import Report, group, related
from tests.test_events import event, facts

DAY = "2024-06-10T00:00:00Z"


def later(delta: timedelta, day: str = DAY) -> str:
    return (when(day) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def acme(**kw: Any) -> FineFacts:
    return facts(**{"target_key": "acme", "amount_eur": 12e6, "date": DAY, **kw})


def joined(item: FineFacts, candidates: list[Candidate]) -> int | None:
    decision = decide(item, candidates)
    assert decision is not None
    return decision.event_id


def test_a_candidate_of_any_status_is_weighed_and_the_search_goes_on() -> None:
    # A passing mention's event is no step of the decision's life; an overdue penalty payment is
    # another decision: neither ends the search for the fine the report is of.
    mention = event(1, "CNIL", "acme", 12e6, "EUR", None, "mention_of_past", DAY)
    penalty = event(2, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY, liquidation=True)
    fine = event(3, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY)
    assert joined(acme(), [mention, penalty, fine]) == 3


def test_the_windows_hold_their_last_day() -> None:
    proposal = event(1, "CNIL", "acme", 12e6, "EUR", None, "proposed", DAY)
    moved = decide(acme(date=later(STATUS_CHANGE_WINDOW)), [proposal])
    assert moved is not None and moved.event_id == 1 and moved.new_status == "imposed"
    # No party to corroborate it: the plain window of one decision's news, to its last day.
    fine = event(1, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY)
    assert joined(facts(target_key=None, amount_eur=12e6, date=later(SAME_DECISION_WINDOW)), [fine]) == 1
    a, b = facts(target_key="acme", date=DAY), facts(target_key="acme", date=later(CORROBORATED_WINDOW))
    assert same_decision(a, b)
    c = facts(target_key=None, amount_eur=12e6, date=later(SAME_DECISION_WINDOW))
    assert shared_between(facts(target_key=None, amount_eur=12e6, date=DAY), c) == 2
    # A misread party is taken on the same sum and authority within the weeks of one decision.
    misread = facts(target_key="france", amount_eur=12e6, date=later(MISREAD_PARTY_WINDOW))
    assert related(acme(), misread)


def test_a_fine_moves_on_the_nearest_of_its_proposals() -> None:
    old = event(1, "CNIL", "acme", 12e6, "EUR", None, "proposed", later(-timedelta(days=300)))
    recent = event(2, "CNIL", "acme", 12e6, "EUR", None, "proposed", later(-timedelta(days=10)))
    moved = decide(acme(), [old, recent])
    assert moved is not None and (moved.event_id, moved.new_status) == (2, "imposed")


def test_an_undated_event_is_as_near_as_one_of_the_same_day() -> None:
    undated = event(1, "CNIL", "acme", 12e6, "EUR", None, "imposed", None)
    same_day = event(2, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY)
    assert joined(acme(), [undated, same_day]) == 1  # equal evidence, equal distance: the older


def test_a_mention_sharing_the_authority_and_a_converted_sum_alone_joins_nothing() -> None:
    fine = event(1, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY)
    mention = facts(status="mention_of_past", target_key=None, currency="USD", amount_eur=12.2e6, date=None)
    assert decide(mention, [fine]) is None


def test_one_shared_name_makes_a_weak_join_but_a_sum_alone_does_not() -> None:
    fine = event(1, None, "acme", 12e6, "EUR", None, "imposed", DAY)
    by_party = decide(acme(authority=None, status="mention_of_past", amount_eur=None), [fine])
    assert by_party is not None and by_party.event_id == 1 and by_party.partial
    # The report's authority is no name the event shares when the event names none.
    by_sum = facts(status="mention_of_past", target_key=None, amount_eur=12e6, date=DAY)
    assert decide(by_sum, [fine]) is None


def test_what_each_shared_fact_weighs() -> None:
    # The party (2 points) outweighs the authority (1), and the authority adds to it: the event
    # naming more of the report's facts wins over a nearer one.
    party_only = event(1, None, "acme", None, None, None, "imposed", later(timedelta(days=40)))
    authority_only = event(2, "CNIL", None, None, None, None, "imposed", DAY)
    item = facts(target_key="acme", amount_eur=None, date=DAY)
    assert joined(item, [party_only, authority_only]) == 1
    both = event(1, "CNIL", "acme", None, None, None, "imposed", later(timedelta(days=40)))
    party_near = event(2, None, "acme", None, None, None, "imposed", DAY)
    assert joined(item, [both, party_near]) == 1
    # A sum told alike in one currency weighs as the party does: the nearer of the two wins.
    no_sum = event(1, "CNIL", "acme", None, None, None, "imposed", DAY)
    no_party = event(2, "CNIL", None, 12e6, "EUR", None, "imposed", later(timedelta(days=40)))
    assert joined(acme(), [no_sum, no_party]) == 1


def test_the_report_must_tie_each_event_it_folds_by_its_own_sum_or_party() -> None:
    # The second event is compatible with the first (one of its sources told EUR 12M) and the report
    # agrees with that source, but neither its sum nor its party ties the report to the event.
    first = event(1, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY)
    second = event(2, "CNIL", None, 20e6, "EUR", None, "imposed", DAY, sums_eur=(20e6, 12e6))
    decision = decide(acme(), [first, second])
    assert decision is not None and (decision.event_id, decision.merge) == (1, ())


def test_two_reports_sums_apart_set_them_apart() -> None:
    assert not same_decision(acme(), acme(amount_eur=30e6))
    assert not same_decision(acme(), acme(amount_eur=50e6, currency="USD"))


def test_the_strongest_and_nearest_pairs_fold_first_and_the_rest_still_fold() -> None:
    # The report without a party may be acme's or globex's decision, never both: it folds with the
    # one sharing most with it, and a fourth and fifth event, of another authority, still fold.
    vague = event(1, "CNIL", None, 12.3e6, "EUR", None, "imposed", DAY)
    exact = event(2, "CNIL", "acme", 12.3e6, "EUR", None, "imposed", DAY)
    rounded = event(3, "CNIL", "globex", 12e6, "EUR", None, "imposed", DAY)
    ico = event(4, "ICO", None, 5e6, "EUR", None, "imposed", DAY)
    ico_named = event(5, "ICO", "wayne", 5e6, "EUR", None, "imposed", DAY)
    assert folds([vague, ico], [exact, rounded, ico_named]) == [(1, (2,)), (4, (5,))]
    # Sharing as much, the nearer in time first; an undated one counts as nearest.
    far = event(2, "CNIL", "acme", 12e6, "EUR", None, "imposed", later(timedelta(days=9)))
    near = event(3, "CNIL", "globex", 12e6, "EUR", None, "imposed", later(timedelta(days=2)))
    undated = event(3, "CNIL", "globex", 12e6, "EUR", None, "imposed", None)
    plain = event(1, "CNIL", None, 12e6, "EUR", None, "imposed", DAY)
    assert folds([plain], [far, near]) == [(1, (3,))]
    half_day = event(2, "CNIL", "acme", 12e6, "EUR", None, "imposed", later(timedelta(hours=12)))
    assert folds([plain], [half_day, undated]) == [(1, (3,))]


def test_a_report_that_joins_nothing_leaves_the_rest_to_be_grouped() -> None:
    # A passing mention naming all three facts comes first in canonical order and starts nothing.
    mention = facts(authority="ICO", target_key="wayne", amount_eur=3e6, status="mention_of_past", date=DAY)
    fine = acme()
    reports = [Report(1, "https://a.example/", mention), Report(2, "https://b.example/", fine)]
    assert [g.items for g in group(reports)] == [(2,)]


def test_an_undated_report_joins_the_event_its_main_party_is_among_events_it_fits_alike() -> None:
    # Both events name Acme (the second only through a source); the first is Acme's own decision.
    own = event(1, "CNIL", "acme", 12e6, "EUR", None, "imposed", DAY)
    other = replace(
        event(2, "CNIL", "globex", 30e6, "EUR", None, "imposed", DAY), parties=frozenset({"globex", "acme"})
    )
    undated = acme(amount_eur=None, currency=None, date=None)
    assert joined(undated, [other, own]) == 1


def worth(eur: float, **kw: Any) -> FineFacts:
    """A precise figure told in a currency whose euros are `eur`."""
    told = acme(**kw)
    return replace(told, fine=replace(told.fine, amount=1234.0, currency="KRW", amount_eur=eur))


@pytest.mark.parametrize(("first", "second"), [(0.0, 0.0), (0.5, 0.5), (1.02, 0.98)])
def test_a_figure_worth_nothing_or_about_a_euro_is_still_compared_with_its_authoritys(
    first: float, second: float
) -> None:
    # The same precise figure (its euros within 6%) and authority on the same day, another party:
    # a misread party, one decision, whichever side of a euro the euros lie.
    reports = [Report(1, "a", worth(first)), Report(2, "b", worth(second, target_key="ruritania"))]
    assert [g.items for g in group(reports)] == [(1, 2)]
    # A round sum of those euros is another party's decision, and looking for it fails on none.
    thin = facts(target_key="ruritania", amount_eur=second, date=DAY)
    assert [g.items for g in group([Report(1, "a", acme(amount_eur=first)), Report(2, "b", thin)])] == [
        (1,),
        (2,),
    ]
