"""The event rules alone: when an item joins a decision, starts one, or moves its status."""

from __future__ import annotations

from monitor.events import Candidate, FineFacts, decide

CNIL_2022 = Candidate(
    id=1,
    authority="CNIL",
    target_key="clearview",
    amount_eur=20e6,
    currency="EUR",
    penalty_eur=1e5,
    status="imposed",
    date="2022-10-20T00:00:00Z",
)
GARANTE_2022 = Candidate(
    id=2,
    authority="Garante",
    target_key="clearview",
    amount_eur=20e6,
    currency="EUR",
    penalty_eur=None,
    status="imposed",
    date="2022-03-09T00:00:00Z",
)
CNIL_2023 = Candidate(
    id=3,
    authority="CNIL",
    target_key="clearview",
    amount_eur=5.2e6,
    currency="EUR",
    penalty_eur=None,
    status="imposed",
    date="2023-05-10T00:00:00Z",
)
ALL = [CNIL_2022, GARANTE_2022, CNIL_2023]


def facts(**kw: object) -> FineFacts:
    base: dict[str, object] = {
        "authority": "CNIL",
        "target_key": "clearview",
        "amount_eur": 20e6,
        "currency": "EUR",
        "penalty_eur": None,
        "status": "imposed",
        "date": "2022-10-24T00:00:00Z",
    }
    base.update(kw)
    return FineFacts(**base)  # type: ignore[arg-type]


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


def test_weak_evidence_starts_a_new_event_rather_than_guess() -> None:
    only_authority = decide(facts(target_key=None, amount_eur=None), [CNIL_2022])
    assert only_authority is not None and only_authority.event_id is None


def test_undated_item_matches_on_facts_alone() -> None:
    undated = facts(date="2026-11-22T00:00:00Z", date_known=False)
    assert decide(undated, ALL).event_id == 1  # type: ignore[union-attr]


def test_proposed_then_imposed_moves_the_event() -> None:
    intent = Candidate(
        id=9,
        authority="ICO",
        target_key="clearview",
        amount_eur=20.5e6,
        currency="GBP",
        penalty_eur=None,
        status="proposed",
        date="2021-11-29T00:00:00Z",
    )
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
        [Candidate(9, "ICO", "clearview", 9.0e6, "GBP", None, "imposed", "2022-05-23T00:00:00Z")],
    )
    assert overturned is not None and (overturned.event_id, overturned.new_status) == (9, "overturned")


def test_a_mention_of_an_old_fine_never_creates_an_event() -> None:
    assert decide(facts(status="mention_of_past", authority="ICO", date="2025-01-01T00:00:00Z"), ALL) is None
    joined = decide(facts(status="mention_of_past", date="2022-11-01T00:00:00Z"), ALL)
    assert joined is not None and joined.event_id == 1 and joined.new_status is None


def test_an_item_that_names_both_halves_folds_two_vague_events() -> None:
    only_sum = Candidate(
        id=7,
        authority="CNIL",
        target_key=None,
        amount_eur=5.2e6,
        currency="EUR",
        penalty_eur=None,
        status="imposed",
        date="2023-05-10T00:00:00Z",
        liquidation=True,
    )
    only_party = Candidate(
        id=8,
        authority="CNIL",
        target_key="clearview",
        amount_eur=None,
        currency=None,
        penalty_eur=None,
        status="imposed",
        date="2023-05-11T00:00:00Z",
        liquidation=True,
    )
    result = decide(
        facts(amount_eur=5.2e6, date="2023-05-11T00:00:00Z", liquidation=True),
        [CNIL_2022, only_sum, only_party],
    )
    assert result is not None and {result.event_id, *result.merge} == {7, 8}


def test_an_overdue_penalty_payment_never_joins_the_fine_it_enforces() -> None:
    result = decide(facts(amount_eur=None, date="2022-10-25T00:00:00Z", liquidation=True), [CNIL_2022])
    assert result is not None and result.event_id is None
