"""The tray icon with its unread-fines badge and menu, and the desktop notifier behind alerts."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from monitor.escape import markup
from monitor.gui.notifications import NOTIFICATIONS, NOTIFICATIONS_PATH
from monitor.models import AlertRow
from monitor.paths import resource_path

ICON_FILE = "icons/regulatory-monitor.svg"
MESSAGE_MS = 10_000


def app_icon() -> QIcon:
    return QIcon(str(resource_path(ICON_FILE)))


def badge_pixmap(count: int, size: int = 64) -> QPixmap:
    """The app icon with the number of unread fines in a red disc, as mail clients do."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(resource_path(ICON_FILE))).render(painter, QRectF(0, 0, size, size))
    if count > 0:
        text = str(count) if count < 100 else "99+"
        disc = QRectF(size * 0.42, 0, size * 0.58, size * 0.58)
        painter.setBrush(QColor("#d32f2f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.34 if len(text) < 3 else 0.24)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def body_markup() -> bool:
    """Whether the session's notification server reads bodies as markup (its `body-markup`
    capability): then a body must be escaped, or a title with <a href="file://…"> becomes a link.
    The summary is plain text by the spec and is never escaped."""
    return "body-markup" in _server_capabilities()


@functools.cache
def _server_capabilities() -> tuple[str, ...]:
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return ()
    call = QDBusMessage.createMethodCall(NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, "GetCapabilities")
    reply = bus.call(call, QDBus.CallMode.Block, 2000)  # a hung server costs two seconds, once
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return ()
    return tuple(str(c) for c in reply.arguments()[0])


class Tray(QObject):
    """Owns the QSystemTrayIcon when the desktop has a tray; otherwise exists with `available` False."""

    toggle_window = Signal()
    open_window = Signal()
    poll_now = Signal()
    pause_toggled = Signal(bool)
    quit_requested = Signal()
    message_clicked = Signal(object)  # the event id of the last alert shown, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        self.last_event: int | None = None
        self.unread_fines = 0
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Regulatory Monitor"))
        self.open_action = QAction(self.tr("Open"), self.menu)
        self.poll_action = QAction(self.tr("Poll now"), self.menu)
        self.pause_action = QAction(self.tr("Pause polling"), self.menu)
        self.pause_action.setCheckable(True)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        for action in (self.open_action, self.poll_action, self.pause_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_window)
        self.poll_action.triggered.connect(self.poll_now)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.quit_action.triggered.connect(self.quit_requested)
        if self.available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(lambda: self.message_clicked.emit(self.last_event))
            self.set_unread_fines(0)
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window.emit()

    def set_unread_fines(self, count: int) -> None:
        self.unread_fines = count
        tip = self.tr("Regulatory Monitor") + " — "
        tip += self.tr("%n unread fine(s)", "", count) if count else self.tr("no unread fines")
        if self.icon is not None:
            self.icon.setIcon(QIcon(badge_pixmap(count)))
            self.icon.setToolTip(tip)

    def tooltip(self) -> str:
        return self.icon.toolTip() if self.icon is not None else ""

    def show_message(self, title: str, body: str, event_id: int | None) -> bool:
        if self.icon is None or not self.icon.isVisible():
            return False
        self.last_event = event_id
        if body_markup():  # Qt hands the body to the notification server unescaped
            body = markup(body)
        self.icon.showMessage(title, body, app_icon(), MESSAGE_MS)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()


class DesktopNotifier:
    """The app's Notifier: the tray's message when there is a tray; without one, a desktop
    notification over D-Bus when the session has a server, and always the window's banner.

    The banner is part of the window, so the alert has reached the user either way: `notify` returns
    True and deliver_pending marks the alert delivered (exactly once).
    """

    def __init__(
        self,
        tray: Tray,
        banner: Callable[[str, str, int | None], None],
        desktop: Callable[[str, str, int | None], bool] | None = None,
        render: Callable[[AlertRow], tuple[str, str]] | None = None,
    ) -> None:
        self.tray = tray
        self.banner = banner
        self.desktop = desktop
        self.render = render  # the alert's title and body in the window's language
        self.shown: list[AlertRow] = []
        self.desktop_sent = 0

    def notify(self, alert: AlertRow) -> bool:
        if self.render is not None:
            title, body = self.render(alert)
        else:
            title, body = str(alert.get("title") or "Regulatory Monitor"), str(alert.get("body") or "")
        event_id = alert.get("event_id")
        if not self.tray.show_message(title, body, event_id):
            if self.desktop is not None and self.desktop(title, body, event_id):
                self.desktop_sent += 1
            self.banner(title, body, event_id)
        self.shown.append(alert)
        return True
