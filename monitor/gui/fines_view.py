"""The Fines tab: the register of fine events, its sources, totals per party and a chart over time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QSettings, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
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
from monitor.gui.fines_export import ask_and_export
from monitor.gui.fines_filters import FinesFilters, domain_label
from monitor.gui.fines_model import (
    EVENT_ID,
    SORT_ROLE,
    EventFilterProxy,
    EventTableModel,
    TotalsTableModel,
)
from monitor.gui.i18n import money, status_label
from monitor.gui.item_model import short_date
from monitor.gui.style import fix_sort_arrows
from monitor.links import is_openable
from monitor.models import EventRow
from monitor.store import Store


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
        self.shown_items: list[int] = []  # the sources of the decision shown below the table
        self._stale = True  # not read since the register last changed: read when next shown

        self.totals_proxy = QSortFilterProxyModel(self)
        self.totals_proxy.setSourceModel(self.totals)
        self.totals_proxy.setSortRole(SORT_ROLE)

        self.filters = FinesFilters()
        self.search, self.status = self.filters.search, self.filters.status  # menus name them
        self.summary = QLabel()
        self.summary.setObjectName("finesSummary")
        # The totals' text grows with the register; cut, it must not widen the window past the screen.
        # Its full width when there is room (size hint), down to nothing when there is not (minimum).
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.summary.setMinimumWidth(1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("finesExport")
        self.export_button.setToolTip(self.tr("Export the decisions shown, as CSV, JSON or Atom"))
        # The count and the export sit in the lower tabs' corner: a row of their own would make the
        # window taller than a 1280×800 screen at scale factor 2 allows.
        corner = QWidget()
        bar = QHBoxLayout(corner)
        bar.setContentsMargins(0, 0, 0, 2)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)

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

        self.totals_view = _table(self.totals_proxy)
        self.totals_view.setObjectName("finesTotals")
        self.totals_view.setSortingEnabled(True)
        self.totals_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.totals_view.setToolTip(self.tr("Double-click or press Enter to show this party's decisions"))
        # Enter comes as activated; a double click as doubleClicked and, on most styles, activated too
        # (opening the same party twice is one reload: set_party ignores a repeat).
        self.totals_view.activated.connect(self._open_party)
        self.totals_view.doubleClicked.connect(self._open_party)
        totals_header = self.totals_view.horizontalHeader()
        totals_header.setStretchLastSection(False)
        for column, width in enumerate((220, 80, 80, 150, 200, 96, 96)):
            self.totals_view.setColumnWidth(column, width)
        totals_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        fix_sort_arrows(totals_header)
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
        self.lower_tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("finesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._filter)
        self.filters.changed.connect(self.reload)
        self.export_button.clicked.connect(self.export_shown)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.corrections = CorrectionActions(self)  # context menus: edit, merge, split, not a fine

    def reload_when_shown(self) -> None:
        """The register read again now if it is on screen, else when it is next shown: the window
        starts, and takes each poll, without reading a register nobody looks at (the register at
        100,000 items: ~80 ms of the window's start)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Query the register again (after a poll, or a filter changed) and keep the view steady:
        the same decision selected, the same sort, the same decision at the top of the table."""
        self._stale = False
        selected = self.selected_event()
        top = self.table.indexAt(QPoint(0, 0))
        top_event = int(top.data(EVENT_ID)) if top.isValid() else None
        scrolled = self.table.verticalScrollBar().value()
        criteria = self.filters.criteria()
        self.filters.set_choices(
            self.store.known_authorities(), self.store.known_countries(), self.store.known_topics()
        )
        self.events.set_rows(self.store.list_events(criteria=criteria))
        self.totals.set_rows(self.store.totals_by_target(criteria))
        self.chart.set_events(self.events.rows, criteria.since, criteria.until)
        self._update_summary()
        if selected is not None and self.events.row_of(selected) is None:
            # Folded into another decision by this poll (a later report showed them one): follow
            # its reports there, rather than losing the selection.
            selected = self.store.event_of_items(self.shown_items) or selected
        if selected is not None and self._reselect(selected):
            self._scroll_back(top_event, scrolled)
        elif selected is not None:
            self.sources.setRowCount(0)
            self.headline.clear()

    def _reselect(self, event_id: int) -> bool:
        """Select the event again without announcing a new selection (it is the same decision)."""
        row = self.events.row_of(event_id)
        index = self.proxy.mapFromSource(self.events.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.setCurrentIndex(index)
        selection.blockSignals(False)
        self.table.viewport().update()
        self.show_sources(event_id)
        return True

    def _scroll_back(self, top_event: int | None, scrolled: int) -> None:
        row = self.events.row_of(top_event) if top_event is not None else None
        index = self.proxy.mapFromSource(self.events.index(row, 0)) if row is not None else QModelIndex()
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.table.verticalScrollBar().setValue(scrolled)

    def _filter(self) -> None:
        self.proxy.set_criteria(self.search.text(), "")
        self._update_summary()

    def export_shown(self) -> Path | None:
        return ask_and_export(self, self.store, self.shown_rows(), self.filters.criteria())

    def shown_rows(self) -> list[EventRow]:
        """The decisions the table shows, in its order: what an export writes."""
        return [
            self.events.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            for r in range(self.proxy.rowCount())
        ]

    def _open_party(self, index: QModelIndex) -> None:
        """Totals by party → that party's decisions in the table, the first one selected."""
        row = self.totals.rows[self.totals_proxy.mapToSource(index).row()]
        self.filters.set_party((str(row["target_key"]), str(row["target"] or "")))
        self.lower_tabs.setCurrentIndex(0)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.setFocus()

    def _update_summary(self) -> None:
        rows = self.shown_rows()
        total = sum(float(r["amount_eur"] or 0) for r in rows if r["status"] == "imposed")
        self.summary.setText(
            self.tr("%n decision(s) · %1 imposed", "", len(rows)).replace("%1", money(round(total), "EUR"))
        )
        self.summary.setToolTip(self.summary.text())

    def selected_event(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(EVENT_ID)) if index.isValid() else None

    def select_event(self, event_id: int) -> bool:
        """Show this decision (an alert's): the filters are reset if they hide it."""
        row = self.events.row_of(event_id)
        index = self.proxy.mapFromSource(self.events.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            self.filters.reset()  # reloads
            self.filters.domain.setCurrentIndex(self.filters.domain.findData(""))
            row = self.events.row_of(event_id)
            if row is None:
                return False
            index = self.proxy.mapFromSource(self.events.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reload_rows_only(self) -> None:
        self.events.set_rows(self.store.list_events(criteria=self.filters.criteria()))

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
        facts = [event["country"] or "", domain_label(event["domain"]), ", ".join(event["articles"])]
        # Rich text: what came from feeds (party, authority) is escaped.
        self.headline.setText(
            f"<b>{markup(describe(event))}</b><br>"
            + markup(" · ".join(f for f in facts if f))
            + "<br>"
            + markup(self.tr("Status history: %1").replace("%1", history))
        )
        sources = self.store.event_sources(event_id)
        self.shown_items = [int(source["id"]) for source in sources]
        for source in sources:
            feed = str(source["feed"])
            official = self.tr("official source")
            cells = [
                QStandardItem(short_date(source["published"])),
                QStandardItem(f"{feed} · {official}" if source["official"] else feed),
                QStandardItem(str(source["title"])),
                QStandardItem(status_label(source["fine_status"])),
            ]
            cells[0].setData(source["id"], Qt.ItemDataRole.UserRole)  # the item a correction names
            if source["official"]:
                font = cells[1].font()
                font.setBold(True)
                cells[1].setFont(font)
                cells[1].setToolTip(self.tr("Carried by the deciding authority's own feed"))
            cells[2].setData(source["link"], Qt.ItemDataRole.UserRole)
            cells[2].setToolTip(rich_text_literal(source["link"] or ""))
            for cell in cells:
                cell.setEditable(False)
            self.sources.appendRow(cells)
        self.sources_view.resizeColumnToContents(1)  # "· official source" must not be cut

    def _open_source(self, index: QModelIndex) -> None:
        link = self.sources.item(index.row(), 2).data(Qt.ItemDataRole.UserRole)
        if link:
            open_link(str(link))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("fines/chart", self.chart.mode)
        settings.setValue("fines/splitter", self.splitter.saveState())
        settings.setValue("fines/header", self.table.horizontalHeader().saveState())
        settings.setValue("fines/domain", str(self.filters.domain.currentData() or "any"))
        settings.setValue("fines/more_filters", self.filters.more.isChecked())

    def restore_state(self, settings: QSettings) -> None:
        found = self.chart_measure.findData(str(settings.value("fines/chart", "count")))
        self.chart_measure.setCurrentIndex(max(found, 0))
        state = settings.value("fines/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.value("fines/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        # The domain the user works in comes back; a value this version does not know is the default.
        domain = str(settings.value("fines/domain", "data_protection"))
        found = self.filters.domain.findData("" if domain == "any" else domain)
        if found >= 0:
            self.filters.domain.setCurrentIndex(found)
        self.filters.more.setChecked(str(settings.value("fines/more_filters", "false")).lower() == "true")
