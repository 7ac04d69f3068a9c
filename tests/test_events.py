"""The event rules alone: when an item joins a decision, starts one, or moves its status."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from monitor.events import (
    CORROBORATED_WINDOW,
    Candidate,
    Decision,
    FineFacts,
    decide,
    folds,
    gap,
    never_joins,
    party_match,
    same_decision,
    same_party,
    shared_between,
    time_apart,
)
from monitor.models import Fine, PeriodicPenalty
from monitor.sums import (
    amounts_agree,
    close,
    conflict,
    rounded_alike,
    rounding,
    significant_digits,
    specific_match,
    told_near,
)
from monitor.twins import corroborated, may_be_same, rivals


def event(
    id: int,
    authority: str | None,
    target_key: str | None,
    amount_eur: float | None,
    currency: str | None,
    penalty_eur: float | None,
    status: Any,
    date: str | None,
    liquidation: bool = False,
    sums_eur: tuple[float, ...] = (),
) -> Candidate:
    penalty = PeriodicPenalty(penalty_eur, "EUR", "day") if penalty_eur else None
    return Candidate(
        id=id,
        fine=Fine(amount_eur, currency, amount_eur, status, penalty),
        authority=authority,
        target_key=target_key,
        penalty_eur=penalty_eur,
        date=date,
        liquidation=liquidation,
        sums_eur=sums_eur,
    )


CNIL_2022 = event(1, "CNIL", "clearview", 20e6, "EUR", 1e5, "imposed", "2022-10-20T00:00:00Z")
GARANTE_2022 = event(2, "Garante", "clearview", 20e6, "EUR", None, "imposed", "2022-03-09T00:00:00Z")
CNIL_2023 = event(3, "CNIL", "clearview", 5.2e6, "EUR", None, "imposed", "2023-05-10T00:00:00Z")
ALL = [CNIL_2022, GARANTE_2022, CNIL_2023]


def facts(**kw: Any) -> FineFacts:
    base: dict[str, Any] = {
        "authority": "CNIL",
        "target_key": "clearview",
        "amount_eur": 20e6,
        "currency": "EUR",
        "penalty_eur": None,
        "status": "imposed",
        "date": "2022-10-24T00:00:00Z",
    }
    base.update(kw)
    amount, currency, status = base.pop("amount_eur"), base.pop("currency"), base.pop("status")
    if base.pop("date_known", True) is False:
        base["date"] = None
    return FineFacts(fine=Fine(amount, currency, amount, status), **base)


def test_same_decision_reported_again_joins_it() -> None:
    assert decide(facts(), ALL).event_id == 1  # type: ignore[union-attr]


def test_rounded_or_converted_amounts_still_match() -> None:
    assert decide(facts(amount_eur=19.9e6), ALL).event_id == 1  # type: ignore[union-attr]
    assert decide(facts(amount_eur=17.8e6, currency="USD"), ALL).event_id == 1  # type: ignore[union-attr]


def test_other_authority_same_party_same_sum_is_another_decision() -> None:
    result = decide(facts(authority="AP-NL", amount_eur=30.5e6, date="2022-09-05T00:00:00Z"), ALL)
    assert result is not None and result.event_id is None
    assert decide(facts(authority="Garante", date="2022-03-10T00:00:00Z"), ALL).event_id == 2  # type: ignore[union-attr]


def test_same_authority_and_party_with_a_far_sum_is_another_decision() -> None:
    assert decide(facts(amount_eur=5.2e6, date="2023-05-11T00:00:00Z"), ALL).event_id == 3  # type: ignore[union-attr]
    fresh = decide(facts(amount_eur=1e6, date="2024-06-01T00:00:00Z"), ALL)
    assert fresh is not None and fresh.event_id is None


def test_missing_party_joins_on_authority_and_amount() -> None:
    assert decide(facts(target_key=None), ALL).event_id == 1  # type: ignore[union-attr]


def test_missing_authority_joins_on_party_and_amount_in_time() -> None:
    assert decide(facts(authority=None, date="2022-03-12T00:00:00Z"), ALL).event_id == 2  # type: ignore[union-attr]


def test_weak_evidence_joins_the_nearest_compatible_event_marked_partial() -> None:
    only_authority = decide(facts(target_key=None, amount_eur=None), [CNIL_2022])
    assert only_authority == Decision(1, partial=True)
    # Undated, one shared name is any decision of that authority: a decision of its own.
    undated = decide(facts(target_key=None, amount_eur=None, date=None), [CNIL_2022])
    assert undated == Decision(None)


def test_undated_item_matches_on_facts_alone() -> None:
    undated = facts(date="2026-11-22T00:00:00Z", date_known=False)
    assert decide(undated, ALL).event_id == 1  # type: ignore[union-attr]


def test_proposed_then_imposed_moves_the_event() -> None:
    intent = event(9, "ICO", "clearview", 20.5e6, "GBP", None, "proposed", "2021-11-29T00:00:00Z")
    fine = facts(authority="ICO", amount_eur=9.0e6, currency="GBP", date="2022-05-23T00:00:00Z")
    result = decide(fine, [intent])
    assert result is not None and (result.event_id, result.new_status) == (9, "imposed")
    overturned = decide(
        facts(
            authority="ICO",
            amount_eur=9.0e6,
            currency="GBP",
            status="overturned",
            date="2023-10-18T00:00:00Z",
        ),
        [event(9, "ICO", "clearview", 9.0e6, "GBP", None, "imposed", "2022-05-23T00:00:00Z")],
    )
    assert overturned is not None and (overturned.event_id, overturned.new_status) == (9, "overturned")


def test_a_mention_of_an_old_fine_never_creates_an_event() -> None:
    assert decide(facts(status="mention_of_past", authority="ICO", date="2025-01-01T00:00:00Z"), ALL) is None
    joined = decide(facts(status="mention_of_past", date="2022-11-01T00:00:00Z"), ALL)
    assert joined is not None and joined.event_id == 1 and joined.new_status is None


def test_an_item_that_names_both_halves_folds_two_vague_events() -> None:
    only_sum = event(7, "CNIL", None, 5.2e6, "EUR", None, "imposed", "2023-05-10T00:00:00Z", True)
    only_party = event(8, "CNIL", "clearview", None, None, None, "imposed", "2023-05-11T00:00:00Z", True)
    result = decide(
        facts(amount_eur=5.2e6, date="2023-05-11T00:00:00Z", liquidation=True),
        [CNIL_2022, only_sum, only_party],
    )
    assert result is not None and {result.event_id, *result.merge} == {7, 8}


def test_an_overdue_penalty_payment_never_joins_the_fine_it_enforces() -> None:
    result = decide(facts(amount_eur=None, date="2022-10-25T00:00:00Z", liquidation=True), [CNIL_2022])
    assert result is not None and result.event_id is None


def test_close_is_relative_to_the_larger_sum_and_unknown_when_either_is_missing() -> None:
    assert close(100.0, 94.0, 0.06) is True
    assert close(100.0, 93.9, 0.06) is False
    assert close(94.0, 100.0, 0.06) is True
    assert close(-100.0, -94.0, 0.06) is True
    assert close(None, 1.0, 0.5) is None and close(1.0, None, 0.5) is None


def test_one_currency_agrees_closely_two_currencies_loosely() -> None:
    eur = facts(amount_eur=20e6)
    assert amounts_agree(facts(amount_eur=18.9e6), CNIL_2022) is True  # within 6 %
    assert amounts_agree(facts(amount_eur=18.7e6), CNIL_2022) is False
    assert amounts_agree(facts(amount_eur=17.7e6, currency="USD"), CNIL_2022) is True  # within 12 %
    assert amounts_agree(facts(amount_eur=17.5e6, currency="USD"), CNIL_2022) is False
    assert (
        amounts_agree(facts(amount_eur=17.7e6, currency=None), facts(amount_eur=20e6, currency=None)) is True
    )
    assert amounts_agree(eur, eur, 0.0) is True


def test_with_no_lump_sum_the_periodic_penalties_are_compared() -> None:
    assert amounts_agree(facts(amount_eur=None, penalty_eur=1e5), CNIL_2022) is True
    assert amounts_agree(facts(amount_eur=None, penalty_eur=5e5), CNIL_2022) is False
    assert amounts_agree(facts(amount_eur=None), CNIL_2022) is None


def test_conflict_needs_two_different_known_values() -> None:
    assert conflict("CNIL", "ICO") is True
    assert conflict("CNIL", "CNIL") is False
    assert conflict(None, "ICO") is False and conflict("CNIL", None) is False


def test_party_keys_meet_on_whole_words_either_way() -> None:
    assert same_party("clearview", "clearview") is True
    assert same_party("bocconi", "universita commerciale luigi bocconi") is True
    assert same_party("universita commerciale luigi bocconi", "bocconi") is True
    assert same_party("meta", "metal works") is False
    assert same_party("clearview", "tiktok") is False
    assert same_party(None, "x") is None and same_party("x", None) is None


def test_gap_is_unknown_when_either_date_is() -> None:
    assert gap(None, "2022-01-01T00:00:00Z") is None and gap("2022-01-01T00:00:00Z", None) is None
    assert gap("2022-01-02T00:00:00Z", "2022-01-01T00:00:00Z") == gap(
        "2022-01-01T00:00:00Z", "2022-01-02T00:00:00Z"
    )


def test_the_same_party_and_authority_tolerate_a_sum_told_differently() -> None:
    # EUR 20M announced, EUR 15M after a reduction: the same decision by the same authority.
    assert decide(facts(amount_eur=15e6), [CNIL_2022]) == Decision(1, partial=True)
    assert decide(facts(amount_eur=13e6), [CNIL_2022]) == Decision(None)  # beyond 30 %
    # Without the party, no such tolerance.
    assert decide(facts(target_key=None, amount_eur=15e6), [CNIL_2022]) == Decision(None)


def test_a_sum_any_source_gave_counts() -> None:
    told = event(4, "AEPD", "mercadona", 3.15e6, "EUR", None, "imposed", None, sums_eur=(3.15e6, 2.5e6))
    item = facts(authority="AEPD", target_key=None, amount_eur=2.5e6, date=None)
    assert decide(item, [told]) == Decision(4, partial=True)
    alone = event(4, "AEPD", "mercadona", 3.15e6, "EUR", None, "imposed", None)
    assert decide(item, [alone]) == Decision(None)


def test_the_events_an_item_never_joins_whatever_their_sources_told() -> None:
    assert never_joins(facts(authority="Garante"), CNIL_2022)  # another authority
    assert never_joins(facts(target_key="tiktok", amount_eur=5e6), CNIL_2022)  # another party and sum
    assert never_joins(facts(liquidation=True), CNIL_2022)  # a penalty falling due, not the fine
    assert not never_joins(facts(), CNIL_2022)
    assert not never_joins(facts(authority=None, target_key=None), CNIL_2022)
    # Another party, but the same authority, precise figure and weeks: it may have misread the
    # party; on a round sum it is as likely another decision of that authority.
    assert not never_joins(misread(), PRECISE)
    assert never_joins(facts(target_key="ruritania", date="2022-10-21T00:00:00Z"), CNIL_2022)
    # The sums its sources gave do not enter: an event read without them is set aside alike.
    told = replace(CNIL_2022, sums_eur=(5e6,), tags=frozenset({"biometrics"}))
    assert never_joins(facts(target_key="tiktok", amount_eur=5e6), told)


# A decision of a precise figure ("EUR 20.4 million"): told again exactly with another party, the
# party was most likely misread ("Ruritania fines ..." read as a fine on Ruritania).
PRECISE = event(9, "CNIL", "vexilon", 20.4e6, "EUR", None, "imposed", "2022-10-20T00:00:00Z")


def misread(**kw: Any) -> FineFacts:
    return facts(**{"target_key": "ruritania", "amount_eur": 20.4e6, "date": "2022-10-21T00:00:00Z", **kw})


def test_a_misread_party_with_the_same_authority_precise_figure_and_weeks_still_joins() -> None:
    assert decide(misread(), [PRECISE]) == Decision(9, partial=True)
    assert decide(misread(date="2023-01-20T00:00:00Z"), [PRECISE]) == Decision(None)  # months later
    assert decide(misread(amount_eur=30.4e6), [PRECISE]) == Decision(None)  # another sum
    assert decide(misread(amount_eur=20.3e6), [PRECISE]) == Decision(None)  # near, not the figure
    assert decide(misread(currency="USD"), [PRECISE]) == Decision(None)  # the figure in another currency
    # Undated, the same precise figure still places it in those weeks.
    assert decide(misread(date=None), [PRECISE]) == Decision(9, partial=True)
    assert decide(misread(status="proposed"), [PRECISE]) == Decision(None)
    assert decide(misread(authority=None), [PRECISE]) == Decision(None)


def test_two_decisions_of_one_authority_on_one_round_sum_about_two_parties_stay_apart() -> None:
    # The Garante-like case: EUR 5 million on one company, weeks later EUR 5 million on another.
    first = event(10, "Garante", "ostrava delivery", 5e6, "EUR", None, "imposed", "2024-11-22T00:00:00Z")
    second = facts(authority="Garante", target_key="lumen chat", amount_eur=5e6, date="2024-12-06T00:00:00Z")
    assert never_joins(second, first)
    assert decide(second, [first]) == Decision(None)
    assert decide(replace(second, date=None), [first]) == Decision(None)


def test_a_full_match_joins_whole_and_a_part_match_is_partial() -> None:
    assert decide(facts(), [CNIL_2022]) == Decision(1, partial=False)
    assert decide(facts(amount_eur=None), [CNIL_2022]) == Decision(1, partial=True)
    assert decide(facts(target_key=None), [CNIL_2022]) == Decision(1, partial=True)


def test_a_corroborated_report_joins_long_after_a_vague_one_does_not() -> None:
    late = "2023-06-01T00:00:00Z"  # seven months on: a retrospective
    assert decide(facts(date=late), [CNIL_2022]) == Decision(1)
    assert decide(facts(target_key=None, date=late), [CNIL_2022]) == Decision(None)
    too_late = "2024-06-01T00:00:00Z"
    assert gap(too_late, CNIL_2022.date) > CORROBORATED_WINDOW  # type: ignore[operator]
    assert decide(facts(date=too_late), [CNIL_2022]) == Decision(None)


def test_undated_reports_need_two_shared_facts() -> None:
    undated = event(5, "CNIL", "clearview", 20e6, "EUR", None, "imposed", None)
    assert decide(facts(date=None, target_key=None), [undated]) == Decision(5, partial=True)
    assert decide(facts(date=None, authority=None), [undated]) == Decision(5, partial=False)
    assert decide(facts(date=None, authority=None, amount_eur=None), [undated]) == Decision(None)
    assert decide(facts(date=None, authority=None, target_key=None), [undated]) == Decision(None)


def test_equal_evidence_goes_to_the_nearest_in_time() -> None:
    a = event(10, "CNIL", "clearview", 20e6, "EUR", None, "imposed", "2022-10-01T00:00:00Z")
    b = event(11, "CNIL", "clearview", 20e6, "EUR", None, "imposed", "2022-10-20T00:00:00Z")
    assert decide(facts(), [a, b]).event_id == 11  # type: ignore[union-attr]
    assert decide(facts(), [b, a]).event_id == 11  # type: ignore[union-attr]
    assert decide(facts(date="2022-10-02T00:00:00Z"), [b, a]).event_id == 10  # type: ignore[union-attr]
    # More evidence beats nearness.
    vague = event(12, "CNIL", None, 20e6, "EUR", None, "imposed", "2022-10-24T00:00:00Z")
    assert decide(facts(), [vague, a]).event_id == 10  # type: ignore[union-attr]


def test_same_decision_is_symmetric_and_refuses_any_contradiction() -> None:
    only_sum = event(7, "CNIL", None, 20e6, "EUR", None, "imposed", "2022-10-21T00:00:00Z")
    assert same_decision(CNIL_2022, only_sum) and same_decision(only_sum, CNIL_2022)
    assert not same_decision(CNIL_2022, GARANTE_2022)
    assert not same_decision(CNIL_2022, CNIL_2023)
    tiktok = event(8, "CNIL", "tiktok", 20e6, "EUR", None, "imposed", "2022-10-21T00:00:00Z")
    assert not same_decision(CNIL_2022, tiktok)
    proposal = event(9, "CNIL", "clearview", 20e6, "EUR", None, "proposed", "2022-10-21T00:00:00Z")
    assert not same_decision(CNIL_2022, proposal)
    penalty = event(9, "CNIL", "clearview", 20e6, "EUR", None, "imposed", "2022-10-21T00:00:00Z", True)
    assert not same_decision(CNIL_2022, penalty)
    years = event(9, "CNIL", "clearview", 20e6, "EUR", None, "imposed", "2024-06-21T00:00:00Z")
    assert not same_decision(CNIL_2022, years)
    other_penalty = event(9, "CNIL", "clearview", 20e6, "EUR", 5e5, "imposed", "2022-10-21T00:00:00Z")
    assert not same_decision(CNIL_2022, other_penalty)
    # The linking item must tie each by a sum or a party, not the authority alone.
    assert same_decision(CNIL_2022, only_sum, facts())
    assert not same_decision(CNIL_2022, only_sum, facts(target_key=None, amount_eur=None))


def test_the_two_tiktok_and_the_two_clearview_decisions_stay_apart() -> None:
    dpc_2023 = event(20, "DPC", "tiktok", 345e6, "EUR", None, "imposed", "2023-09-15T00:00:00Z")
    assert decide(
        facts(authority="DPC", target_key="tiktok", amount_eur=530e6, date="2025-05-02T00:00:00Z"), [dpc_2023]
    ) == Decision(None)
    hdpa = facts(authority="HDPA", amount_eur=20e6, date="2022-07-13T00:00:00Z")
    assert decide(hdpa, [GARANTE_2022, CNIL_2022]) == Decision(None)


def test_a_status_move_needs_both_named_a_later_date_and_the_window() -> None:
    intent = event(9, "ICO", "clearview", 20.5e6, "GBP", None, "proposed", "2021-11-29T00:00:00Z")
    fine = dict(authority="ICO", amount_eur=9.0e6, currency="GBP", date="2022-05-23T00:00:00Z")
    assert decide(facts(**fine), [intent]) == Decision(9, new_status="imposed", partial=True)
    assert decide(facts(**{**fine, "target_key": None}), [intent]) == Decision(None)
    earlier = {**fine, "date": "2021-11-01T00:00:00Z"}
    assert decide(facts(**earlier), [intent]) == Decision(None)
    years = {**fine, "date": "2024-03-01T00:00:00Z"}
    assert decide(facts(**years), [intent]) == Decision(None)
    undated = {**fine, "date": None}
    assert decide(facts(**undated), [intent]) == Decision(9, new_status="imposed", partial=True)
    vague_intent = event(9, "ICO", None, 20.5e6, "GBP", None, "proposed", "2021-11-29T00:00:00Z")
    assert decide(facts(**fine), [vague_intent]) == Decision(None)
    imposed = event(9, "ICO", "clearview", 9.0e6, "GBP", None, "imposed", "2022-05-23T00:00:00Z")
    annulled_other_sum = facts(**{**fine, "amount_eur": 1e6, "status": "overturned"})
    assert decide(annulled_other_sum, [imposed]) == Decision(None)
    reinstated = event(9, "ICO", "clearview", 9.0e6, "GBP", None, "overturned", "2022-05-23T00:00:00Z")
    assert decide(facts(**{**fine, "date": "2023-01-01T00:00:00Z"}), [reinstated]) == Decision(
        9, new_status="imposed", partial=False
    )
    back = event(9, "ICO", "clearview", 9.0e6, "GBP", None, "imposed", "2022-05-23T00:00:00Z")
    assert decide(facts(**{**fine, "status": "proposed"}), [back]).new_status is None  # type: ignore[union-attr]


def raw(fact: FineFacts, amount: float, currency: str | None) -> FineFacts:
    """The same facts with the figure as written and, when the currency is unknown, no euro value."""
    eur = amount if currency == "EUR" else (None if currency is None else amount * 0.9)
    return FineFacts(
        fine=Fine(amount, currency, eur, fact.status),
        authority=fact.authority,
        target_key=fact.target_key,
        date=fact.date,
    )


def test_a_figure_without_a_currency_is_compared_as_written() -> None:
    no_currency = raw(facts(), 50e6, None)
    assert amounts_agree(no_currency, raw(facts(), 50e6, "EUR")) is True
    assert amounts_agree(no_currency, raw(facts(), 47.5e6, "EUR")) is True  # within 6 %
    assert amounts_agree(no_currency, raw(facts(), 46e6, "EUR")) is False
    assert amounts_agree(raw(facts(), 50e6, "EUR"), no_currency) is True
    # Both unknown: no euro value and no figure to prefer; nothing compared.
    assert amounts_agree(no_currency, raw(facts(), 51e6, None)) is None


def test_a_precise_figure_repeated_exactly_is_specific() -> None:
    assert significant_digits(1_375_000_000) == 4
    assert significant_digits(20_000_000) == 1
    assert significant_digits(14_500_000) == 3
    assert significant_digits(0) == 0
    assert specific_match(raw(facts(), 1.375e9, "USD"), raw(facts(), 1.375e9, "USD"))
    assert specific_match(raw(facts(), 1.375e9, None), raw(facts(), 1.375e9, "USD"))
    assert not specific_match(raw(facts(), 1.375e9, "EUR"), raw(facts(), 1.375e9, "USD"))
    assert not specific_match(raw(facts(), 20e6, "EUR"), raw(facts(), 20e6, "EUR"))
    assert not specific_match(raw(facts(), 1.375e9, "USD"), raw(facts(), 1.376e9, "USD"))
    assert not specific_match(raw(facts(), 14.5e6, "EUR"), FineFacts(fine=Fine(None, "EUR", None, "imposed")))


def test_an_undated_report_of_a_precise_figure_alone_joins_its_decision() -> None:
    settled = event(30, None, "google", 1.375e9, "USD", None, "imposed", "2025-05-09T00:00:00Z")
    exact = FineFacts(fine=Fine(1.375e9, "USD", 1.375e9, "imposed"))
    assert decide(exact, [settled]) == Decision(30, partial=True)
    round_sum = FineFacts(fine=Fine(20e6, "EUR", 20e6, "imposed"))
    assert decide(round_sum, [event(31, None, "x", 20e6, "EUR", None, "imposed", None)]) == Decision(None)


def test_a_sum_alone_across_currencies_does_not_join_a_decision() -> None:
    # Only a sum, in another currency than the event's: one more decision of about that size.
    only_sum = facts(authority=None, target_key=None, amount_eur=19.5e6, currency="GBP")
    assert decide(only_sum, [CNIL_2022]) == Decision(None)
    same_currency = facts(authority=None, target_key=None, amount_eur=19.5e6, currency="EUR")
    assert decide(same_currency, [CNIL_2022]) == Decision(1, partial=True)
    named = facts(authority="CNIL", target_key=None, amount_eur=19.5e6, currency="GBP")
    assert decide(named, [CNIL_2022]) == Decision(1, partial=True)


def test_two_events_sharing_two_facts_fold_whatever_order_they_are_given_in() -> None:
    by_party = event(40, None, "clearview", 20e6, "EUR", None, "imposed", "2022-10-21T00:00:00Z")
    by_sum = event(41, "CNIL", None, 20e6, "EUR", None, "imposed", "2022-10-22T00:00:00Z")
    other = event(42, "CNIL", "tiktok", 5e6, "EUR", None, "imposed", "2022-10-22T00:00:00Z")
    assert folds([by_sum, by_party], [CNIL_2022, other]) == [(1, (40, 41))]
    assert folds([by_party, by_sum], [other, CNIL_2022]) == [(1, (40, 41))]
    # Only pairs with a touched event are looked at: the rest were looked at when they were touched.
    assert folds([by_sum], [CNIL_2022, by_party, other]) == [(1, (41,))]
    assert folds([other], [CNIL_2022, by_party, by_sum]) == []
    assert folds([], [CNIL_2022, by_sum]) == []


def test_folding_never_chains_two_decisions_that_disagree() -> None:
    # The vague event matches both, by authority and sum; the two named ones contradict each other.
    vague = event(50, "CNIL", None, 20e6, "EUR", None, "imposed", "2022-10-21T00:00:00Z")
    tiktok = event(51, "CNIL", "tiktok", 20e6, "EUR", None, "imposed", "2022-10-22T00:00:00Z")
    result = folds([vague], [CNIL_2022, tiktok])
    assert result == [(1, (50,))]  # nearest in time first: CNIL_2022 is a day nearer
    assert len(result) == 1 and 51 not in result[0][1]


def test_a_single_shared_fact_does_not_fold_but_may_hold_an_alert() -> None:
    by_party = event(60, None, "clearview", None, None, None, "imposed", "2022-10-22T00:00:00Z")
    assert shared_between(CNIL_2022, by_party) == 1
    assert folds([by_party], [CNIL_2022]) == []
    assert may_be_same(by_party, CNIL_2022)


def test_shared_facts_count_and_windows() -> None:
    assert shared_between(CNIL_2022, CNIL_2022) == 3
    assert shared_between(CNIL_2022, GARANTE_2022) == 0
    far_vague = event(61, "CNIL", None, 20e6, "EUR", None, "imposed", "2023-03-01T00:00:00Z")
    assert shared_between(CNIL_2022, far_vague) == 0  # two facts hold for weeks, not months
    far_full = event(62, "CNIL", "clearview", 20e6, "EUR", None, "imposed", "2023-03-01T00:00:00Z")
    assert shared_between(CNIL_2022, far_full) == 3
    undated = event(63, "CNIL", None, 20e6, "EUR", None, "imposed", None)
    assert shared_between(CNIL_2022, undated) == 2


def test_a_sum_any_source_gave_keeps_two_events_compatible() -> None:
    told = event(
        70,
        "AEPD",
        "mercadona",
        3.15e6,
        "EUR",
        None,
        "imposed",
        "2021-07-27T00:00:00Z",
        sums_eur=(3.15e6, 2.5e6),
    )
    other = event(71, "AEPD", "mercadona", 2.5e6, "EUR", None, "imposed", "2021-07-28T00:00:00Z")
    assert same_decision(told, other) and same_decision(other, told)
    assert shared_between(told, other) == 3
    alone = event(70, "AEPD", "mercadona", 3.15e6, "EUR", None, "imposed", "2021-07-27T00:00:00Z")
    assert not same_decision(alone, other)


def test_a_second_alert_is_held_for_the_same_party_in_the_same_days() -> None:
    misread_sum = event(80, "CNIL", "clearview", 5e6, "EUR", None, "imposed", "2022-10-25T00:00:00Z")
    assert not same_decision(misread_sum, CNIL_2022)
    assert may_be_same(misread_sum, CNIL_2022) and may_be_same(CNIL_2022, misread_sum)
    later = event(81, "CNIL", "clearview", 5e6, "EUR", None, "imposed", "2022-11-20T00:00:00Z")
    assert not may_be_same(later, CNIL_2022)
    other_authority = event(82, "Garante", "clearview", 5e6, "EUR", None, "imposed", "2022-10-25T00:00:00Z")
    assert not may_be_same(other_authority, CNIL_2022)
    proposal = event(83, "CNIL", "clearview", 5e6, "EUR", None, "proposed", "2022-10-25T00:00:00Z")
    assert not may_be_same(proposal, CNIL_2022)
    other_party = event(84, "CNIL", "tiktok", 5e6, "EUR", None, "imposed", "2022-10-25T00:00:00Z")
    assert not may_be_same(other_party, CNIL_2022)
    no_authority = event(85, None, "clearview", 5e6, "EUR", None, "imposed", None)
    assert not may_be_same(no_authority, CNIL_2022)
    overdue = event(86, "CNIL", "clearview", 5.2e6, "EUR", None, "imposed", "2022-10-25T00:00:00Z", True)
    assert not may_be_same(overdue, CNIL_2022)


def test_grouping_gives_the_same_decisions_in_any_order() -> None:
    from itertools import permutations

    from monitor.grouping import Report, group

    reports = [
        Report(1, "a", facts(target_key=None)),  # authority and sum
        Report(2, "b", facts(authority=None, date="2022-10-21T00:00:00Z")),  # party and sum
        Report(3, "c", facts(amount_eur=None, date="2022-10-22T00:00:00Z")),  # authority and party
        Report(4, "d", facts(authority="Garante", target_key="tiktok", date="2022-10-22T00:00:00Z")),
    ]
    results = {frozenset(frozenset(g.items) for g in group(list(order))) for order in permutations(reports)}
    assert results == {frozenset({frozenset({1, 2, 3}), frozenset({4})})}
    cnil = next(g for g in group(reports) if 1 in g.items)
    assert (cnil.facts.authority, cnil.facts.target_key, cnil.facts.amount_eur) == ("CNIL", "clearview", 20e6)
    assert cnil.facts.date == "2022-10-21T00:00:00Z"  # the earliest any report gave
    assert 1 in cnil.partial and 3 in cnil.partial and 2 not in cnil.partial


def told_in(currency: str, amount: float, eur: float | None = None, **kw: Any) -> FineFacts:
    """A report giving `amount` in `currency` (its euros at its own day's rate)."""
    base = facts(**kw)
    return FineFacts(
        fine=Fine(amount, currency, amount if eur is None and currency == "EUR" else eur, "imposed"),
        authority=base.authority,
        target_key=base.target_key,
        date=base.date,
    )


def test_a_figure_may_be_another_rounded_but_two_told_sums_are_two() -> None:
    assert rounding(2.5e6) == 50_000 and rounding(405e6) == 500_000 and rounding(20e6) == 5e6
    assert rounding(1375.0) == 0.5
    assert amounts_agree(told_in("EUR", 1.8e9), told_in("EUR", 1.84e9))  # "€1.8bn"
    assert amounts_agree(told_in("EUR", 2.5e6), told_in("EUR", 2.52e6))
    assert amounts_agree(told_in("EUR", 390e6), told_in("EUR", 405e6)) is False
    assert amounts_agree(told_in("EUR", 405e6), told_in("EUR", 390e6)) is False
    # A round figure is never looser than the tolerance of one currency.
    assert amounts_agree(told_in("EUR", 20e6), told_in("EUR", 21e6))
    assert amounts_agree(told_in("EUR", 20e6), told_in("EUR", 22e6)) is False
    assert rounded_alike(told_in("EUR", 20e6), told_in("USD", 20e6)) is None
    assert rounded_alike(told_in("EUR", 20e6), FineFacts(fine=Fine(None, None, None, "imposed"))) is None


def test_one_currency_compares_the_figures_as_told_not_each_day_s_euros() -> None:
    monday, friday = told_in("SEK", 58e6, eur=5.0e6), told_in("SEK", 58e6, eur=5.5e6)
    assert amounts_agree(monday, friday)
    assert amounts_agree(told_in("SEK", 58e6, eur=5.0e6), told_in("SEK", 53e6, eur=5.0e6)) is False


def test_told_sums_of_two_decisions_in_euros_compare_as_rounded() -> None:
    a, b = told_in("EUR", 390e6), told_in("EUR", 405e6)
    assert not told_near(390e6, 405e6, a, b) and told_near(405e6, 405.2e6, a, b)
    assert not told_near(None, 405e6, a, b) and not told_near(405e6, None, a, b)
    pounds = told_in("GBP", 17e6, eur=20e6)
    assert told_near(20e6, 21e6, pounds, b)  # across currencies: the tolerance
    assert not told_near(20e6, 25e6, pounds, b)
    many = event(90, "DPC", "meta", 390e6, "EUR", None, "imposed", None, sums_eur=(390e6, 390e6))
    other = event(91, "DPC", "meta", 405e6, "EUR", None, "imposed", None, sums_eur=(405e6,))
    assert not same_decision(many, other) and shared_between(many, other) == 0


def test_a_figure_without_its_currency_is_compared_as_written_when_folding() -> None:
    bare = Candidate(id=5, fine=Fine(14e9, None, None, "imposed"), authority=None, target_key="meta")
    told = event(6, "DPC", "meta", 265e6, "EUR", None, "imposed", None)
    assert shared_between(bare, told) == 0 and not same_decision(bare, told)
    near = Candidate(id=7, fine=Fine(265e6, None, None, "imposed"), authority=None, target_key="meta")
    assert same_decision(near, told) and shared_between(near, told) == 3  # party, sum, precise figure


def test_an_event_agrees_with_any_party_its_sources_named() -> None:
    both = replace(
        event(10, "DPC", "facebook", 265e6, "EUR", None, "imposed", None), parties=frozenset({"meta"})
    )
    report = facts(authority="DPC", target_key="meta", amount_eur=265e6, date=None)
    assert party_match(report, both) and party_match(both, report)
    assert party_match(report, event(11, "DPC", "tiktok", 1, "EUR", None, "imposed", None)) is False
    assert party_match(facts(target_key=None), both) is None
    assert party_match(report, event(12, "DPC", None, 1, "EUR", None, "imposed", None)) is None
    assert decide(report, [both]) == Decision(10, partial=False)


def test_equal_evidence_goes_to_the_event_whose_own_party_the_report_names() -> None:
    by_source = replace(
        event(20, "DPC", "facebook", None, None, None, "imposed", None), parties=frozenset({"meta"})
    )
    own = event(21, "DPC", "meta", None, None, None, "imposed", None)
    vague = facts(authority="DPC", target_key="meta", amount_eur=None, currency=None, date=None)
    assert decide(vague, [by_source, own]).event_id == 21  # type: ignore[union-attr]
    assert decide(vague, [own, by_source]).event_id == 21  # type: ignore[union-attr]
    lower_first = event(19, "DPC", "meta", None, None, None, "imposed", None)
    assert decide(vague, [own, lower_first]).event_id == 19  # type: ignore[union-attr]


def test_undated_an_exact_precise_figure_places_a_report_naming_another_party() -> None:
    subsidiary = event(30, "DPC", "instagram", 405e6, "EUR", None, "imposed", "2031-01-10T00:00:00Z")
    parent = facts(authority="DPC", target_key="meta", amount_eur=405e6, date=None)
    assert decide(parent, [subsidiary]).event_id == 30  # type: ignore[union-attr]
    round_sum = replace(subsidiary, fine=Fine(20e6, "EUR", 20e6, "imposed"))
    result = decide(facts(authority="DPC", target_key="meta", amount_eur=20e6, date=None), [round_sum])
    assert result is not None and result.event_id is None
    # The same party with a sum only the slack of one authority and party lets in weighs less
    # than the exact figure of the other event.
    other_sum = event(31, "DPC", "meta", 390e6, "EUR", None, "imposed", "2031-01-12T00:00:00Z")
    assert decide(parent, [other_sum, subsidiary]).event_id == 30  # type: ignore[union-attr]
    assert decide(parent, [other_sum]).event_id == 31  # type: ignore[union-attr]


def test_two_sums_each_told_twice_are_two_decisions_not_a_twin() -> None:
    first = event(
        40, "CNIL", "acme", 50e6, "EUR", None, "imposed", "2031-02-01T00:00:00Z", sums_eur=(50e6, 50e6)
    )
    second = event(
        41, "CNIL", "acme", 150e6, "EUR", None, "imposed", "2031-02-03T00:00:00Z", sums_eur=(150e6, 150e6)
    )
    assert corroborated(first) and corroborated(second)
    assert not may_be_same(first, second) and not may_be_same(second, first)
    once = replace(second, sums_eur=(150e6,))
    assert not corroborated(once) and may_be_same(first, once) and may_be_same(once, first)
    assert not corroborated(replace(first, fine=Fine(None, None, None, "imposed")))
    assert not corroborated(facts())
    assert corroborated(replace(first, sums_eur=(50e6, 50.1e6, 90e6)))
    assert not corroborated(replace(first, sums_eur=(50e6, 90e6)))


def test_a_twin_naming_no_authority_needs_a_near_sum() -> None:
    named = event(50, "IMY", "spotify", 58e6, "SEK", None, "imposed", "2031-02-01T00:00:00Z")
    near = event(51, None, "spotify", 53e6, "SEK", None, "imposed", None)
    far = event(52, None, "spotify", 20e6, "SEK", None, "imposed", None)
    assert may_be_same(near, named) and may_be_same(named, near)
    assert not may_be_same(far, named)
    assert not may_be_same(replace(near, authority="AP"), named)
    assert not may_be_same(replace(near, fine=replace(near.fine, status="proposed")), named)
    assert not may_be_same(replace(near, date="2031-03-01T00:00:00Z"), named)
    assert may_be_same(replace(near, date="2031-02-10T00:00:00Z"), named)


def test_the_edges_of_rounding_misreading_and_twins_belong_inside() -> None:
    assert amounts_agree(told_in("EUR", 47e6), told_in("EUR", 50e6))  # 6% of the larger, exactly
    edge = replace(PRECISE, id=60, date="2022-12-04T00:00:00Z")
    before = misread(date="2022-10-20T00:00:00Z")  # 45 days before, exactly
    assert decide(before, [edge]).event_id == 60  # type: ignore[union-attr]
    twin = event(61, "CNIL", "clearview", 5e6, "EUR", None, "imposed", "2022-11-03T00:00:00Z")  # 14 days
    assert may_be_same(twin, CNIL_2022)


def test_a_day_a_text_states_bounds_the_decision_from_below_and_never_sets_it_apart() -> None:
    # An undated report whose text names an earlier day (the law's entry into force, years before)
    # still joins the decision a published report dated; one stating a later day stays apart.
    published = event(7, "DPC", "twitter", 450e3, "EUR", None, "imposed", "2020-12-15T12:00:00Z")
    old_day = facts(authority="DPC", target_key="twitter", amount_eur=450e3, date="2018-05-25T00:00:00Z")
    assert decide(replace(old_day, stated=True), [published]) == Decision(7)
    assert decide(old_day, [published]) == Decision(None)  # a feed's own date years before: apart
    assert time_apart(replace(old_day, stated=True), published) is None
    assert time_apart(old_day, published) == gap(old_day.date, published.date)
    same_day = replace(old_day, stated=True, date=published.date)  # the day it was published: a bound
    assert time_apart(same_day, published) is None and time_apart(published, same_day) is None
    later = replace(old_day, stated=True, date="2021-03-01T00:00:00Z")
    assert time_apart(later, published) == gap(later.date, published.date)
    # Both stated, or both published: compared as dates.
    assert time_apart(replace(old_day, stated=True), replace(published, stated=True)) == gap(
        old_day.date, published.date
    )
    assert time_apart(facts(date_known=False), published) is None
    assert time_apart(published, facts(date_known=False)) is None


def test_the_stated_bound_is_symmetric_and_holds_in_folds_and_twins() -> None:
    first = event(1, "CNIL", "criteo", 40e6, "EUR", None, "imposed", "2023-06-15T00:00:00Z")
    stated = replace(first, stated=True)
    later = event(2, "CNIL", "criteo", 40e6, "EUR", None, "imposed", "2026-11-30T12:00:00Z")
    assert time_apart(stated, later) is None and time_apart(later, stated) is None
    assert same_decision(stated, later) and not same_decision(first, later)
    assert shared_between(stated, later) >= 3 and shared_between(first, later) == 0
    assert folds([later], [stated]) == [(1, (2,))]
    assert may_be_same(stated, later)


def test_an_announced_event_has_rivals_only_among_decisions_told_apart_from_the_held_one() -> None:
    day = "2023-01-04T00:00:00Z"
    lone = event(1, "DPC", "meta", 580e6, "EUR", None, "imposed", day)  # one outlet's sum
    ads = event(2, "DPC", "meta", 390e6, "EUR", None, "imposed", day, sums_eur=(390e6, 390e6))
    scraping = event(3, "DPC", "meta", 265e6, "EUR", None, "imposed", day, sums_eur=(265e6, 265e6))
    same_as_ads = event(4, "DPC", "meta", 390e6, "EUR", None, "imposed", day, sums_eur=(390e6,))
    other_party = event(5, "DPC", "tiktok", 345e6, "EUR", None, "imposed", day)
    assert may_be_same(ads, lone) and may_be_same(scraping, lone) and not may_be_same(ads, scraping)
    assert rivals(ads, lone, [lone, ads, scraping, same_as_ads, other_party]) == [scraping]
    assert rivals(scraping, lone, [ads, scraping, other_party]) == [ads]
    assert rivals(ads, lone, [same_as_ads, other_party]) == []  # may be ads itself: no rival


def test_a_fine_reported_on_the_day_of_its_proposal_moves_it_on() -> None:
    proposal = event(9, "CNIL", "clearview", 20e6, "EUR", None, "proposed", "2022-10-20T00:00:00Z")
    assert decide(facts(date="2022-10-20T00:00:00Z"), [proposal]) == Decision(9, new_status="imposed")
    # A day only stated in its text, before the proposal's: not placed in time, still the next step.
    stated = replace(facts(date="2022-01-01T00:00:00Z"), stated=True)
    assert decide(stated, [proposal]) == Decision(9, new_status="imposed")
    assert decide(replace(stated, stated=False), [proposal]) != Decision(9, new_status="imposed")


def test_an_undated_report_two_decisions_fit_alike_joins_neither() -> None:
    # "The DPC fines Meta" with no sum and no date: the DPC's 2022 and 2023 Meta decisions fit it
    # alike (authority and party), and their sums tell them apart: joining either merges them.
    older = event(20, "DPC", "meta", 265e6, "EUR", None, "imposed", "2022-11-28T00:00:00Z")
    newer = event(21, "DPC", "meta", 390e6, "EUR", None, "imposed", "2023-01-04T00:00:00Z")
    vague = facts(authority="DPC", target_key="meta", amount_eur=None, currency=None, date=None)
    assert decide(vague, [older, newer]) is None
    assert decide(vague, [newer, older]) is None
    # One of them alone, or a dated report, or a sum that picks one: it joins as before.
    assert decide(vague, [newer]) == Decision(21, partial=True)
    assert decide(replace(vague, date="2023-01-05T00:00:00Z"), [older, newer]).event_id == 21  # type: ignore[union-attr]
    told = replace(vague, fine=Fine(390e6, "EUR", 390e6, "imposed"))
    assert decide(told, [older, newer]).event_id == 21  # type: ignore[union-attr]
    # Two events that nothing tells apart (one decision, started twice) still take it.
    twin = event(22, "DPC", "meta", 390e6, "EUR", None, "imposed", "2023-01-06T00:00:00Z")
    assert decide(vague, [newer, twin]).event_id == 21  # type: ignore[union-attr]
