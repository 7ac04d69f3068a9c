"""Correcting the register from the Fines tab: a decision's context menu (Edit…, Merge, Undo), a
source's (Split off, Not a fine) and the list of corrections, each undoable.

The actions are monitor.correcting's, run on the window's store: a correction writes a few rows
and regroups one or two decisions, which takes milliseconds, so they run on the GUI thread (a poll
holding the database meanwhile is waited for, as for marking items read).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor import correcting
from monitor import correction_input as given
from monitor.alerts import DOMAINS
from monitor.correction_input import STATUSES, CorrectionError
from monitor.gui import correction_marks, i18n
from monitor.gui.fines_model import EVENT_ID
from monitor.gui.keyboard import name_from_text
from monitor.models import EventCorrection, EventRow, ListedCorrection
from monitor.store import Store, StoreError

SOURCE_ITEM = Qt.ItemDataRole.UserRole  # set on a source row's first cell by fines_view


class EditDialog(QDialog):
    """A decision's party, amount, currency, status and domain; checked before it closes."""

    def __init__(self, event: EventRow, currencies: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct decision %1").replace("%1", str(event["id"])))
        self.setMinimumWidth(460)
        self.decision = event
        self.changes: dict[str, Any] = {}
        amount = correcting.current_value(event, "amount") or {}
        self.party = QLineEdit(str(event["target"] or ""))
        self.party.setMaxLength(given.MAX_PARTY)
        self.amount = QLineEdit("" if not amount else f"{amount['amount']:.2f}".removesuffix(".00"))
        self.amount.setPlaceholderText(self.tr("e.g. 20000000 or 20 million"))
        self.currency = QComboBox()
        self.currency.addItems(currencies)
        self.currency.setCurrentText(str(amount.get("currency") or "EUR"))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(i18n.status_label(status), status)
        self.status.setCurrentIndex(max(self.status.findData(event["status"]), 0))
        self.domain = QComboBox()
        for domain in DOMAINS:
            self.domain.addItem(correction_marks.value_label("domain", domain), domain)
        self.domain.setCurrentIndex(max(self.domain.findData(correcting.current_value(event, "domain")), 0))
        self.note = QLineEdit()
        self.note.setMaxLength(correcting.MAX_NOTE)
        self.note.setPlaceholderText(self.tr("Why (optional): where the right value is stated"))
        self.error = QLabel()
        self.error.setObjectName("correctionError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        for label, widget, name in (
            (self.tr("&Party:"), self.party, self.tr("Fined party")),
            (self.tr("&Amount:"), self.amount, self.tr("Amount of the fine")),
            (self.tr("&Currency:"), self.currency, self.tr("Currency of the amount")),
            (self.tr("&Status:"), self.status, self.tr("Status of the decision")),
            (self.tr("&Domain:"), self.domain, self.tr("Domain of law")),
            (self.tr("&Note:"), self.note, self.tr("Note on the correction")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        name_from_text(self)

    def accept(self) -> None:
        """Only what changed becomes a correction; a value that cannot be one keeps the dialog open."""
        try:
            wanted: dict[str, Any] = {"party": given.party(self.party.text())}
            if self.amount.text().strip():
                wanted["amount"] = {
                    "amount": given.amount(self.amount.text()),
                    "currency": self.currency.currentText(),
                }
            wanted["status"] = str(self.status.currentData())
            wanted["domain"] = str(self.domain.currentData())
        except CorrectionError as exc:
            self.error.setText(str(exc))
            return
        self.changes = {f: v for f, v in wanted.items() if correcting.current_value(self.decision, f) != v}
        if not self.changes:
            self.error.setText(self.tr("Nothing was changed."))
            return
        super().accept()


class CorrectionsDialog(QDialog):
    """Every correction in force, newest first; Undo takes the selected one back."""

    undo_requested = Signal(int)

    def __init__(self, rows: list[ListedCorrection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionsList")
        self.setWindowTitle(self.tr("Your corrections"))
        self.resize(640, 320)
        self.table = QTableWidget(len(rows), 4)
        self.table.setAccessibleName(self.tr("Corrections of the register"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Decision"), self.tr("Correction"), self.tr("Note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for n, row in enumerate(rows):
            cells = (
                i18n.date_time(row["created_at"]),
                str(row["item_event"] or ""),
                self.describe(row),
                str(row["note"] or ""),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(n, column, cell)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo = buttons.addButton(self.tr("&Undo correction"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo.setObjectName("undoCorrection")
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self._undo)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.undo.setEnabled(bool(self.table.selectedItems()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        name_from_text(self)

    def describe(self, row: ListedCorrection) -> str:
        import json

        if row["kind"] == "edit":
            field = str(row["field"])
            old = json.loads(row["old_value"]) if row["old_value"] else None
            new = json.loads(row["new_value"]) if row["new_value"] else None
            return (
                self.tr("%1: %2 → %3")
                .replace("%1", correction_marks.tr(correction_marks.FIELD_LABELS[field]))
                .replace("%2", correction_marks.value_label(field, old))
                .replace("%3", correction_marks.value_label(field, new))
            )
        if row["kind"] == "merge":
            return (
                self.tr("Decisions %1 and %2 merged")
                .replace("%1", str(row["event_id"]))
                .replace("%2", str(row["other_event_id"]))
            )
        title = str(row["item_title"] or "")
        if row["kind"] == "split":
            return self.tr("Split off: %1").replace("%1", title)
        return self.tr("Not a fine: %1").replace("%1", title)

    def _undo(self) -> None:
        selected = self.table.selectedItems()
        if selected:
            self.undo_requested.emit(int(selected[0].data(Qt.ItemDataRole.UserRole)))
            self.accept()


class CorrectionActions(QObject):
    """The correction actions of one FinesView (its decisions table and its sources table)."""

    changed = Signal()  # the register was corrected: views that count decisions re-query

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        self.store: Store = view.store
        view.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two to merge
        for table, handler in ((view.table, self._table_menu), (view.sources_view, self._sources_menu)):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(handler)
        view.event_selected.connect(self._annotate)
        self.dialog: QDialog | None = None

    # -- what is selected -------------------------------------------------------------------------

    def selected_events(self) -> list[int]:
        rows = self.view.table.selectionModel().selectedRows()
        return sorted({int(index.data(EVENT_ID)) for index in rows})

    def current_source(self) -> int | None:
        index = self.view.sources_view.currentIndex()
        if not index.isValid():
            return None
        item = self.view.sources.item(index.row(), 0).data(SOURCE_ITEM)
        return None if item is None else int(item)

    # -- menus ------------------------------------------------------------------------------------

    def table_menu(self) -> QMenu:
        events = self.selected_events()
        menu = QMenu(self.view.table)
        menu.setAccessibleName(self.tr("Correct the decision"))
        edit = menu.addAction(self.tr("&Edit decision…"), lambda: self.edit(events[0]))
        edit.setEnabled(len(events) == 1)
        merge = menu.addAction(
            self.tr("&Merge the selected decisions"), lambda: self.merge(events[0], events[1])
        )
        merge.setEnabled(len(events) == 2)
        undo = menu.addMenu(self.tr("&Undo correction"))
        event = self.store.event(events[0]) if len(events) == 1 else None
        for c in event["corrections"] if event is not None else ():
            self._undo_action(undo, c)
        undo.setEnabled(not undo.isEmpty())
        menu.addSeparator()
        menu.addAction(self.tr("&Corrections…"), self.show_corrections)
        return menu

    def _undo_action(self, menu: QMenu, c: EventCorrection) -> QAction:
        field = c["field"]  # set on every edit
        if c["kind"] == "edit" and field is not None:
            text = (
                self.tr("%1 (was %2)")
                .replace("%1", correction_marks.tr(correction_marks.FIELD_LABELS[field]))
                .replace("%2", correction_marks.value_label(field, c["old"]))
            )
        elif c["kind"] == "merge":
            text = self.tr("Merge")
        else:
            text = self.tr("Split")
        action = menu.addAction(text.replace("&", "&&"), lambda: self.undo(int(c["id"])))
        return action

    def sources_menu(self) -> QMenu:
        item = self.current_source()
        menu = QMenu(self.view.sources_view)
        menu.setAccessibleName(self.tr("Correct the report"))
        split = menu.addAction(
            self.tr("&Split this report off into its own decision"), lambda: self.split(item or 0)
        )
        split.setEnabled(item is not None and self.view.sources.rowCount() > 1)
        not_fine = menu.addAction(self.tr("&Not a fine"), lambda: self.not_a_fine(item or 0))
        not_fine.setEnabled(item is not None)
        return menu

    def _table_menu(self, pos: QPoint) -> None:
        if self.selected_events():
            self.table_menu().exec(self.view.table.viewport().mapToGlobal(pos))

    def _sources_menu(self, pos: QPoint) -> None:
        if self.current_source() is not None:
            self.sources_menu().exec(self.view.sources_view.viewport().mapToGlobal(pos))

    # -- the actions ------------------------------------------------------------------------------

    def edit(self, event_id: int) -> EditDialog | None:
        from monitor.analysis.rates import known_currencies

        event = self.store.event(event_id)
        if event is None:
            return None
        dialog = EditDialog(event, known_currencies(), self.view)
        dialog.accepted.connect(
            lambda: self.run(
                lambda store: correcting.edit(store, event_id, dialog.changes, dialog.note.text())
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def merge(self, first: int, second: int) -> None:
        self.run(lambda store: correcting.merge(store, first, second))

    def split(self, item_id: int) -> None:
        self.run(lambda store: correcting.split(store, item_id))

    def not_a_fine(self, item_id: int) -> None:
        self.run(lambda store: correcting.not_a_fine(store, item_id))

    def undo(self, correction_id: int) -> None:
        self.run(lambda store: correcting.undo(store, correction_id))

    def show_corrections(self) -> CorrectionsDialog:
        dialog = CorrectionsDialog(self.store.list_corrections(), self.view)
        dialog.undo_requested.connect(self.undo)
        self.dialog = dialog
        dialog.open()
        return dialog

    def run(self, action: Callable[[Store], correcting.Done]) -> correcting.Done | None:
        try:
            done = action(self.store)
        except (CorrectionError, StoreError) as exc:
            QMessageBox.warning(self.view, self.tr("Correction not made"), str(exc))
            return None
        self.view.reload()
        if done.event_id is not None:
            self.view.table.clearSelection()
            self.view.select_event(done.event_id)
        self.changed.emit()
        return done

    def _annotate(self, event_id: int) -> None:
        """What the user corrected, above the decision's sources."""
        event = self.store.event(event_id)
        note = correction_marks.summary(event) if event else ""
        if note:
            self.view.headline.setText(f"{self.view.headline.text()}<br>{note}")
