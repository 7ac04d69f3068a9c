"""Which decisions of the fines register to show: one shape for the window, `monitor fines` and the
Atom export, so the three always agree on what "the data-protection fines since 2023" are.

Pure: the store turns a `RegisterFilter` into SQL (store/decisions.py); the CLI and the window
read the user's values into one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.models import EventRow

DOMAINS = ("data_protection", "competition", "consumer", "other")
DEFAULT_DOMAIN = "data_protection"  # what the register is for; the others are one click away
ANY = "any"
_AMOUNT = re.compile(r"(\d{1,15}(?:[.,]\d{1,6})?)\s*(k|m|bn|b)?", re.IGNORECASE)
_FACTORS = {"": 1.0, "k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9}
STATUSES = ("imposed", "proposed", "overturned", "mention_of_past")


@dataclass(frozen=True)
class RegisterFilter:
    since: str | None = None  # ISO day, inclusive
    until: str | None = None  # ISO day, inclusive
    min_eur: float | None = None
    max_eur: float | None = None
    authorities: tuple[str, ...] = ()  # codes; empty: any
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2 (GB for the ICO); empty: any
    domains: tuple[str, ...] = (DEFAULT_DOMAIN,)  # empty: any domain
    statuses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # topics: a decision with any of them
    target_key: str | None = None  # one party (analysis.party_key)
    search: str | None = None  # free text over party and authority

    def __post_init__(self) -> None:
        for domain in self.domains:
            if domain not in DOMAINS:
                raise ValueError(f"unknown domain {domain!r} (one of {', '.join(DOMAINS)}, or {ANY})")
        if self.min_eur is not None and self.max_eur is not None and self.min_eur > self.max_eur:
            raise ValueError("the smallest amount is larger than the largest")
        if self.since and self.until and self.since > self.until:
            raise ValueError("the range of dates ends before it starts")

    @property
    def is_default(self) -> bool:
        return self == RegisterFilter()


def domains_option(value: str | None) -> tuple[str, ...]:
    """A --domain value ("data_protection", "competition,consumer", "any") as the filter's domains."""
    if value is None:
        return (DEFAULT_DOMAIN,)
    wanted = tuple(part.strip().replace("-", "_") for part in value.split(",") if part.strip())
    if not wanted or ANY in wanted:
        return ()
    for domain in wanted:
        if domain not in DOMAINS:
            raise ValueError(f"unknown domain {domain!r} (one of {', '.join(DOMAINS)}, or {ANY})")
    return wanted


def decided(event: EventRow) -> str | None:
    """The day a decision was taken as the register shows it: the day a report states, else the
    first report's (`decision_date`, which the grouping, alerts and Atom ids go by)."""
    return event.get("decided_on") or event.get("decision_date")


def parse_euros(value: str) -> float:
    """A sum in euros as a user types it: 250000, 250k, 1.5m, 2bn (a decimal comma too)."""
    match = _AMOUNT.fullmatch(value.strip().lstrip("€").strip())
    if match is None:
        raise ValueError(f"must be a sum in euros such as 250000, 250k, 1.5m or 2bn, not {value[:30]!r}")
    return float(match.group(1).replace(",", ".")) * _FACTORS[(match.group(2) or "").lower()]
