"""The facts of one decision, read from all of its reports: the authority's country, the domain of
law, the articles cited, the date of the decision, the official source, and the amount.

The grouping (grouping.py) folds reports into decisions and takes the sum of whichever report
tells the most first; a compliance team cites the authority's own figure, to the cent. So once the
reports of a decision are known, its facts are read again here from every one of them:

- amount: the authority's own statement first, then one in the authority's own currency (an
  outlet's conversion has more digits, not more truth), then the most precise one (€1.84bn over
  €1.8bn, €2.52M over €2.5M) among the reports of the decision's status whose sum is the decision's;
  the currency as that report states it, the euro value at the rate of the decision's date;
- date: the day the official source states, else the earliest day a report states (at most
  `DATE_LOOKBACK` before the first report: an older date is the complaint's, not the decision's),
  else none (the register shows the first report's). The first report's date itself stays the
  register's `decision_date`: the grouping, the alert window and the Atom entry ids go by it, so a
  report that states the day never makes news old or gives a decision a second entry id;
- official source: a report carried by the deciding authority's own feed (feeds.yml kind: authority);
- articles: every article of GDPR, UK GDPR or a national law any report cites, normalised;
- domain: data protection for a data-protection authority, else what the reports' words and the
  authority's kind say (analysis.domain_in_text).

`read_facts` is pure; `refresh` reads and writes the store around it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from monitor.analysis import domain_in_text, domain_of, party_key, to_eur
from monitor.analysis.articles import article_order, cited_articles
from monitor.analysis.authorities import authority as authority_entry
from monitor.analysis.decision_dates import decision_day
from monitor.analysis.fines import local_currency
from monitor.models import Analysis, EventRow, ReportSource
from monitor.sums import CROSS_CURRENCY_TOLERANCE, significant_digits

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

DATE_LOOKBACK = timedelta(days=60)


@dataclass(frozen=True)
class DecisionFacts:
    country: str | None
    domain: str
    articles: tuple[str, ...]
    official_item_id: int | None
    date: str | None  # the day a report states, ISO 8601 UTC; None when none states one
    amount: float | None
    currency: str | None
    amount_eur: float | None


def is_official(source: ReportSource, authority: str | None) -> bool:
    """Carried by the deciding authority's own feed (an authority feed of another authority is not)."""
    if source.feed_kind != "authority":
        return False
    return source.feed_authority is None or authority is None or source.feed_authority == authority


def _when(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def decision_date(sources: Sequence[ReportSource], official: ReportSource | None) -> str | None:
    published = sorted(s.published for s in sources if s.published)
    first = _when(published[0]) if published else None

    def stated(source: ReportSource) -> str | None:
        before = _when(source.published) if source.published else None
        found = decision_day(source.title, source.summary, source.language, before)
        if found is None:
            return None
        day = datetime(found.year, found.month, found.day, tzinfo=UTC)
        if first is not None and day < first - DATE_LOOKBACK:
            return None
        return f"{found.isoformat()}T00:00:00Z"

    found = stated(official) if official is not None else None
    if found is None:
        found = min(filter(None, (stated(s) for s in sources if s.status != "mention_of_past")), default=None)
    if found is None or (published and found[:10] > published[0][:10]):
        return None  # a day after the first report is another event's (an appeal, a payment)
    return found


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= CROSS_CURRENCY_TOLERANCE * max(abs(a), abs(b))


def best_amount(
    sources: Sequence[ReportSource],
    event: EventRow,
    official_ids: set[int],
    date: str | None,
    local: str | None = None,
) -> tuple[float | None, str | None, float | None]:
    """(amount, currency, euros at the decision's date) from the most authoritative report, then
    one in the deciding authority's own currency `local` (another currency is an outlet's
    conversion, however many digits it has: "£12.5m" for the Garante's €15 million), then the
    most precise."""
    status, eur = event.get("status"), event.get("amount_eur")
    chosen: tuple[float | None, str | None] = (event.get("amount"), event.get("currency"))
    candidates = []
    for source in sources:
        if source.amount is None or not source.currency or source.status != status:
            continue
        value = to_eur(source.amount, source.currency, date)
        if eur is not None and (value is None or not _close(value, float(eur))):
            continue  # another sum the report tells (an earlier proposal, a converted figure)
        candidates.append(source)
    if candidates:
        best = min(
            candidates,
            key=lambda s: (
                s.item_id not in official_ids,
                local is not None and s.currency != local,
                -significant_digits(s.amount or 0),
                s.item_id,
            ),
        )
        chosen = (best.amount, best.currency)
    amount, currency = chosen
    if amount is None or not currency:
        return amount, currency, event.get("amount_eur")
    return amount, currency, to_eur(amount, currency, date)


def decision_domain(
    authority: str | None, sources: Sequence[ReportSource], articles: Sequence[str] = ()
) -> str:
    found = authority_entry(authority)
    if (found is not None and found.kind == "dpa") or not sources:
        return domain_of(Analysis(authority=authority, matched=True))
    votes = Counter(domain_in_text(authority, s.title, s.summary) for s in sources)
    domain = min(votes, key=lambda d: (-votes[d], d != "data_protection", d))
    # A consumer authority's (or a prosecutor's) fine for breaking data-protection law: the
    # articles its reports cite say which law it is. A competition case citing the GDPR stays one.
    return "data_protection" if articles and domain in ("consumer", "other") else domain


def warm_up() -> None:
    """Load what refreshing a decision's facts needs (the analysis rule index, the ECB rates), so
    that a large poll pays it on a fetch thread while its first documents download, not in the
    writer when it files its first report (~1.3 s of CPU; issue #17)."""
    domain_in_text(None, "", "")
    to_eur(1.0, "USD")


def articles_of(sources: Iterable[ReportSource]) -> tuple[str, ...]:
    found = {a for s in sources for a in cited_articles(f"{s.title}\n{s.summary}")}
    return tuple(sorted(found, key=article_order))


def read_facts(event: EventRow, sources: Sequence[ReportSource]) -> DecisionFacts:
    authority = event.get("authority")
    entry = authority_entry(authority)
    official = [s for s in sources if is_official(s, authority)]
    first_official = min(official, key=lambda s: (s.published or "~", s.item_id)) if official else None
    date = decision_date(sources, first_official)
    amount, currency, eur = best_amount(
        sources,
        event,
        {s.item_id for s in official},
        date or event.get("decision_date"),
        local_currency(entry.country) if entry else None,
    )
    articles = articles_of(sources)
    return DecisionFacts(
        country=entry.country if entry else None,
        domain=decision_domain(authority, sources, articles),
        articles=articles,
        official_item_id=first_official.item_id if first_official else None,
        date=date,
        amount=amount,
        currency=currency,
        amount_eur=eur,
    )


def refresh(store: Store, event_ids: Iterable[int]) -> None:
    """Read each decision's facts again from its reports and store them (inside the caller's transaction)."""
    for event_id in sorted(set(event_ids)):
        event = store.event(event_id)
        if event is None:
            continue
        sources = store.decision_sources(event_id)
        store.set_decision_facts(event_id, read_facts(event, sources))


def settle_party(store: Store, event_id: int) -> None:
    """The party most sources name, not whichever report came first: one outlet's misreading
    ("an American company" read as a name) must not be the register's name for the decision."""
    counts: dict[str, int] = {}
    spellings: dict[str, list[tuple[int, str]]] = {}
    for target, n in store.source_parties(event_id):
        key = party_key(target)
        counts[key] = counts.get(key, 0) + n
        spellings.setdefault(key, []).append((n, target))
    if not counts:
        return
    # Most sources first; then the longer key ("clearview ai" over "clearview"), then by text.
    key = min(counts, key=lambda k: (-counts[k], -len(k), k))
    target = min(spellings[key], key=lambda pair: (-pair[0], len(pair[1]), pair[1]))[1]
    store.set_event_party(event_id, target, key)
