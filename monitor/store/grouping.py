"""SQL for grouping again: the reports of a set of events, moving a report, an event's facts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from monitor.models import ReportRow
from monitor.store.base import QueryBase

if TYPE_CHECKING:
    from monitor.events import FineFacts

_REPORT_COLUMNS = (
    "id, guid, link, title, summary_text, language, published, published_known, fine_status, "
    "fine_amount, fine_currency, fine_amount_eur, penalty_amount, penalty_currency, penalty_per, "
    "authority, target, event_id, event_partial, target_key, fine_liquidation, stated_date, penalty_eur"
)


def fact_values(facts: FineFacts) -> tuple[object, ...]:
    """An event's facts in the column order both of its writes use (`create_event`,
    `set_event_facts`): authority, target, target_key, amount, currency, amount_eur, status,
    penalty_amount, penalty_currency, penalty_per, penalty_eur."""
    fine, penalty = facts.fine, facts.fine.periodic_penalty
    return (
        facts.authority,
        facts.target,
        facts.target_key,
        fine.amount,
        fine.currency,
        fine.amount_eur,
        fine.status,
        penalty.amount if penalty else None,
        penalty.currency if penalty else None,
        penalty.per if penalty else None,
        facts.penalty_eur,
    )


class GroupingQueries(QueryBase):
    def event_reports(self, event_ids: Sequence[int]) -> list[ReportRow]:
        """The fine-bearing items filed under these events, with what their facts are made of."""
        if not event_ids:
            return []
        marks = ",".join("?" * len(event_ids))
        rows = self.rows(
            f"SELECT {_REPORT_COLUMNS} FROM items WHERE event_id IN ({marks}) "
            "AND fine_status IS NOT NULL ORDER BY id",
            tuple(event_ids),
        )
        return cast(list[ReportRow], rows)  # the SELECT's columns

    def filed_reports(self) -> list[ReportRow]:
        """Every fine-bearing item filed under an event."""
        rows = self.rows(
            f"SELECT {_REPORT_COLUMNS} FROM items "
            "WHERE event_id IS NOT NULL AND fine_status IS NOT NULL ORDER BY id"
        )
        return cast(list[ReportRow], rows)  # the SELECT's columns

    def event_days(self) -> list[tuple[int, str | None]]:
        """Every event's id and decision date (None for an undated one): what the regrouping needs to
        find an event near a report, read once per batch instead of once per report."""
        return [
            (int(row[0]), row[1] if row[2] else None)
            for row in self.conn.execute("SELECT id, decision_date, date_known FROM fine_events ORDER BY id")
        ]

    def loose_reports(
        self, since: str | None = None, until: str | None = None, *, item_ids: Sequence[int] | None = None
    ) -> list[ReportRow]:
        """Fine-bearing items in no event (too thin to start one, or a passing mention) published
        between since and until or undated: a later report may give them their decision. Given
        ids, only those items."""
        where = "event_id IS NULL AND fine_status IN ('imposed', 'proposed', 'overturned', 'mention_of_past')"
        params: list[Any] = []
        if since is not None and until is not None:
            where += " AND (published BETWEEN ? AND ? OR NOT published_known)"
            params += [since, until]
        if item_ids is not None:
            if not item_ids:
                return []
            where += f" AND id IN ({','.join('?' * len(item_ids))})"
            params += list(item_ids)
        rows = self.rows(f"SELECT {_REPORT_COLUMNS} FROM items WHERE {where} ORDER BY id", params)
        return cast(list[ReportRow], rows)  # the SELECT's columns

    def drop_event_if_empty(self, event_id: int) -> bool:
        """Deleted when no report and no alert is left on it; whether it was."""
        cursor = self.conn.execute(
            "DELETE FROM fine_events WHERE id = ? "
            "AND NOT EXISTS (SELECT 1 FROM items i WHERE i.event_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.event_id = ?)",
            (event_id, event_id, event_id),
        )
        return cursor.rowcount > 0

    def earliest_report(self, event_id: int) -> str | None:
        """When the first of its dated sources was published, passing mentions included: a decision
        is never newer than the oldest report of it."""
        value = self.scalar(
            "SELECT min(published) FROM items WHERE event_id = ? AND published_known", (event_id,)
        )
        return str(value) if value is not None else None

    def first_seen(self, event_id: int) -> tuple[str | None, str | None]:
        """When the first of its reports was seen new in a feed polled before, and when the first of
        those that came in their feed's first poll (a backlog) was seen: an undated decision is news
        as of the first, unless a backlog held it before (`news.news_time`), also when a later
        grouping splits it off into an event of its own."""
        row = self.conn.execute(
            "SELECT min(CASE WHEN first_poll THEN NULL ELSE first_seen END), "
            "min(CASE WHEN first_poll THEN first_seen END) FROM items WHERE event_id = ?",
            (event_id,),
        ).fetchone()
        return row[0], row[1]

    def set_held(self, event_id: int, held: bool) -> None:
        self.conn.execute("UPDATE fine_events SET held = ? WHERE id = ?", (int(held), event_id))

    def held_events(self, event_ids: Sequence[int]) -> list[int]:
        """Which of these events had their alert held behind a possible twin's."""
        if not event_ids:
            return []
        marks = ",".join("?" * len(event_ids))
        return [
            int(row["id"])
            for row in self.rows(
                f"SELECT id FROM fine_events WHERE held AND id IN ({marks}) ORDER BY id", tuple(event_ids)
            )
        ]

    def move_report(self, item_id: int, event_id: int, partial: bool) -> None:
        self.conn.execute(
            "UPDATE items SET event_id = ?, event_partial = ? WHERE id = ?", (event_id, int(partial), item_id)
        )

    def set_event_facts(self, event_id: int, facts: FineFacts, now: str) -> None:
        """The decision's facts as its reports, grouped again, tell them; an undated one keeps the
        time it was first seen (date_known 0), or, dated until now by a report that left it, is
        dated by the first report of it we saw: undated again, never the day of another decision
        (which made it old news or not depending on which feeds were filed together, issue #12)."""
        date: tuple[str, tuple[object, ...]] = (
            ("decision_date = ?, date_known = 1, ", (facts.date,))
            if facts.date is not None
            else (
                "decision_date = CASE WHEN date_known THEN coalesce((SELECT min(first_seen) FROM items "
                "WHERE event_id = ?), ?) ELSE decision_date END, date_known = 0, ",
                (event_id, now),
            )
        )
        self.conn.execute(
            "UPDATE fine_events SET authority = ?, target = ?, target_key = ?, amount = ?, currency = ?, "
            "amount_eur = ?, status = ?, penalty_amount = ?, penalty_currency = ?, penalty_per = ?, "
            f"penalty_eur = ?, {date[0]}liquidation = ?, updated_at = ? WHERE id = ?",
            (
                *fact_values(facts),
                *date[1],
                int(facts.liquidation),
                now,
                event_id,
            ),
        )
