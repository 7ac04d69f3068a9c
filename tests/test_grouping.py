"""Grouping a set of reports into decisions: the same decisions in every order, and the rules of #12.

Pure tests of `monitor.grouping` (no database): the figures are invented, the shapes are those of
real reports (a party spelled two ways, a sum in dollars, a report without the party).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from itertools import permutations
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.events import FineFacts, decide
from monitor.grouping import (
    RELATED_WINDOW,
    Group,
    Report,
    _Open,
    absorb,
    canonical,
    combine,
    group,
    related,
    start,
    told,
    too_thin,
)
from monitor.models import Fine, PeriodicPenalty


def facts(
    authority: str | None = "AP",
    party: str | None = "clearview ai",
    eur: float | None = 30.5e6,
    currency: str | None = "EUR",
    date: str | None = "2024-09-03T10:00:00Z",
    status: Any = "imposed",
    amount: float | None = None,
    penalty_eur: float | None = None,
    liquidation: bool = False,
    tags: frozenset[str] = frozenset(),
) -> FineFacts:
    penalty = PeriodicPenalty(penalty_eur, "EUR", "day") if penalty_eur else None
    raw = amount if amount is not None else eur
    return FineFacts(
        fine=Fine(raw, currency if raw is not None else None, eur, status, penalty),
        authority=authority,
        target=party.title() if party else None,
        target_key=party,
        penalty_eur=penalty_eur,
        date=date,
        liquidation=liquidation,
        tags=tags,
    )


def reports(*all_facts: FineFacts) -> list[Report]:
    return [Report(i + 1, f"https://r{i + 1}.example/", f) for i, f in enumerate(all_facts)]


def partition(groups: list[Group]) -> set[frozenset[int]]:
    return {frozenset(g.items) for g in groups}


# One decision told five ways, beside two decisions it must not swallow.
AP = [
    facts(),
    facts(party="clearview", eur=30.4e6, currency="USD", amount=33e6, date="2024-09-03T14:00:00Z"),
    facts(party=None, date="2024-09-04T08:00:00Z"),  # no party: joins on partial facts
    facts(eur=None, currency=None, date="2024-09-05T08:00:00Z"),  # no sum
    facts(eur=30e6, date="2024-10-01T08:00:00Z"),  # rounded, weeks later
]
GARANTE = facts(authority="Garante", eur=20e6, date="2022-03-09T10:00:00Z")
HDPA = facts(authority="HDPA", eur=20e6, date="2022-07-13T10:00:00Z")
MIXED = reports(*AP, GARANTE, HDPA)


def test_one_decision_told_five_ways_is_one_group_and_the_other_authorities_stay_apart() -> None:
    assert partition(group(MIXED)) == {frozenset({1, 2, 3, 4, 5}), frozenset({6}), frozenset({7})}


def test_the_decisions_do_not_depend_on_the_order_of_the_reports() -> None:
    expected = partition(group(MIXED))
    facts_of = {r.item_id: r.facts for g in group(MIXED) for r in MIXED if r.item_id in g.items}
    assert len(facts_of) == len(MIXED)
    for order in list(permutations(MIXED))[::97]:
        groups = group(order)
        assert partition(groups) == expected
        # The facts of each decision too, not only who is in it.
        assert sorted((g.items, g.facts.amount_eur, g.facts.date) for g in groups) == sorted(
            (g.items, g.facts.amount_eur, g.facts.date) for g in group(MIXED)
        )


def test_a_report_without_the_party_is_marked_as_joined_on_partial_facts() -> None:
    (ap, *_) = sorted(group(MIXED), key=lambda g: -len(g.items))
    assert 3 in ap.partial and 4 in ap.partial
    assert 1 not in ap.partial and 2 not in ap.partial


def test_two_fines_on_one_party_by_one_authority_years_and_sums_apart_stay_two() -> None:
    first = facts(authority="DPC", party="tiktok", eur=345e6, date="2023-09-15T10:00:00Z")
    second = facts(authority="DPC", party="tiktok", eur=530e6, date="2025-05-02T10:00:00Z")
    vague = facts(authority="DPC", party="tiktok", eur=None, currency=None, date="2025-05-03T10:00:00Z")
    groups = group(reports(first, second, vague))
    assert partition(groups) == {frozenset({1}), frozenset({2, 3})}


def test_the_same_sum_in_the_same_year_by_two_authorities_is_two_decisions() -> None:
    undated_garante = replace(GARANTE, date=None)
    assert partition(group(reports(GARANTE, HDPA, undated_garante))) == {frozenset({1, 3}), frozenset({2})}


def test_a_thin_report_joins_a_decision_but_never_starts_one() -> None:
    thin = facts(party=None, eur=None, currency=None)
    assert too_thin(thin)
    assert group(reports(thin)) == []
    assert partition(group(reports(thin, AP[0]))) == {frozenset({1, 2})}


def test_a_passing_mention_never_starts_a_decision() -> None:
    mention = facts(status="mention_of_past")
    assert group(reports(mention)) == []


def test_a_later_report_that_names_both_halves_folds_two_groups_into_one() -> None:
    # One report knows only the party, another only the authority and the sum; the third ties both.
    only_party = facts(authority=None, eur=None, currency=None, penalty_eur=None)
    only_sum = facts(party=None)
    whole = facts()
    for order in permutations(reports(only_party, only_sum, whole)):
        assert partition(group(order)) == {frozenset({1, 2, 3})}


def test_canonical_order_puts_the_most_telling_report_first_then_date_then_link() -> None:
    rs = reports(facts(party=None), facts(date="2024-09-05T00:00:00Z"), facts(date="2024-09-01T00:00:00Z"))
    assert [r.item_id for r in canonical(rs)] == [3, 2, 1]
    same = reports(facts(), facts())
    assert [r.item_id for r in canonical(list(reversed(same)))] == [1, 2]
    assert told(facts()) == 3 and told(facts(authority=None, party=None, eur=None)) == 0


def test_absorb_fills_what_the_event_lacked_and_keeps_the_earliest_date() -> None:
    event = start(1, facts(eur=None, currency=None, party=None, date="2024-09-05T00:00:00Z"))
    joined = absorb(event, facts(date="2024-09-03T00:00:00Z", tags=frozenset({"biometrics"})))
    assert joined.amount_eur == 30.5e6 and joined.currency == "EUR"
    assert joined.target_key == "clearview ai"
    assert joined.date == "2024-09-03T00:00:00Z"
    assert joined.tags == {"biometrics"}
    assert joined.sums_eur == (30.5e6,)
    later = absorb(joined, facts(eur=31e6, party="clearview", date="2024-09-09T00:00:00Z"))
    assert later.amount_eur == 30.5e6 and later.target_key == "clearview ai" and later.date == joined.date
    assert later.sums_eur == (30.5e6, 31e6)


def test_absorb_takes_a_mention_as_a_source_only_and_a_status_move_with_its_sum() -> None:
    event = start(1, facts(status="proposed", eur=40e6))
    mention = absorb(event, facts(status="mention_of_past", eur=1.0, tags=frozenset({"x"})))
    assert mention.amount_eur == 40e6 and mention.tags == {"x"} and mention.sums_eur == (40e6,)
    final = absorb(event, facts(eur=30.5e6, date="2024-12-01T00:00:00Z"), "imposed")
    assert final.status == "imposed" and final.amount_eur == 30.5e6
    assert final.date == "2024-09-03T10:00:00Z"  # a later step does not re-date the decision
    penalty = absorb(event, facts(penalty_eur=5e4))
    assert penalty.penalty_eur == 5e4 and penalty.fine.periodic_penalty is not None


def test_combine_keeps_the_first_events_status_and_every_sum_told() -> None:
    keep = start(1, facts(eur=None, currency=None))
    other = start(2, facts(party=None, status="proposed"))
    joined = combine(keep, other)
    assert joined.id == 1 and joined.status == "imposed" and joined.amount_eur == 30.5e6


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (facts(), facts(party="clearview", eur=None, currency=None), True),  # party shared
        (facts(), facts(party=None, eur=None, currency=None), True),  # authority shared
        (facts(authority=None), facts(authority=None, party=None), True),  # sum shared
        (facts(authority=None), facts(authority=None, party=None, eur=99e6), False),  # nothing shared
        (facts(), facts(authority="CNIL"), False),  # two authorities
        (facts(), facts(liquidation=True), False),  # a penalty falling due is not the fine
        (facts(), facts(party="meta"), True),  # same authority and sum: a misread party
        (facts(), facts(party="meta", eur=99e6), False),  # same authority only, another party
        (facts(), facts(authority=None, party="meta"), False),  # another party, same sum only
        (facts(), facts(date="2020-01-01T00:00:00Z"), False),  # too far apart in time
        (facts(), facts(date=None), True),  # undated: only the facts decide
        (facts(), facts(party=None, eur=99e6), False),  # same authority, clearly another sum
        (facts(), facts(eur=99e6), False),  # same party too: two decisions of one step
        (facts(status="proposed"), facts(eur=99e6), True),  # a proposal's sum may change
    ],
)
def test_related_links_reports_that_could_be_one_decision(a: FineFacts, b: FineFacts, expected: bool) -> None:
    assert related(a, b) is expected
    assert related(b, a) is expected


def test_related_reaches_as_far_as_a_status_move_from_either_side() -> None:
    assert RELATED_WINDOW.days == 1600
    assert related(facts(date="2020-01-01T00:00:00Z"), facts(date="2024-05-18T00:00:00Z"))
    assert not related(facts(date="2020-01-01T00:00:00Z"), facts(date="2024-05-20T00:00:00Z"))


def test_a_report_that_ties_two_started_events_folds_them_with_what_each_knew() -> None:
    # The undated first report takes neither other on one shared fact (any of that party's
    # decisions): the dated two make an event of their own, which then shares the authority and the
    # party with the first and contradicts it in nothing, so the two events fold.
    undated = facts(eur=31e6, date=None)
    penalty_only = facts(authority=None, eur=None, penalty_eur=5e4, date="2024-09-20T10:00:00Z")
    authority_only = facts(party=None, eur=None, penalty_eur=5e4, date="2024-09-03T10:00:00Z")
    for order in permutations(reports(undated, penalty_only, authority_only)):
        (decision,) = group(order)
        assert decision.items == (1, 3, 2)  # canonical: most telling, then earliest
        assert decision.facts.amount_eur == 31e6 and decision.facts.penalty_eur == 5e4
        assert decision.facts.authority == "AP" and decision.facts.target_key == "clearview ai"
        assert decision.facts.date == "2024-09-03T10:00:00Z"
        assert decision.partial == frozenset({2})  # joined the penalty without a party to compare


def test_absorb_keeps_what_the_event_already_knew() -> None:
    event = start(1, facts(penalty_eur=1e5))
    joined = absorb(event, facts(authority=None, party="clearview", eur=None, currency=None, penalty_eur=2e4))
    assert joined.penalty_eur == 1e5 and joined.fine.periodic_penalty == event.fine.periodic_penalty
    assert joined.target == "Clearview Ai" and joined.target_key == "clearview ai"
    assert joined.sums_eur == (30.5e6,)  # a report without a sum adds none
    unnamed = start(2, facts(party=None))
    assert absorb(unnamed, facts(party="clearview")).target == "Clearview"


def test_a_status_move_replaces_the_sum_only_when_the_fine_is_imposed() -> None:
    proposed = start(1, facts(status="proposed", eur=40e6))
    imposed = absorb(proposed, facts(eur=30.5e6, currency="USD", amount=33e6), "imposed")
    assert imposed.fine.amount == 33e6 and imposed.currency == "USD" and imposed.amount_eur == 30.5e6
    annulled = absorb(start(2, facts()), facts(eur=1e6, status="overturned"), "overturned")
    assert annulled.status == "overturned" and annulled.amount_eur == 30.5e6


def test_new_decisions_are_numbered_from_one_in_canonical_order() -> None:
    groups = group(reports(GARANTE, HDPA))
    assert [g.facts.id for g in groups] == [1, 2]
    assert [g.items for g in groups] == [(1,), (2,)]


def test_a_report_that_matches_two_events_folds_the_second_into_the_first() -> None:
    # The sum and the party came in reports that each matched only half of the penalty's event.
    penalty = facts(party=None, eur=None, penalty_eur=5e4, date="2024-09-03T10:00:00Z")
    sum_and_penalty = facts(authority=None, party=None, penalty_eur=5e4, date="2024-09-03T10:00:00Z")
    undated_party = facts(authority=None, eur=31e6, date=None)
    dated_party = facts(authority=None, eur=31e6, date="2024-09-20T10:00:00Z")
    (decision,) = group(reports(penalty, sum_and_penalty, undated_party, dated_party))
    assert sorted(decision.items) == [1, 2, 3, 4]
    assert decision.facts.authority == "AP" and decision.facts.target_key == "clearview ai"
    assert decision.facts.penalty_eur == 5e4 and decision.facts.amount_eur == 30.5e6


def test_a_report_set_aside_does_not_stop_the_grouping_of_the_next() -> None:
    mention = facts(status="mention_of_past", date="2024-09-01T00:00:00Z")
    thin = facts(authority="CNIL", party=None, eur=None, currency=None, date="2024-09-01T00:00:00Z")
    sum_only = facts(authority=None, party=None, eur=5e6, date="2024-09-02T00:00:00Z")
    assert [g.items for g in group(reports(mention, GARANTE))] == [(2,)]
    assert [g.items for g in group(reports(thin, sum_only))] == [(2,)]


def test_a_proposal_then_the_fine_is_one_decision_with_the_final_status_and_sum() -> None:
    proposed = facts(authority="DPC", party="meta", eur=40e6, status="proposed", date="2024-01-10T00:00:00Z")
    imposed = facts(authority="DPC", party="meta", eur=30e6, date="2024-06-10T00:00:00Z")
    (decision,) = group(reports(proposed, imposed))
    assert decision.facts.status == "imposed" and decision.facts.amount_eur == 30e6
    assert decision.facts.date == "2024-01-10T00:00:00Z"


def test_combine_takes_what_a_mention_started_event_knew_and_every_sum() -> None:
    keep = start(1, facts(eur=None, currency=None))
    other = replace(start(2, facts(party=None, status="mention_of_past")), sums_eur=(30.5e6, 30e6))
    joined = combine(keep, other)
    assert joined.status == "imposed" and joined.amount_eur == 30.5e6
    assert joined.sums_eur == (30.5e6, 30e6)


def test_start_keeps_the_reports_topics_and_whether_it_is_a_penalty_falling_due() -> None:
    event = start(7, facts(tags=frozenset({"biometrics"}), liquidation=True))
    assert event.id == 7 and event.tags == {"biometrics"} and event.liquidation
    assert event.sums_eur == (30.5e6,) and start(8, facts(eur=None, currency=None)).sums_eur == ()


def test_related_edges() -> None:
    start_day = facts(date="2020-01-01T00:00:00Z")
    assert related(start_day, facts(date=(datetime(2020, 1, 1, tzinfo=UTC) + RELATED_WINDOW).isoformat()))
    # The sum alone links within the decider's widest tolerance across currencies (12%), no further:
    # sums in the same range are not one decision.
    assert related(facts(authority=None, party=None, eur=30e6), facts(authority=None, party=None, eur=33e6))
    assert not related(
        facts(authority=None, party=None, eur=30e6), facts(authority=None, party=None, eur=36e6)
    )
    # A shared party allows the decider's named tolerance (30%).
    assert related(facts(authority=None, eur=30e6), facts(authority=None, eur=36e6))
    # Another party at the same authority: only the same sum says it was misread.
    assert related(facts(), facts(party="meta", eur=31e6))
    assert not related(facts(), facts(party="meta", eur=33e6))
    # Undated, only the same precise figure places it among that decision's reports.
    assert not related(facts(), facts(party="meta", eur=31e6, date=None))
    assert related(facts(eur=30.5e6), facts(party="meta", eur=30.5e6, date=None))
    assert related(facts(authority=None, eur=30e6), facts(authority=None, eur=None))  # the party alone
    # ... but not against a sum three times as large at the same step: the decider never joins those.
    assert not related(facts(authority=None, eur=30e6), facts(authority=None, eur=90e6))


def test_an_event_keeps_every_party_its_sources_named() -> None:
    first = start(1, facts(party="facebook"))
    assert first.parties == frozenset({"facebook"})
    assert start(2, facts(party=None)).parties == frozenset()
    joined = absorb(first, facts(party="meta"))
    assert joined.parties == frozenset({"facebook", "meta"}) and joined.target_key == "facebook"
    assert absorb(first, facts(party=None)).parties == frozenset({"facebook"})
    assert absorb(first, facts(party="meta", status="mention_of_past")).parties == frozenset({"facebook"})
    both = combine(first, start(3, facts(party="meta platforms")))
    assert both.parties == frozenset({"facebook", "meta platforms"})


def test_a_report_naming_the_parent_joins_the_decision_another_report_named_it_in() -> None:
    # Two dated reports name the subsidiary and the parent with the same precise sum, days apart;
    # an undated third names the parent only: one decision, whichever order they come in.
    dated_sub = facts(authority="DPC", party="picturegram", eur=265e6, date="2031-05-02T10:00:00Z")
    dated_parent = facts(authority="DPC", party="metaverse", eur=265e6, date="2031-05-03T10:00:00Z")
    undated = facts(authority="DPC", party="metaverse", eur=265e6, date=None)
    for order in permutations([dated_sub, dated_parent, undated]):
        groups = group(reports(*order))
        assert len(groups) == 1 and len(groups[0].items) == 3


def test_two_events_folded_keep_every_party_either_knew() -> None:
    other = absorb(start(3, facts(party="metaverse")), facts(party="picturegram"))
    both = combine(start(1, facts(party="facebook")), other)
    assert both.parties == frozenset({"facebook", "metaverse", "picturegram"})


def test_a_published_day_dates_the_decision_over_one_a_text_states_in_any_order() -> None:
    # The text of an undated report names a day years before (when the law took effect); the
    # published report dates the decision, whichever came first, and both are one decision.
    old = replace(facts(date="2018-05-25T00:00:00Z"), stated=True)
    new = facts(date="2026-11-30T12:00:00Z")
    for first, second in ((old, new), (new, old)):
        joined = absorb(start(1, first), second)
        assert (joined.date, joined.stated) == ("2026-11-30T12:00:00Z", False)
    for order in (reports(old, new), reports(new, old)):
        (one,) = group(order)
        assert len(one.items) == 2 and one.facts.date == "2026-11-30T12:00:00Z" and not one.facts.stated
    assert related(old, new) and related(new, old)
    assert not related(replace(old, stated=False), new)
    # Two stated days: the earlier one, still stated; a stated day after a published one is apart.
    other = replace(old, date="2019-01-01T00:00:00Z")
    assert absorb(start(1, other), old).date == old.date and absorb(start(1, other), old).stated
    assert absorb(start(1, old), other).date == old.date
    late = replace(old, date="2031-01-01T00:00:00Z")
    assert not related(late, facts(date="2024-01-01T00:00:00Z"))


# Facts drawn from a few values each, so that shared and differing parties, sums and authorities meet
# (a key of no words, "", is compared whole by events.same_party).
DRAWN = st.builds(
    facts,
    authority=st.sampled_from([None, "AP", "CNIL"]),
    party=st.sampled_from([None, "", "acme widgets", "acme", "widgets", "globex", "initech"]),
    eur=st.sampled_from([None, 1e6, 1.04e6, 1.3e6, 20e6]),
    date=st.sampled_from([None, "2024-03-01T00:00:00Z", "2024-03-20T00:00:00Z", "2025-06-01T00:00:00Z"]),
    status=st.sampled_from(["imposed", "proposed", "overturned", "mention_of_past"]),
    liquidation=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(DRAWN, min_size=1, max_size=3), min_size=1, max_size=8), DRAWN)
def test_the_started_events_offered_to_a_report_decide_it_as_all_of_them_would(
    told: list[list[FineFacts]], report: FineFacts
) -> None:
    # Each event started by its first report and grown by the others (more parties, an authority).
    started = _Open()
    for event_id, (first, *more) in enumerate(told, start=1):
        event = start(event_id, first)
        started.put(event)
        for other in more:
            event = absorb(event, other)
            started.put(event)
    offered = started.near(report)
    assert len({e.id for e in offered}) == len(offered)
    assert decide(report, offered) == decide(report, list(started.events.values()))


def test_a_report_is_offered_only_the_started_events_it_could_join() -> None:
    started = _Open()
    events = [
        start(1, facts()),  # its party and sum
        start(2, facts(party="clearview", eur=1e6)),  # a shorter name of its party
        start(3, facts(party=None, eur=5e6)),  # no party: it may be any
        start(4, facts(party="acme", eur=30.6e6)),  # its sum and authority: it may have misread the party
        start(5, facts(party="acme", eur=50e6)),  # another party, another sum
        start(6, facts(authority="CNIL", party="globex")),  # another party of another authority
    ]
    for event in events:
        started.put(event)
    assert {e.id for e in started.near(facts())} == {1, 2, 3, 4}
    assert {e.id for e in started.near(facts(party=None))} == {1, 2, 3, 4, 5, 6}
    # An event that learns a party from a later report is offered by that name too.
    started.put(absorb(events[5], facts(authority="CNIL", party="clearview ai inc")))
    assert {e.id for e in started.near(facts())} == {1, 2, 3, 4, 6}
