"""The items table: a Qt model over the database that reads one page of rows at a time."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from monitor.escape import rich_text_literal
from monitor.gui import i18n
from monitor.gui.counting import Counter, Totals
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.gui.style import fix_sort_arrows
from monitor.models import ItemRow
from monitor.store import Store, StoreError
from monitor.store.items import ItemFilter

PAGE = 256
MAX_PAGES = 64  # about 16,000 rows held at most, however large the database
ROW_ID = Qt.ItemDataRole.UserRole + 1
ROW_DICT = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ROW_ID,
        ROW_DICT,
    }
)

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


def count_totals(store: Store, flt: ItemFilter) -> Totals:
    matching = store.count_items(flt)
    shown = store.count_items(replace(flt, matched_only=False)) if flt.matched_only else matching
    return Totals(matching, shown - matching)


class ItemTableModel(QAbstractTableModel):
    """rowCount comes from a COUNT; rows are fetched by page when the view asks for them.

    A table of 100,000 items costs a count and the pages on screen, never a widget or dict per row.
    A filter of more than a page is counted up to a page at once and exactly off the GUI thread
    (counting.py): until `totals_changed` brings the count, the first page is what the table holds.
    """

    totals_changed = Signal(object)  # Totals, or None while counting

    def __init__(self, store: Store, parent: Any = None, load: bool = True) -> None:
        """`load=False` for an owner that sets the filter at once (the window): nothing is counted
        for a filter about to be replaced."""
        super().__init__(parent)
        self.store = store
        self.filter = ItemFilter()
        self.sort_key = "published"
        self.descending = True
        self.counter = Counter(store.path, self)
        self.totals: Totals | None = None
        self._ticket = 0
        self._count = 0
        self._pages: OrderedDict[int, list[ItemRow]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)
        if load:
            self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def set_filter(self, flt: ItemFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self, keep_count: bool = False) -> None:
        """The table read again. A result of more than a page is counted exactly off the GUI
        thread; until then it holds its first page, or, with `keep_count` (after a poll, a new
        sort: the same filter), the rows it had, so the scroll position and the status line stay."""
        self._ticket += 1
        flt = self.filter
        # The first page, which the view shows next, also says whether the result is small: fewer
        # rows than a page is the exact count (a search's matches were read once more for a count).
        first = self._read_page(0)
        bounded = len(first)
        everything = replace(flt, matched_only=False)
        shown = self.store.count_items(everything, limit=PAGE) if flt.matched_only else 0
        small = bounded < PAGE and shown < PAGE  # both exact: a small table is counted at once
        kept = self.totals if keep_count and not small else None
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = first
        self._count = kept.matching if kept is not None else bounded
        self.endResetModel()
        if small:
            self.counter.cancel()
            self._set_totals(Totals(bounded, max(shown - bounded, 0)))
            return
        if kept is None:
            self._set_totals(None)
        ticket = self._ticket
        self.counter.submit(lambda store: count_totals(store, flt), lambda got: self._counted(ticket, got))

    def _counted(self, ticket: int, totals: Totals | None) -> None:
        if ticket != self._ticket:
            return  # the filter changed since
        if totals is None:  # the count thread could not open or read the database: count here
            try:
                totals = count_totals(self.store, self.filter)
            except (StoreError, sqlite3.Error):  # nor can this connection (closed at quit, damaged)
                return
        if totals.matching > self._count:
            self.beginInsertRows(QModelIndex(), self._count, totals.matching - 1)
            self._count = totals.matching
            self.endInsertRows()
        elif totals.matching < self._count:  # fewer rows than held (pruned meanwhile, or kept)
            self.beginRemoveRows(QModelIndex(), totals.matching, self._count - 1)
            self._count = totals.matching
            self.endRemoveRows()
        self._set_totals(totals)

    def _set_totals(self, totals: Totals | None) -> None:
        self.totals = totals
        self.totals_changed.emit(totals)

    def refresh(self) -> None:
        """After a poll: new rows appear, read marks update, the selection's row ids stay valid."""
        self.reload(keep_count=True)

    def _read_page(self, number: int) -> list[ItemRow]:
        return self.store.list_items(
            self.filter, limit=PAGE, offset=number * PAGE, sort=self.sort_key, descending=self.descending
        )

    def _page(self, number: int) -> list[ItemRow]:
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
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

    def row_of(self, item_id: int, near: int = 0) -> int | None:
        """The row of an item among the pages held, else in the page of row `near` (where it
        was before a reload cleared the pages) and the next one (new items above move it down)."""
        numbers = [*self._pages, *(n for n in (near // PAGE, near // PAGE + 1) if n * PAGE < self._count)]
        for number in dict.fromkeys(numbers):
            for offset, row in enumerate(self._page(number)):
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
        # A view asks a dozen roles per cell on every paint; most are none of ours.
        if role not in _ROLES or not index.isValid():
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
        self.reload(keep_count=True)  # the same rows in another order

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
