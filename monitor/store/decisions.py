"""SQL for the facts of a decision (decisions.py) and for the register filtered (register_filter.py)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from monitor.models import ReportSource
from monitor.store.base import QueryBase

if TYPE_CHECKING:
    from monitor.decisions import DecisionFacts
    from monitor.register_filter import RegisterFilter


# The day a decision was taken as far as the register knows: stated by a report, else the first report's.
DECIDED = "coalesce(e.decided_on, e.decision_date)"


def filter_sql(criteria: RegisterFilter) -> tuple[list[str], list[Any]]:
    """WHERE clauses (over fine_events as e) and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []

    def among(column: str, values: tuple[str, ...], nocase: bool = False) -> None:
        if values:
            collate = " COLLATE NOCASE" if nocase else ""
            clauses.append(f"{column}{collate} IN ({','.join('?' * len(values))})")
            params.extend(values)

    if criteria.since:
        clauses.append(f"substr({DECIDED}, 1, 10) >= ?")
        params.append(criteria.since[:10])
    if criteria.until:
        clauses.append(f"substr({DECIDED}, 1, 10) <= ?")
        params.append(criteria.until[:10])
    if criteria.min_eur is not None:
        clauses.append("e.amount_eur >= ?")
        params.append(criteria.min_eur)
    if criteria.max_eur is not None:
        clauses.append("e.amount_eur <= ?")
        params.append(criteria.max_eur)
    among("e.authority", criteria.authorities, nocase=True)
    if criteria.countries:
        # "DE" is Germany's federal authority and every Land's ("DE-HH"); "DE-HH" only Hamburg's.
        codes = tuple(c.upper() for c in criteria.countries)
        marks = ",".join("?" * len(codes))
        clauses.append(f"(e.country IN ({marks}) OR substr(e.country, 1, 2) IN ({marks}))")
        params.extend(codes + codes)
    among("coalesce(e.domain, 'data_protection')", criteria.domains)
    among("e.status", criteria.statuses)
    if criteria.tags:
        clauses.append(
            f"EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value IN ({','.join('?' * len(criteria.tags))}))"
        )
        params.extend(criteria.tags)
    if criteria.target_key:
        clauses.append("e.target_key = ?")
        params.append(criteria.target_key)
    if criteria.search:
        clauses.append("(e.target LIKE ? OR e.authority LIKE ?)")
        params += [f"%{criteria.search}%", f"%{criteria.search}%"]
    return clauses, params


class DecisionQueries(QueryBase):
    def decision_sources(self, event_id: int) -> list[ReportSource]:
        """An event's reports, with the kind and authority of the feed that carried each."""
        rows = self.rows(
            "SELECT i.id AS item_id, i.title, coalesce(i.summary_text, '') AS summary, i.language, "
            "CASE WHEN i.published_known THEN i.published END AS published, i.fine_status AS status, "
            "i.fine_amount AS amount, i.fine_currency AS currency, f.kind AS feed_kind, "
            "f.authority AS feed_authority FROM items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE i.event_id = ? ORDER BY i.id",
            (event_id,),
        )
        return [ReportSource(**row) for row in rows]

    def set_decision_facts(self, event_id: int, facts: DecisionFacts) -> None:
        self.conn.execute(
            "UPDATE fine_events SET decided_on = ?, country = ?, domain = ?, articles = ?, "
            "official_item_id = ?, amount = ?, currency = ?, amount_eur = ? WHERE id = ?",
            (
                facts.date,
                facts.country,
                facts.domain,
                json.dumps(list(facts.articles)),
                facts.official_item_id,
                facts.amount,
                facts.currency,
                facts.amount_eur,
                event_id,
            ),
        )

    def known_parties(self) -> list[str]:
        """One spelling of each fined party in the register (the gazetteer of the analysis)."""
        rows = self.rows(
            "SELECT max(target) AS target FROM fine_events WHERE target_key IS NOT NULL "
            "AND target IS NOT NULL GROUP BY target_key"
        )
        return [str(row["target"]) for row in rows]

    def known_authorities(self) -> list[str]:
        """The authorities the register names (a filter's known values, with authorities.yml's)."""
        rows = self.conn.execute("SELECT DISTINCT authority FROM fine_events WHERE authority IS NOT NULL")
        return [str(row[0]) for row in rows]

    def known_countries(self) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT country FROM fine_events WHERE country IS NOT NULL")
        return sorted(str(row[0]) for row in rows)

    def known_topics(self) -> list[str]:
        """The topics (tags) the register's decisions carry: the window's topic filter offers these."""
        rows = self.conn.execute("SELECT DISTINCT j.value FROM fine_events e, json_each(e.tags) j")
        return sorted(str(row[0]) for row in rows)

    def event_of_items(self, item_ids: list[int]) -> int | None:
        """The decision most of these reports are filed under now (after a merge moved them)."""
        if not item_ids:
            return None
        found = self.scalar(
            f"SELECT event_id FROM items WHERE id IN ({','.join('?' * len(item_ids))}) "
            "AND event_id IS NOT NULL GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1",
            item_ids,
        )
        return int(found) if found is not None else None
