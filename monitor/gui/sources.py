"""The sources pane: all items, saved views and each feed with its unread count and health.

A model over the rows the store gives (`SourcesModel`), shown by a `QTreeView`: with 2,000 feeds
a tree of widget items made ~2,000 objects, fonts and tool tips at every start and after every
poll (~40 ms of the window's start at 100,000 items); a model answers only for the rows on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from monitor.escape import rich_text_literal
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.store import Store
from monitor.store.feeds import FeedHealth
from monitor.store.items import ItemFilter

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 20
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Source:
    key: str  # "all", "unread", "view:fines", "feed:<name>"
    label: str
    filter: ItemFilter
    feed: str | None = None


SAVED_VIEWS = (
    Source("view:fines", QT_TRANSLATE_NOOP("SourcesPane", "Fines"), ItemFilter(fines_only=True)),
    Source(
        "view:facial_recognition",
        QT_TRANSLATE_NOOP("SourcesPane", "Facial recognition"),
        ItemFilter(tags=("facial_recognition",)),
    ),
    Source(
        "view:biometrics", QT_TRANSLATE_NOOP("SourcesPane", "Biometrics"), ItemFilter(tags=("biometrics",))
    ),
)


def health_mark(feed: FeedHealth) -> tuple[str, str]:
    """A short mark and its explanation: failing feeds must stand out in the list."""
    if not feed["enabled"]:
        return "⏸", "disabled"
    if feed["gone"]:
        return "⛔", f"withdrawn by its server: {feed['last_error'] or ''}"
    if feed["consecutive_failures"]:
        return "⚠", f"failing ×{feed['consecutive_failures']}: {feed['last_error'] or ''}"
    if feed["last_status"] is None:
        return "", "not polled yet"
    return "", f"ok, last success {str(feed['last_success_at'] or '')[:16].replace('T', ' ')}"


@dataclass(frozen=True)
class Entry:
    """One selectable row: a source, its unread count, and for a feed the row its mark and tip
    are made from when the view asks (only rows on screen are ever asked)."""

    source: Source
    count: int
    feed: FeedHealth | None = None


# The tree: "All items" on the top level, then two groups; each group's rows are its children.
# An index's internal id says where it lives: 0 a top-level row, GROUP_VIEWS or GROUP_FEEDS a
# child of that group (the group's own top-level row).
TOP_ALL, GROUP_VIEWS, GROUP_FEEDS = 0, 1, 2


class SourcesModel(QAbstractItemModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all: Entry | None = None
        self.groups: dict[int, tuple[str, list[Entry]]] = {GROUP_VIEWS: ("", []), GROUP_FEEDS: ("", [])}
        self.bold = QFont()
        self.bold.setBold(True)
        self._group_font = QFont()
        self._group_font.setBold(True)
        self._group_font.setPointSizeF(max(self._group_font.pointSizeF() * 0.9, 7))
        self._group_brush: Any = None  # the view's placeholder colour, set by the pane

    def set_entries(
        self, everything: Entry, views: tuple[str, list[Entry]], feeds: tuple[str, list[Entry]]
    ) -> None:
        self.beginResetModel()
        self.all = everything
        self.groups = {GROUP_VIEWS: views, GROUP_FEEDS: feeds}
        self.endResetModel()

    def entries(self) -> list[Entry]:
        head = [self.all] if self.all is not None else []
        return head + self.groups[GROUP_VIEWS][1] + self.groups[GROUP_FEEDS][1]

    def index_of(self, key: str) -> QModelIndex:
        if self.all is not None and self.all.source.key == key:
            return self.index(TOP_ALL, 0)
        for group, (_label, entries) in self.groups.items():
            for row, entry in enumerate(entries):
                if entry.source.key == key:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    def entry(self, index: Index) -> Entry | None:
        if not index.isValid():
            return None
        group = index.internalId()
        if group == 0:
            return self.all if index.row() == TOP_ALL else None
        entries = self.groups[group][1]
        return entries[index.row()] if index.row() < len(entries) else None

    # -- Qt model --------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex, which calls back into rowCount: the view
        # asks for every feed's index when it lays the tree out.
        if not 0 <= column < 2 or row < 0 or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() if parent.isValid() else 0)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Asked for every row as the tree is laid out: only the root and the two groups have any.
        return not parent.isValid() or (parent.internalId() == 0 and parent.row() in self.groups)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        group = index.internalId() if index.isValid() else 0
        return self.createIndex(group, 0, 0) if group else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 3 if self.all is not None else 0
        if parent.internalId() == 0 and parent.row() in self.groups and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.internalId() == 0 and index.row() in self.groups:
            return Qt.ItemFlag.ItemIsEnabled  # a group's heading: not a source to choose
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == 0 and index.row() in self.groups:  # a group's heading
            if role == Qt.ItemDataRole.DisplayRole:
                return self.groups[index.row()][0] if column == 0 else ""
            if role == Qt.ItemDataRole.FontRole and column == 0:
                return self._group_font
            if role == Qt.ItemDataRole.ForegroundRole and column == 0:
                return self._group_brush
            return None
        entry = self.entry(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.source.label if column == 0 else (str(entry.count) if entry.count else "")
        if role == Qt.ItemDataRole.FontRole:
            return self.bold if entry.count else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and entry.feed is not None:
            return rich_text_literal(health_mark(entry.feed)[1])  # a feed's error text: shown, never rendered
        if role == SOURCE_ROLE:
            return entry.source
        return None


class SourcesPane(QTreeView):
    source_changed = Signal(object)  # Source

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("sources")
        self.sources_model = SourcesModel(self)
        # A palette role, not a grey of our own: it reads in light, dark and high-contrast themes.
        self.sources_model._group_brush = self.palette().brush(QPalette.ColorRole.PlaceholderText)
        self.setModel(self.sources_model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The counts' column as wide as the widest count: ResizeToContents would ask the model for
        # a thousand rows' text and font at every reload (~300 ms with 2,000 feeds).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._restoring = False
        self.selectionModel().currentChanged.connect(self._changed)
        self.reload()
        self.select("all")

    def reload(self) -> None:
        """Read again with fresh counts, keeping the user's selection."""
        current = self.current_source()
        # Unread counts are of matching items, as the feeds' counts are: what the list shows by default.
        health = self.store.feeds_health()
        # The feeds' unread counts (one grouped pass) add up to All items' (every item has its feed):
        # a count of its own read 20,000 rows of 100,000 again (55 ms).
        unread = sum(int(feed["unread"]) for feed in health)
        views = []
        for view in SAVED_VIEWS:
            flt = ItemFilter(fines_only=view.filter.fines_only, tags=view.filter.tags, unread_only=True)
            fines = view.filter.fines_only and not view.filter.tags
            # The Fines view counts unread decisions, as the badge does; many articles are one fine.
            count = self.store.count_unread_decisions() if fines else self.store.count_items(flt)
            views.append(
                Entry(replace(view, label=QCoreApplication.translate("SourcesPane", view.label)), count)
            )
        feeds = []
        for feed in health:
            if not feed["enabled"] and not feed["items"]:
                continue
            mark = health_mark(feed)[0]
            label = f"{mark} {feed['name']}".strip()
            source = Source(f"feed:{feed['name']}", label, ItemFilter(feed_id=feed["id"]), feed=feed["name"])
            feeds.append(Entry(source, int(feed["unread"]), feed))  # matching items only, like "All items"
        self._restoring = True  # new counts are not a new choice of source
        try:
            self.sources_model.set_entries(
                Entry(Source("all", self.tr("All items"), ItemFilter()), unread),
                (self.tr("Saved views"), views),
                (self.tr("Feeds"), feeds),
            )
            for group in (GROUP_VIEWS, GROUP_FEEDS):
                self.expand(self.sources_model.index(group, 0))
            widest = max((entry.count for entry in self.sources_model.entries()), default=0)
            metrics = QFontMetrics(self.sources_model.bold)
            self.setColumnWidth(1, metrics.horizontalAdvance(str(widest)) + 2 * metrics.averageCharWidth())
            if current is not None:
                self.select(current.key)
        finally:
            self._restoring = False

    def current_source(self) -> Source | None:
        entry = self.sources_model.entry(self.currentIndex())
        return entry.source if entry is not None else None

    def select(self, key: str) -> bool:
        index = self.sources_model.index_of(key)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        return True

    def source_keys(self) -> list[str]:
        return [entry.source.key for entry in self.sources_model.entries()]

    def label_of(self, key: str) -> str:
        index = self.sources_model.index_of(key)
        count = self.sources_model.data(index.siblingAtColumn(1))
        return f"{self.sources_model.data(index)} {count}".strip()

    def tool_tip(self, key: str) -> str | None:
        return self.sources_model.data(self.sources_model.index_of(key), Qt.ItemDataRole.ToolTipRole)  # type: ignore[no-any-return]

    def _changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.sources_model.entry(current)
        if entry is not None and not self._restoring:
            self.source_changed.emit(entry.source)
