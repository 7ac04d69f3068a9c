"""One window per database: a second start asks the running app, over a local socket, to come forward.

The OS file lock (monitor.lock.InstanceLock) decides who runs; this channel only carries the request.
Its socket lives in the user's runtime directory and is named after a hash of the database path, so two
databases never share one, and a socket left behind by a killed instance is removed by the next holder
of the lock (nobody else can be listening on it then).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from monitor.desktop import feed_url

ACTIVATE = b"activate\n"
OPEN = b"open "  # + a feed URL + newline: the add dialog, filled in (a browser's "subscribe")
MAX_REQUEST = 8192
ANSWER = b"ok\n"
CONNECT_WAIT_S = 5.0  # the running app may still be building its window when a second start asks
REPLY_WAIT_MS = 3000


def runtime_dir() -> Path:
    """$XDG_RUNTIME_DIR (private to the user, cleared at logout), else the temp directory.

    Not QStandardPaths.RuntimeLocation: it logs a Qt warning when the variable is unset.
    """
    value = os.environ.get("XDG_RUNTIME_DIR")
    if value and Path(value).is_dir():
        return Path(value)
    return Path(tempfile.gettempdir())


def socket_path(db_path: Path) -> str:
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    # The uid keeps users apart in a shared /tmp; the path stays far below the 108-byte socket limit.
    return str(runtime_dir() / f"regulatory-monitor-{os.getuid()}-{digest}.sock")


class ActivationServer(QObject):
    """Listens in the running app; each "activate" request calls `activate` and is answered "ok"."""

    def __init__(
        self,
        db_path: Path,
        activate: Callable[[], None],
        parent: QObject | None = None,
        open_url: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = socket_path(db_path)
        self.activate = activate
        self.open_url = open_url
        self.requests = 0
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)

    def listen(self) -> bool:
        """Call only while holding the instance lock: a socket still there was left by a dead process."""
        QLocalServer.removeServer(self.name)
        return bool(self.server.listen(self.name))

    def close(self) -> None:
        self.server.close()

    def _connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer and len(buffer) < MAX_REQUEST:
                    return
                request = bytes(buffer).split(b"\n", 1)[0]
                if request + b"\n" == ACTIVATE:
                    self.requests += 1
                    self.activate()
                    socket.write(ANSWER)
                elif request.startswith(OPEN) and self.open_url is not None:
                    # The asker is this user (the socket is user-only), yet the URL came from a web page.
                    url = feed_url(request[len(OPEN) :].decode("utf-8", "replace"))
                    if url is not None:
                        self.requests += 1
                        self.open_url(url)
                        socket.write(ANSWER)
                # disconnectFromServer sends what is still buffered before it closes.
                socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()


def request_activation(db_path: Path, url: str | None = None) -> bool:
    """From a second start: ask the running app to show its window (with `url`, its add dialog
    filled in). True once it has answered.

    Blocking calls are fine here: this process has no window and exits right after. (They hold
    Python's GIL, so the asker and the running app are never threads of one process.)
    """
    name = socket_path(db_path)
    deadline = time.monotonic() + CONNECT_WAIT_S
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    socket.write(OPEN + url.encode() + b"\n" if url else ACTIVATE)
    if not socket.waitForBytesWritten(REPLY_WAIT_MS):
        return False
    answer = b""
    while ANSWER not in answer:
        ready = socket.waitForReadyRead(REPLY_WAIT_MS)
        # The answer and the hang-up can come together: what was read before the close still counts.
        answer += bytes(socket.readAll().data())
        if not ready:
            break
    socket.abort()
    return ANSWER in answer
