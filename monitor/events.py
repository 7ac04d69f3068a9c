"""Which fine event an item belongs to: pure decisions over the item's facts and candidate events.

One event is one decision by one authority against one party. The rules favour a split over a
wrong merge: two decisions against the same company must never become one (Clearview AI was fined
EUR 20M by the CNIL and by the Garante in the same year, and again by the CNIL for not paying).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from monitor.models import FineStatus

SAME_DECISION_WINDOW = timedelta(days=75)  # news of one decision trickles in over weeks
# When authority, party and amount all agree, a later retrospective still reports the same decision.
CORROBORATED_WINDOW = timedelta(days=500)
# The same authority and party but sums this far apart are still one decision when told
# differently (a fine reduced for early payment, a converted figure); farther apart, two decisions.
_NAMED_TOLERANCE = 0.3
STATUS_CHANGE_WINDOW = timedelta(days=800)  # intent to fine -> fine -> appeal takes years
_SAME_CURRENCY_TOLERANCE = 0.06  # "EUR 2.5 million" for EUR 2,520,000
_CROSS_CURRENCY_TOLERANCE = 0.2  # outlets convert at their own day's rate

# Which way a decision's life may move when a later item reports it.
_TRANSITIONS: dict[str, set[str]] = {
    "proposed": {"imposed", "overturned"},
    "imposed": {"overturned"},
    "overturned": {"imposed"},  # reinstated on further appeal
}


@dataclass(frozen=True)
class FineFacts:
    """What one item says about a fine, as the event rules need it."""

    authority: str | None
    target_key: str | None
    amount_eur: float | None
    currency: str | None
    penalty_eur: float | None
    status: FineStatus
    date: str  # ISO 8601
    date_known: bool = True  # False: the feed gave no date, `date` is when we first saw the item
    liquidation: bool = False  # an overdue penalty payment falling due, not the fine itself


@dataclass(frozen=True)
class Candidate:
    id: int
    authority: str | None
    target_key: str | None
    amount_eur: float | None
    currency: str | None
    penalty_eur: float | None
    status: str
    date: str
    date_known: bool = True
    liquidation: bool = False


@dataclass(frozen=True)
class Decision:
    event_id: int | None  # None: start a new event
    new_status: str | None = None  # set when the item moves the event's status on
    # Events the item shows to be this same decision: each knew half of it (one the party, one the
    # sum) when it was started by a vaguer report. They fold into event_id.
    merge: tuple[int, ...] = ()


@lru_cache(maxsize=4096)
def _when(iso: str) -> datetime:
    # Each fine item compares its date with every candidate's: the same few dates, parsed once.
    return datetime.fromisoformat(iso.replace("Z", "+00:00")[:25])


def _close(a: float | None, b: float | None, tolerance: float) -> bool | None:
    """True/False when both amounts are known, None when either is missing."""
    if a is None or b is None:
        return None
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _amounts_agree(facts: FineFacts, event: Candidate, tolerance: float | None = None) -> bool | None:
    if tolerance is None:
        same_currency = facts.currency and facts.currency == event.currency
        tolerance = _SAME_CURRENCY_TOLERANCE if same_currency else _CROSS_CURRENCY_TOLERANCE
    lump = _close(facts.amount_eur, event.amount_eur, tolerance)
    if lump is not None:
        return lump
    return _close(facts.penalty_eur, event.penalty_eur, tolerance)


def _conflict(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def same_party(a: str | None, b: str | None) -> bool | None:
    """Whether two party keys name one party: equal, or one's words stand inside the other's name
    ("bocconi" and "universita commerciale luigi bocconi"); None when either is unknown."""
    if a is None or b is None:
        return None
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def decide(facts: FineFacts, candidates: list[Candidate]) -> Decision | None:
    """The event this item joins, a new one (event_id None), or None when it must not make one."""
    when = _when(facts.date)
    same: list[tuple[int, timedelta, Candidate]] = []
    moves: list[tuple[timedelta, Candidate]] = []
    for event in candidates:
        if (
            _conflict(facts.authority, event.authority)
            or same_party(facts.target_key, event.target_key) is False
        ):
            continue
        if facts.liquidation != event.liquidation:
            continue  # the CNIL's EUR 5.2M penalty for not paying is not its EUR 20M fine
        dated = facts.date_known and event.date_known
        # An undated item or event cannot be placed in time; only its other facts can match it.
        gap = abs(when - _when(event.date)) if dated else timedelta(0)
        named = facts.authority is not None and facts.target_key is not None
        event_named = event.authority is not None and event.target_key is not None
        agree = _amounts_agree(facts, event)
        if (
            agree is False
            and named
            and facts.authority == event.authority
            and same_party(facts.target_key, event.target_key)
        ):
            agree = _amounts_agree(facts, event, _NAMED_TOLERANCE) or False
        # A status move (intent -> fine, fine -> annulled) keeps the decision but may change the sum.
        if (
            facts.status != event.status
            and facts.status in _TRANSITIONS.get(event.status, set())
            and named
            and event_named
            and (not dated or when >= _when(event.date))
            and gap <= STATUS_CHANGE_WINDOW
            and (agree is not False or event.status == "proposed")
        ):
            moves.append((gap, event))
            continue
        corroborated = agree is True and facts.authority is not None and facts.target_key is not None
        window = CORROBORATED_WINDOW if corroborated else SAME_DECISION_WINDOW
        if gap > window or agree is False:
            continue
        evidence = _evidence(facts, event, agree)
        if evidence >= 3:
            same.append((evidence, gap, event))
    if same:
        best = max(score for score, _, _ in same)
        # Equal evidence: the nearest in time. A vague item then joins the likeliest decision;
        # it can never fuse two events, only sit as one more source of the nearer one.
        top = min((gap, event.id, event) for score, gap, event in same if score == best)[2]
        merge = tuple(event.id for _, _, event in same if event.id != top.id and _same_decision(top, event))
        return Decision(top.id, merge=merge)
    if moves:
        moves.sort(key=lambda pair: (pair[0], pair[1].id))
        return Decision(moves[0][1].id, new_status=facts.status)
    if facts.status == "mention_of_past":
        return None  # a passing mention of an old decision never creates one
    return Decision(None)


def _same_decision(a: Candidate, b: Candidate) -> bool:
    """Nothing tells the two apart: no fact of one contradicts the other."""
    if _conflict(a.authority, b.authority) or same_party(a.target_key, b.target_key) is False:
        return False
    if a.status != b.status or a.liquidation != b.liquidation:
        return False
    if a.date_known and b.date_known and abs(_when(a.date) - _when(b.date)) > CORROBORATED_WINDOW:
        return False
    tolerance = _SAME_CURRENCY_TOLERANCE if a.currency == b.currency else _CROSS_CURRENCY_TOLERANCE
    return (
        _close(a.amount_eur, b.amount_eur, tolerance) is not False
        and _close(a.penalty_eur, b.penalty_eur, tolerance) is not False
    )


def _evidence(facts: FineFacts, event: Candidate, agree: bool | None) -> int:
    """Points for 'the same decision': a named authority, a named party, an amount that agrees."""
    score = 0
    if facts.authority is not None and facts.authority == event.authority:
        score += 1
    if same_party(facts.target_key, event.target_key):
        score += 2
    if agree:
        score += 2
    if facts.status == event.status:
        score += 1
    return score
