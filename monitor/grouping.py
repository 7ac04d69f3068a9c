"""Grouping a set of reports into decisions the same way whatever order they arrived in.

Filing reports one by one as they come (events.decide) lets the first report of a decision set
its facts, and lets a vague report join whichever compatible event happened to exist: the
register would depend on which feed answered first. So, after each batch, the reports around what
it touched are grouped again here, in one canonical order: the reports that tell the most first
(authority, party and sum), then by date, then by link. The decisions and facts that come out
depend only on the set of reports. Pure: no database, no clock.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from monitor.events import (
    MISREAD_PARTY_WINDOW,
    NAMED_TOLERANCE,
    STATUS_CHANGE_WINDOW,
    Candidate,
    FineFacts,
    decide,
    folds,
    same_party,
    time_apart,
)
from monitor.models import FineStatus
from monitor.sums import (
    CROSS_CURRENCY_TOLERANCE,
    SAME_CURRENCY_TOLERANCE,
    amounts_agree,
    close,
    conflict,
    specific_match,
)


@dataclass(frozen=True)
class Report:
    item_id: int
    key: str  # stable across polls and machines: the item's link or guid
    facts: FineFacts


@dataclass(frozen=True)
class Group:
    """One decision: its reports (item ids, in canonical order) and its facts as they tell them."""

    items: tuple[int, ...]
    facts: Candidate
    partial: frozenset[int] = frozenset()  # reports joined on partial facts


# How far apart in time two reports may be and still belong to one decision through the event they
# join (a status move reaches STATUS_CHANGE_WINDOW from the event's earliest date, in either direction).
RELATED_WINDOW = 2 * STATUS_CHANGE_WINDOW


def related(a: FineFacts, b: FineFacts) -> bool:
    """Whether two reports could end up in one decision: nothing tells them apart for certain, and
    they share the authority, the party or the sum. Symmetric and blind to arrival order, so the
    reports it links (its connected component) are the same whichever report came first; grouping
    that component again is grouping every report that could change its outcome.

    Looser than `decide` on purpose: a pair it links may still be two decisions, but a pair it
    keeps apart can never meet in one event (`decide` joins only on a shared name or sum).
    """
    if conflict(a.authority, b.authority) or a.liquidation != b.liquidation:
        return False
    apart = time_apart(a, b)
    if apart is not None and apart > RELATED_WINDOW:
        return False
    authority = a.authority is not None and a.authority == b.authority
    party = same_party(a.target_key, b.target_key)
    if party is False:
        # One of them may have misread its party; the decider takes that only on the same precise
        # figure (`events._party_apart`: one step, within 6%, dated close together or undated), so
        # a sum merely in the same range links nothing. Looser here (any sum within 6% dated close
        # together) costs only a larger component, never a decision.
        return (
            authority
            and a.status == b.status
            and close(a.amount_eur, b.amount_eur, SAME_CURRENCY_TOLERANCE) is True
            and (apart <= MISREAD_PARTY_WINDOW if apart is not None else specific_match(a, b))
        )
    # The decider compares sums within NAMED_TOLERANCE only when the party is shared, else within
    # the cross-currency tolerance at most.
    agree = amounts_agree(a, b, NAMED_TOLERANCE if party else CROSS_CURRENCY_TOLERANCE)
    if agree is False and a.status == b.status:
        # Clearly different sums at one step of a procedure: `decide` never puts the two in one
        # event on their own, only through a report whose sum matches each, and that report links
        # them here. Without this, every report that left out its party tied all the authority's
        # decisions into one component, grouped again after every feed (issue #17).
        return False
    return authority or agree is True or party is True


def told(facts: FineFacts) -> int:
    """How many of authority, party and sum a report gives."""
    return (facts.authority is not None) + (facts.target_key is not None) + (facts.fine.amount is not None)


def too_thin(facts: FineFacts) -> bool:
    """No sum and only one of authority and party: may join a decision, too thin to start one
    (a register row nobody could tell apart from the next)."""
    no_sum = facts.fine.amount is None and facts.fine.periodic_penalty is None
    return no_sum and not (facts.authority and facts.target)


def canonical(reports: Sequence[Report]) -> list[Report]:
    return sorted(reports, key=lambda r: (-told(r.facts), r.facts.date or "~", r.key, r.item_id))


def start(event_id: int, facts: FineFacts) -> Candidate:
    sums = () if facts.amount_eur is None else (facts.amount_eur,)
    return Candidate(
        id=event_id,
        sums_eur=sums,
        parties=frozenset() if facts.target_key is None else frozenset({facts.target_key}),
        fine=facts.fine,
        authority=facts.authority,
        target=facts.target,
        target_key=facts.target_key,
        penalty_eur=facts.penalty_eur,
        date=facts.date,
        stated=facts.stated,
        tags=facts.tags,
        liquidation=facts.liquidation,
    )


def absorb(event: Candidate, facts: FineFacts, new_status: FineStatus | None = None) -> Candidate:
    """The event once this report joined it: what it lacked filled in, the earliest date, its sum
    among those told, the status moved on when the report says so."""
    tags = event.tags | facts.tags
    if facts.status == "mention_of_past":
        return replace(event, tags=tags)  # a later mention is a source, not a fact of the decision
    fine = event.fine
    if fine.amount is None and facts.fine.amount is not None:
        fine = replace(fine, amount=facts.fine.amount, currency=facts.currency, amount_eur=facts.amount_eur)
    penalty_eur = event.penalty_eur
    if fine.periodic_penalty is None and facts.fine.periodic_penalty is not None:
        fine = replace(fine, periodic_penalty=facts.fine.periodic_penalty)
        penalty_eur = facts.penalty_eur
    date, stated = event.date, event.stated
    # The earliest published day; a day only stated in a text (a lower bound, often the law's or
    # the inquiry's) dates the decision only while no report with a published day has joined it.
    if facts.date is not None and not new_status and _earlier(facts, event):
        date, stated = facts.date, facts.stated
    if new_status:
        fine = replace(fine, status=new_status)
        if new_status == "imposed" and facts.fine.amount is not None:  # the final sum replaces the first
            fine = replace(
                fine, amount=facts.fine.amount, currency=facts.currency, amount_eur=facts.amount_eur
            )
    named = event.target_key is not None
    return replace(
        event,
        fine=fine,
        authority=event.authority or facts.authority,
        target=event.target if named else facts.target,
        target_key=event.target_key if named else facts.target_key,
        penalty_eur=penalty_eur,
        date=date,
        stated=stated,
        tags=tags,
        sums_eur=event.sums_eur + (() if facts.amount_eur is None else (facts.amount_eur,)),
        parties=event.parties | ({facts.target_key} if facts.target_key is not None else set()),
    )


def _earlier(facts: FineFacts, event: FineFacts) -> bool:
    """The report's date is a better one for the event: the event has none, or only a stated one
    where the report's was published, or one of the same kind that is later."""
    if event.date is None or (event.stated and not facts.stated):
        return True
    return facts.stated == event.stated and facts.date is not None and facts.date < event.date


def combine(keep: Candidate, other: Candidate) -> Candidate:
    """Two events found to be one decision: `keep` with what only `other` knew."""
    joined = absorb(keep, replace(other, fine=replace(other.fine, status=keep.status)))
    return replace(joined, sums_eur=keep.sums_eur + other.sums_eur, parties=keep.parties | other.parties)


class _Open:
    """The decisions `group` has started so far, and which of them `decide` may take a report into.

    `decide` sets aside at once every event of another party, unless the report may have misread
    its party (the same authority, status and precise figure): on the generated feeds ~97% of the events a
    report was compared with. Offered only the events that share a word of its party key
    (`events.same_party` is word containment), name no party, or are its authority's with its
    status and sum, `decide` takes the same decision (which depends on the events it does not set
    aside, not on their order), without comparing every report with every event of a large
    component (issue #17).
    """

    def __init__(self) -> None:
        self.events: dict[int, Candidate] = {}
        # Ids only ever added: an event keeps its ids when its names grow, and a folded one is
        # skipped by `near`, which takes only ids still in `events`.
        self._any_party: set[int] = set()  # events naming no party (or a party key of no words)
        self._by_word: dict[str, set[int]] = {}
        # By authority, status and a band of sums (`_band`): where a misread party may be.
        self._by_authority: dict[tuple[str, FineStatus, int | None], set[int]] = {}

    def put(self, event: Candidate) -> None:
        self.events[event.id] = event
        keys = event.parties | ({event.target_key} if event.target_key is not None else set())
        if not keys or any(not key.split() for key in keys):
            self._any_party.add(event.id)
        for word in {word for key in keys for word in key.split()}:
            self._by_word.setdefault(word, set()).add(event.id)
        if event.authority is not None and event.amount_eur is not None:
            where = (event.authority, event.status, _band(event.amount_eur))
            self._by_authority.setdefault(where, set()).add(event.id)

    def near(self, facts: FineFacts) -> list[Candidate]:
        """Every started event `decide` may take this report into (and others)."""
        words = facts.target_key.split() if facts.target_key is not None else []
        if not words or isinstance(facts, Candidate):  # no party to tell events apart by (or many)
            return list(self.events.values())
        ids = set(self._any_party)
        for word in words:
            ids |= self._by_word.get(word, set())
        found = [self.events[i] for i in ids if i in self.events]
        if facts.authority is None or facts.amount_eur is None:
            return found
        # Or it misread the party of an event of its authority, status and sum (`events._party_apart`).
        band = _band(facts.amount_eur)
        bands = (None,) if band is None else (*range(band - 2, band + 3), None)  # 2: rounding's margin
        misread: set[int] = set()
        for near_band in bands:
            misread |= self._by_authority.get((facts.authority, facts.status, near_band), set())
        return found + [self.events[i] for i in misread - ids if i in self.events]


# Sums within SAME_CURRENCY_TOLERANCE of each other (`sums.close`: the smaller at least 1 - tolerance
# of the larger) lie at most one band apart on this logarithmic scale (two, rounded in floating point).
_BAND = -math.log(1 - SAME_CURRENCY_TOLERANCE)


def _band(eur: float) -> int | None:
    """The band of a positive sum; None for any other, kept apart and always looked at."""
    return math.floor(math.log(eur) / _BAND) if eur > 0 else None


def group(reports: Sequence[Report]) -> list[Group]:
    """The decisions these reports make, filed in canonical order; a report that may not start a
    decision and joins none (a passing mention, a thin report) is in no group."""
    started = _Open()
    members: dict[int, list[int]] = {}
    partial: set[int] = set()
    for report in canonical(reports):
        decision = decide(report.facts, started.near(report.facts))
        if decision is None:
            continue
        if decision.event_id is None:
            if too_thin(report.facts):
                continue
            new_id = len(members) + 1
            started.put(start(new_id, report.facts))
            members[new_id] = [report.item_id]
            continue
        target = decision.event_id
        started.put(absorb(started.events[target], report.facts, decision.new_status))
        members[target].append(report.item_id)
        if decision.partial:
            partial.add(report.item_id)
        for other in decision.merge:
            _fold_into(started, members, target, other)
    for keep, others in folds(list(started.events.values()), []):
        for other in others:
            _fold_into(started, members, keep, other)
    events = started.events
    return [Group(tuple(members[i]), events[i], frozenset(partial & set(members[i]))) for i in sorted(events)]


def _fold_into(started: _Open, members: dict[int, list[int]], keep: int, other: int) -> None:
    events = started.events
    if other == keep or other not in events:
        return
    started.put(combine(events[keep], events.pop(other)))
    members[keep] += members.pop(other)
