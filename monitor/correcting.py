"""The user's corrections as actions: edit a decision's facts, merge two decisions, split a report
off, mark an item "not a fine", undo any of them. The command line and the window call these.

Each action records the correction (store/corrections.py), moves the reports it names, and refiles
the decisions around them as a poll would (`register.refile_events`), so what the user sees at once
is what every later poll and `monitor reanalyze` will keep (monitor.corrections lays it over again).
No action records an alert: a decision the user split off, merged or restored is not news.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from monitor.alerts import event_domain
from monitor.correction_input import CorrectionError
from monitor.models import CorrectionRow, EventRow
from monitor.store import Store, utc_now

MAX_NOTE = 500


@dataclass(frozen=True)
class Done:
    corrections: tuple[int, ...]  # the corrections recorded (or the one undone)
    event_id: int | None  # the decision to show the user afterwards, if there is one
    message: str


def refile_events(store: Store, event_ids: set[int], now: str) -> set[int]:
    """Refiled as a poll would, with each event's topics those of the reports it has now."""
    from monitor.register import refile_events  # the register (and the analysis) load with a correction

    events = refile_events(store, event_ids, now)
    store.retag_events(sorted(events))
    return events


def current_value(event: EventRow, field: str) -> Any:
    """What the register shows for this fact now (the old value a correction records)."""
    if field == "party":
        return event["target"]
    if field == "amount":
        return None if event["amount"] is None else {"amount": event["amount"], "currency": event["currency"]}
    if field == "status":
        return event["status"]
    return event.get("domain") or event_domain(event["authority"])


def _note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    text = " ".join(note.split())
    if len(text) > MAX_NOTE:
        raise CorrectionError(f"the note is {len(text)} characters long; at most {MAX_NOTE}")
    return text


def _event(store: Store, event_id: int) -> EventRow:
    event = store.event(event_id)
    if event is None:
        raise CorrectionError(f"there is no decision {event_id} in the register (see `monitor fines`)")
    return event


def _anchor(store: Store, event_id: int) -> int:
    """The report through which a correction names this decision (its first one)."""
    items = store.event_items(event_id)
    if not items:
        raise CorrectionError(f"decision {event_id} has no report left to correct")
    return items[0]


def _filed_item(store: Store, item_id: int) -> int | None:
    exists, event_id = store.item_event(item_id)
    if not exists:
        raise CorrectionError(f"there is no item {item_id} (see `monitor fines --json` for each source's id)")
    return event_id


def edit(store: Store, event_id: int, changes: dict[str, Any], note: str | None = None) -> Done:
    """Set facts of a decision: {"party": str, "amount": {amount, currency}, "status", "domain"}."""
    note = _note(note)
    now = utc_now()
    with store.transaction("correcting the register"):
        event = _event(store, event_id)
        anchor = _anchor(store, event_id)
        recorded: list[int] = []
        for field, value in changes.items():
            old = current_value(event, field)
            if old == value:
                continue
            recorded.append(
                store.add_correction(
                    "edit", anchor, now, field=field, event_id=event_id, old=old, new=value, note=note
                )
            )
        if not recorded:
            raise CorrectionError(f"decision {event_id} already has these facts: nothing to correct")
        refile_events(store, {event_id}, now)
    return Done(tuple(recorded), event_id, f"decision {event_id} corrected ({', '.join(changes)})")


def merge(store: Store, first: int, second: int, note: str | None = None) -> Done:
    """Two decisions are one: the older keeps its number, its alerts and the other's sources."""
    if first == second:
        raise CorrectionError("a decision cannot be merged with itself: give two decisions")
    note = _note(note)
    now = utc_now()
    keep, other = min(first, second), max(first, second)
    with store.transaction("correcting the register"):
        _event(store, keep), _event(store, other)
        peers = store.event_items(keep) + store.event_items(other)
        correction = store.add_correction(
            "merge",
            _anchor(store, keep),
            now,
            other_item_id=_anchor(store, other),
            event_id=keep,
            other_event_id=other,
            peers=peers,
            note=note,
        )
        store.merge_events(keep, [other], now)
        events = refile_events(store, {keep}, now)
        store.drop_empty_events()
    shown = keep if keep in events else min(events, default=None)
    return Done((correction,), shown, f"decisions {keep} and {other} merged into {keep}")


def split(store: Store, item_id: int, note: str | None = None) -> Done:
    """This report is a decision of its own, apart from the reports it was filed with."""
    note = _note(note)
    now = utc_now()
    with store.transaction("correcting the register"):
        event_id = _filed_item(store, item_id)
        if event_id is None:
            raise CorrectionError(
                f"item {item_id} is filed under no decision: there is nothing to split it from"
            )
        peers = [i for i in store.event_items(event_id) if i != item_id]
        if not peers:
            raise CorrectionError(f"item {item_id} is the only report of decision {event_id} already")
        correction = store.add_correction("split", item_id, now, event_id=event_id, peers=peers, note=note)
        store.reanchor_edits(item_id, peers[0])
        row = store.item_report(item_id)
        assert row is not None  # filed under an event: it reports a fine
        from monitor.regrouping import report_facts

        new_event = store.create_event(report_facts(row), item_id, now)
        refile_events(store, {event_id, new_event}, now)
        _, filed = store.item_event(item_id)
        if filed is not None:
            store.set_correction_event(correction, filed)
        store.drop_empty_events()
    return Done((correction,), filed, f"item {item_id} split off decision {event_id} into decision {filed}")


def not_a_fine(store: Store, item_id: int, note: str | None = None) -> Done:
    """This item reports no fine: out of its decision, and never filed again."""
    note = _note(note)
    now = utc_now()
    with store.transaction("correcting the register"):
        event_id = _filed_item(store, item_id)
        if store.not_fine_items([item_id]):
            raise CorrectionError(f"item {item_id} is marked as not a fine already")
        correction = store.add_correction("not_fine", item_id, now, event_id=event_id, note=note)
        shown = None
        if event_id is not None:
            rest = [i for i in store.event_items(event_id) if i != item_id]
            store.detach_items([item_id])
            if rest:
                store.reanchor_edits(item_id, rest[0])
                refile_events(store, {event_id}, now)
                shown = event_id if store.event(event_id) else None
            else:
                store.delete_event(event_id)  # its only report was no fine: no decision, no alert
        store.drop_empty_events()
    return Done((correction,), shown, f"item {item_id} marked as not a fine")


def undo(store: Store, correction_id: int) -> Done:
    """Take a correction back: the register is as the analysis and the other corrections make it."""
    now = utc_now()
    with store.transaction("undoing a correction"):
        row = store.correction(correction_id)
        if row is None:
            raise CorrectionError(f"there is no correction {correction_id} (see `monitor fines corrections`)")
        if not store.undo_correction(correction_id, now):
            raise CorrectionError(f"correction {correction_id} was undone already")
        item_id = int(row["item_id"])
        _, event_id = store.item_event(item_id)
        touched = {e for e in (event_id,) if e is not None}
        if row["kind"] == "split":
            touched |= {e for p in _peers(row) if (e := store.item_event(p)[1]) is not None}
        elif row["kind"] == "not_fine" and event_id is None:
            event_id = _refile_item(store, item_id, row["event_id"], now)
            touched.add(event_id)
        if touched:
            refile_events(store, touched, now)
        store.drop_empty_events()
        _, shown = store.item_event(item_id)
    return Done((correction_id,), shown, f"correction {correction_id} undone")


def _peers(row: CorrectionRow) -> list[int]:
    return [int(i) for i in json.loads(row["peers"] or "[]")]


def _refile_item(store: Store, item_id: int, former: int | None, now: str) -> int:
    """An item restored as a fine: back into the decision it was taken out of, if there still is
    one, else a decision of its own, which the refiling then groups with its twins."""
    row = store.item_report(item_id)
    if row is None:
        raise CorrectionError(f"item {item_id} reports no fine the analysis could read: nothing to file")
    if former is not None and store.event(former) is not None:
        store.move_report(item_id, former, False)
        return former
    from monitor.regrouping import report_facts

    return store.create_event(report_facts(row), item_id, now)
