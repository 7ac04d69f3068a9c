"""Grouping the reports around a filed batch again, so that the register does not depend on feed order.

`register.file_items` files each report as it comes; here the events the batch touched, and
their neighbours that may be the same decision, have their reports grouped again in one canonical
order (`grouping.group`), and the register is brought in line: reports move to the event of
their decision, events a later report showed to be one fold together (keeping their alerts, so a
merged event never alerts twice), and each event gets the facts its reports tell in that order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor import dates
from monitor.analysis import is_penalty_liquidation, party_key, to_eur
from monitor.corrections import Correction, overlay
from monitor.events import Candidate, FineFacts, may_be_same
from monitor.grouping import Group, Report, group
from monitor.models import Fine, PeriodicPenalty

FILED_STATUSES = ("imposed", "proposed", "overturned", "mention_of_past")


@dataclass
class Regrouped:
    gone: set[int] = field(default_factory=set)  # events folded into another
    created: list[int] = field(default_factory=list)  # decisions split off an event


def report_facts(row: dict[str, Any]) -> FineFacts:
    """A stored item's fine in the register's one shape, as `register.facts_of` made it when filed."""
    penalty = (
        PeriodicPenalty(row["penalty_amount"], row["penalty_currency"], row["penalty_per"] or "day")
        if row["penalty_amount"] is not None and row["penalty_currency"]
        else None
    )
    date = row["published"] if row["published_known"] else None
    if date is None:
        stated = dates.stated_date(f"{row['title']}\n{row['summary_text']}", row["language"])
        date = f"{stated.isoformat()}T00:00:00Z" if stated else None
    return FineFacts(
        fine=Fine(
            row["fine_amount"], row["fine_currency"], row["fine_amount_eur"], row["fine_status"], penalty
        ),
        authority=row["authority"],
        target=row["target"],
        target_key=party_key(row["target"]) if row["target"] else None,
        penalty_eur=to_eur(penalty.amount, penalty.currency) if penalty else None,
        date=date,
        liquidation=is_penalty_liquidation(row["title"], row["summary_text"]),
    )


def neighbourhood(store: Any, touched: Sequence[Candidate], neighbours: Any) -> list[int]:
    """The touched events and every neighbour that may be the same decision as one of them."""
    near = {event.id for event in touched}
    for event in touched:
        near.update(n.id for n in neighbours(store, event) if n.id not in near and may_be_same(event, n))
    return sorted(near)


def regroup(store: Any, touched: set[int], now: str, neighbours: Any) -> Regrouped:
    """Bring the events around `touched` in line with the canonical grouping of their reports."""
    result = Regrouped()
    if not touched:
        return result
    events = store.candidate_events(None, None, ids=sorted(touched))
    rows = [
        r
        for r in store.event_reports(neighbourhood(store, events, neighbours))
        if r["fine_status"] in FILED_STATUSES
    ]
    current = {row["id"]: int(row["event_id"]) for row in rows}
    reports = [Report(row["id"], row["link"] or row["guid"] or "", report_facts(row)) for row in rows]
    pins = [Correction.from_row(c) for c in store.active_corrections([r.item_id for r in reports])]
    groups = overlay(group(reports), reports, pins)  # the user's merges and splits hold
    # Each decision keeps the event most of its reports are in (the oldest on a tie), so event ids,
    # alerts and what the user has read stay where they were whenever the grouping agrees.
    target: dict[int, Group] = {}
    claimed: set[int] = set()
    for decision in sorted(groups, key=lambda g: (-len(g.items), g.items)):
        counts = Counter(current[i] for i in decision.items if current[i] not in claimed)
        if counts:
            event_id = min(counts, key=lambda e: (-counts[e], e))
        else:
            event_id = store.create_event(decision.facts, decision.items[0], now)
            result.created.append(event_id)
        claimed.add(event_id)
        target[event_id] = decision
    home = {item: event_id for event_id, decision in target.items() for item in decision.items}
    for old in sorted(set(current.values()) - claimed):
        # Every report of this event belongs to another decision now: fold it into the one that
        # took most of them, so its alerts and history go along (one alert per decision).
        moved = Counter(home[i] for i, e in current.items() if e == old and i in home)
        if moved:
            store.merge_events(min(moved, key=lambda e: (-moved[e], e)), [old], now)
            result.gone.add(old)
    for event_id, decision in target.items():
        for item in decision.items:
            store.move_report(item, event_id, item in decision.partial)
        store.set_event_facts(event_id, decision.facts, now)
    return result
