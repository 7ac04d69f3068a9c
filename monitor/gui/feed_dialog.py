"""Adding and editing a feed: the URL is fetched once, off the GUI thread, to discover its title.

An HTML page that links to a feed gives that feed and its title on the first Fetch; a page with no
feed but a news listing shows a preview of its items and can be watched as a page source. Names and
addresses already in the feeds file are refused before OK, and nothing typed is lost.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor.config import check_url
from monitor.config_values import format_interval, parse_interval
from monitor.gui.keyboard import name_from_text
from monitor.models import FeedConfig

if TYPE_CHECKING:
    from monitor.discovery import Discovery


class _Relay(QObject):
    done = Signal(object)


class FeedDialog(QDialog):
    """Returns a FeedConfig from `feed()` once accepted; names must stay unique in the feeds file."""

    def __init__(
        self,
        taken_names: set[str],
        feed: FeedConfig | None = None,
        parent: QWidget | None = None,
        taken_urls: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit feed") if feed else self.tr("Add feed"))
        self.setMinimumWidth(520)
        self.original = feed
        self.taken = {n.casefold() for n in taken_names} - ({feed.name.casefold()} if feed else set())
        self.taken_urls = set(taken_urls) - ({feed.url} if feed else set())
        self._relay = _Relay(self)
        self._relay.done.connect(self._discovered)
        self._threads: list[threading.Thread] = []

        self.url = QLineEdit(feed.url if feed else "")
        self.url.setPlaceholderText("https://example.org/feed.xml")
        self.check = QPushButton(self.tr("Fetch"))
        self.check.setToolTip(self.tr("Fetch the address once to find the feed's title"))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url)
        url_row.addWidget(self.check)
        self.name = QLineEdit(feed.name if feed else "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("news"), "news")
        self.kind.addItem(self.tr("authority"), "authority")
        self.kind.setCurrentIndex(max(self.kind.findData(feed.kind if feed else "news"), 0))
        self.language = QLineEdit((feed.language or "") if feed else "")
        self.language.setPlaceholderText(self.tr("en, fr, de…"))
        self.country = QLineEdit((feed.country or "") if feed else "")
        self.authority = QLineEdit((feed.authority or "") if feed else "")
        self.authority.setPlaceholderText(self.tr("CNIL, ICO… (authorities only)"))
        self.interval = QLineEdit(format_interval(feed.interval) if feed and feed.interval else "")
        self.interval.setPlaceholderText(self.tr("default (e.g. 30m, 2h)"))
        self.tags = QLineEdit(" ".join(feed.tags) if feed else "")
        self.enabled = QCheckBox(self.tr("Poll this feed"))
        self.enabled.setChecked(feed.enabled if feed else True)
        # A page without a feed: its listing is watched instead (a page source).
        self.watch_page = QCheckBox(
            self.tr("Watch this page (it has no feed: its list of news becomes the items)")
        )
        self.watch_page.setObjectName("watchPage")
        self.watch_page.setChecked(bool(feed and feed.type == "page"))
        self.watch_page.setVisible(bool(feed and feed.type == "page"))
        self.preview = QLabel()
        self.preview.setObjectName("pagePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # echoes servers' errors and feed titles
        self.status.setObjectName("feedDialogStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Address"), url_row)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Authority"), self.authority)
        form.addRow(self.tr("Interval"), self.interval)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow("", self.enabled)
        form.addRow("", self.watch_page)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.check.clicked.connect(self.start_discovery)
        self.url.returnPressed.connect(self.start_discovery)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._result: FeedConfig | None = None
        name_from_text(self)  # screen readers say each field's label

    def start_discovery(self) -> None:
        url = self.url.text().strip()
        problem = check_url(url)
        if problem:
            self.status.setText(problem)
            return
        self.status.setText(self.tr("Fetching…"))
        self.check.setEnabled(False)
        relay = self._relay
        # A plain thread: the fetch has its own timeouts, and the dialog must stay responsive.
        thread = threading.Thread(target=lambda: relay.done.emit(_safe_discover(url)), daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait_discovery(self, timeout: float = 30.0) -> None:
        for thread in self._threads:
            thread.join(timeout)

    def _discovered(self, found: Discovery) -> None:
        self.check.setEnabled(True)
        self.watch_page.setVisible(found.kind == "page")
        self.watch_page.setChecked(found.kind == "page")
        self.preview.setVisible(found.kind == "page")
        if found.error:
            extra = ("\n" + "\n".join(found.alternates)) if found.alternates else ""
            self.status.setText(f"{found.error}{extra}")
            return
        if found.url != self.url.text().strip():
            self.url.setText(found.url)
        if found.title and not self.name.text().strip():
            self.name.setText(found.title)
        if found.language and not self.language.text().strip():
            self.language.setText(found.language)
        if found.kind == "page":
            self.preview.setText(_preview_html(found))
            self.status.setText(
                self.tr(
                    "No feed on this page; watching it would give %n item(s) (first ones above).",
                    "",
                    found.items,
                )
            )
        else:
            title = found.title or self.tr("untitled feed")
            if found.page_url:
                text = self.tr("Found “%1” with %n item(s) (linked from %2).", "", found.items)
                text = text.replace("%2", found.page_url)
            else:
                text = self.tr("Found “%1” with %n item(s).", "", found.items)
            self.status.setText(text.replace("%1", title))
        if problem := self._duplicate(self.name.text().strip(), found.url):
            self.status.setText(f"{self.status.text()}\n{problem}")

    def _duplicate(self, name: str, url: str) -> str | None:
        if url in self.taken_urls:
            return self.tr("This address is in the feeds file already.")
        if name and name.casefold() in self.taken:
            return self.tr("A feed named “%1” exists already: choose another name.").replace("%1", name)
        return None

    def _accept(self) -> None:
        try:
            self._result = self.build()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.accept()

    def build(self) -> FeedConfig:
        url = self.url.text().strip()
        problem = check_url(url)
        if problem:
            raise ValueError(problem)
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the feed a name (Fetch finds its title)."))
        if problem := self._duplicate(name, url):
            raise ValueError(problem)
        kind = str(self.kind.currentData())
        authority = self.authority.text().strip() or None
        if kind == "authority" and not authority:
            raise ValueError(self.tr("An authority's feed needs the authority's short code (e.g. CNIL)."))
        interval_text = self.interval.text().strip()
        interval = parse_interval(interval_text) if interval_text else None
        base = self.original or FeedConfig(name=name, url=url)
        return replace(
            base,
            name=name,
            url=url,
            kind="authority" if kind == "authority" else "news",
            language=self.language.text().strip() or None,
            country=self.country.text().strip().upper() or None,
            authority=authority if kind == "authority" else None,
            enabled=self.enabled.isChecked(),
            interval=interval,
            tags=tuple(self.tags.text().replace(",", " ").split()),
            line=0,
            type="page" if self.watch_page.isChecked() else "feed",
            select=base.select if self.watch_page.isChecked() else None,
        )

    def feed(self) -> FeedConfig | None:
        return self._result


def _preview_html(found: Discovery) -> str:
    # Page text is hostile: every value is escaped before it reaches the rich-text label.
    rows = "".join(
        f"<li>{html.escape((item.published or '')[:10])} {html.escape(item.title)}</li>"
        for item in found.preview
    )
    return f"<b>{html.escape(found.title or found.url)}</b><ul>{rows}</ul>"


def _safe_discover(url: str) -> Discovery:
    from monitor.discovery import Discovery, discover  # fetching, only when a feed is checked

    try:
        return discover(url)
    except Exception as exc:  # a parser surprise is a message in the dialog, not a crash
        return Discovery(url, error=f"{type(exc).__name__}: {exc}")
