"""The fines register: files each fine-bearing item under an event and records the alerts it earns.

Runs inside the poll's per-feed transaction, so items, events and alerts commit together: a crash
leaves either all of them or none, and an alert can never be recorded twice (the alerts table's
UNIQUE constraint backs this up).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from monitor.alerts import AlertRules, describe_event
from monitor.analysis import is_penalty_liquidation, party_key, to_eur
from monitor.events import STATUS_CHANGE_WINDOW, Candidate, FineFacts, decide
from monitor.models import ParsedItem

FILED_STATUSES = ("imposed", "proposed", "overturned", "mention_of_past")


@dataclass
class RegisterResult:
    new_events: list[int] = field(default_factory=list)
    changed_events: list[tuple[int, str]] = field(default_factory=list)
    alerts: list[int] = field(default_factory=list)
    backlog_events: int = 0


def _shift(iso: str, delta: timedelta) -> str:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")) + delta
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _penalty_eur(amount: float | None, currency: str | None) -> float | None:
    if amount is None or not currency:
        return None
    return to_eur(amount, currency)


def _candidates(store: Any, facts: FineFacts) -> list[Candidate]:
    # Events naming another authority or party are never candidates (decide skips them): the store
    # leaves them out, so a large register costs a query, not a Python loop per fine item.
    named = {"authority": facts.authority, "target_key": facts.target_key}
    if facts.date_known:
        date = facts.date
        rows = store.candidate_events(
            _shift(date, -STATUS_CHANGE_WINDOW), _shift(date, STATUS_CHANGE_WINDOW), **named
        )
    else:
        rows = store.candidate_events(None, None, **named)  # an undated item may report any decision
    return [
        Candidate(
            id=row["id"],
            authority=row["authority"],
            target_key=row["target_key"],
            amount_eur=row["amount_eur"],
            currency=row["currency"],
            penalty_eur=_penalty_eur(row["penalty_amount"], row["penalty_currency"]),
            status=row["status"],
            date=row["decision_date"],
            date_known=bool(row["date_known"]),
            liquidation=bool(row["liquidation"]),
        )
        for row in rows
    ]


def _values(item: ParsedItem, feed_tags: Sequence[str], now: str) -> dict[str, Any]:
    analysis = item.analysis
    fine = analysis.fine
    assert fine is not None
    penalty = fine.periodic_penalty
    return {
        "authority": analysis.authority,
        "target": analysis.target,
        "target_key": party_key(analysis.target) if analysis.target else None,
        "amount": fine.amount,
        "currency": fine.currency,
        "amount_eur": fine.amount_eur,
        "status": fine.status,
        "penalty_amount": penalty.amount if penalty else None,
        "penalty_currency": penalty.currency if penalty else None,
        "penalty_per": penalty.per if penalty else None,
        "date": item.published or now,
        "date_known": item.published is not None,
        "tags": set(analysis.tags) | set(feed_tags),
        "liquidation": is_penalty_liquidation(item.title, item.summary_text),
    }


def file_items(
    store: Any,
    items: Sequence[tuple[int, ParsedItem]],
    *,
    feed: dict[str, Any],
    now: str,
    rules: AlertRules,
    backlog: bool,
    feed_tags: Sequence[str] = (),
) -> RegisterResult:
    """File (item id, item) pairs under events; record alerts. Call inside the feed's transaction."""
    result = RegisterResult()
    for item_id, item in items:
        fine = item.analysis.fine
        if fine is None or fine.status not in FILED_STATUSES:
            continue
        values = _values(item, feed_tags, now)
        # With no sum and only one of authority and party, an item may join a decision it matches
        # but is too thin to start one: a register row nobody could tell apart from the next.
        thin = (
            values["amount"] is None
            and values["penalty_amount"] is None
            and not (values["authority"] and values["target"])
        )
        facts = FineFacts(
            authority=values["authority"],
            target_key=values["target_key"],
            amount_eur=values["amount_eur"],
            currency=values["currency"],
            penalty_eur=_penalty_eur(values["penalty_amount"], values["penalty_currency"]),
            status=fine.status,
            date=values["date"],
            date_known=values["date_known"],
            liquidation=values["liquidation"],
        )
        decision = decide(facts, _candidates(store, facts))
        if decision is None or (thin and decision.event_id is None):
            continue
        if decision.event_id is None:
            result.new_events.append(store.create_event(values, item_id, now))
        else:
            store.attach_to_event(decision.event_id, item_id, values, now, decision.new_status)
            if decision.merge:
                store.merge_events(decision.event_id, decision.merge, now)
                result.new_events = [e for e in result.new_events if e not in decision.merge]
            if decision.new_status:
                result.changed_events.append((decision.event_id, decision.new_status))
    _record_alerts(store, result, feed=feed, now=now, rules=rules, backlog=backlog)
    return result


def _record_alerts(
    store: Any, result: RegisterResult, *, feed: dict[str, Any], now: str, rules: AlertRules, backlog: bool
) -> None:
    def record(kind: str, event: dict[str, Any], status: str, title: str) -> None:
        alert = store.record_alert(
            kind=kind,
            title=title,
            body=_body(store, event["id"]),
            now=now,
            event_id=event["id"],
            status=status,
        )
        if alert:
            result.alerts.append(alert)

    for event_id in result.new_events:
        event = store.event(event_id)
        if event is None or not rules.wants(event):
            continue
        if backlog:
            result.backlog_events += 1
        else:
            record("new_fine", event, event["status"], describe_event(event))
    for event_id, status in result.changed_events:
        event = store.event(event_id)
        if event_id in result.new_events or event is None:
            continue
        if store.alerted_about(event_id):
            record("status_change", event, status, "Update: " + describe_event(event, status))
        elif rules.wants(event) and not backlog:
            # The user never heard of this decision (a quiet proposal): its fine is news now.
            record("new_fine", event, event["status"], describe_event(event))
    if backlog and result.backlog_events:
        count = result.backlog_events
        noun = "fine" if count == 1 else "fines"
        alert = store.record_alert(
            kind="backlog",
            title=f"{count} earlier {noun} found in {feed['name']}",
            body="Recorded in the Fines register without an alert each.",
            now=now,
            feed_id=feed["id"],
            status=f"first-poll:{now}",
        )
        if alert:
            result.alerts.append(alert)


def _body(store: Any, event_id: int) -> str:
    sources = store.event_sources(event_id)
    if not sources:
        return ""
    first = sources[0]
    return f"{first['title']} ({first['feed']})"
