"""The digest of a period: the decisions it brought, with their facts and sources, and their totals.

What a team circulates each week: `monitor report`, File → Export report… and the weekly report
(`team_outputs.py`) all build one `Digest` here and write it with `digest_html.py` (HTML, inline SVG)
or `gui/pdf_report.py` (PDF). Plain Python: the core never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from monitor.alerts import event_domain
from monitor.models import EventRow

if TYPE_CHECKING:
    from monitor.store import Store

ALL_DOMAINS = "all"
DEFAULT_DOMAIN = "data_protection"
_DECIDED = ("imposed", "proposed", "overturned")


@dataclass(frozen=True)
class Source:
    title: str
    link: str | None
    feed: str
    published: str  # YYYY-MM-DD


@dataclass(frozen=True)
class Decision:
    day: str  # YYYY-MM-DD
    day_known: bool  # False: no source gave a date; `day` is when the register first saw it
    authority: str | None
    country: str | None
    party: str | None
    status: str
    amount: float | None
    currency: str | None
    amount_eur: float | None
    penalty: str | None  # "€100,000 per day", already worded
    tags: tuple[str, ...]
    recorded: str  # when the register first recorded it (ISO 8601 UTC)
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Total:
    name: str
    decisions: int
    imposed: int
    imposed_eur: float  # the imposed fines with a known euro value
    country: str | None = None


@dataclass(frozen=True)
class Digest:
    since: str  # first day (or instant) of the period, ISO 8601
    until: str | None  # last day of the period, inclusive; None: up to `generated`
    generated: str  # ISO 8601 UTC
    domain: str
    decisions: tuple[Decision, ...]  # decided in the period, newest first
    late: tuple[Decision, ...]  # decided earlier but first recorded in the period
    by_authority: tuple[Total, ...] = field(default=())
    by_party: tuple[Total, ...] = field(default=())

    @property
    def imposed_eur(self) -> float:
        return sum(t.imposed_eur for t in self.by_authority)


def period_start(days: int, today: dt.date | None = None) -> str:
    """The first day of the last `days` days, today included (what "7d" means on the CLI)."""
    return ((today or dt.date.today()) - dt.timedelta(days=days)).isoformat()


def _country(code: str | None) -> str | None:
    from monitor.analysis.authorities import authority

    found = authority(code)
    return found.country if found else None


def _penalty(event: EventRow) -> str | None:
    from monitor.alerts import format_money

    if not event.get("penalty_amount"):
        return None
    money = format_money(event["penalty_amount"], event.get("penalty_currency"))
    return f"{money} per {event.get('penalty_per') or 'day'}"


def _decision(store: Store, event: EventRow) -> Decision:
    sources = tuple(
        Source(
            title=str(s.get("title") or ""),
            link=s.get("link"),
            feed=str(s.get("feed") or ""),
            published=str(s.get("published") or "")[:10],
        )
        for s in store.event_sources(event["id"])
    )
    return Decision(
        day=str(event["decision_date"])[:10],
        day_known=bool(event.get("date_known", 1)),
        authority=event.get("authority"),
        country=_country(event.get("authority")),
        party=event.get("target"),
        status=str(event["status"]),
        amount=event.get("amount"),
        currency=event.get("currency"),
        amount_eur=event.get("amount_eur"),
        penalty=_penalty(event),
        tags=tuple(event.get("tags") or ()),
        recorded=str(event.get("created_at") or ""),
        sources=sources,
    )


def _in_domain(event: EventRow, domain: str) -> bool:
    # The decision's own domain (read from its authority and its reports, or corrected by the
    # user); the authority's alone for a row filed before decisions had one.
    return domain == ALL_DOMAINS or (event.get("domain") or event_domain(event.get("authority"))) == domain


def _totals(decisions: Iterable[Decision], key: str) -> tuple[Total, ...]:
    count: dict[str, int] = defaultdict(int)
    imposed: dict[str, int] = defaultdict(int)
    euros: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    for decision in decisions:
        name = (decision.authority if key == "authority" else decision.party) or ""
        if not name:
            continue  # an undisclosed party is no one's total
        # Spellings of one party ("Meta", "META") meet; the first one met names the row.
        folded = name.casefold()
        names.setdefault(folded, name)
        countries.setdefault(folded, decision.country if key == "authority" else None)
        count[folded] += 1
        if decision.status == "imposed":
            imposed[folded] += 1
            euros[folded] += decision.amount_eur or 0.0
    rows = [
        Total(names[k], count[k], imposed[k], euros[k], countries[k])
        for k in sorted(count, key=lambda k: (-euros[k], -count[k], names[k].casefold()))
    ]
    return tuple(rows)


def build_digest(
    store: Store,
    since: str,
    until: str | None = None,
    *,
    domain: str = DEFAULT_DOMAIN,
    now: str | None = None,
) -> Digest:
    """The decisions of the period [since, until] in one domain ("all" for every domain).

    A decision belongs to the period by its decision date. One decided earlier but first reported
    in the period is listed apart ("late"), so a weekly circular misses nothing that was new to
    its readers, yet the period's totals stay those of the decisions taken in it.
    """
    from monitor.store import utc_now

    generated = now or utc_now()
    end = until or "9999-12-31"
    decided, late = [], []
    for event in store.list_events(sort="decision_date", descending=True):
        if event.get("status") not in _DECIDED or not _in_domain(event, domain):
            continue
        # ISO strings compare as dates: a bare day sorts before every instant of that day, so a
        # weekly period that starts at an instant never takes a decision its last report took.
        decided_on = str(event["decision_date"])
        recorded = str(event.get("created_at") or "")
        if since <= decided_on and decided_on[:10] <= end[:10]:
            decided.append(_decision(store, event))
        elif decided_on < since <= recorded and recorded[:10] <= end[:10]:
            late.append(_decision(store, event))
    return Digest(
        since=since,
        until=until,
        generated=generated,
        domain=domain,
        decisions=tuple(decided),
        late=tuple(late),
        by_authority=_totals(decided, "authority"),
        by_party=_totals(decided, "party"),
    )
