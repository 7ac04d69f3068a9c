"""The fines register as records: one dict per decision, in the shape `monitor fines --json`, the
JSON, CSV and Atom exports and the window's export share; and the key that names a decision the
same way on every machine."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from monitor.alerts import describe_event
from monitor.models import EventCorrection, EventRow
from monitor.register_filter import RegisterFilter

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

ID_PREFIX = "tag:regulatory-monitor,2024:"


def corrected_fields(corrections: Sequence[EventCorrection]) -> list[str]:
    """For the register's "corrected" mark: the fields edited, and "merged"/"split" (sorted).
    Here, with the records, so that listing the register loads none of the grouping that
    `corrections.py` lays corrections over."""
    names = {
        str(c["field"])
        if c["kind"] == "edit"
        else {"merge": "merged", "split": "split"}.get(str(c["kind"]), str(c["kind"]))
        for c in corrections
    }
    return sorted(names)


def iso_utc(value: str | None) -> str | None:
    """A stored date as full ISO 8601 UTC (decision dates may be stored as bare days)."""
    if not value:
        return None
    return value + "T00:00:00Z" if len(value) == 10 else value


def event_key(event: EventRow) -> str:
    """A name for a fine event that another machine polling the same feeds arrives at too.

    Database ids differ between machines (and after a rebuild), so the key is built from what the
    decision is: the authority, the fined party and the day of the decision, or the amount when the
    party is unknown. The day converges as sources arrive (the earliest dated one wins), so machines
    that saw the articles in another order still agree once they have seen the same ones.
    """
    party = event.get("target_key")
    if not party:
        amount = event.get("amount_eur") or event.get("amount") or event.get("penalty_amount")
        party = f"amount-{amount:.0f}" if amount is not None else "unknown-party"
    parts = (event.get("authority") or "unknown-authority", party, (event.get("decision_date") or "")[:10])
    return "/".join(quote(str(p).strip().lower().replace(" ", "-"), safe="") for p in parts)


def _unique_keys(events: Sequence[EventRow]) -> dict[int, str]:
    # Two decisions against one party by one authority on one day are rare; the later-filed one
    # gets a suffix so ids stay unique within the feed.
    keys: dict[int, str] = {}
    seen: dict[str, int] = {}
    for event in sorted(events, key=lambda e: e["id"]):
        key = event_key(event)
        count = seen.get(key, 0) + 1
        seen[key] = count
        keys[event["id"]] = key if count == 1 else f"{key}-{count}"
    return keys


def atom_id(key: str) -> str:
    return f"{ID_PREFIX}event/{key}"


def event_json(store: Store, event: EventRow) -> dict[str, Any]:
    """One fine event as `monitor fines --json` and the JSON export write it (penalty nested, sources)."""
    out = dict(event)
    out["periodic_penalty"] = (
        {
            "amount": event["penalty_amount"],
            "currency": event["penalty_currency"],
            "per": event["penalty_per"],
        }
        if event["penalty_amount"] is not None
        else None
    )
    for key in ("penalty_amount", "penalty_currency", "penalty_per"):
        out.pop(key, None)
    out["history"] = store.event_history(event["id"])
    out["corrected"] = corrected_fields(event.get("corrections") or [])
    out["sources"] = [
        {
            "id": s["id"],  # the item: what `monitor fines split` and `not-a-fine` take
            "feed": s["feed"],
            "link": s["link"],
            "title": s["title"],
            "published": s["published"],
            "language": s["language"],
            "partial": bool(s["partial"]),  # joined on partial facts (no party or no sum to compare)
            "official": bool(s["official"]),  # carried by the deciding authority's own feed
        }
        for s in store.event_sources(event["id"])
    ]
    return out


def fine_records(
    store: Store,
    *,
    since: str | None = None,
    tag: str | None = None,
    criteria: RegisterFilter | None = None,
    events: Sequence[EventRow] | None = None,
) -> list[dict[str, Any]]:
    """Fine events, newest decision first, each with its key, title, status history and sources.

    `criteria` filters the register as the window and `monitor fines` do (since and tag are folded
    into it); `events` gives the rows themselves, in their order (the window's shown rows).
    """
    # The same JSON shape as `monitor fines --json` (event_json), so scripts can read either.
    if events is None:
        criteria = replace(
            criteria or RegisterFilter(),
            since=since or (criteria.since if criteria else None),
            tags=(tag,) if tag else (criteria.tags if criteria else ()),
        )
        events = store.list_events(criteria=criteria)
    keys = _unique_keys(events)
    out = []
    for event in events:
        record = event_json(store, event)
        record["key"] = keys[event["id"]]
        record["atom_id"] = atom_id(keys[event["id"]])
        # Topics go to <category>; the title reads like a headline: "CNIL fines Clearview AI €20,000,000".
        record["title"] = describe_event({**event, "tags": []})
        record["description"] = describe_event(event)
        record["decision_date"] = iso_utc(event["decision_date"])
        record["date_known"] = bool(event.get("date_known", 1))
        out.append(record)
    return out
