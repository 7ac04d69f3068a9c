"""The desktop app's wiring: window, tray, poll thread, alert delivery, feed management and shutdown."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from monitor import desktop, settings
from monitor.alerts import SETTINGS_KEY, AlertRules, Notifier, deliver_pending
from monitor.config import ConfigError, load_feeds, save_feeds, upsert_feed
from monitor.config import remove_feed as drop_feed
from monitor.escape import rich_text_literal
from monitor.export import write_atomically
from monitor.gui.feed_dialog import FeedDialog
from monitor.gui.instance import ActivationServer, request_activation
from monitor.gui.item_model import short_date
from monitor.gui.settings_dialog import DesktopSettings, SettingsDialog, app_settings
from monitor.gui.tray import DBusNotifications, DesktopNotifier, Tray
from monitor.gui.window import MainWindow
from monitor.gui.worker import PollController
from monitor.models import FeedConfig
from monitor.opml import OpmlError, merge_feeds, read_capped, read_opml, write_opml
from monitor.poller import FeedReport, PollReport
from monitor.store import Store, utc_now

TRAY_HINT = (
    "Regulatory Monitor keeps running in the tray and will tell you about new fines. "
    "Quit it from the tray menu."
)
NO_TRAY = "The desktop has no system tray: alerts will appear in this window instead."
NO_TRAY_DBUS = (
    "The desktop has no system tray: alerts will appear as desktop notifications and in this window."
)


class DesktopApp(QObject):
    """Everything the desktop needs, built without running an event loop (tests drive it directly)."""

    poll_finished = Signal(object)  # PollReport
    alerts_delivered = Signal(int)

    def __init__(
        self,
        db_path: Path,
        feeds_path: Path,
        feeds: list[FeedConfig],
        *,
        interval: int | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.feeds_path = feeds_path
        self.feeds = list(feeds)
        self.settings = app_settings()
        self.desktop_settings = DesktopSettings.load(self.settings)
        self.store = Store(db_path)
        self.interval = interval or int(settings.get(self.store, "poll_interval"))
        self.quitting = False
        with self.store.transaction():
            self.store.sync_feeds(self.feeds, utc_now())
        self.window = MainWindow(self.store, self.settings)
        self.tray = Tray(self)
        self.window.keep_in_tray = self.tray.available
        self.desktop_notifications = None if self.tray.available else DBusNotifications(self)
        self.notifier: Notifier = notifier or DesktopNotifier(
            self.tray,
            self.window.banner.add,
            self.desktop_notifications.notify if self.desktop_notifications else None,
        )
        self.controller = PollController(db_path, self.feeds, self.interval)
        self.last_report: PollReport | None = None
        self.last_import_notes: list[str] = []
        self._connect()
        self.update_unread_fines()
        self._update_next_poll()
        if not self.tray.available and not self.settings.value("told_no_tray", False, type=bool):
            # Said once, then remembered: a daily start should not greet the user with the same news.
            self.settings.setValue("told_no_tray", True)
            self.settings.sync()
            dbus = self.desktop_notifications is not None and self.desktop_notifications.available
            self.window.banner.add(NO_TRAY_DBUS if dbus else NO_TRAY, "", None)

    def _connect(self) -> None:
        w, t, c = self.window, self.tray, self.controller
        c.worker.progress.connect(self._progress)
        c.worker.finished.connect(self._finished)
        c.worker.failed.connect(self._failed)
        c.busy_changed.connect(self._busy)
        w.poll_requested.connect(lambda names: c.poll_now(names, force=True))
        w.quit_requested.connect(self.quit)
        w.settings_requested.connect(self.edit_settings)
        w.add_feed_requested.connect(self.add_feed)
        w.edit_feed_requested.connect(self.edit_feed)
        w.toggle_feed_requested.connect(self.toggle_feed)
        w.remove_feed_requested.connect(self.remove_feed)
        w.import_opml_requested.connect(self.import_opml)
        w.export_opml_requested.connect(self.export_opml)
        w.read_state_changed.connect(self._read_state_changed)
        w.closed_to_tray.connect(self._closed_to_tray)
        t.toggle_window.connect(self.toggle_window)
        t.open_window.connect(self.window.bring_forward)
        t.poll_now.connect(lambda: c.poll_now(None, force=True))
        t.pause_toggled.connect(self._pause)
        t.quit_requested.connect(self.quit)
        t.message_clicked.connect(self._message_clicked)

    # -- start and stop ----------------------------------------------------------------------------

    def start(self, minimized: bool = False, poll: bool = True) -> None:
        """Show what arrived while the app was closed, then poll now and on schedule."""
        if minimized and self.tray.available:
            self.window.hide()
        else:
            self.window.show()
        self.deliver_alerts()
        self.controller.start_schedule()
        if poll:
            self.controller.poll_now(None, force=False)

    def quit(self) -> None:
        if self.quitting:
            return
        self.quitting = True
        self.window.save_state()
        self.window.statusBar().showMessage("Stopping the poll…")
        self.controller.stop()
        self.tray.hide()
        self.window.keep_in_tray = False
        self.window.hide()
        self.store.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- polling -----------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.window.progress.setVisible(busy)
        self.window.poll_action.setEnabled(not busy)
        if busy:
            self.window.progress.setRange(0, 0)
            self.window.errors.setText("Polling…")

    def _progress(self, done: int, total: int, feed: FeedReport) -> None:
        self.window.progress.setRange(0, max(total, 1))
        self.window.progress.setValue(done)
        self.window.progress.setFormat(f"{done}/{total} feeds")
        # A label, not showMessage: a temporary message would hide the last/next poll labels.
        self.window.activity.setText(f"{feed.name}: {feed.outcome.replace('_', ' ')}")

    def _finished(self, report: PollReport) -> None:
        self.last_report = report
        self.window.activity.clear()
        self.window.last_poll.setText(
            f"Last poll {short_date(utc_now())} UTC: {report.new_items} new item"
            f"{'s' if report.new_items != 1 else ''}"
        )
        errors = report.errors
        if errors:
            text = "; ".join(f"{e.name}: {e.error}" for e in errors[:3])
            self.window.errors.setText(f"⚠ {len(errors)} feed{'s' if len(errors) > 1 else ''} failed: {text}")
            self.window.errors.setToolTip(
                rich_text_literal("\n".join(f"{e.name}: {e.error}" for e in errors))
            )
        else:
            self.window.errors.setText("")
            self.window.errors.setToolTip("")
        self.window.refresh()
        self.deliver_alerts()
        self.update_unread_fines()
        self._update_next_poll()
        self.poll_finished.emit(report)

    def _failed(self, message: str) -> None:
        self.window.errors.setText(f"⚠ The poll failed: {message}")
        self._update_next_poll()

    def _update_next_poll(self) -> None:
        if self.controller.paused:
            self.window.next_poll.setText("Polling paused")
            return
        due = self.store.next_due()
        self.window.next_poll.setText(f"· next poll {short_date(due)} UTC" if due else "· next poll: now")

    def _pause(self, paused: bool) -> None:
        self.controller.set_paused(paused)
        self._update_next_poll()

    # -- alerts ------------------------------------------------------------------------------------

    def deliver_alerts(self) -> int:
        """Each stored alert is shown once: marked delivered right after the notifier took it."""
        delivered = deliver_pending(self.store, self.notifier, utc_now())
        if delivered:
            self.alerts_delivered.emit(delivered)
        return delivered

    def update_unread_fines(self) -> None:
        count = self.store.count_unread_decisions()  # decisions, not the articles reporting them
        self.tray.set_unread_fines(count)
        title = "Regulatory Monitor"
        self.window.setWindowTitle(
            f"{title} ({count} unread decision{'s' if count != 1 else ''})" if count else title
        )

    def _read_state_changed(self) -> None:
        self.window.refresh_counts()
        self.update_unread_fines()

    def _message_clicked(self, event_id: object) -> None:
        if isinstance(event_id, int):
            self.window.show_event(event_id)
        else:
            self.window.bring_forward()

    # -- window and tray ---------------------------------------------------------------------------

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.window.bring_forward()

    def _closed_to_tray(self) -> None:
        if not self.settings.value("told_tray", False, type=bool):
            self.settings.setValue("told_tray", True)
            self.settings.sync()
            self.tray.show_message("Still running", TRAY_HINT, None)

    # -- settings ----------------------------------------------------------------------------------

    def alert_rules(self) -> AlertRules:
        return AlertRules.from_dict(self.store.get_setting(SETTINGS_KEY))

    def retention_days(self) -> int:
        return int(settings.get(self.store, "retention_days"))

    def apply_settings(
        self, chosen: DesktopSettings, rules: AlertRules, retention_days: int | None = None
    ) -> None:
        chosen.save(self.settings)
        self.desktop_settings = chosen
        self.store.set_setting(SETTINGS_KEY, rules.to_dict())
        if retention_days is not None:
            # In the database, not QSettings: the poller's prune reads it there, whoever polls.
            settings.put(self.store, "retention_days", retention_days)
        # The interval too: `monitor poll --every` without a duration polls on the same schedule.
        settings.put(self.store, "poll_interval", chosen.interval)
        if chosen.interval != self.interval:
            self.interval = chosen.interval
            self.controller.set_interval(chosen.interval)
        if chosen.start_at_login != desktop.autostart_enabled():
            desktop.set_autostart(chosen.start_at_login)
        self._update_next_poll()

    def edit_settings(self) -> None:
        current = replace(self.desktop_settings, interval=self.interval)
        reading = bool(settings.get(self.store, "article_text"))
        proxy_now = settings.get(self.store, "proxy")
        dialog = SettingsDialog(
            current, self.alert_rules(), self.retention_days(), self.window, reading, proxy_setting=proxy_now
        )
        if dialog.exec():
            self.apply_settings(dialog.desktop(), dialog.rules(), dialog.retention_days())
            settings.put(self.store, "article_text", dialog.article_text.isChecked())
            settings.put(self.store, "proxy", dialog.proxy())  # the poller reads it at its next cycle

    # -- feeds -------------------------------------------------------------------------------------

    def _save_feeds(self, feeds: list[FeedConfig], poll: list[str] | None = None) -> bool:
        try:
            save_feeds(self.feeds_path, feeds)
            self.feeds = load_feeds(self.feeds_path)
        except (ConfigError, OSError, ValueError) as exc:
            QMessageBox.warning(
                self.window, "Feeds file", rich_text_literal(f"The feeds file was not changed:\n{exc}")
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

    def add_feed(self) -> None:
        dialog = FeedDialog({f.name for f in self.feeds}, None, self.window, {f.url for f in self.feeds})
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
                "Remove feed",
                rich_text_literal(f"Remove “{name}” from the feeds file? Its items stay in the database."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._save_feeds(drop_feed(self.feeds, name), poll=[])

    def import_opml(self, path: Path | None = None) -> list[str]:
        """Feeds new by URL are added (names made unique by the core); the rest is reported, not lost."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, "Import OPML", "", "OPML (*.opml *.xml)")
            if not chosen:
                return []
            path = Path(chosen)
        problems: list[str] = []
        try:
            incoming = read_opml(read_capped(path, str(path)), str(path), problems)
        except (OSError, OpmlError) as exc:
            QMessageBox.warning(
                self.window, "Import OPML", rich_text_literal(f"Could not import {path}:\n{exc}")
            )
            return []
        merged, added, skipped = merge_feeds(self.feeds, incoming)
        if added:
            self._save_feeds(merged, [f.name for f in added])
        notes = problems + [f"{f.name}: already in the feeds file" for f in skipped]
        message = f"Imported {len(added)} feed{'s' if len(added) != 1 else ''}"
        if notes:
            # The first reasons in the status bar; all of them stay readable in `last_import_notes`.
            message += f"; skipped {len(notes)} ({'; '.join(notes[:2])}{'; …' if len(notes) > 2 else ''})"
        self.window.statusBar().showMessage(message, 15000)
        self.last_import_notes = notes
        return [f.name for f in added]

    def export_opml(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, "Export OPML", "regulatory-monitor.opml", "OPML (*.opml)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        # The same document as `monitor feeds export`: folders by kind, our attributes, sites' pages.
        # Page sources are left out: OPML cannot say so, and other readers would take a page for a feed.
        text = write_opml([f for f in self.feeds if f.type == "feed"], html_urls=self.store.site_links())
        try:
            write_atomically(path, text.encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(self.window, "Export OPML", f"Could not write {path}:\n{exc}")
            return None
        self.window.statusBar().showMessage(f"Exported {len(self.feeds)} feeds to {path}", 8000)
        return path


def run(
    db_path: Path,
    feeds_path: Path,
    feeds: list[FeedConfig],
    *,
    interval: int | None = None,
    minimized: bool | None = None,
    argv: list[str] | None = None,
) -> int:
    """The `monitor gui` entry point: one instance per database, an event loop, a clean exit.

    A second start on the same database brings the running window forward and exits 0; if the
    running app cannot be reached, AlreadyRunning goes up to the CLI (a message and exit status 1).
    """
    from monitor.lock import AlreadyRunning, InstanceLock

    app = QApplication.instance() or QApplication(argv or ["monitor"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Regulatory Monitor")
    app.setDesktopFileName(desktop.APP_ID)
    # The tray keeps the app alive with no window open; Quit is the way out.
    app.setQuitOnLastWindowClosed(False)
    lock = InstanceLock(db_path)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        if not request_activation(db_path):
            raise
        who = f" (process {exc.holder})" if exc.holder else ""
        print(
            f"monitor: Regulatory Monitor is already running on {db_path}{who}; "
            "its window was brought forward.",
            file=sys.stderr,
        )
        return 0
    try:
        monitor = DesktopApp(db_path, feeds_path, feeds, interval=interval)
        channel = ActivationServer(db_path, monitor.window.bring_forward, monitor)
        if not channel.listen():
            # Not fatal: the lock still keeps a second poller out; it just cannot call this window.
            problem = channel.server.errorString()
            print(f"monitor: cannot listen on {channel.name}: {problem}", file=sys.stderr)
        start_minimized = monitor.desktop_settings.start_minimized if minimized is None else minimized
        QTimer.singleShot(0, lambda: monitor.start(minimized=start_minimized))
        app.aboutToQuit.connect(monitor.quit)
        code = app.exec()
        channel.close()
    finally:
        lock.release()
    return int(code)
