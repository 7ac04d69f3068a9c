"""Desktop notifications without a tray: org.freedesktop.Notifications on the session bus, with a
"Show" action that opens the fine.

The calls go through jeepney, a pure-Python D-Bus client, on a socket the Qt event loop watches
(QSocketNotifier), so nothing blocks the window after the first hand-shake and no program has to be
installed. Not QtDBus: Notify's replaces_id is a uint32, and PySide's QtDBus can only marshal Python
ints as int32 (or uint16) — QDBusArgument has no uint overload and the introspected Notify method
takes a{sv} as a raw type, so QMetaObject.invokeMethod cannot type it either. Strict servers
(GNOME Shell, dunst) refuse a Notify with an int32 there.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from monitor.escape import markup

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
SHOW_ACTION = "default"  # the key servers invoke when the notification itself is clicked
HANDSHAKE_TIMEOUT_S = 2.0


class DBusNotifications(QObject):
    """Notify over the session bus; `action_invoked` carries the event id of the clicked alert."""

    action_invoked = Signal(object)  # event id, or None

    def __init__(self, app_name: str, icon: str, desktop_entry: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_name, self.icon, self.desktop_entry = app_name, icon, desktop_entry
        self.sent = 0
        self.capabilities: list[str] = []
        self._conn: Any = None
        self._notifier: QSocketNotifier | None = None
        self._calls: dict[int, int | None] = {}  # our message serial → event id, until the reply
        self._shown: dict[int, int | None] = {}  # the server's notification id → event id
        self._serial = 1 << 20  # clear of the serials jeepney's own blocking calls use
        self.available = self._connect()

    def _connect(self) -> bool:
        try:
            from jeepney import DBusAddress, DBusErrorResponse, MatchRule, message_bus, new_method_call
            from jeepney.io.blocking import Proxy, open_dbus_connection
        except ImportError:
            return False
        try:
            conn = open_dbus_connection(bus="SESSION")
        except (OSError, KeyError, ValueError, RuntimeError):
            return False  # no session bus (a console, a container): the banner still carries alerts
        try:
            bus = Proxy(message_bus, conn, timeout=HANDSHAKE_TIMEOUT_S)
            if not bus.NameHasOwner(NOTIFICATIONS)[0]:
                conn.close()
                return False
            server = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS, interface=NOTIFICATIONS)
            reply = conn.send_and_get_reply(
                new_method_call(server, "GetCapabilities"), timeout=HANDSHAKE_TIMEOUT_S
            )
            self.capabilities = [str(c) for c in reply.body[0]] if reply.body else []
            rule = MatchRule(type="signal", interface=NOTIFICATIONS, path=NOTIFICATIONS_PATH)
            bus.AddMatch(rule)
        except (OSError, TimeoutError, DBusErrorResponse, ValueError, IndexError):
            conn.close()
            return False
        self._conn = conn
        self._server = server
        self._new_call = new_method_call
        conn.sock.setblocking(False)
        self._notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        return True

    def notify(self, title: str, body: str, event_id: int | None = None, action: str = "") -> bool:
        """Send one notification; True once it is on the bus (the server answers asynchronously)."""
        if self._conn is None:
            return False
        if "body-markup" in self.capabilities:
            body = markup(body)  # the summary is plain text by the spec; only the body is markup
        actions = [SHOW_ACTION, action] if action and "actions" in self.capabilities else []
        hints = {"desktop-entry": ("s", self.desktop_entry)}
        message = self._new_call(
            self._server,
            "Notify",
            "susssasa{sv}i",
            (self.app_name, 0, self.icon, title, body, actions, hints, -1),
        )
        self._serial += 1
        try:
            self._conn.send(message, serial=self._serial)
        except OSError:
            return False
        self._calls[self._serial] = event_id
        self.sent += 1
        return True

    def _read(self) -> None:
        from jeepney import HeaderFields, MessageType

        conn = self._conn
        while True:
            try:
                data = conn.sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                data = b""
            if not data:  # the bus went away (logout): stop watching a dead socket
                self.close()
                return
            conn.parser.add_data(data)
        while (message := conn.parser.get_next_message()) is not None:
            fields = message.header.fields
            if message.header.message_type == MessageType.method_return:
                serial = fields.get(HeaderFields.reply_serial)
                if serial in self._calls and message.body:
                    self._shown[int(message.body[0])] = self._calls.pop(serial)
            elif fields.get(HeaderFields.member) == "ActionInvoked" and len(message.body) == 2:
                notification, key = message.body
                if key == SHOW_ACTION and notification in self._shown:
                    self.action_invoked.emit(self._shown[notification])
            elif fields.get(HeaderFields.member) == "NotificationClosed" and message.body:
                self._shown.pop(message.body[0], None)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
