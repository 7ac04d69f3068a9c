"""The user's corrections of the register, laid over the analysis every time reports are filed.

A correction is kept as such (store/corrections.py), never written over the analysis: the items
keep what the rules read, and the grouping keeps deciding from it. After each grouping the
corrections are applied again, oldest first, so a later one wins:

- `overlay` (called by regrouping.regroup on the grouper's decisions): a merged pair is one
  decision, a report split off never shares a decision with the reports it was split from, an
  item marked "not a fine" is in none;
- `set_aside` (register.file_items, before filing): an item marked "not a fine" is never filed;
- `apply_edits` (after grouping and the party vote): the facts the user set (party, amount, status,
  domain) are the event's, and a report that "moves" a status the user pinned, or an event made only
  of reports the user split off, is no news: no alert ever comes of a correction.

Corrections name reports (item ids), not events: reanalysis and regrouping renumber events, but a
report stays the report it was, and the decision it is filed under is the one the correction meant.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from monitor.events import Candidate, decide
from monitor.grouping import Group, Report, absorb, canonical, start
from monitor.models import CorrectionRow

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

Item = TypeVar("Item")

KINDS = ("edit", "merge", "split", "not_fine")
FIELDS = ("party", "amount", "status", "domain")


@dataclass(frozen=True)
class Correction:
    id: int
    kind: str
    item_id: int
    field: str | None = None
    other_item_id: int | None = None
    value: Any = None  # the new value of an edit (party: str, amount: {amount, currency}, …)
    # split: the reports it was split from; merge: the reports both decisions had when merged
    peers: frozenset[int] = frozenset()

    @classmethod
    def from_row(cls, row: CorrectionRow) -> Correction:
        return cls(
            id=int(row["id"]),
            kind=str(row["kind"]),
            item_id=int(row["item_id"]),
            field=row["field"],
            other_item_id=row["other_item_id"],
            value=json.loads(row["new_value"]) if row["new_value"] is not None else None,
            peers=frozenset(int(i) for i in json.loads(row["peers"] or "[]")),
        )


def overlay(
    groups: Sequence[Group], reports: Sequence[Report], corrections: Sequence[Correction]
) -> list[Group]:
    """The grouper's decisions with the user's merges, splits and "not a fine" laid over, oldest
    first. A decision whose reports changed gets its facts folded again from them."""
    members = [list(g.items) for g in groups]
    changed = [False] * len(groups)
    for correction in sorted(corrections, key=lambda c: c.id):
        where = {item: n for n, items in enumerate(members) for item in items}
        home = where.get(correction.item_id)
        if correction.kind == "not_fine" and home is not None:
            members[home].remove(correction.item_id)
            changed[home] = True
        elif correction.kind == "split" and home is not None:
            if correction.peers & set(members[home]):
                members[home].remove(correction.item_id)
                changed[home] = True
                members.append([correction.item_id])
                changed.append(True)
        elif correction.kind == "merge":
            # Every report the two decisions had when merged links them: one of them may be in
            # another event's neighbourhood, split off or marked "not a fine" since.
            linked = {correction.item_id, correction.other_item_id, *correction.peers}
            joined = sorted({where[i] for i in linked if i in where})
            for other in joined[1:]:
                members[joined[0]] += members[other]
                members[other] = []
                changed[joined[0]] = changed[other] = True
    facts = {r.item_id: r for r in reports}
    out: list[Group] = []
    for n, items in enumerate(members):
        if not items:
            continue
        if not changed[n]:
            out.append(groups[n])
            continue
        partial = frozenset().union(*(g.partial for g in groups)) & frozenset(items)
        ordered = canonical([facts[i] for i in items])
        out.append(Group(tuple(r.item_id for r in ordered), fold(ordered), partial))
    return out


def fold(reports: Sequence[Report]) -> Candidate:
    """One decision's facts from its reports, in the grouper's order: the first report starts it,
    each later one fills in what it lacked and moves its status where a status may move."""
    event = start(0, reports[0].facts)
    for report in reports[1:]:
        decision = decide(report.facts, [event])
        moved = decision.new_status if decision is not None and decision.event_id == event.id else None
        event = absorb(event, report.facts, moved)
    return event


def edit_columns(field: str, value: Any, decision_date: str | None) -> dict[str, Any]:
    """The event's columns an edit sets: a party with its key, a sum with its euro value at the
    rate of the decision's date."""
    # The analysis (cleanco, the ECB rates) loads with an edit, not with every command that shows
    # corrections: `monitor items` and `monitor fines` import this module.
    from monitor.analysis import party_key, to_eur

    if field == "party":
        return {"target": value, "target_key": party_key(str(value))}
    if field == "amount":
        sum_, code = float(value["amount"]), str(value["currency"])
        return {"amount": sum_, "currency": code, "amount_eur": to_eur(sum_, code, decision_date)}
    if field == "status":
        return {"status": value}
    if field == "domain":
        return {"domain": value}
    raise ValueError(f"not a field a correction sets: {field!r}")


def set_aside(store: Store, items: Sequence[tuple[int, Item]]) -> list[tuple[int, Item]]:
    """The (item id, item) pairs to file: those the user marked "not a fine" are left out."""
    marked = store.not_fine_items([item_id for item_id, _ in items])
    return [pair for pair in items if pair[0] not in marked]


def mergeable(store: Store, event_id: int, others: Sequence[int]) -> tuple[int, ...]:
    """Of the events a report shows to be one with `event_id`, those the user did not split apart."""
    if not others:
        return ()
    apart = store.split_apart(event_id, list(others))
    return tuple(e for e in others if e not in apart)


def apply_edits(
    store: Store,
    now: str,
    new_events: Sequence[int] = (),
    changed: Sequence[tuple[int, str]] = (),
) -> tuple[list[int], list[tuple[int, str]]]:
    """Set every edited fact on the event its report is filed under now; then, of the batch's new
    events and status moves, those that are the user's doing, not news, are dropped.

    Run after every grouping (the facts the grouping set are the analysis's); cheap, since it
    writes only where an event's value differs from the user's. Returns (new_events, changed)."""
    pinned: set[int] = set()
    for row in store.active_edits():
        correction = Correction.from_row(row)
        assert correction.field is not None
        columns = edit_columns(correction.field, correction.value, row["decision_date"])
        store.set_event_columns(row["filed_event"], columns, now)
        if correction.field == "status":
            pinned.add(row["filed_event"])
    split_only = store.events_of_split_reports_only(list(new_events))
    return (
        [e for e in new_events if e not in split_only],
        [(e, s) for e, s in changed if e not in pinned],
    )
