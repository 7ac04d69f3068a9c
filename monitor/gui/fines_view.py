"""The Fines tab: the register of fine events, its sources, totals per party and a chart over time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor.escape import markup, rich_text_literal
from monitor.gui.alert_text import describe
from monitor.gui.chart import FinesChart
from monitor.gui.corrections_menu import CorrectionActions
from monitor.gui.fines_model import (
    EVENT_ID,
    EventFilterProxy,
    EventTableModel,
    TotalsTableModel,
)
from monitor.gui.i18n import money, status_label
from monitor.gui.item_model import short_date
from monitor.gui.style import fix_sort_arrows
from monitor.links import is_openable
from monitor.store import Store

STATUSES = ("", "imposed", "proposed", "overturned", "mention_of_past")


def open_link(url: str) -> bool:
    """Only web and mail links leave the app (the core's rule), and only on the user's click."""
    if not is_openable(url):
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    return view


class FinesView(QWidget):
    event_selected = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.events = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.events)
        self.totals = TotalsTableModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by party, authority, tag…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status) if status else self.tr("Any status"), status)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.summary)

        self.table = _table(self.proxy)
        self.table.setObjectName("finesTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((96, 90, 220, 130, 110, 90, 150, 64)):
            self.table.setColumnWidth(column, width)
        # The spare width goes to the tags, not to the party: a name stretched across the window
        # pushes the amounts away from the party they belong to.
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        fix_sort_arrows(header)

        self.sources = QStandardItemModel(0, 4, self)
        self.sources.setHorizontalHeaderLabels(
            [self.tr("Published"), self.tr("Source"), self.tr("Title"), self.tr("Says")]
        )
        self.sources_view = _table(self.sources)
        self.sources_view.setObjectName("fineSources")
        self.sources_view.horizontalHeader().setStretchLastSection(False)
        self.sources_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sources_view.doubleClicked.connect(self._open_source)
        self.headline = QLabel()
        self.headline.setObjectName("fineHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sources_page = QWidget()
        sources_layout = QVBoxLayout(sources_page)
        sources_layout.setContentsMargins(4, 4, 4, 4)
        sources_layout.addWidget(self.headline)
        sources_layout.addWidget(self.sources_view)

        self.totals_view = _table(self.totals)
        self.totals_view.setObjectName("finesTotals")
        self.totals_view.setSortingEnabled(False)
        totals_header = self.totals_view.horizontalHeader()
        totals_header.setStretchLastSection(False)
        for column, width in enumerate((220, 80, 80, 150, 200, 96, 96)):
            self.totals_view.setColumnWidth(column, width)
        totals_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.chart = FinesChart()
        self.chart_measure = QComboBox()
        self.chart_measure.setObjectName("chartMeasure")
        self.chart_measure.addItem(self.tr("Number of decisions"), "count")
        self.chart_measure.addItem(self.tr("Total in euros (log scale)"), "euros")
        self.chart_measure.currentIndexChanged.connect(
            lambda _i: self.chart.set_mode(str(self.chart_measure.currentData()))
        )
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(4, 4, 4, 4)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(self.tr("Show")))
        chart_bar.addWidget(self.chart_measure)
        chart_bar.addStretch(1)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart, 1)

        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(sources_page, self.tr("Sources"))
        self.lower_tabs.addTab(self.totals_view, self.tr("Totals by party"))
        self.lower_tabs.addTab(chart_page, self.tr("Over time"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("finesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.corrections = CorrectionActions(self)  # context menus: edit, merge, split, not a fine

    def reload(self) -> None:
        selected = self.selected_event()
        self.events.set_rows(self.store.list_events())
        self.totals.set_rows(self.store.totals_by_target())
        self.chart.set_events(self.events.rows)
        self._update_summary()
        if selected is not None:
            self.select_event(selected)

    def _filter(self) -> None:
        self.proxy.set_criteria(self.search.text(), str(self.status.currentData() or ""))
        self._update_summary()

    def _update_summary(self) -> None:
        shown = self.proxy.rowCount()
        total = sum(
            float(self.events.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]["amount_eur"] or 0)
            for r in range(shown)
            if self.events.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]["status"] == "imposed"
        )
        self.summary.setText(
            self.tr("%n decision(s) · %1 imposed", "", shown).replace("%1", money(round(total), "EUR"))
        )

    def selected_event(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(EVENT_ID)) if index.isValid() else None

    def select_event(self, event_id: int) -> bool:
        row = self.events.row_of(event_id)
        if row is None:
            self.search.clear()
            self.status.setCurrentIndex(0)
            self.reload_rows_only()
            row = self.events.row_of(event_id)
            if row is None:
                return False
        index = self.proxy.mapFromSource(self.events.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.status.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.events.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reload_rows_only(self) -> None:
        self.events.set_rows(self.store.list_events())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.sources.setRowCount(0)
            self.headline.clear()
            return
        event_id = int(current.data(EVENT_ID))
        self.show_sources(event_id)
        self.event_selected.emit(event_id)

    def show_sources(self, event_id: int) -> None:
        event = self.store.event(event_id)
        self.sources.setRowCount(0)
        if event is None:
            return
        history = " → ".join(status_label(h["status"]) for h in self.store.event_history(event_id))
        # Rich text: what came from feeds (party, authority) is escaped.
        self.headline.setText(
            f"<b>{markup(describe(event))}</b><br>"
            + markup(self.tr("Status history: %1").replace("%1", history))
        )
        for source in self.store.event_sources(event_id):
            cells = [
                QStandardItem(short_date(source["published"])),
                QStandardItem(str(source["feed"])),
                QStandardItem(str(source["title"])),
                QStandardItem(status_label(source["fine_status"])),
            ]
            cells[0].setData(source["id"], Qt.ItemDataRole.UserRole)  # the item a correction names
            cells[2].setData(source["link"], Qt.ItemDataRole.UserRole)
            cells[2].setToolTip(rich_text_literal(source["link"] or ""))
            for cell in cells:
                cell.setEditable(False)
            self.sources.appendRow(cells)

    def _open_source(self, index: QModelIndex) -> None:
        link = self.sources.item(index.row(), 2).data(Qt.ItemDataRole.UserRole)
        if link:
            open_link(str(link))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("fines/chart", self.chart.mode)
        settings.setValue("fines/splitter", self.splitter.saveState())
        settings.setValue("fines/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        found = self.chart_measure.findData(str(settings.value("fines/chart", "count")))
        self.chart_measure.setCurrentIndex(max(found, 0))
        state = settings.value("fines/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.value("fines/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
