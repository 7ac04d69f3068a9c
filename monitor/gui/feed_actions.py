"""Feed management from the window: add (also from a browser's feed: link), edit, disable, remove,
and OPML import/export. The feeds file is written by the core (monitor.config); this only asks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from monitor.config import load_feeds, save_feeds, upsert_feed
from monitor.config import remove_feed as drop_feed
from monitor.config_values import ConfigError
from monitor.escape import rich_text_literal
from monitor.export import write_atomically
from monitor.gui.feed_dialog import FeedDialog
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.gui.window import MainWindow
from monitor.gui.worker import PollController
from monitor.models import FeedConfig
from monitor.opml import OpmlError, merge_feeds, read_capped, read_opml, write_opml
from monitor.store import Store

translate = QCoreApplication.translate
REMOVE_QUESTION = QT_TRANSLATE_NOOP(
    "FeedActions", "Remove “%1” from the feeds file? Its stored items stay in the database."
)


class FeedActions:
    """Mixed into DesktopApp, which provides these attributes."""

    feeds: list[FeedConfig]
    feeds_path: Path
    controller: PollController
    window: MainWindow
    store: Store
    last_import_notes: list[str]

    def connect_feed_actions(self, window: MainWindow) -> None:
        """The window's requests about feeds, answered here."""
        window.add_feed_requested.connect(self.add_feed)
        window.edit_feed_requested.connect(self.edit_feed)
        window.toggle_feed_requested.connect(self.toggle_feed)
        window.remove_feed_requested.connect(self.remove_feed)
        window.import_opml_requested.connect(self.import_opml)
        window.export_opml_requested.connect(self.export_opml)

    def _save_feeds(self, feeds: list[FeedConfig], poll: list[str] | None = None) -> bool:
        try:
            save_feeds(self.feeds_path, feeds)
            self.feeds = load_feeds(self.feeds_path)
        except (ConfigError, OSError, ValueError) as exc:
            QMessageBox.warning(
                self.window,
                translate("FeedActions", "Feeds file"),
                rich_text_literal(translate("FeedActions", "The feeds file was not changed:") + f"\n{exc}"),
            )
            return False
        self.controller.set_feeds(self.feeds)
        # The poller syncs the feed list before it polls; the sources pane follows after that poll.
        self.controller.poll_now(poll, force=True)
        return True

    def feed(self, name: str) -> FeedConfig | None:
        return next((f for f in self.feeds if f.name == name), None)

    def save_feed(self, feed: FeedConfig, old_name: str | None = None) -> bool:
        return self._save_feeds(
            upsert_feed(self.feeds, feed, old_name), [feed.name] if feed.enabled else None
        )

    def add_feed_dialog(self, url: str | None = None) -> FeedDialog:
        """The add dialog; a URL (from a feed: link) is filled in and looked up at once."""
        dialog = FeedDialog({f.name for f in self.feeds}, None, self.window, {f.url for f in self.feeds})
        if url:
            dialog.url.setText(url)
            dialog.start_discovery()
        return dialog

    def add_feed(self, url: str | None = None) -> None:
        dialog = self.add_feed_dialog(url)
        if dialog.exec() and (feed := dialog.feed()) is not None:
            self.save_feed(feed)

    def edit_feed(self, name: str) -> None:
        feed = self.feed(name)
        if feed is None:
            return
        dialog = FeedDialog({f.name for f in self.feeds}, feed, self.window, {f.url for f in self.feeds})
        if dialog.exec() and (changed := dialog.feed()) is not None:
            self.save_feed(changed, old_name=name)

    def toggle_feed(self, name: str) -> None:
        feed = self.feed(name)
        if feed is not None:
            self.save_feed(replace(feed, enabled=not feed.enabled), old_name=name)

    def remove_feed(self, name: str, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self.window,
                translate("FeedActions", "Remove feed"),
                rich_text_literal(translate("FeedActions", REMOVE_QUESTION).replace("%1", name)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._save_feeds(drop_feed(self.feeds, name), poll=[])

    def import_opml(self, path: Path | None = None) -> list[str]:
        """Feeds new by URL are added (names made unique by the core); the rest is reported, not lost."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("FeedActions", "Import OPML"),
                "",
                translate("FeedActions", "OPML files") + " (*.opml *.xml)",
            )
            if not chosen:
                return []
            path = Path(chosen)
        problems: list[str] = []
        try:
            incoming = read_opml(read_capped(path, str(path)), str(path), problems)
        except (OSError, OpmlError) as exc:
            QMessageBox.warning(
                self.window,
                translate("FeedActions", "Import OPML"),
                rich_text_literal(
                    translate("FeedActions", "Could not import %1:").replace("%1", str(path)) + f"\n{exc}"
                ),
            )
            return []
        merged, added, skipped = merge_feeds(self.feeds, incoming)
        if added:
            self._save_feeds(merged, [f.name for f in added])
        notes = problems + [
            f"{f.name}: " + translate("FeedActions", "already in the feeds file") for f in skipped
        ]
        message = translate("FeedActions", "Imported %n feed(s)", None, len(added))
        if notes:
            # The first reasons in the status bar; all of them stay readable in `last_import_notes`.
            reasons = "; ".join(notes[:2]) + ("; …" if len(notes) > 2 else "")
            message += "; " + translate("FeedActions", "skipped %n", None, len(notes)) + f" ({reasons})"
        self.window.statusBar().showMessage(message, 15000)
        self.last_import_notes = notes
        return [f.name for f in added]

    def export_opml(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("FeedActions", "Export OPML"),
                "regulatory-monitor.opml",
                translate("FeedActions", "OPML files") + " (*.opml)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        # The same document as `monitor feeds export`: folders by kind, our attributes, sites' pages.
        # Page sources are left out: OPML cannot say so, and other readers would take a page for a feed.
        exported = [f for f in self.feeds if f.type == "feed"]
        text = write_opml(exported, html_urls=self.store.site_links())
        try:
            write_atomically(path, text.encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                translate("FeedActions", "Export OPML"),
                rich_text_literal(
                    translate("FeedActions", "Could not write %1:").replace("%1", str(path)) + f"\n{exc}"
                ),
            )
            return None
        message = translate("FeedActions", "Exported %n feed(s) to %1", None, len(exported)).replace(
            "%1", str(path)
        )
        self.window.statusBar().showMessage(message, 8000)
        return path
