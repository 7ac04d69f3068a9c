"""The sources pane: all items, saved views and each feed with its unread count and health."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from monitor.escape import rich_text_literal
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.store import Store
from monitor.store.feeds import FeedHealth
from monitor.store.items import ItemFilter

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 20


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


class SourcesPane(QTreeWidget):
    source_changed = Signal(object)  # Source

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("sources")
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._changed)
        self.reload()
        self.select("all")

    def _group(self, label: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([label, ""])
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
        group.setFont(0, font)
        # A palette role, not a grey of our own: it reads in light, dark and high-contrast themes.
        group.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItem(group)
        return group

    def _add(self, parent: QTreeWidget | QTreeWidgetItem, source: Source, count: int, tip: str = "") -> None:
        node = QTreeWidgetItem([source.label, str(count) if count else ""])
        node.setData(0, SOURCE_ROLE, source)
        node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if count:
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            node.setFont(1, font)
        if tip:
            node.setToolTip(0, rich_text_literal(tip))  # a feed's error text: shown, never rendered
        if isinstance(parent, QTreeWidget):
            parent.addTopLevelItem(node)
        else:
            parent.addChild(node)
        self._items[source.key] = node

    def reload(self) -> None:
        """Rebuild with fresh counts, keeping the user's selection."""
        current = self.current_source()
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        # Unread counts are of matching items, as the feeds' counts are: what the list shows by default.
        health = self.store.feeds_health()
        # The feeds' unread counts (one grouped pass) add up to All items' (every item has its feed):
        # a count of its own read 20,000 rows of 100,000 again (55 ms).
        unread = sum(int(feed["unread"]) for feed in health)
        self._add(self, Source("all", self.tr("All items"), ItemFilter()), unread)
        views = self._group(self.tr("Saved views"))
        for view in SAVED_VIEWS:
            flt = ItemFilter(fines_only=view.filter.fines_only, tags=view.filter.tags, unread_only=True)
            fines = view.filter.fines_only and not view.filter.tags
            # The Fines view counts unread decisions, as the badge does; many articles are one fine.
            self._add(
                views,
                replace(view, label=QCoreApplication.translate("SourcesPane", view.label)),
                self.store.count_unread_decisions() if fines else self.store.count_items(flt),
            )
        feeds = self._group(self.tr("Feeds"))
        for feed in health:
            if not feed["enabled"] and not feed["items"]:
                continue
            mark, tip = health_mark(feed)
            label = f"{mark} {feed['name']}".strip()
            source = Source(f"feed:{feed['name']}", label, ItemFilter(feed_id=feed["id"]), feed=feed["name"])
            self._add(feeds, source, int(feed["unread"]), tip)  # matching items only, like "All items"
        self.expandAll()
        # Restored with signals blocked: new counts are not a new choice of source.
        if current is not None and current.key in self._items:
            self.setCurrentItem(self._items[current.key])
        self.blockSignals(False)

    def current_source(self) -> Source | None:
        node = self.currentItem()
        value = node.data(0, SOURCE_ROLE) if node is not None else None
        return value if isinstance(value, Source) else None

    def select(self, key: str) -> bool:
        node = self._items.get(key)
        if node is None:
            return False
        self.setCurrentItem(node)
        return True

    def source_keys(self) -> list[str]:
        return list(self._items)

    def label_of(self, key: str) -> str:
        node = self._items[key]
        return f"{node.text(0)} {node.text(1)}".strip()

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        source = current.data(0, SOURCE_ROLE) if current is not None else None
        if isinstance(source, Source):
            self.source_changed.emit(source)
