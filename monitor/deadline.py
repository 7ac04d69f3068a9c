"""Connections that a deadline or a cancel can cut: the socket under a request is shut down when the
fetch's total deadline passes or when the poll is cancelled, so no server holds a thread.

Socket timeouts only bound the silence between two packets: a server trickling its status line or
headers a byte at a time would hold urllib3 inside getresponse() for ever. fetch.py owns the
requests; this module owns when their sockets are cut.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import urllib3


def cut(conn: Any) -> None:
    sock = getattr(conn, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # the blocked recv returns at once; the fetch then fails
        except OSError:
            pass


class LiveConnections:
    """The connections inside a request now, so that cancel() can cut them all (Ctrl-C, SIGTERM, Quit)."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._live: set[Any] = set()
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Cut every connection in a request now, and each one that enters until resume()."""
        self._cancelled.set()
        with self._lock:
            for conn in self._live:
                cut(conn)

    def resume(self) -> None:
        self._cancelled.clear()

    @contextmanager
    def holding(self, conn: Any) -> Iterator[None]:
        """While inside, cancel() cuts this connection's socket (a blocked recv returns at once)."""
        with self._lock:
            self._live.add(conn)
        if self._cancelled.is_set():
            cut(conn)
        try:
            yield
        finally:
            with self._lock:
                self._live.discard(conn)


# The fetch running in this thread: its total deadline and its fetcher's live connections.
_current = threading.local()


class _Watch:
    def close(self) -> None:
        _current.at = None
        _current.live = None


def watch(at: float, live: LiveConnections) -> _Watch:
    """From now until close(), this thread's connections are cut at `at` (time.monotonic) or on cancel."""
    _current.at = at
    _current.live = live
    return _Watch()


@contextmanager
def _watchdog(conn: Any) -> Iterator[None]:
    live: LiveConnections | None = getattr(_current, "live", None)
    with live.holding(conn) if live is not None else nullcontext():
        at: float | None = getattr(_current, "at", None)
        if at is None:
            yield
            return
        timer = threading.Timer(max(at - time.monotonic(), 0.0), cut, (conn,))
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()


class _DeadlineHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        with _watchdog(self):
            super().connect()

    def getresponse(self) -> urllib3.response.HTTPResponse:  # type: ignore[override]
        with _watchdog(self):
            return super().getresponse()


class _DeadlineHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        with _watchdog(self):  # covers a TLS handshake answered a byte at a time
            super().connect()

    def getresponse(self) -> urllib3.response.HTTPResponse:  # type: ignore[override]
        with _watchdog(self):
            return super().getresponse()


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


# For PoolManager.pool_classes_by_scheme: every connection a fetcher opens is watched.
POOL_CLASSES: dict[str, type[urllib3.HTTPConnectionPool]] = {"http": _HTTPPool, "https": _HTTPSPool}
