"""The canonical order in which possible twins are settled (monitor/twin_alerts.py, issue #12).

Of two events that may be one decision, the one first in this order is announced, whatever
batch its reports came in; the order must therefore be total and fixed: the earliest decision,
then the larger sum, then the authority and the party by name, an undated one after every
dated one. Names are invented."""

from __future__ import annotations

from datetime import timedelta

from monitor.fine_facts import Candidate
from monitor.models import Fine
from monitor.twin_alerts import rank, shift


def _event(
    id: int, date: str | None, eur: float | None, authority: str | None = None, party: str | None = None
) -> Candidate:
    fine = Fine(eur, "EUR" if eur is not None else None, eur, "imposed")
    return Candidate(id=id, fine=fine, date=date, authority=authority, target_key=party)


def _order(*events: Candidate) -> list[int]:
    return [e.id for e in sorted(events, key=rank)]


def test_the_earliest_decision_comes_first_and_an_undated_one_last() -> None:
    early = _event(1, "2025-03-01T00:00:00Z", 1_000.0)
    late = _event(2, "2025-03-02T00:00:00Z", 9_000_000.0)
    undated = _event(3, None, 9_000_000.0)
    assert _order(undated, late, early) == [1, 2, 3]


def test_on_one_day_the_larger_sum_first_and_a_sum_unknown_as_none() -> None:
    day = "2025-03-01T00:00:00Z"
    assert _order(_event(1, day, 1_000.0), _event(2, day, 5_000.0), _event(3, day, None)) == [2, 1, 3]
    # A sum unknown ranks as no money: after a sum, before nothing smaller than it.
    assert rank(_event(3, day, None))[1] == 0.0


def test_then_the_authority_and_the_party_by_name_nameless_first() -> None:
    day = "2025-03-01T00:00:00Z"
    events = [
        _event(1, day, 1_000.0, "Beta", "acme"),
        _event(2, day, 1_000.0, "Alpha", "zeta"),
        _event(3, day, 1_000.0, "Alpha", "1example"),  # a key may begin with a digit
        _event(4, day, 1_000.0, None, "acme"),
        _event(5, day, 1_000.0, "Alpha", None),
    ]
    assert _order(*events) == [4, 5, 3, 2, 1]


def test_shift_moves_a_stored_utc_time_either_way() -> None:
    assert shift("2025-03-01T10:00:00Z", timedelta(days=45)) == "2025-04-15T10:00:00Z"
    assert shift("2025-03-01T00:30:00Z", -timedelta(hours=1)) == "2025-02-28T23:30:00Z"
