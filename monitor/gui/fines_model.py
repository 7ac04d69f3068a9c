"""The fines register as Qt models: one row per fine event, and one per fined party."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from monitor.escape import rich_text_literal
from monitor.gui import correction_marks, i18n
from monitor.gui.chart import authority_color
from monitor.gui.fines_filters import domain_label
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.gui.i18n import money as format_money
from monitor.gui.item_model import money_eur, tag_label
from monitor.models import EventRow, TotalRow
from monitor.register_filter import decided
from monitor.store import Store

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
EVENT_ID = Qt.ItemDataRole.UserRole + 11
Index = QModelIndex | QPersistentModelIndex

_C = "FinesModel"  # one translation context for both tables' headers
EVENT_COLUMNS = (
    QT_TRANSLATE_NOOP("FinesModel", "Decision"),
    QT_TRANSLATE_NOOP("FinesModel", "Authority"),
    QT_TRANSLATE_NOOP("FinesModel", "Party"),
    QT_TRANSLATE_NOOP("FinesModel", "Amount (EUR)"),
    QT_TRANSLATE_NOOP("FinesModel", "Original"),
    QT_TRANSLATE_NOOP("FinesModel", "Status"),
    QT_TRANSLATE_NOOP("FinesModel", "Tags"),
    QT_TRANSLATE_NOOP("FinesModel", "Sources"),
)
TOTAL_COLUMNS = (
    QT_TRANSLATE_NOOP("FinesModel", "Party"),
    QT_TRANSLATE_NOOP("FinesModel", "Decisions"),
    QT_TRANSLATE_NOOP("FinesModel", "Imposed"),
    QT_TRANSLATE_NOOP("FinesModel", "Total imposed (EUR)"),
    QT_TRANSLATE_NOOP("FinesModel", "Authorities"),
    QT_TRANSLATE_NOOP("FinesModel", "First"),
    QT_TRANSLATE_NOOP("FinesModel", "Last"),
)


Row = TypeVar("Row", bound=Mapping[str, object])


class _RowsModel(QAbstractTableModel, Generic[Row]):
    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_C, self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numeric(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == EVENT_ID:
            return row.get("id")
        return self.extra(row, index.column(), role)

    def extra(self, row: Row, column: int, role: int) -> Any:
        return None

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Row, column: int) -> Any:
        return self.display(row, column).casefold()

    def numeric(self, column: int) -> bool:
        return False


class EventTableModel(_RowsModel[EventRow]):
    columns = EVENT_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # A value the user corrected is marked as such (gui/correction_marks.py).
            return correction_marks.cell(self.rows[index.row()], self.columns[index.column()], role, value)
        return value

    def display(self, row: EventRow, column: int) -> str:
        match column:
            case 0:
                return i18n.date(decided(row))
            case 1:
                return str(row["authority"] or "?")
            case 2:
                return str(row["target"] or QCoreApplication.translate("FinesModel", "(undisclosed)"))
            case 3:
                return money_eur(row["amount_eur"])
            case 4:
                return (
                    "" if row["currency"] in (None, "EUR") else format_money(row["amount"], row["currency"])
                )
            case 5:
                return i18n.status_label(row["status"])
            case 6:
                return " · ".join(tag_label(t) for t in row["tags"])
            case _:
                return str(row["sources"])

    def sort_value(self, row: EventRow, column: int) -> Any:
        if column == 0:
            return str(decided(row) or "")  # ISO sorts; the locale's text may not
        if column == 3:
            return float(row["amount_eur"] or 0)
        if column == 7:
            return int(row["sources"])
        return self.display(row, column).casefold()

    def numeric(self, column: int) -> bool:
        return column in (3, 7)

    def extra(self, row: EventRow, column: int, role: int) -> Any:
        """The authority's chart colour beside its name, and its country and domain as a tool tip."""
        if column != 1 or not row["authority"]:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return authority_color(str(row["authority"]))
        if role == Qt.ItemDataRole.ToolTipRole:
            facts = [str(row["authority"]), row.get("country") or "", domain_label(row.get("domain"))]
            return rich_text_literal(" · ".join(f for f in facts if f))
        return None

    def row_of(self, event_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row["id"] == event_id:
                return number
        return None


class TotalsTableModel(_RowsModel[TotalRow]):
    columns = TOTAL_COLUMNS

    def display(self, row: TotalRow, column: int) -> str:
        match column:
            case 0:
                return str(row["target"] or "")
            case 1:
                return str(row["events"])
            case 2:
                return str(row["imposed"])
            case 3:
                return money_eur(row["total_eur"])
            case 4:
                return str(row["authorities"] or "").replace(",", ", ")
            case 5:
                return i18n.date(row["first"])
            case _:
                return i18n.date(row["last"])

    def sort_value(self, row: TotalRow, column: int) -> Any:
        if column in (1, 2):
            return int(row["events" if column == 1 else "imposed"])
        if column == 3:
            return float(row["total_eur"] or 0)
        if column in (5, 6):
            return str(row["first" if column == 5 else "last"] or "")
        return self.display(row, column).casefold()

    def numeric(self, column: int) -> bool:
        return column in (1, 2, 3)


class EventFilterProxy(QSortFilterProxyModel):
    """Free text over party and authority, plus a status; sorting by the raw values, not their text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.text = ""
        self.status = ""

    def set_criteria(self, text: str, status: str) -> None:
        self.text = text.strip().casefold()
        self.status = status
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        row = model.rows[source_row]
        if self.status and row["status"] != self.status:
            return False
        if not self.text:
            return True
        haystack = (
            " ".join(str(row[k] or "") for k in ("target", "authority", "currency"))
            + " "
            + " ".join(row["tags"])
        )
        return self.text in haystack.casefold()


def load_events(store: Store) -> list[EventRow]:
    return store.list_events()


def load_totals(store: Store) -> list[TotalRow]:
    return store.totals_by_target()
