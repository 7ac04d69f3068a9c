"""What deserves an alert (the user's rules), its wording, and delivery through a Notifier."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from monitor.models import AlertRow, EventRow

_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}
_STATUS_VERB = {
    "imposed": "fines",
    "proposed": "intends to fine",
    "overturned": "fine overturned for",
}
SETTINGS_KEY = "alert_rules"
# The fields of law a decision's authority works in (analysis.domain_of reads them off authorities.yml).
DOMAINS = ("data_protection", "competition", "consumer", "other")


class RuleError(ValueError):
    """An alert rule naming a topic or an authority that nothing carries: it would never fire."""


@dataclass(frozen=True)
class KnownValues:
    """What a rule may name: topics (tags.yml and the watch list's), authorities (authorities.yml)
    and the domains of law they work in."""

    topics: tuple[str, ...]
    authorities: tuple[str, ...]
    domains: tuple[str, ...] = DOMAINS

    @classmethod
    def load(cls) -> KnownValues:
        from monitor.analysis.name_rules import authorities_data  # the analysis's data, read once
        from monitor.analysis.tags import known_tags

        codes = tuple(sorted(str(a["code"]) for a in authorities_data()["authorities"]))
        return cls(known_tags(), codes)


def _unknown(kind: str, values: Sequence[str], known: Sequence[str], fold: bool) -> list[str]:
    by_key = {(k.upper() if fold else k): k for k in known}
    problems = []
    for value in values:
        if (value.upper() if fold else value) in by_key:
            continue
        close = difflib.get_close_matches(value.upper() if fold else value, list(by_key), n=1, cutoff=0.6)
        hint = f"; did you mean {by_key[close[0]]!r}?" if close else ""
        problems.append(f"unknown {kind} {value!r}{hint} (known: {', '.join(known)})")
    return problems


@dataclass(frozen=True)
class AlertRules:
    """Defaults alert on every imposed fine; proposed ones stay quiet unless asked for."""

    min_amount_eur: float = 0.0
    tags: tuple[str, ...] = ()  # empty: any topic
    authorities: tuple[str, ...] = ()  # empty: any authority
    include_proposed: bool = False
    domains: tuple[str, ...] = ()  # empty: any domain (data_protection, competition, consumer)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> AlertRules:
        data = data or {}
        return cls(
            min_amount_eur=float(data.get("min_amount_eur") or 0),
            tags=tuple(data.get("tags") or ()),
            authorities=tuple(a.upper() for a in data.get("authorities") or ()),
            include_proposed=bool(data.get("include_proposed", False)),
            domains=tuple(str(d) for d in data.get("domains") or ()),
        )

    def problems(self, known: KnownValues) -> list[str]:
        """Why this rule could never match, one message per value that names nothing known."""
        return (
            _unknown("topic", self.tags, known.topics, fold=False)
            + _unknown("authority", self.authorities, known.authorities, fold=True)
            + _unknown("domain", self.domains, known.domains, fold=False)
        )

    def checked(self, known: KnownValues | None = None) -> AlertRules:
        """This rule, or RuleError listing every value that matches nothing."""
        problems = self.problems(known or KnownValues.load())
        if problems:
            raise RuleError("; ".join(problems))
        return self

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["tags"] = list(self.tags)
        out["authorities"] = list(self.authorities)
        out["domains"] = list(self.domains)
        return out

    def wants(self, event: EventRow, reported: Collection[str] = ()) -> bool:
        """Whether a decision earns a new-fine alert; `reported`: the statuses its reports told."""
        status = announced_status(event.get("status"), reported)
        if status == "proposed" and not self.include_proposed:
            return False
        if status not in ("imposed", "proposed"):
            return False
        amount = event.get("amount_eur")
        if self.min_amount_eur and (amount is None or amount < self.min_amount_eur):
            return False
        if self.tags and not set(self.tags) & set(event.get("tags") or ()):
            return False
        authority = (event.get("authority") or "").upper()
        if self.authorities and authority not in self.authorities:
            return False
        domain = event.get("domain") or event_domain(event.get("authority"))  # the register's, once read
        return not (self.domains and domain not in self.domains)


def announced_status(status: str | None, reported: Collection[str]) -> str | None:
    """The status a new-fine alert judges a decision by: its own, or, when a court has since voided
    it, the fine its reports told of: a fine imposed and voided within one poll is still a fine the
    user never heard of. Reports that it was overturned, alone, are no new fine."""
    if status != "overturned":
        return status
    return next((told for told in ("imposed", "proposed") if told in reported), status)


def event_domain(authority: str | None) -> str:
    """The domain of law of a decision, from its authority; with none named, data protection
    (what the app watches and what most fines it files are)."""
    from monitor.analysis import domain_of  # the authorities' data, loaded once
    from monitor.models import Analysis

    return domain_of(Analysis(authority=authority, matched=True))


def format_money(amount: float | None, currency: str | None) -> str:
    if amount is None:
        return ""
    text = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    symbol = _SYMBOLS.get(currency or "")
    return f"{symbol}{text}" if symbol else f"{currency or ''} {text}".strip()


def _topics(tags: Sequence[str]) -> str:
    shown = [t.replace("_", " ") for t in ("facial_recognition", "biometrics") if t in tags]
    if "facial_recognition" in tags and "biometrics" in shown:
        shown.remove("biometrics")
    return ", ".join(shown)


def describe_event(event: EventRow, status: str | None = None) -> str:
    """'CNIL fines Clearview AI €20,000,000 · facial recognition'."""
    status = status or event.get("status") or "imposed"
    who = event.get("authority") or "An authority"
    party = event.get("target") or "an undisclosed party"
    money = format_money(event.get("amount"), event.get("currency"))
    if status == "overturned":
        text = f"{who} fine against {party} overturned"
    else:
        text = f"{who} {_STATUS_VERB.get(status, 'fines')} {party}"
        if money:
            text += f" {money}"
    if event.get("liquidation"):
        text += " (overdue penalty payment)"
    if event.get("penalty_amount"):
        penalty = format_money(event["penalty_amount"], event.get("penalty_currency"))
        text += f" + {penalty} per {event.get('penalty_per') or 'day'}"
    topics = _topics(event.get("tags") or ())
    return f"{text} · {topics}" if topics else text


# The one notice a first poll earns (register._add_to_backlog_notice), whatever the number of feeds.
BACKLOG_BODY = "From the first poll of newly added feeds: review them in the Fines register."


def backlog_title(count: int) -> str:
    noun = "past decision" if count == 1 else "past decisions"
    return f"{count} {noun} added to the register"


class Notifier(Protocol):
    """Shows one alert to the user; returns False when it could not."""

    def notify(self, alert: AlertRow) -> bool: ...


@dataclass
class PrintNotifier:
    """The headless notifier: `monitor poll` prints alerts."""

    stream: Any = field(default_factory=lambda: sys.stdout)

    def notify(self, alert: AlertRow) -> bool:
        # A first poll's summary is not a fine to act on: it says so, and is printed once.
        label = "SUMMARY" if alert.get("kind") == "backlog" else "ALERT"
        print(f"{label}  {alert['title']}", file=self.stream)
        if alert.get("body"):
            print(f"       {alert['body']}", file=self.stream)
        return True


class AlertQueue(Protocol):
    """The part of the store delivery needs (monitor.store.Store is one)."""

    def list_alerts(self, pending_only: bool = False, limit: int | None = None) -> list[AlertRow]: ...

    def mark_delivered(self, alert_id: int, now: str) -> bool: ...


def deliver_pending(store: AlertQueue, notifier: Notifier, now: str) -> int:
    """Show pending alerts, oldest first; each is marked delivered right after it was shown."""
    delivered = 0
    for alert in store.list_alerts(pending_only=True):
        # Claim before showing would lose an alert on a crash; show then mark keeps the window
        # for a double to the instant between two statements.
        if notifier.notify(alert):
            store.mark_delivered(alert["id"], now)
            delivered += 1
    return delivered
