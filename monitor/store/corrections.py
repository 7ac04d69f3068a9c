"""SQL for the user's corrections of the register: recorded, listed, laid over events, undone."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

from monitor.models import CorrectionRow, EditInForce, ListedCorrection, ReportRow
from monitor.store.base import QueryBase

# Each event's corrections in force, as the register's rows carry them (fines.EVENT_COLUMNS):
# one JSON array, found through the event's reports (items_event, corrections_item).
EVENT_CORRECTIONS = (
    "(SELECT json_group_array(json_object('id', c.id, 'kind', c.kind, 'field', c.field, "
    "'old', json(c.old_value), 'new', json(c.new_value), 'note', c.note, 'at', c.created_at)) "
    "FROM items ci JOIN corrections c ON c.item_id = ci.id WHERE ci.event_id = e.id "
    "AND c.undone_at IS NULL AND c.kind != 'not_fine' "
    # a merge shows where the reports it was made through are still together
    "AND (c.kind != 'merge' OR (SELECT o.event_id FROM items o WHERE o.id = c.other_item_id) = e.id)"
    ") AS corrections"
)
# The event columns an edit may set; "domain" only once the schema has it.
_EDITABLE = ("target", "target_key", "amount", "currency", "amount_eur", "status", "domain")


class CorrectionQueries(QueryBase):
    def add_correction(
        self,
        kind: str,
        item_id: int,
        now: str,
        *,
        field: str | None = None,
        other_item_id: int | None = None,
        event_id: int | None = None,
        other_event_id: int | None = None,
        old: Any = None,
        new: Any = None,
        peers: Sequence[int] = (),
        note: str | None = None,
    ) -> int:
        cursor = self.conn.execute(
            "INSERT INTO corrections (kind, field, item_id, other_item_id, event_id, other_event_id, "
            "old_value, new_value, peers, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                field,
                item_id,
                other_item_id,
                event_id,
                other_event_id,
                None if old is None else json.dumps(old),
                None if new is None else json.dumps(new),
                json.dumps(sorted(peers)),
                note,
                now,
            ),
        )
        return int(cursor.lastrowid or 0)

    def correction(self, correction_id: int) -> CorrectionRow | None:
        found = self.rows("SELECT * FROM corrections WHERE id = ?", (correction_id,))
        return cast(CorrectionRow, found[0]) if found else None  # the table's columns

    def set_correction_event(self, correction_id: int, other_event_id: int) -> None:
        self.conn.execute(
            "UPDATE corrections SET other_event_id = ? WHERE id = ?", (other_event_id, correction_id)
        )

    def undo_correction(self, correction_id: int, now: str) -> bool:
        cursor = self.conn.execute(
            "UPDATE corrections SET undone_at = ? WHERE id = ? AND undone_at IS NULL", (now, correction_id)
        )
        return cursor.rowcount == 1

    def list_corrections(self, *, include_undone: bool = False) -> list[ListedCorrection]:
        """Every correction, newest first, with the report it names and where that report is now."""
        where = "" if include_undone else " WHERE c.undone_at IS NULL"
        rows = self.rows(
            "SELECT c.id, c.kind, c.field, c.item_id, c.other_item_id, c.event_id, c.other_event_id, "
            "c.old_value, c.new_value, c.note, c.created_at, c.undone_at, i.title AS item_title, "
            "i.event_id AS item_event, o.event_id AS other_item_event "
            "FROM corrections c JOIN items i ON i.id = c.item_id "
            f"LEFT JOIN items o ON o.id = c.other_item_id{where} ORDER BY c.id DESC"
        )
        return cast(list[ListedCorrection], rows)  # the SELECT's columns

    def active_corrections(self, item_ids: Sequence[int]) -> list[CorrectionRow]:
        """The merges, splits and "not a fine" in force that name any of these reports."""
        if not item_ids:
            return []
        marks = ",".join("?" * len(item_ids))
        rows = self.rows(
            "SELECT * FROM corrections WHERE undone_at IS NULL AND kind != 'edit' "
            f"AND (item_id IN ({marks}) OR other_item_id IN ({marks}) OR EXISTS (SELECT 1 FROM "
            f"json_each(corrections.peers) WHERE value IN ({marks}))) ORDER BY id",
            (*item_ids, *item_ids, *item_ids),
        )
        return cast(list[CorrectionRow], rows)  # the table's columns

    def active_edits(self) -> list[EditInForce]:
        """Edits in force whose report is filed, oldest first, with that report's event."""
        rows = self.rows(
            "SELECT c.*, i.event_id AS filed_event, e.decision_date FROM corrections c "
            "JOIN items i ON i.id = c.item_id JOIN fine_events e ON e.id = i.event_id "
            "WHERE c.kind = 'edit' AND c.undone_at IS NULL ORDER BY c.id"
        )
        return cast(list[EditInForce], rows)  # the SELECT's columns

    def not_fine_items(self, item_ids: Sequence[int]) -> set[int]:
        found: set[int] = set()
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(
                int(row["item_id"])
                for row in self.rows(
                    "SELECT item_id FROM corrections WHERE kind = 'not_fine' AND undone_at IS NULL "
                    f"AND item_id IN ({marks})",
                    chunk,
                )
            )
        return found

    def events_of_split_reports_only(self, event_ids: Sequence[int]) -> set[int]:
        """Of these events, those whose every report is one the user split off (not news)."""
        if not event_ids:
            return set()
        marks = ",".join("?" * len(event_ids))
        return {
            int(row["event_id"])
            for row in self.rows(
                "SELECT i.event_id FROM items i LEFT JOIN corrections c ON c.item_id = i.id "
                "AND c.kind = 'split' AND c.undone_at IS NULL "
                f"WHERE i.event_id IN ({marks}) GROUP BY i.event_id HAVING count(c.id) = count(*)",
                tuple(event_ids),
            )
        }

    def _event_columns(self) -> frozenset[str]:
        """fine_events' columns, read once per connection (every filing applies the edits)."""
        known: tuple[Any, frozenset[str]] | None = getattr(self, "_event_columns_of", None)
        if known is None or known[0] is not self.conn:
            names = frozenset(str(row["name"]) for row in self.rows("PRAGMA table_info(fine_events)"))
            known = (self.conn, names)
            self._event_columns_of = known
        return known[1]

    def split_apart(self, event_id: int, others: Sequence[int]) -> set[int]:
        """Of `others`, the events holding a report split off from a report `event_id` holds, or
        holding a report `event_id`'s split-off report was split from."""
        marks = ",".join("?" * len(others))
        rows = self.rows(
            "SELECT DISTINCT CASE WHEN x.event_id = ? THEN p.event_id ELSE x.event_id END AS other "
            "FROM corrections c JOIN items x ON x.id = c.item_id JOIN json_each(c.peers) j "
            "JOIN items p ON p.id = j.value WHERE c.kind = 'split' AND c.undone_at IS NULL AND "
            f"((x.event_id = ? AND p.event_id IN ({marks})) OR (p.event_id = ? AND x.event_id IN ({marks})))",
            (event_id, event_id, *others, event_id, *others),
        )
        return {int(row["other"]) for row in rows}

    def set_event_columns(self, event_id: int, columns: dict[str, Any], now: str) -> bool:
        """Set these columns where they differ; False when the event already had them."""
        have = self._event_columns()
        values = {k: v for k, v in columns.items() if k in _EDITABLE and k in have}
        if not values:
            return False
        differs = " OR ".join(f"{column} IS NOT ?" for column in values)
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = self.conn.execute(
            f"UPDATE fine_events SET {assignments}, updated_at = ? WHERE id = ? AND ({differs})",
            (*values.values(), now, event_id, *values.values()),
        )
        return cursor.rowcount == 1

    def event_items(self, event_id: int) -> list[int]:
        return [
            int(row["id"])
            for row in self.rows("SELECT id FROM items WHERE event_id = ? ORDER BY id", (event_id,))
        ]

    def item_event(self, item_id: int) -> tuple[bool, int | None]:
        """(the item exists, the event it is filed under)."""
        found = self.rows("SELECT event_id FROM items WHERE id = ?", (item_id,))
        return (bool(found), found[0]["event_id"] if found else None)

    def item_report(self, item_id: int) -> ReportRow | None:
        """A fine-bearing item in the shape `event_reports` gives (regrouping.report_facts reads it)."""
        found = self.rows("SELECT * FROM items WHERE id = ? AND fine_status IS NOT NULL", (item_id,))
        return cast(ReportRow, found[0]) if found else None  # every column of items, these among them

    def reanchor_edits(self, item_id: int, to_item: int) -> None:
        """Edits that named their decision through this report name it through another: the report
        is leaving that decision (split off, marked not a fine). Merges and splits need no such
        care: they name every report involved, and are laid over in the order they were made."""
        self.conn.execute(
            "UPDATE corrections SET item_id = ? WHERE item_id = ? AND kind = 'edit' AND undone_at IS NULL",
            (to_item, item_id),
        )

    def retag_events(self, event_ids: Sequence[int]) -> None:
        """An event's topics are its reports' (their tags and their feeds'): after reports moved."""
        for event_id in event_ids:
            self.conn.execute(
                "UPDATE fine_events SET tags = (SELECT json_group_array(tag) FROM (SELECT DISTINCT t.tag "
                "FROM item_tags t JOIN items i ON i.id = t.item_id WHERE i.event_id = ? ORDER BY t.tag)) "
                "WHERE id = ?",
                (event_id, event_id),
            )

    def delete_event(self, event_id: int) -> None:
        """An event left with no report (its only one was no fine): gone, with its alerts."""
        self.conn.execute("DELETE FROM fine_events WHERE id = ?", (event_id,))
