"""Whether a second alert may be about a decision already announced: the hold on twin alerts.

Reports that name too little to be folded into an announced event (the party misread, a sum in
another currency or misread) must not make the user hear of one decision twice; the register
files the second event and holds its alert until a later report tells the two apart. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from monitor.events import (
    NAMED_TOLERANCE,
    Candidate,
    FineFacts,
    party_match,
    shared_between,
    time_apart,
)
from monitor.sums import amounts_agree, close, conflict, tolerance

# One authority rarely fines one party twice within two weeks; two alerts that close about one
# party are far likelier one decision with a sum misread than two decisions.
TWIN_ALERT_WINDOW = timedelta(days=14)


def corroborated(event: FineFacts) -> bool:
    """At least two of the event's sources gave its sum: not one outlet's misreading."""
    if not isinstance(event, Candidate) or event.amount_eur is None:
        return False
    allowed = tolerance(event, event)
    return sum(close(event.amount_eur, s, allowed) is True for s in event.sums_eur) >= 2


def may_be_same(a: FineFacts, b: FineFacts) -> bool:
    """Whether a second alert could be about the same decision: they share a fact and nothing tells
    them apart, or one party in the same days with a sum that may be misread in one of them.

    Two sums each told by two sources are not a misreading: those are two decisions (an authority
    that fined one party twice, reported in the same days)."""
    if shared_between(a, b) >= 1:
        return True
    apart = time_apart(a, b)
    if (
        not party_match(a, b)
        or a.status != b.status
        or a.liquidation != b.liquidation
        or (apart is not None and apart > TWIN_ALERT_WINDOW)
        or (corroborated(a) and corroborated(b))
    ):
        return False
    if a.authority is not None and a.authority == b.authority:
        return True  # any sum: one of them may be misread
    # One names no authority (not a contradiction): then the sums must be near, as one misread
    # digit or rate leaves them, or it could be any authority's decision on that party.
    return not conflict(a.authority, b.authority) and amounts_agree(a, b, NAMED_TOLERANCE) is True


def rivals(event: Candidate, announced: Candidate, others: Sequence[Candidate]) -> list[Candidate]:
    """The decisions among `others` that the announced event may be as well as `event`, and that
    `event` is not: an announced report stands for one decision at most, so when it may be either
    of two decisions told apart it holds back neither (Meta's EUR 265M and EUR 390M decisions, both
    in the weeks of one misread report, are two decisions and two alerts)."""
    skip = {event.id, announced.id}
    return [o for o in others if o.id not in skip and may_be_same(announced, o) and not may_be_same(event, o)]
