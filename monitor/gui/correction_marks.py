"""How the Fines register shows a corrected value: a ✎ after it, and what the analysis had read in
its tool tip and above the decision's sources. The corrections come with each register row
(`corrections`, store/corrections.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from monitor.escape import markup, rich_text_literal
from monitor.gui import i18n
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.models import EventCorrection, EventRow

MARK = "✎"
_C = "Corrections"
# The register's columns (fines_model.EVENT_COLUMNS, untranslated) and the fact each one shows.
COLUMN_FIELDS = {
    "Party": "party",
    "Amount (EUR)": "amount",
    "Original": "amount",
    "Status": "status",
    "Domain": "domain",
}
FIELD_LABELS = {
    "party": QT_TRANSLATE_NOOP("Corrections", "Party"),
    "amount": QT_TRANSLATE_NOOP("Corrections", "Amount"),
    "status": QT_TRANSLATE_NOOP("Corrections", "Status"),
    "domain": QT_TRANSLATE_NOOP("Corrections", "Domain"),
}
DOMAIN_LABELS = {
    "data_protection": QT_TRANSLATE_NOOP("Corrections", "data protection"),
    "competition": QT_TRANSLATE_NOOP("Corrections", "competition"),
    "consumer": QT_TRANSLATE_NOOP("Corrections", "consumer protection"),
    "other": QT_TRANSLATE_NOOP("Corrections", "other"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def value_label(field: str, value: Any) -> str:
    """A correction's value as the window shows it, in the window's language."""
    if value is None:
        return QCoreApplication.translate("Corrections", "(none)")
    if field == "amount" and isinstance(value, dict):
        return i18n.money(value.get("amount"), value.get("currency"))
    if field == "status":
        return i18n.status_label(str(value))
    if field == "domain":
        return tr(DOMAIN_LABELS.get(str(value), str(value)))
    return str(value)


def edits(row: EventRow, field: str) -> list[EventCorrection]:
    return [c for c in row.get("corrections") or () if c["kind"] == "edit" and c["field"] == field]


def cell(row: EventRow, column: str, role: int, value: Any) -> Any:
    """The register's cell with its correction shown: the mark, and the analysis's value in the tip."""
    field = COLUMN_FIELDS.get(column)
    done = edits(row, field) if field else []
    if not done:
        return value
    if role == Qt.ItemDataRole.DisplayRole:
        # An empty cell ("Original" of a sum in euros) has nothing to mark.
        return f"{value} {MARK}" if value else value
    if role == Qt.ItemDataRole.ToolTipRole:
        first, last = done[0], done[-1]
        return rich_text_literal(
            QCoreApplication.translate("Corrections", "Corrected by you on %1. The analysis had read: %2")
            .replace("%1", i18n.date(last["at"]))
            .replace("%2", value_label(str(field), first["old"]))
            + (f"\n{last['note']}" if last.get("note") else "")
        )
    return value


def summary(row: EventRow) -> str:
    """Rich text for above the sources: each correction in force, with what it replaced."""
    lines: list[str] = []
    for c in row.get("corrections") or ():
        field = c["field"]  # set on every edit
        if c["kind"] == "edit" and field is not None:
            text = (
                QCoreApplication.translate("Corrections", "%1 corrected: %2 → %3")
                .replace("%1", tr(FIELD_LABELS.get(field, field)))
                .replace("%2", value_label(field, c["old"]))
                .replace("%3", value_label(field, c["new"]))
            )
        elif c["kind"] == "merge":
            text = QCoreApplication.translate("Corrections", "Merged by you from two decisions")
        else:
            text = QCoreApplication.translate("Corrections", "Split off by you into a decision of its own")
        if c.get("note"):
            text += f" ({c['note']})"
        lines.append(f"{MARK} {markup(text)}")
    return "<br>".join(lines)
