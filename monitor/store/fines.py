"""SQL for fine events, their sources and status history, and alerts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from monitor.models import EventRow, Fine, PeriodicPenalty, SourceRow, StatusChange, TotalRow
from monitor.store.base import QueryBase
from monitor.store.corrections import EVENT_CORRECTIONS
from monitor.store.decisions import DECIDED, filter_sql
from monitor.store.grouping import fact_values

if TYPE_CHECKING:
    # The register's shapes: a read command lists events without loading the decider (issue #17).
    from monitor.events import Candidate, FineFacts
    from monitor.register_filter import RegisterFilter

EVENT_COLUMNS = (
    "e.id, e.authority, e.target, e.target_key, e.amount, e.currency, e.amount_eur, e.status, "
    "e.penalty_amount, e.penalty_currency, e.penalty_per, e.decision_date, e.date_known, e.tags, "
    "e.liquidation, e.created_at, e.country, e.domain, e.articles, e.official_item_id, e.decided_on, "
    "e.updated_at, (SELECT count(*) FROM items i WHERE i.event_id = e.id) AS sources, " + EVENT_CORRECTIONS
)
_EVENT_SORT = {
    "decision_date": DECIDED,
    "authority": "e.authority COLLATE NOCASE",
    "target": "e.target COLLATE NOCASE",
    "amount_eur": "e.amount_eur",
    "status": "e.status",
    "sources": "sources",
}


def decode_tags(row: dict[str, Any]) -> dict[str, Any]:
    row["tags"] = json.loads(row["tags"]) if row.get("tags") else []
    if "corrections" in row:  # the user's corrections in force (store/corrections.py)
        row["corrections"] = json.loads(row["corrections"] or "[]")
    if "articles" in row:
        row["articles"] = json.loads(row["articles"]) if row["articles"] else []
    return row


def _event_row(row: dict[str, Any]) -> EventRow:
    return cast(EventRow, decode_tags(row))  # the SELECT's columns, EVENT_COLUMNS


_OWN_FACTS = (
    "id, authority, target, target_key, amount, amount_eur, currency, penalty_amount, "
    "penalty_currency, penalty_per, penalty_eur, status, decision_date, date_known, liquidation"
)
_CANDIDATE_SQL = (
    f"SELECT {_OWN_FACTS}, tags, (SELECT group_concat(i.fine_amount_eur) FROM items i WHERE "
    "i.event_id = fine_events.id AND i.fine_amount_eur IS NOT NULL) AS sums_eur FROM fine_events WHERE 1"
)
_OWN_FACTS_SQL = f"SELECT {_OWN_FACTS}, NULL, NULL FROM fine_events WHERE 1"  # no topics, no sums told


@lru_cache(maxsize=8192)
def _candidate(row: tuple[Any, ...]) -> Candidate:
    """A stored event in the shape the decider compares items with (a pure function of its row,
    so an unchanged event read again is not built again; Candidate is frozen)."""
    from monitor.events import Candidate  # filing's shape: imported by the writer's first filing

    (
        id_, authority, target, target_key, amount, amount_eur, currency, penalty_amount,
        penalty_currency, penalty_per, penalty_eur, status, decision_date, date_known, liquidation,
        tags, sums_eur,
    ) = row  # fmt: skip
    told = penalty_amount is not None and penalty_currency
    penalty = PeriodicPenalty(penalty_amount, penalty_currency, penalty_per or "day") if told else None
    return Candidate(
        id=id_,
        fine=Fine(amount, currency, amount_eur, status, penalty),
        authority=authority,
        target=target,
        target_key=target_key,
        penalty_eur=penalty_eur,
        date=decision_date if date_known else None,
        tags=frozenset(json.loads(tags or "[]")),
        liquidation=bool(liquidation),
        sums_eur=tuple(float(v) for v in (sums_eur or "").split(",") if v),
    )


class FineQueries(QueryBase):
    # -- events -----------------------------------------------------------------------------------

    def candidate_events(
        self,
        since: str | None,
        until: str | None,
        *,
        authority: str | None = None,
        ids: Sequence[int] | None = None,
        whole: bool = True,
    ) -> list[Candidate]:
        """Events that an item dated between since and until may belong to (all when not given).

        Given the item's authority, events naming another authority are left out: `events.decide`
        skips them first thing, and reading all events of an 800-day window for each fine item made a
        cold poll quadratic. Another party's stay: the item may have misread its party. Given ids, only
        those. Not whole: without topics and the sums sources gave (`sums_eur`, a subquery per event),
        enough for `events.never_joins`.
        """
        sql = _CANDIDATE_SQL if whole else _OWN_FACTS_SQL
        params: list[Any] = []
        if since is not None and until is not None:
            sql += " AND (decision_date BETWEEN ? AND ? OR date_known = 0)"
            params += [since, until]
        if authority is not None:
            sql += " AND (authority IS NULL OR authority = ?)"
            params.append(authority)
        if ids is not None:
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params += list(ids)
        return [_candidate(row) for row in self.conn.execute(sql, params).fetchall()]

    def create_event(self, facts: FineFacts, item_id: int, now: str) -> int:
        """A new event from its first report; an undated one is dated when first seen (date_known 0)."""
        cursor = self.conn.execute(
            "INSERT INTO fine_events (authority, target, target_key, amount, currency, amount_eur, "
            "status, penalty_amount, penalty_currency, penalty_per, penalty_eur, decision_date, "
            "date_known, tags, created_at, updated_at, liquidation) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *fact_values(facts),
                facts.date or now,
                int(facts.date is not None),
                json.dumps(sorted(facts.tags)),
                now,
                now,
                int(facts.liquidation),
            ),
        )
        event_id = int(cursor.lastrowid or 0)
        self.conn.execute(
            "INSERT INTO event_status_history (event_id, status, at, item_id) VALUES (?, ?, ?, ?)",
            (event_id, facts.fine.status, now, item_id),
        )
        self.conn.execute(
            "UPDATE items SET event_id = ?, event_partial = 0 WHERE id = ?", (event_id, item_id)
        )
        return event_id

    def attach_to_event(
        self,
        event_id: int,
        item_id: int,
        facts: FineFacts,
        now: str,
        new_status: str | None,
        partial: bool = False,
    ) -> None:
        """Add a source; fill what the event lacked; move its status when the item says so."""
        event = self.rows("SELECT * FROM fine_events WHERE id = ?", (event_id,))[0]
        tags = sorted(set(json.loads(event["tags"])) | set(facts.tags))
        updates: dict[str, Any] = {"tags": json.dumps(tags), "updated_at": now}
        link = (
            "UPDATE items SET event_id = ?, event_partial = ? WHERE id = ?",
            (event_id, int(partial), item_id),
        )
        if facts.status == "mention_of_past":
            # A later mention (a court ruling, a yearly round-up) is a source, not a fact of the decision.
            self.conn.execute(
                "UPDATE fine_events SET tags = ?, updated_at = ? WHERE id = ?",
                (updates["tags"], now, event_id),
            )
            self.conn.execute(*link)
            return
        fine, penalty = facts.fine, facts.fine.periodic_penalty
        for column, value in (
            ("authority", facts.authority),
            ("target", facts.target),
            ("target_key", facts.target_key),
        ):
            if event[column] is None and value is not None:
                updates[column] = value
        if event["penalty_amount"] is None and penalty is not None:
            updates.update(
                penalty_amount=penalty.amount,
                penalty_currency=penalty.currency,
                penalty_per=penalty.per,
                penalty_eur=facts.penalty_eur,
            )
        sum_ = {"amount": fine.amount, "currency": fine.currency, "amount_eur": fine.amount_eur}
        if event["amount"] is None and fine.amount is not None:
            updates.update(sum_)
        if (
            facts.date is not None
            and not new_status
            and (not event["date_known"] or facts.date < event["decision_date"])
        ):
            updates.update(decision_date=facts.date, date_known=1)
        if new_status:
            updates["status"] = new_status
            if new_status == "imposed" and fine.amount is not None:
                updates.update(sum_)  # the final decision's sum replaces the one first announced
            self.conn.execute(
                "INSERT INTO event_status_history (event_id, status, at, item_id) VALUES (?, ?, ?, ?)",
                (event_id, new_status, now, item_id),
            )
        assignments = ", ".join(f"{column} = ?" for column in updates)
        self.conn.execute(f"UPDATE fine_events SET {assignments} WHERE id = ?", (*updates.values(), event_id))
        self.conn.execute(*link)

    def merge_events(self, keep: int, others: Sequence[int], now: str) -> None:
        """Fold events into `keep`: sources, tags, the facts it lacked, the earliest known date, alerts."""
        for other in others:
            found = self.rows(
                "SELECT * FROM fine_events WHERE id IN (?, ?) ORDER BY id = ?", (keep, other, keep)
            )
            if len(found) != 2:
                continue
            gone, kept = found
            updates: dict[str, Any] = {"updated_at": now}
            for column in ("authority", "target", "target_key"):
                if kept[column] is None and gone[column] is not None:
                    updates[column] = gone[column]
            if kept["amount"] is None and gone["amount"] is not None:
                updates.update(
                    amount=gone["amount"], currency=gone["currency"], amount_eur=gone["amount_eur"]
                )
            if kept["penalty_amount"] is None and gone["penalty_amount"] is not None:
                updates.update(
                    penalty_amount=gone["penalty_amount"],
                    penalty_currency=gone["penalty_currency"],
                    penalty_per=gone["penalty_per"],
                    penalty_eur=gone["penalty_eur"],
                )
            if gone["date_known"] and (
                not kept["date_known"] or gone["decision_date"] < kept["decision_date"]
            ):
                updates.update(decision_date=gone["decision_date"], date_known=1)
            updates["tags"] = json.dumps(
                sorted(set(json.loads(kept["tags"])) | set(json.loads(gone["tags"])))
            )
            assignments = ", ".join(f"{column} = ?" for column in updates)
            self.conn.execute(f"UPDATE fine_events SET {assignments} WHERE id = ?", (*updates.values(), keep))
            self.conn.execute("UPDATE items SET event_id = ? WHERE event_id = ?", (keep, other))
            self.conn.execute(
                "DELETE FROM event_status_history WHERE event_id = ? AND status IN "
                "(SELECT status FROM event_status_history WHERE event_id = ?)",
                (other, keep),
            )
            self.conn.execute(
                "UPDATE event_status_history SET event_id = ? WHERE event_id = ?", (keep, other)
            )
            self._merge_alerts(keep, other)
            self.conn.execute("DELETE FROM fine_events WHERE id = ?", (other,))

    def _merge_alerts(self, keep: int, other: int) -> None:
        """One alert per decision and status survives; if the user saw either, it counts as seen."""
        for alert in self.rows(
            "SELECT id, kind, status, delivered_at FROM alerts WHERE event_id = ?", (other,)
        ):
            twin = self.rows(
                "SELECT id, delivered_at FROM alerts WHERE event_id = ? AND kind = ? AND status IS ?",
                (keep, alert["kind"], alert["status"]),
            )
            if not twin:
                self.conn.execute("UPDATE alerts SET event_id = ? WHERE id = ?", (keep, alert["id"]))
                continue
            if alert["delivered_at"] and not twin[0]["delivered_at"]:
                self.conn.execute(
                    "UPDATE alerts SET delivered_at = ? WHERE id = ?", (alert["delivered_at"], twin[0]["id"])
                )
            self.conn.execute("DELETE FROM alerts WHERE id = ?", (alert["id"],))

    def source_parties(self, event_id: int) -> list[tuple[str, int]]:
        """Each fined party this event's sources named, with how many named it."""
        return [
            (str(row["target"]), int(row["n"]))
            for row in self.rows(
                "SELECT target, count(*) AS n FROM items WHERE event_id = ? AND target IS NOT NULL "
                "AND fine_status IS NOT NULL GROUP BY target",
                (event_id,),
            )
        ]

    def set_event_party(self, event_id: int, target: str, target_key: str) -> None:
        self.conn.execute(
            "UPDATE fine_events SET target = ?, target_key = ? WHERE id = ?", (target, target_key, event_id)
        )

    def event_count(self) -> int:
        return int(self.scalar("SELECT count(*) FROM fine_events"))

    def detach_items(self, item_ids: Sequence[int]) -> None:
        for item_id in item_ids:
            self.conn.execute("UPDATE items SET event_id = NULL WHERE id = ?", (item_id,))

    def drop_empty_events(self) -> int:
        cursor = self.conn.execute(
            "DELETE FROM fine_events WHERE NOT EXISTS "
            "(SELECT 1 FROM items i WHERE i.event_id = fine_events.id) "
            "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.event_id = fine_events.id)"
        )
        return cursor.rowcount

    def event(self, event_id: int) -> EventRow | None:
        found = self.rows(f"SELECT {EVENT_COLUMNS} FROM fine_events e WHERE e.id = ?", (event_id,))
        return _event_row(found[0]) if found else None

    def list_events(
        self,
        *,
        tag: str | None = None,
        authority: str | None = None,
        since: str | None = None,
        target_key: str | None = None,
        statuses: Sequence[str] | None = None,
        search: str | None = None,
        criteria: RegisterFilter | None = None,
        sort: str = "decision_date",
        descending: bool = True,
        limit: int | None = None,
    ) -> list[EventRow]:
        clauses: list[str] = []
        params: list[Any] = []
        if tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = ?)")
            params.append(tag)
        if authority:
            clauses.append("e.authority = ? COLLATE NOCASE")
            params.append(authority)
        if since:
            clauses.append("e.decision_date >= ?")
            params.append(since)
        if target_key:
            clauses.append("e.target_key = ?")
            params.append(target_key)
        if statuses:
            clauses.append(f"e.status IN ({','.join('?' * len(statuses))})")
            params.extend(statuses)
        if search:
            clauses.append("(e.target LIKE ? OR e.authority LIKE ?)")
            params += [f"%{search}%", f"%{search}%"]
        if criteria is not None:
            more, values = filter_sql(criteria)
            clauses += more
            params += values
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        order = _EVENT_SORT.get(sort, "e.decision_date")
        sql = (
            f"SELECT {EVENT_COLUMNS} FROM fine_events e{where} "
            f"ORDER BY {order} {'DESC' if descending else 'ASC'}, e.id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_event_row(row) for row in self.rows(sql, params)]

    def count_unread_decisions(self) -> int:
        """Fine decisions with a source the user has not read: what the badge and the title count.

        Every filed decision counts, whether or not an alert rule let it notify.
        """
        return int(
            self.scalar(
                "SELECT count(*) FROM fine_events e WHERE e.status IN ('imposed', 'proposed', 'overturned') "
                "AND EXISTS (SELECT 1 FROM items i WHERE i.event_id = e.id AND i.read = 0)"
            )
            or 0
        )

    def event_sources(self, event_id: int) -> list[SourceRow]:
        rows = self.rows(
            "SELECT i.id, f.name AS feed, i.link, i.title, i.published, i.language, i.fine_status, "
            "i.event_partial AS partial, i.id IS e.official_item_id AS official "
            "FROM items i JOIN feeds f ON f.id = i.feed_id JOIN fine_events e ON e.id = i.event_id "
            "WHERE i.event_id = ? ORDER BY official DESC, i.published, i.id",
            (event_id,),
        )
        return cast(list[SourceRow], rows)  # the SELECT's columns

    def event_history(self, event_id: int) -> list[StatusChange]:
        rows = self.rows(
            "SELECT status, at, item_id FROM event_status_history WHERE event_id = ? ORDER BY id",
            (event_id,),
        )
        return cast(list[StatusChange], rows)  # the SELECT's columns

    def totals_by_target(self, criteria: RegisterFilter | None = None) -> list[TotalRow]:
        """Each fined party: its decisions (those the filter shows) and the total imposed in euros."""
        clauses, params = filter_sql(criteria) if criteria is not None else ([], [])
        where = "".join(f" AND {c}" for c in clauses)
        rows = self.rows(
            "SELECT max(target) AS target, target_key, count(*) AS events, "
            "sum(CASE WHEN status = 'imposed' THEN 1 ELSE 0 END) AS imposed, "
            "coalesce(sum(CASE WHEN status = 'imposed' THEN amount_eur END), 0) AS total_eur, "
            "group_concat(DISTINCT authority) AS authorities, min(decision_date) AS first, "
            "max(decision_date) AS last "
            f"FROM fine_events e WHERE target_key IS NOT NULL{where} GROUP BY target_key "
            "ORDER BY total_eur DESC, target COLLATE NOCASE",
            params,
        )
        return cast(list[TotalRow], rows)  # the SELECT's columns
