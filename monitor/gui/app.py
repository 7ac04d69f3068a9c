"""The desktop app's wiring: window, tray, poll thread, alert delivery and shutdown."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from monitor import desktop, settings
from monitor.alerts import SETTINGS_KEY, AlertRules, Notifier, deliver_pending
from monitor.gui import i18n
from monitor.gui.alert_text import alert_text
from monitor.gui.damage import open_window, replace_damaged
from monitor.gui.feed_actions import FeedActions
from monitor.gui.first_start import error_tip, looks_offline
from monitor.gui.i18n import QT_TRANSLATE_NOOP
from monitor.gui.instance import ActivationServer, request_activation
from monitor.gui.item_model import short_date
from monitor.gui.notifications import DBusNotifications
from monitor.gui.settings_dialog import DesktopSettings, SettingsDialog, app_settings
from monitor.gui.tray import DesktopNotifier, Tray
from monitor.gui.window import MainWindow
from monitor.gui.worker import PollController
from monitor.models import AlertRow, EventRow, FeedConfig
from monitor.store import Store, StoreError, utc_now
from monitor.store.items import ItemFilter

if TYPE_CHECKING:  # the poller (fetching, parsing, analysis) is imported by the first poll
    from monitor.poller import FeedReport, PollReport

translate = QCoreApplication.translate

TRAY_HINT = QT_TRANSLATE_NOOP(
    "DesktopApp",
    "Regulatory Monitor keeps running in the tray and will tell you about new fines. "
    "Quit it from the tray menu.",
)
NO_TRAY = QT_TRANSLATE_NOOP(
    "DesktopApp", "The desktop has no system tray: alerts will appear in this window instead."
)
NO_TRAY_DBUS = QT_TRANSLATE_NOOP(
    "DesktopApp",
    "The desktop has no system tray: alerts will appear as desktop notifications and in this window.",
)


class DesktopApp(QObject, FeedActions):
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
        # Before any widget exists: every label is made in the chosen language.
        self.language = i18n.install(str(settings.get(self.store, "language")))
        self.interval = interval or int(settings.get(self.store, "poll_interval"))
        self.quitting = False
        self.offline = False
        # Checked by the first poll, off this thread; damage met before is moved aside (gui/damage.py).
        self.window = open_window(self.store, self.feeds, lambda: MainWindow(self.store, self.settings))
        self.tray = Tray(self)
        self.window.keep_in_tray = self.tray.available
        self.desktop_notifications = (
            None
            if self.tray.available
            else DBusNotifications(
                self.tr("Regulatory Monitor"), desktop.notification_icon(), desktop.APP_ID, self
            )
        )
        self.notifier: Notifier = notifier or DesktopNotifier(
            self.tray,
            self.window.banner.add,
            self._notify_desktop if self.desktop_notifications else None,
            render=lambda alert: alert_text(alert, self._event_of(alert)),
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
            self.window.banner.add(translate("DesktopApp", NO_TRAY_DBUS if dbus else NO_TRAY), "", None)
        self.update_first_start()

    def _connect(self) -> None:
        w, t, c = self.window, self.tray, self.controller
        c.worker.progress.connect(self._progress)
        c.worker.finished.connect(self._finished)
        c.worker.failed.connect(self._failed)
        c.worker.outputs_failed.connect(lambda why: w.banner.add(self.tr("Not written"), why, None))
        c.busy_changed.connect(self._busy)
        c.database_damaged.connect(lambda message: replace_damaged(self.store, w, c.poll_now, message))
        w.poll_requested.connect(lambda names: c.poll_now(names, force=True))
        w.quit_requested.connect(self.quit)
        w.settings_requested.connect(self.edit_settings)
        self.connect_feed_actions(w)
        w.read_state_changed.connect(self._read_state_changed)
        w.closed_to_tray.connect(self._closed_to_tray)
        t.toggle_window.connect(self.toggle_window)
        t.open_window.connect(self.window.bring_forward)
        t.poll_now.connect(lambda: c.poll_now(None, force=True))
        t.pause_toggled.connect(self._pause)
        t.quit_requested.connect(self.quit)
        t.message_clicked.connect(self._message_clicked)
        if self.desktop_notifications is not None:
            self.desktop_notifications.action_invoked.connect(self._message_clicked)

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
        self.window.statusBar().showMessage(self.tr("Stopping the poll…"))
        self.controller.stop()
        if self.desktop_notifications is not None:
            self.desktop_notifications.close()
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
            self.window.errors.setText(self.tr("Polling…"))
        self.update_first_start()

    def _progress(self, done: int, total: int, feed: FeedReport) -> None:
        self.window.progress.setRange(0, max(total, 1))
        self.window.progress.setValue(done)
        text = self.tr("%1/%2 feeds").replace("%1", str(done)).replace("%2", str(total))
        self.window.progress.setFormat(text)
        # A label, not showMessage: a temporary message would hide the last/next poll labels.
        self.window.activity.setText(f"{feed.name}: {feed.outcome.replace('_', ' ')}")

    def _finished(self, report: PollReport) -> None:
        self.last_report = report
        if self.quitting:
            return  # a poll that ended while quitting: the store is closed, the window going
        self.window.activity.clear()
        self.window.last_poll.setText(
            self.tr("Last poll %1: %n new item(s)", "", report.new_items).replace("%1", short_date(utc_now()))
        )
        errors = report.errors
        self.offline = looks_offline(errors, len(report.feeds))
        if self.offline:
            # One calm line instead of a red list: nothing is wrong with the feeds themselves.
            self.window.errors.setText(
                self.tr("This computer appears to be offline; the feeds are tried again at the next poll.")
            )
            self.window.errors.setToolTip(error_tip(errors))
        elif errors:
            text = "; ".join(f"{e.name}: {e.error}" for e in errors[:3])
            self.window.errors.setText("⚠ " + self.tr("%n feed(s) failed:", "", len(errors)) + f" {text}")
            self.window.errors.setToolTip(error_tip(errors))
        else:
            self.window.errors.setText("")
            self.window.errors.setToolTip("")
        self.window.refresh()
        try:
            self.deliver_alerts()
            self.update_unread_fines()
            self._update_next_poll()
            self.update_first_start()
        except StoreError as exc:  # locked or full: the alerts stay pending for the next poll
            self.window.errors.setText(f"⚠ {exc}")
        self.poll_finished.emit(report)

    def _failed(self, message: str) -> None:
        if self.quitting:
            return  # as in _finished: the store is closed, the window going
        self.window.errors.setText("⚠ " + self.tr("The poll failed:") + f" {message}")
        self._update_next_poll()

    def _update_next_poll(self) -> None:
        if self.controller.paused:
            self.window.next_poll.setText(self.tr("Polling paused"))
            return
        due = self.store.next_due()
        when = self.tr("next poll %1").replace("%1", short_date(due)) if due else self.tr("next poll: now")
        self.window.next_poll.setText("· " + when)

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

    def _event_of(self, alert: AlertRow) -> EventRow | None:
        event_id = alert.get("event_id")
        return self.store.event(event_id) if isinstance(event_id, int) else None

    def _notify_desktop(self, title: str, body: str, event_id: int | None) -> bool:
        assert self.desktop_notifications is not None
        return self.desktop_notifications.notify(title, body, event_id, self.tr("Show"))

    def update_first_start(self) -> None:
        """Before the first item arrives the items table gives way to a note on what is happening."""
        if self.quitting:
            return  # the store is closing; a late busy signal has nothing to show
        empty = self.store.count_items(ItemFilter()) == 0
        self.window.show_first_start(
            empty,
            feeds=sum(f.enabled for f in self.feeds),
            polling=self.controller.busy,
            offline=self.offline,
        )

    def open_feed_url(self, url: str) -> None:
        """A browser's "subscribe" (feed:… or a plain http link) opens the add dialog, filled in."""
        self.window.bring_forward()
        QTimer.singleShot(0, lambda: self.add_feed(url))

    def update_unread_fines(self) -> None:
        count = self.store.count_unread_decisions()  # decisions, not the articles reporting them
        self.tray.set_unread_fines(count)
        title = self.tr("Regulatory Monitor")
        unread = self.tr("%n unread decision(s)", "", count)
        self.window.setWindowTitle(f"{title} ({unread})" if count else title)

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
            self.tray.show_message(self.tr("Still running"), translate("DesktopApp", TRAY_HINT), None)

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
        language = str(settings.get(self.store, "language"))
        proxy_now = settings.get(self.store, "proxy")
        rules, days = self.alert_rules(), self.retention_days()
        dialog = SettingsDialog(current, rules, days, self.window, reading, language, proxy_now, self.store)
        if dialog.exec():
            self.apply_settings(dialog.desktop(), dialog.rules(), dialog.retention_days())
            settings.put(self.store, "article_text", dialog.article_text.isChecked())
            settings.put(self.store, "proxy", dialog.proxy())  # the poller reads it at its next cycle
            if dialog.language() != language:
                settings.put(self.store, "language", dialog.language())
                self.window.statusBar().showMessage(
                    self.tr("The new language applies at the next start."), 10000
                )


def run(
    db_path: Path,
    feeds_path: Path,
    feeds: list[FeedConfig],
    *,
    interval: int | None = None,
    minimized: bool | None = None,
    argv: list[str] | None = None,
    url: str | None = None,
) -> int:
    """The `monitor gui` entry point: one instance per database, an event loop, a clean exit.

    A second start on the same database brings the running window forward (with `url`, a feed to
    add, opened there in the add dialog) and exits 0; if the running app cannot be reached,
    AlreadyRunning goes up to the CLI (a message and exit status 1).
    """
    from monitor.lock import WINDOW, AlreadyRunning, InstanceLock

    app = QApplication.instance() or QApplication(argv or ["monitor"])
    assert isinstance(app, QApplication)
    # One reverse-DNS id everywhere: the desktop file, the icon, the window's app id (Wayland, and
    # the notifications' desktop-entry hint) and Qt's organisation for anything that asks QSettings.
    app.setOrganizationDomain(desktop.ORGANIZATION_DOMAIN)
    app.setOrganizationName(desktop.ORGANIZATION_DOMAIN)
    app.setApplicationName(desktop.APP_NAME)
    app.setApplicationDisplayName("Regulatory Monitor")
    app.setDesktopFileName(desktop.APP_ID)
    # The tray keeps the app alive with no window open; Quit is the way out.
    app.setQuitOnLastWindowClosed(False)
    lock = InstanceLock(db_path, role=WINDOW)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        if not request_activation(db_path, url):
            raise
        who = f" ({exc.holder.describe()})" if exc.holder else ""
        print(
            f"monitor: Regulatory Monitor is already running on {db_path}{who}; "
            "its window was brought forward.",
            file=sys.stderr,
        )
        return 0
    try:
        monitor = DesktopApp(db_path, feeds_path, feeds, interval=interval)
        channel = ActivationServer(
            db_path, monitor.window.bring_forward, monitor, open_url=monitor.open_feed_url
        )
        if not channel.listen():
            # Not fatal: the lock still keeps a second poller out; it just cannot call this window.
            problem = channel.server.errorString()
            print(f"monitor: cannot listen on {channel.name}: {problem}", file=sys.stderr)
        start_minimized = monitor.desktop_settings.start_minimized if minimized is None else minimized
        QTimer.singleShot(0, lambda: monitor.start(minimized=start_minimized and not url))
        if url:
            QTimer.singleShot(0, lambda: monitor.open_feed_url(url))
        app.aboutToQuit.connect(monitor.quit)
        code = app.exec()
        channel.close()
    finally:
        lock.release()
    return int(code)
