"""The items table: a Qt model over the database that reads one page of rows at a time."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from monitor.escape import rich_text_literal
from monitor.gui import i18n
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.gui.style import fix_sort_arrows
from monitor.models import ItemRow
from monitor.store import Store
from monitor.store.items import ItemFilter

PAGE = 256
MAX_PAGES = 64  # about 16,000 rows held at most, however large the database
ROW_ID = Qt.ItemDataRole.UserRole + 1
ROW_DICT = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("ItemTableModel", "Date"),
    QT_TRANSLATE_NOOP("ItemTableModel", "Source"),
    QT_TRANSLATE_NOOP("ItemTableModel", "Title"),
    QT_TRANSLATE_NOOP("ItemTableModel", "Tags"),
    QT_TRANSLATE_NOOP("ItemTableModel", "Fine (EUR)"),
)
_SORT_KEYS = ("published", "feed", "title", "tags", "amount")
_TAG_LABELS = {
    "facial_recognition": QT_TRANSLATE_NOOP("ItemTableModel", "face"),
    "biometrics": QT_TRANSLATE_NOOP("ItemTableModel", "bio"),
}

Index = QModelIndex | QPersistentModelIndex


def tag_label(tag: str) -> str:
    label = _TAG_LABELS.get(tag)
    return QCoreApplication.translate("ItemTableModel", label) if label else tag.replace("_", " ")


def short_date(value: str | None) -> str:
    """A stored timestamp in the locale's short date and time (ISO under the C locale)."""
    return i18n.date_time(value)


def money_eur(amount: float | None) -> str:
    return i18n.money(round(amount), "EUR") if amount is not None else ""


class ItemTableModel(QAbstractTableModel):
    """rowCount comes from one COUNT; rows are fetched by page when the view asks for them.

    A table of 100,000 items costs a count and the pages on screen, never a widget or dict per row.
    """

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = ItemFilter()
        self.sort_key = "published"
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[ItemRow]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def set_filter(self, flt: ItemFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.store.count_items(self.filter)
        self.endResetModel()

    def refresh(self) -> None:
        """After a poll: new rows appear, read marks update, the selection's row ids stay valid."""
        self.reload()

    def _page(self, number: int) -> list[ItemRow]:
        page = self._pages.get(number)
        if page is None:
            page = self.store.list_items(
                self.filter,
                limit=PAGE,
                offset=number * PAGE,
                sort=self.sort_key,
                descending=self.descending,
            )
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_dict(self, row: int) -> ItemRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, item_id: int) -> int | None:
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row["id"] == item_id:
                    return number * PAGE + offset
        return None

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ItemTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_dict(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return None if row["read"] else self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2, 3):
            tip = {0: short_date(row["published"]), 2: row["title"], 3: row["tags"] or ""}[column]
            return rich_text_literal(tip)  # a tool tip guesses rich text from a title's "<b>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID:
            return row["id"]
        if role == ROW_DICT:
            return row
        return None

    def _display(self, row: ItemRow, column: int) -> str:
        if column == 0:
            return i18n.date(row["published"])
        if column == 1:
            return str(row["feed"])
        if column == 2:
            return str(row["title"])
        if column == 3:
            return " · ".join(tag_label(t) for t in sorted((row["tags"] or "").split()))
        return money_eur(row["fine_amount_eur"])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting is the database's ORDER BY: a proxy model would have to load every row first.
        self.sort_key = _SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- read state ------------------------------------------------------------------------------

    def set_read(self, rows: list[int], read: bool) -> None:
        ids = []
        for row in rows:
            found = self.row_dict(row)
            if found is not None and bool(found["read"]) != read:
                found["read"] = int(read)
                ids.append(found["id"])
        if not ids:
            return
        self.store.set_read(ids, read)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def mark_all_read(self) -> int:
        with self.store.transaction():
            changed = self.store.mark_all_read(replace(self.filter))
        self.reload()
        return changed


def items_view(model: ItemTableModel) -> QTableView:
    """The items table: rows selected whole, fixed heights, the title taking the spare width."""
    table = QTableView()
    # Tab leaves the table for the next control (arrows move between rows): a keyboard path
    # through every pane.
    table.setTabKeyNavigation(False)
    table.setObjectName("itemsTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    table.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures rows, so 100,000 of them cost nothing to lay out.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    # The title is what people read: it takes the spare width; the others stay as narrow as their
    # usual content (no ResizeToContents, which would measure every row of a large table).
    for column, width in enumerate((86, 120, 420, 96, 110)):
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    fix_sort_arrows(header)
    return table
