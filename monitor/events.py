"""Which fine event an item belongs to: pure decisions over the item's facts and candidate events.

One event is one decision by one authority against one party. Two decisions stay apart when they
differ in authority, party, year or a clearly different sum (Clearview AI was fined EUR 20M by the
CNIL and by the Garante in the same year: the authority decides). Reports of one decision differ in
everything else: the party's spelling, the currency, the rounding, the date, what they leave out.
So an item joins the closest event that nothing contradicts; when only part of its facts could be
compared, the decision says so (`partial`) and the register shows it.

`FineFacts` is the one shape a fine has from the analysis to the register: the analysed
`models.Fine` plus who, when and which topics. `Candidate` is a stored event in the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from monitor.models import Fine, FineStatus

SAME_DECISION_WINDOW = timedelta(days=75)  # news of one decision trickles in over weeks
# When authority, party and amount all agree, a later retrospective still reports the same decision.
CORROBORATED_WINDOW = timedelta(days=500)
# The same authority and party but sums this far apart are still one decision when told
# differently (a fine reduced for early payment, a converted figure); farther apart, two decisions.
NAMED_TOLERANCE = 0.3
STATUS_CHANGE_WINDOW = timedelta(days=800)  # intent to fine -> fine -> appeal takes years
SAME_CURRENCY_TOLERANCE = 0.06  # "EUR 2.5 million" for EUR 2,520,000; "€1.8bn" for €1.84bn
CROSS_CURRENCY_TOLERANCE = 0.2  # outlets convert at their own day's rate
# An item that names the same authority and sum as an event of the same weeks, but another party,
# most often misread the party ("France fines Google" read as a fine on France): still one decision.
MISREAD_PARTY_WINDOW = timedelta(days=45)
JOIN_EVIDENCE = 3  # points (see _evidence) that make a report "the same decision"

# Which way a decision's life may move when a later item reports it.
TRANSITIONS: dict[str, frozenset[str]] = {
    "proposed": frozenset({"imposed", "overturned"}),
    "imposed": frozenset({"overturned"}),
    "overturned": frozenset({"imposed"}),  # reinstated on further appeal
}


@dataclass(frozen=True, kw_only=True)
class FineFacts:
    """What one item (or one stored event) says about a fine decision."""

    fine: Fine
    authority: str | None = None
    target: str | None = None  # as written
    target_key: str | None = None  # the key spellings of one party share (analysis.party_key)
    penalty_eur: float | None = None  # the periodic penalty in euros
    date: str | None = None  # ISO 8601 UTC; None when no source gave one
    tags: frozenset[str] = frozenset()
    liquidation: bool = False  # an overdue penalty payment falling due, not the fine itself

    @property
    def amount_eur(self) -> float | None:
        return self.fine.amount_eur

    @property
    def currency(self) -> str | None:
        return self.fine.currency

    @property
    def status(self) -> FineStatus:
        return self.fine.status

    @property
    def named(self) -> bool:
        """Both who fined and who was fined are known."""
        return self.authority is not None and self.target_key is not None


@dataclass(frozen=True, kw_only=True)
class Candidate(FineFacts):
    """A stored event the item may belong to."""

    id: int
    # Every sum its sources gave (in euros): a report agreeing with any of them agrees with the
    # event, so the first report's rounding does not decide what later ones must match.
    sums_eur: tuple[float, ...] = ()


@dataclass(frozen=True)
class Decision:
    event_id: int | None  # None: start a new event
    new_status: FineStatus | None = None  # set when the item moves the event's status on
    # Events the item shows to be this same decision: each knew half of it (one the party, one the
    # sum) when it was started by a vaguer report. They fold into event_id.
    merge: tuple[int, ...] = ()
    partial: bool = False  # joined although the party or the sum could not be compared


@lru_cache(maxsize=4096)
def when(iso: str) -> datetime:
    # Each fine item compares its date with every candidate's: the same few dates, parsed once.
    return datetime.fromisoformat(iso.replace("Z", "+00:00")[:25])


def gap(a: str | None, b: str | None) -> timedelta | None:
    """How far apart two dates are; None when either is unknown."""
    if a is None or b is None:
        return None
    return abs(when(a) - when(b))


def close(a: float | None, b: float | None, tolerance: float) -> bool | None:
    """True/False when both amounts are known, None when either is missing."""
    if a is None or b is None:
        return None
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def tolerance(a: FineFacts, b: FineFacts) -> float:
    """Euro values of one sum agree closely in one currency, loosely across two (rates differ)."""
    same_currency = a.currency is not None and a.currency == b.currency
    return SAME_CURRENCY_TOLERANCE if same_currency else CROSS_CURRENCY_TOLERANCE


def amounts_agree(a: FineFacts, b: FineFacts, slack: float | None = None) -> bool | None:
    """The lump sums (or, when either lacks one, the periodic penalties) agree; None: not comparable."""
    allowed = tolerance(a, b) if slack is None else slack
    lump = close(a.amount_eur, b.amount_eur, allowed)
    if lump is not None:
        return lump
    return close(a.penalty_eur, b.penalty_eur, allowed)


def conflict(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def same_party(a: str | None, b: str | None) -> bool | None:
    """Whether two party keys name one party: equal, or one's words stand inside the other's name
    ("bocconi", "universita bocconi" and "universita commerciale luigi bocconi"); None when either
    is unknown."""
    if a is None or b is None:
        return None
    words_a, words_b = set(a.split()), set(b.split())
    if not words_a or not words_b:
        return a == b
    return words_a <= words_b or words_b <= words_a


def _party_apart(facts: FineFacts, event: FineFacts) -> bool:
    """The parties differ, and the rest does not show the item misread its party."""
    if same_party(facts.target_key, event.target_key) is not False:
        return False
    apart = gap(facts.date, event.date)
    misread = (
        facts.authority is not None
        and facts.authority == event.authority
        and facts.status == event.status
        and close(facts.amount_eur, event.amount_eur, SAME_CURRENCY_TOLERANCE) is True
        and apart is not None
        and apart <= MISREAD_PARTY_WINDOW
    )
    return not misread


def _agreement(facts: FineFacts, event: Candidate) -> bool | None:
    agree = amounts_agree(facts, event)
    if agree is False and any(close(facts.amount_eur, s, tolerance(facts, event)) for s in event.sums_eur):
        agree = True
    if (
        agree is False
        and facts.named
        and facts.authority == event.authority
        and same_party(facts.target_key, event.target_key)
    ):
        return amounts_agree(facts, event, NAMED_TOLERANCE) is True
    return agree


def _moves(facts: FineFacts, event: FineFacts, agree: bool | None) -> bool:
    """The item reports this decision's next step (intent -> fine, fine -> annulled)."""
    apart = gap(facts.date, event.date)
    return (
        facts.status in TRANSITIONS.get(event.status, frozenset())
        and facts.named
        and event.named
        and (facts.date is None or event.date is None or when(facts.date) >= when(event.date))
        and (apart is None or apart <= STATUS_CHANGE_WINDOW)
        and (agree is not False or event.status == "proposed")
    )


def decide(facts: FineFacts, candidates: list[Candidate]) -> Decision | None:
    """The event this item joins, a new one (event_id None), or None when it must not make one."""
    same: list[tuple[int, timedelta, int, Candidate]] = []
    weak: list[tuple[int, timedelta, int, Candidate]] = []
    moves: list[tuple[timedelta, int, Candidate]] = []
    for event in candidates:
        if conflict(facts.authority, event.authority) or _party_apart(facts, event):
            continue
        if facts.liquidation != event.liquidation:
            continue  # the CNIL's EUR 5.2M penalty for not paying is not its EUR 20M fine
        # An undated item or event cannot be placed in time; only its other facts can match it.
        apart = gap(facts.date, event.date)
        distance = timedelta(0) if apart is None else apart
        agree = _agreement(facts, event)
        if facts.status != event.status and _moves(facts, event, agree):
            moves.append((distance, event.id, event))
            continue
        corroborated = agree is True and facts.named
        window = CORROBORATED_WINDOW if corroborated else SAME_DECISION_WINDOW
        if distance > window or agree is False:
            continue
        evidence = _evidence(facts, event, agree)
        if apart is None and _shared_facts(facts, event, agree) < 2:
            continue  # undated: one shared fact (Meta, or EUR 20M) is any of that party's decisions
        if evidence >= JOIN_EVIDENCE:
            same.append((evidence, distance, event.id, event))
        elif evidence >= 2 and (apart is not None or same_party(facts.target_key, event.target_key)):
            # One shared name and nothing against: likelier one more report of that decision than
            # a decision of its own. Dated, or by party, so that it is not any event of the authority.
            weak.append((evidence, distance, event.id, event))
    if same:
        best = max(score for score, _, _, _ in same)
        # Equal evidence: the nearest in time. A vague item then joins the likeliest decision.
        top = min((d, i, e) for score, d, i, e in same if score == best)[2]
        merge = tuple(sorted(e.id for _, _, _, e in same if e.id != top.id and same_decision(top, e, facts)))
        return Decision(top.id, merge=merge, partial=_partial(facts, top))
    if moves:
        top = min(moves)[2]
        return Decision(top.id, new_status=facts.status, partial=_partial(facts, top))
    if weak:
        best = max(score for score, _, _, _ in weak)
        top = min((d, i, e) for score, d, i, e in weak if score == best)[2]
        return Decision(top.id, partial=True)
    if facts.status == "mention_of_past":
        return None  # a passing mention of an old decision never creates one
    return Decision(None)


def _partial(facts: FineFacts, event: FineFacts) -> bool:
    """Joined without both the party and the sum compared and found equal."""
    return not (same_party(facts.target_key, event.target_key) and amounts_agree(facts, event))


def same_decision(a: FineFacts, b: FineFacts, link: FineFacts | None = None) -> bool:
    """Nothing tells the two apart, and (when given) the linking item matches both on a sum or a party.

    Symmetric, so that which of two events came first never decides whether they fold together.
    """
    if conflict(a.authority, b.authority) or same_party(a.target_key, b.target_key) is False:
        return False
    if a.status != b.status or a.liquidation != b.liquidation:
        return False
    apart = gap(a.date, b.date)
    if apart is not None and apart > CORROBORATED_WINDOW:
        return False
    allowed = tolerance(a, b)
    if (
        close(a.amount_eur, b.amount_eur, allowed) is False
        or close(a.penalty_eur, b.penalty_eur, allowed) is False
    ):
        return False
    if link is None:
        return True
    # The item must itself tie each event by a sum or a party, not only share the authority.
    return all(
        amounts_agree(link, event) is True or same_party(link.target_key, event.target_key) is True
        for event in (a, b)
    )


def _shared_facts(facts: FineFacts, event: FineFacts, agree: bool | None) -> int:
    """How many of authority, party and sum the item and the event both give, and agree on."""
    authority = facts.authority is not None and facts.authority == event.authority
    return authority + bool(same_party(facts.target_key, event.target_key)) + bool(agree)


def _evidence(facts: FineFacts, event: FineFacts, agree: bool | None) -> int:
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
