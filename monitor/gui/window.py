"""The main window: sources, items and reading pane, the Fines tab, menus, shortcuts and status bar."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor.gui.about import AboutDialog
from monitor.gui.banner import Banner
from monitor.gui.counting import Totals
from monitor.gui.detail import ItemDetail
from monitor.gui.fines_view import FinesView
from monitor.gui.first_start import EmptyState
from monitor.gui.item_model import ROW_DICT, ROW_ID, ItemTableModel, items_view, tag_label
from monitor.gui.keyboard import PaneCycler, name_from_text
from monitor.gui.menus import build_menus, name_window_controls, save_state, show_keys
from monitor.gui.sources import Source, SourcesPane
from monitor.gui.tray import app_icon
from monitor.gui.window_state import restore_geometry
from monitor.store import Store
from monitor.store.items import ItemFilter

SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    poll_requested = Signal(object)  # list of feed names, or None for all
    settings_requested = Signal()
    add_feed_requested = Signal()
    edit_feed_requested = Signal(str)
    toggle_feed_requested = Signal(str)
    remove_feed_requested = Signal(str)
    import_opml_requested = Signal()
    export_opml_requested = Signal()
    quit_requested = Signal()
    read_state_changed = Signal()
    closed_to_tray = Signal()

    def __init__(self, store: Store, settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.keep_in_tray = False  # set by the app when a tray exists
        self.poll_action = self.edit_action = self.toggle_action = self.remove_action = QAction(self)
        self._pending_splitter: QByteArray | None = None
        self.setWindowTitle(self.tr("Regulatory Monitor"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        self.sources = SourcesPane(store)
        self.model = ItemTableModel(store, self, load=False)  # apply_filter() below loads it
        self.table = items_view(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles and summaries  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unread_only = QPushButton(self.tr("Unread only"))
        self.unread_only.setCheckable(True)
        # Unmatched news is stored (for a while) but is not what the user watches: hidden by default.
        self.show_unmatched = QPushButton(self.tr("Show unmatched"))
        self.show_unmatched.setObjectName("showUnmatched")
        self.show_unmatched.setCheckable(True)
        self.show_unmatched.setToolTip(
            self.tr(
                "Also list news that matched none of the watched topics "
                "(kept for a limited time; see Settings)"
            )
        )
        self.count_label = QLabel()
        self.model.totals_changed.connect(self._show_totals)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.tag_filter)  # as wide as its topics in any language; the search takes the rest
        filters.addWidget(self.unread_only)
        filters.addWidget(self.show_unmatched)
        filters.addWidget(self.count_label)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.table)
        self.empty_state = EmptyState()
        self.empty_state.hide()
        middle_layout.addWidget(self.empty_state, 1)
        self.empty_state.add_feed.connect(self.add_feed_requested.emit)
        self.empty_state.import_opml.connect(self.import_opml_requested.emit)
        self.empty_state.poll_now.connect(lambda: self.poll_requested.emit(None))

        self.detail = ItemDetail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sources)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([200, 780, 380])
        self.splitter.setStretchFactor(1, 1)

        self.fines = FinesView(store)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("News"))
        self.tabs.addTab(self.fines, self.tr("Fines register"))
        self.banner = Banner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.last_poll = QLabel(self.tr("Not polled yet"))
        self.next_poll = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.errors, self.activity = QLabel(), QLabel()
        self.errors.setObjectName("pollErrors")
        for label in (self.last_poll, self.next_poll, self.errors, self.activity, self.count_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # feed names and server errors: never markup
        status = self.statusBar()
        status.addWidget(self.last_poll)
        status.addWidget(self.next_poll)
        status.addWidget(self.errors, 1)
        status.addPermanentWidget(self.activity)
        status.addPermanentWidget(self.progress)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.unread_only.toggled.connect(self.apply_filter)
        self.show_unmatched.toggled.connect(self.apply_filter)
        self.sources.source_changed.connect(lambda _s: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.detail.open_original())
        self.table.installEventFilter(self)
        self.splitter.installEventFilter(self)
        self.detail.browser.installEventFilter(self)
        self.detail.show_event.connect(self.show_event)
        self.banner.clicked_event.connect(self.show_event)

        build_menus(self)  # menus.py: the menus, the accessible names, the keys help, saved state
        name_window_controls(self)  # what a screen reader says for each control
        name_from_text(self)
        self.panes = PaneCycler(self, self._panes)
        self.reload_tags()
        self.apply_filter()
        self.fines.reload_when_shown()  # the register is read when its tab is first shown
        self.restore_state()

    # -- menus and shortcuts -----------------------------------------------------------------------

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def _panes(self) -> list[QWidget]:
        """F6 order: sources, search, items (or the first-start note), reading pane; or the register."""
        if self.tabs.currentIndex() == 1:
            return [w for w in self.fines.findChildren(QAbstractItemView) if w.isVisibleTo(self)]
        items = self.table if self.table.isVisibleTo(self) else self.empty_state.add_button
        return [self.sources, self.search, items, self.detail.browser]

    def _show_help(self) -> None:
        show_keys(self)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _with_feed(self, signal: SignalInstance) -> None:
        source = self.sources.current_source()
        if source is not None and source.feed:
            signal.emit(source.feed)
        else:
            self.statusBar().showMessage(self.tr("Select a feed in the list first."), 4000)

    def _poll_selected_feed(self) -> None:
        source = self.sources.current_source()
        self.poll_requested.emit([source.feed] if source and source.feed else None)

    # -- filtering and reading ---------------------------------------------------------------------

    def reload_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All topics"), "")
        for tag, count in self.store.tag_counts().items():
            self.tag_filter.addItem(f"{tag_label(tag)} ({count})", tag)
        found = self.tag_filter.findData(current or "")
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        source: Source | None = self.sources.current_source()
        base = source.filter if source is not None else ItemFilter()
        tags = tuple(base.tags)
        tag = self.tag_filter.currentData()
        if tag and tag not in tags:
            tags += (tag,)
        return replace(
            base,
            search=self.search.text().strip() or None,
            tags=tags,
            unread_only=self.unread_only.isChecked() or base.unread_only,
            matched_only=not self.show_unmatched.isChecked() or base.matched_only,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected, row = self.current_item_id(), self.table.currentIndex().row()
        self.model.set_filter(self.current_filter())
        if selected is None or not self.select_item(selected, row):
            self.detail.show_item(None)

    def _show_totals(self, totals: Totals | None) -> None:
        if totals is None:  # a large result: the first page is shown, the exact count follows
            self.count_label.setText(self.tr("%n item(s) or more, counting…", "", self.model.rowCount()))
            return
        text = self.tr("%n item(s)", "", totals.matching)
        if totals.hidden:
            text += " · " + self.tr("%n unmatched hidden", "", totals.hidden)
        self.count_label.setText(text)

    def current_item_id(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(ROW_ID) if index.isValid() else None
        return int(value) if value is not None else None

    def select_item(self, item_id: int, near: int = 0) -> bool:
        row = self.model.row_of(item_id, max(near, 0))
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 2))
        self.table.scrollTo(self.model.index(row, 2))
        return True

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 2)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.show_item(None)
            return
        row = current.data(ROW_DICT)
        item = self.store.item(int(row["id"])) if row else None
        self.detail.show_item(item)
        if item is not None and not item["read"]:
            # Reading an item marks it read, as every feed reader does; m toggles it back.
            self.model.set_read([current.row()], True)
            self.read_state_changed.emit()

    def step_item(self, step: int) -> None:
        row = self.table.currentIndex().row()
        self.select_row(0 if row < 0 else row + step)

    def toggle_read(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) or [
            self.table.currentIndex().row()
        ]
        rows = [r for r in rows if r >= 0]
        if not rows:
            return
        first = self.model.row_dict(rows[0])
        if first is None:
            return
        self.model.set_read(rows, not bool(first["read"]))
        self.read_state_changed.emit()

    def mark_all_read(self) -> None:
        self.model.mark_all_read()
        self.read_state_changed.emit()

    def page(self) -> None:
        if not self.detail.page_down():
            self.step_item(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Show and self._pending_splitter:
            self.splitter.restoreState(self._pending_splitter)
            self._pending_splitter = None
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.page()
                return True
            if watched is self.detail.browser and event.text() in ("j", "k", "m"):
                {"j": lambda: self.step_item(1), "k": lambda: self.step_item(-1), "m": self.toggle_read}[
                    event.text()
                ]()
                return True
        return super().eventFilter(watched, event)

    # -- after a poll, from a notification ----------------------------------------------------------

    def refresh(self) -> None:
        """New data from the poller: counts, tables and the register, without losing the selection."""
        self.sources.reload()
        self.reload_tags()
        selected, row = self.current_item_id(), self.table.currentIndex().row()
        self.model.refresh()
        if selected is not None:
            self.table.blockSignals(True)
            self.select_item(selected, row)
            self.table.blockSignals(False)
        self.fines.reload_when_shown()

    def show_first_start(self, empty: bool, feeds: int, polling: bool, offline: bool) -> None:
        """While the database has no item, the table gives way to what is happening and what to do."""
        if empty:
            self.empty_state.show_state(feeds, polling, offline)
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)

    def refresh_counts(self) -> None:
        self.sources.reload()

    def show_event(self, event_id: int) -> None:
        self.bring_forward()
        self.tabs.setCurrentIndex(1)
        self.fines.reload()
        self.fines.select_event(event_id)

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- state -------------------------------------------------------------------------------------

    def save_state(self) -> None:
        save_state(self)

    def restore_state(self) -> None:
        restore_geometry(self, self.settings)
        # Pane sizes wait for the splitter's first show (the window may start in the tray, or on the
        # Fines tab): until then it has no real width and would squeeze the saved sizes into 640px.
        splitter = self.settings.value("window/splitter")
        self._pending_splitter = splitter if isinstance(splitter, QByteArray) else None
        self.tabs.setCurrentIndex(int(str(self.settings.value("window/tab", 0))))
        self.fines.restore_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.keep_in_tray:
            # The app keeps polling in the tray; only Quit ends it.
            event.ignore()
            self.hide()
            self.closed_to_tray.emit()
            return
        event.accept()
        self.quit_requested.emit()
