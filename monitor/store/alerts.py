"""SQL for alerts: stored before anyone is shown them, one per decision and status, then delivered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from monitor.models import AlertRow, PendingAlert
from monitor.store.base import QueryBase
from monitor.store.fines import decode_tags


class AlertQueries(QueryBase):
    def record_alert(
        self,
        *,
        kind: str,
        title: str,
        body: str,
        now: str,
        event_id: int | None = None,
        feed_id: int | None = None,
        status: str | None = None,
        delivered: bool = False,
    ) -> int | None:
        """Store an alert before anyone is shown it; the same event and status is never stored twice.
        An event's alert is anchored on the reports its event holds now (`anchors`)."""
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO alerts (kind, event_id, feed_id, status, title, body, created_at, "
            "delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, event_id, feed_id, status, title, body, now, now if delivered else None),
        )
        if not cursor.rowcount:
            return None
        alert_id = int(cursor.lastrowid or 0)
        if event_id is not None:
            self.conn.execute(
                "INSERT INTO alert_items (alert_id, item_id) SELECT ?, id FROM items WHERE event_id = ?",
                (alert_id, event_id),
            )
        return alert_id

    def anchors(self, event_ids: Sequence[int]) -> dict[int, list[int]]:
        """The reports each of these events' alerts (of a fine or its status) were raised for, by
        event: the decision those reports are in is the one the alert announced."""
        if not event_ids:
            return {}
        marks = ",".join("?" * len(event_ids))
        found: dict[int, list[int]] = {}
        for row in self.conn.execute(
            "SELECT DISTINCT a.event_id, ai.item_id FROM alerts a JOIN alert_items ai ON ai.alert_id = a.id "
            f"WHERE a.event_id IN ({marks}) AND a.kind IN ('new_fine', 'status_change') "
            "ORDER BY a.event_id, ai.item_id",
            tuple(event_ids),
        ):
            found.setdefault(int(row[0]), []).append(int(row[1]))
        return found

    def pending_alert(self, kind: str) -> PendingAlert | None:
        """The newest alert of this kind nobody has been shown yet (a summary still growing)."""
        found = self.rows(
            "SELECT id, status, title FROM alerts WHERE kind = ? AND delivered_at IS NULL "
            "ORDER BY id DESC LIMIT 1",
            (kind,),
        )
        return cast(PendingAlert, found[0]) if found else None

    def update_alert(self, alert_id: int, *, title: str, status: str | None) -> None:
        self.conn.execute("UPDATE alerts SET title = ?, status = ? WHERE id = ?", (title, status, alert_id))

    def withdraw_pending_alerts(self, event_id: int, kind: str) -> int:
        """Delete this event's alerts of this kind that were never shown."""
        cursor = self.conn.execute(
            "DELETE FROM alerts WHERE event_id = ? AND kind = ? AND delivered_at IS NULL", (event_id, kind)
        )
        return cursor.rowcount

    def alerted_since(self, event_ids: Sequence[int], since: str, *, shown: bool = False) -> list[int]:
        """Which of these events raised a new-fine alert at or after `since` (shown or not; with
        `shown`, only one the user was shown)."""
        if not event_ids:
            return []
        marks = ",".join("?" * len(event_ids))
        return [
            int(row["event_id"])
            for row in self.rows(
                f"SELECT DISTINCT event_id FROM alerts WHERE kind = 'new_fine' AND event_id IN ({marks}) "
                "AND created_at >= ?"
                + (" AND delivered_at IS NOT NULL" if shown else "")
                + " ORDER BY event_id",
                (*event_ids, since),
            )
        ]

    def pending_among(self, alert_ids: Sequence[int]) -> list[int]:
        """Which of these alerts are still to be shown (not delivered, not withdrawn), in order."""
        if not alert_ids:
            return []
        marks = ",".join("?" * len(alert_ids))
        query = f"SELECT id FROM alerts WHERE delivered_at IS NULL AND id IN ({marks})"
        pending = {int(row["id"]) for row in self.rows(query, tuple(alert_ids))}
        return [alert_id for alert_id in alert_ids if alert_id in pending]

    def alerted_about(self, event_id: int) -> bool:
        return bool(
            self.scalar(
                "SELECT 1 FROM alerts WHERE event_id = ? AND kind IN ('new_fine', 'status_change')",
                (event_id,),
            )
        )

    def list_alerts(self, pending_only: bool = False, limit: int | None = None) -> list[AlertRow]:
        where = " WHERE a.delivered_at IS NULL" if pending_only else ""
        sql = (
            "SELECT a.id, a.kind, a.event_id, a.feed_id, a.status, a.title, a.body, a.created_at, "
            "a.delivered_at, e.authority, e.target, e.amount, e.currency, e.amount_eur, e.tags "
            f"FROM alerts a LEFT JOIN fine_events e ON e.id = a.event_id{where} "
            "ORDER BY a.id" + (" DESC" if not pending_only else "")
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [cast(AlertRow, decode_tags(row)) for row in self.rows(sql)]  # the SELECT's columns

    def mark_delivered(self, alert_id: int, now: str) -> bool:
        """True when this call delivered it: a second caller (another window, a restart) gets False."""
        cursor = self.conn.execute(
            "UPDATE alerts SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL", (now, alert_id)
        )
        return cursor.rowcount == 1
