"""Hostile HTTP behaviours for the feed server: handlers that hang, trickle, never end or lie.

Each handler gives up by itself after HANDLER_LIFETIME (or when its `stop` event is set), so a test
that fails half-way never leaves a thread writing for ever.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

Handler = Callable[[BaseHTTPRequestHandler], None]
HANDLER_LIFETIME = 30.0


def raw(response: bytes) -> Handler:
    """Writes exactly these bytes as the whole response: header values no HTTP library would send."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        try:
            request.wfile.write(response)
            request.wfile.flush()
        except OSError:
            pass
        request.close_connection = True

    return handler


def redirect(to: str | bytes, status: int = 302) -> Handler:
    """A redirect whose Location is sent byte for byte (bytes may carry controls, spaces, anything)."""
    location = to if isinstance(to, bytes) else to.encode("utf-8", "surrogateescape")
    return raw(
        b"HTTP/1.1 %d Moved\r\nLocation: %s\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        % (status, location)
    )


def silence(stop: threading.Event) -> Handler:
    """Reads the request, then answers nothing at all."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        stop.wait(HANDLER_LIFETIME)
        request.close_connection = True

    return handler


def _drip(request: BaseHTTPRequestHandler, stop: threading.Event, every: float = 0.3) -> None:
    deadline = time.monotonic() + HANDLER_LIFETIME
    try:
        while not stop.is_set() and time.monotonic() < deadline:
            request.wfile.write(b"a")
            request.wfile.flush()
            stop.wait(every)
    except OSError:
        pass
    request.close_connection = True


def trickle_body(stop: threading.Event, every: float = 0.3) -> Handler:
    """Headers at once, then one body byte at a time: always within the read timeout, never done."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.end_headers()
        _drip(request, stop, every)

    return handler


def trickle_headers(stop: threading.Event) -> Handler:
    """A status line, then one header byte at a time."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        try:
            request.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            request.wfile.flush()
        except OSError:
            return
        _drip(request, stop)

    return handler


def announced_huge(request: BaseHTTPRequestHandler) -> None:
    """Announces 5 GiB, sends 100 KB."""
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.send_header("Content-Length", str(5 * 1024**3))
    request.end_headers()
    try:
        request.wfile.write(b"<rss>" + b" " * 100_000)
    except OSError:
        pass
    request.close_connection = True


def endless(stop: threading.Event | None = None) -> Handler:
    """A body without a length that never ends."""
    stop = stop or threading.Event()

    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.end_headers()  # no length: the body ends when the connection does
        chunk = b"<item><title>more</title></item>" * 2000
        deadline = time.monotonic() + HANDLER_LIFETIME
        try:
            while not stop.is_set() and time.monotonic() < deadline:
                request.wfile.write(chunk)
        except OSError:
            pass
        request.close_connection = True

    return handler


def gzip_bomb(inflated_mb: int) -> bytes:
    """A gzip body inflating to `inflated_mb` MiB of zeros, built in slices (never held inflated)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1024 * 1024)
    parts = [packer.compress(zeros) for _ in range(inflated_mb)]
    parts.append(packer.flush())
    return b"".join(parts)
