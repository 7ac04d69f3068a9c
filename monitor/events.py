"""Which fine event an item belongs to: pure decisions over the item's facts and candidate events.

One event is one decision by one authority against one party. Two decisions stay apart when they
differ in authority, party, year or a clearly different sum (Clearview AI was fined EUR 20M by the
CNIL and by the Garante in the same year: the authority decides). Reports of one decision differ in
everything else: the party's spelling, the currency, the rounding, the date, what they leave out.
So an item joins the closest event that nothing contradicts; when only part of its facts could be
compared, the decision says so (`partial`) and the register shows it.

The shapes it decides over, `FineFacts` (a report) and `Candidate` (a stored event), are in
`fine_facts.py`; importing them from here works as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from itertools import product

from monitor.fine_facts import Candidate, Decision, FineFacts
from monitor.sums import (
    SAME_CURRENCY_TOLERANCE,
    amounts_agree,
    close,
    conflict,
    raw_sums,
    rounded_alike,
    specific_match,
    told_near,
    tolerance,
)

# What other modules read from here (the sums' comparisons are sums.py's).
__all__ = [
    "CORROBORATED_WINDOW",
    "NAMED_TOLERANCE",
    "STATUS_CHANGE_WINDOW",
    "Candidate",
    "Decision",
    "FineFacts",
    "decide",
    "folds",
    "gap",
    "never_joins",
    "party_match",
    "same_decision",
    "same_party",
    "shared_between",
    "time_apart",
    "when",
]

SAME_DECISION_WINDOW = timedelta(days=75)  # news of one decision trickles in over weeks
# When authority, party and amount all agree, a later retrospective still reports the same decision.
CORROBORATED_WINDOW = timedelta(days=500)
# The same authority and party but sums this far apart are still one decision when told
# differently (a fine reduced for early payment, a converted figure); farther apart, two decisions.
NAMED_TOLERANCE = 0.3
STATUS_CHANGE_WINDOW = timedelta(days=800)  # intent to fine -> fine -> appeal takes years
# An item that names the same authority and precise figure as an event of the same weeks, but
# another party, most often misread the party ("France fines Google" read as a fine on France):
# still one decision. On a round sum it is as likely another decision (the Garante's EUR 5M on two
# companies weeks apart), and the party decides.
MISREAD_PARTY_WINDOW = timedelta(days=45)
JOIN_EVIDENCE = 3  # points (see _evidence) that make a report "the same decision"

# Which way a decision's life may move when a later item reports it.
TRANSITIONS: dict[str, frozenset[str]] = {
    "proposed": frozenset({"imposed", "overturned"}),
    "imposed": frozenset({"overturned"}),
    "overturned": frozenset({"imposed"}),  # reinstated on further appeal
}


@lru_cache(maxsize=4096)
def when(iso: str) -> datetime:
    # Each fine item compares its date with every candidate's: the same few dates, parsed once.
    return datetime.fromisoformat(iso.replace("Z", "+00:00")[:25])


def gap(a: str | None, b: str | None) -> timedelta | None:
    """How far apart two dates are; None when either is unknown."""
    if a is None or b is None:
        return None
    return abs(when(a) - when(b))


def time_apart(a: FineFacts, b: FineFacts) -> timedelta | None:
    """How far apart two reports (or events) lie in time; None when they cannot be placed against
    each other: either is undated, or one's only date is stated in its text and not after the
    other's published day (the decision was taken on or after a day its report names)."""
    if a.date is not None and b.date is not None and a.stated != b.stated:
        stated, published = (a.date, b.date) if a.stated else (b.date, a.date)
        return None if when(stated) <= when(published) else abs(when(a.date) - when(b.date))
    return gap(a.date, b.date)


@lru_cache(maxsize=16384)  # the same pairs of a component's parties, compared for every report
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


def _keys(facts: FineFacts) -> frozenset[str]:
    named = frozenset() if facts.target_key is None else frozenset({facts.target_key})
    return facts.parties | named if isinstance(facts, Candidate) else named


def party_match(a: FineFacts, b: FineFacts) -> bool | None:
    """Whether any party one side's sources named is one the other's named; None when either names none."""
    keys_a, keys_b = _keys(a), _keys(b)
    if not keys_a or not keys_b:
        return None
    return any(same_party(x, y) for x in keys_a for y in keys_b)


def _party_apart(facts: FineFacts, event: FineFacts) -> bool:
    """The parties differ, and the rest does not show the item misread its party."""
    if party_match(facts, event) is not False:
        return False
    apart = time_apart(facts, event)
    misread = (
        facts.authority is not None
        and facts.authority == event.authority
        and facts.status == event.status
        and close(facts.amount_eur, event.amount_eur, SAME_CURRENCY_TOLERANCE) is True
        # Only the same precise figure ("EUR 405 million") tells a misread party from another
        # decision of a round sum ("EUR 5 million"); undated, it also places it in those weeks.
        and specific_match(facts, event)
        and (apart is None or apart <= MISREAD_PARTY_WINDOW)
    )
    return not misread


def _told_agree(facts: FineFacts, event: Candidate) -> bool | None:
    """The item's sum agrees with the event's, or with one any of its sources gave."""
    agree = amounts_agree(facts, event)
    if agree is False:  # each distinct sum once: an event of many reports holds one figure many times
        return any(told_near(facts.amount_eur, s, facts, event) for s in set(event.sums_eur))
    return agree


def _agreement(facts: FineFacts, event: Candidate) -> bool | None:
    agree = _told_agree(facts, event)
    if agree is False and facts.named and facts.authority == event.authority and party_match(facts, event):
        return amounts_agree(facts, event, NAMED_TOLERANCE) is True
    return agree


def _moves(facts: FineFacts, event: FineFacts, agree: bool | None) -> bool:
    """The item reports this decision's next step (intent -> fine, fine -> annulled)."""
    apart = time_apart(facts, event)
    return (
        facts.status in TRANSITIONS.get(event.status, frozenset())
        and facts.named
        and event.named
        # Placed in time (both dated: `apart` is None otherwise), the move comes after the event.
        and (apart is None or when(facts.date or "") >= when(event.date or ""))
        and (apart is None or apart <= STATUS_CHANGE_WINDOW)
        and (agree is not False or event.status == "proposed")
    )


def never_joins(facts: FineFacts, event: FineFacts) -> bool:
    """Another authority, another party the item did not misread, or a penalty falling due against a
    fine (the CNIL's EUR 5.2M for not paying is not its EUR 20M fine); blind to the sums' history."""
    return (
        conflict(facts.authority, event.authority)
        or _party_apart(facts, event)
        or facts.liquidation != event.liquidation
    )


def decide(facts: FineFacts, candidates: list[Candidate]) -> Decision | None:
    """The event this item joins, a new one (event_id None), or None when it must not make one."""
    same: list[tuple[int, timedelta, int, Candidate]] = []
    weak: list[tuple[int, timedelta, int, Candidate]] = []
    moves: list[tuple[timedelta, int, Candidate]] = []
    for event in candidates:
        if never_joins(facts, event):
            continue
        # An undated item or event cannot be placed in time; only its other facts can match it.
        apart = time_apart(facts, event)
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
        elif (
            evidence >= 2 and _names_shared(facts, event) and (apart is not None or party_match(facts, event))
        ):
            # One shared name and nothing against: likelier one more report of that decision than
            # a decision of its own. Dated, or by party, so that it is not any event of the authority.
            weak.append((evidence, distance, event.id, event))
    if same:
        best = max(score for score, _, _, _ in same)
        # Equal evidence: the nearest in time, then the one its main party is (not only a source's).
        # A vague item then joins the likeliest decision.
        top = _nearest([(d, i, e) for score, d, i, e in same if score == best], facts)
        if top is None:
            return None
        merge = tuple(sorted(e.id for _, _, _, e in same if e.id != top.id and same_decision(top, e, facts)))
        return Decision(top.id, merge=merge, partial=_partial(facts, top))
    if moves:
        top = min(moves)[2]
        return Decision(top.id, new_status=facts.status, partial=_partial(facts, top))
    if weak:
        best = max(score for score, _, _, _ in weak)
        top = _nearest([(d, i, e) for score, d, i, e in weak if score == best], facts)
        if top is None:
            return None
        return Decision(top.id, partial=True)
    if facts.status == "mention_of_past":
        return None  # a passing mention of an old decision never creates one
    return Decision(None)


def _nearest(tied: list[tuple[timedelta, int, Candidate]], facts: FineFacts) -> Candidate | None:
    """Of events with equal evidence, the nearest in time, then the one its main party is (not
    only a source's). An undated report is as near to every decision: two that it fits alike and
    nothing shows to be one it joins neither, since either guess would merge them."""
    ranked = sorted(((d, not same_party(facts.target_key, e.target_key)), i, e) for d, i, e in tied)
    if facts.date is None and len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None if not same_decision(ranked[0][2], ranked[1][2]) else ranked[0][2]
    return ranked[0][2]


def _partial(facts: FineFacts, event: FineFacts) -> bool:
    """Joined without both the party and the sum compared and found equal."""
    return not (party_match(facts, event) and amounts_agree(facts, event))


def same_decision(a: FineFacts, b: FineFacts, link: FineFacts | None = None) -> bool:
    """Nothing tells the two apart, and (when given) the linking item matches both on a sum or a party.

    Symmetric, so that which of two events came first never decides whether they fold together.
    """
    if conflict(a.authority, b.authority) or party_match(a, b) is False:
        return False
    if a.status != b.status or a.liquidation != b.liquidation:
        return False
    apart = time_apart(a, b)
    if apart is not None and apart > CORROBORATED_WINDOW:
        return False
    allowed = tolerance(a, b)
    if _sums_apart(a, b, allowed) or close(a.penalty_eur, b.penalty_eur, allowed) is False:
        return False
    if link is None:
        return True
    # The item must itself tie each event by a sum or a party, not only share the authority.
    return all(amounts_agree(link, event) is True or party_match(link, event) is True for event in (a, b))


def _told(facts: FineFacts) -> set[float | None]:
    return {facts.amount_eur, *facts.sums_eur} if isinstance(facts, Candidate) else {facts.amount_eur}


def _sums_apart(a: FineFacts, b: FineFacts, allowed: float) -> bool:
    """The lump sums differ, and no sum any source of one gave is close to one of the other's.
    A figure without its currency is compared as written ("14 miljard" is no EUR 265M)."""
    lump = close(a.amount_eur, b.amount_eur, allowed)
    if lump is None:
        return close(*raw_sums(a, b), SAME_CURRENCY_TOLERANCE) is False
    if rounded_alike(a, b) is not False and lump is not False:
        return False
    return not any(told_near(x, y, a, b) for x in _told(a) for y in _told(b))


def _names_shared(facts: FineFacts, event: FineFacts) -> bool:
    authority = facts.authority is not None and facts.authority == event.authority
    return authority or bool(party_match(facts, event))


def _loose(facts: FineFacts, event: FineFacts) -> bool:
    """The sums were compared across two currencies, at whatever rate each outlet used."""
    return conflict(facts.currency, event.currency)


def _shared_facts(facts: FineFacts, event: FineFacts, agree: bool | None) -> int:
    """How many of authority, party and sum the item and the event both give, and agree on
    (a precise figure repeated exactly counts twice)."""
    authority = facts.authority is not None and facts.authority == event.authority
    party = bool(party_match(facts, event))
    return authority + party + bool(agree) + (bool(agree) and specific_match(facts, event))


def _evidence(facts: FineFacts, event: Candidate, agree: bool | None) -> int:
    """Points for 'the same decision': a named authority, a named party, an amount that agrees
    (less when only across currencies, more when a precise figure recurs), the same status."""
    score = 0
    if facts.authority is not None and facts.authority == event.authority:
        score += 1
    if party_match(facts, event):
        score += 2
    if agree:
        # Across currencies a point; within the slack one authority and party earn, none: the
        # sum then only does not tell them apart, and an exact figure elsewhere weighs more.
        if _told_agree(facts, event) is True:
            score += 1 if _loose(facts, event) else 2
        score += specific_match(facts, event)
    if facts.status == event.status:
        score += 1
    return score


def shared_between(a: FineFacts, b: FineFacts) -> int:
    """How many facts two events share with nothing between them; 0 when anything tells them apart
    or they lie farther apart in time than reports of one decision do."""
    if not same_decision(a, b):
        return 0
    agree = amounts_agree(a, b) or (amounts_agree(a, b) is False and not _sums_apart(a, b, tolerance(a, b)))
    shared = _shared_facts(a, b, agree)
    apart = time_apart(a, b)
    window = CORROBORATED_WINDOW if shared >= 3 else SAME_DECISION_WINDOW
    return shared if apart is None or apart <= window else 0


def folds(touched: Sequence[Candidate], others: Sequence[Candidate]) -> list[tuple[int, tuple[int, ...]]]:
    """Events that have turned out to be one decision: (kept id, folded ids), the oldest kept.

    Each report joined the closest event when it came; which came first decided which. Looking
    again at the events a poll touched, against their neighbours, two that share two facts and
    contradict in nothing are one decision whichever order their reports came in. Groups grow by
    the strongest pair first, and only while every pair across them stays compatible, so a chain
    of near matches never joins two decisions that disagree.
    """
    by_id = {e.id: e for e in (*others, *touched)}
    pairs = []
    for a, b in product(touched, by_id.values()):
        if a.id != b.id and (shared := shared_between(a, b)) >= 2:
            apart = time_apart(a, b)
            pairs.append((-shared, apart or timedelta(0), min(a.id, b.id), max(a.id, b.id)))
    group: dict[int, frozenset[int]] = {i: frozenset({i}) for i in by_id}
    for _, _, x, y in sorted(set(pairs)):
        gx, gy = group[x], group[y]
        if gx == gy or not all(same_decision(by_id[i], by_id[j]) for i in gx for j in gy):
            continue
        for i in gx | gy:
            group[i] = gx | gy
    return sorted((min(g), tuple(sorted(g - {min(g)}))) for g in set(group.values()) if len(g) > 1)
