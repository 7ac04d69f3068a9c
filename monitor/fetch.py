"""All HTTP: conditional GET with timeouts, size caps, safe redirects and our own decompression."""

from __future__ import annotations

import email.utils
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import urllib3

from monitor import __version__

USER_AGENT = (
    f"RegulatoryMonitor/{__version__} (desktop feed reader for data-protection news; "
    "polls politely with conditional GET)"
)
ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.2, */*;q=0.1"
)
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}
MAX_RETRY_AFTER = 7 * 86400  # a server asking for more than a week is ignored past that


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # silence between two packets
    total_timeout: float = 60.0  # the whole exchange, redirects included: stops tricklers
    max_bytes: int = 8 * 1024 * 1024  # on the wire
    max_decoded_bytes: int = 16 * 1024 * 1024  # after gzip/deflate: stops decompression bombs
    max_redirects: int = 5


@dataclass(frozen=True)
class FetchResult:
    outcome: Literal["ok", "not_modified", "error"]
    url: str  # the URL finally answered
    status: int | None = None
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None  # set only when every hop was a permanent redirect
    retry_after: float | None = None  # seconds the server asked us to wait
    gone: bool = False  # 410: the feed was withdrawn for good
    error: str | None = None
    elapsed: float = 0.0


class FetchError(Exception):
    pass


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (RFC 9110 §10.2.3: delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), MAX_RETRY_AFTER))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    delay = when.timestamp() - (time.time() if now is None else now)
    return float(min(max(delay, 0.0), MAX_RETRY_AFTER))


class _Decoder:
    """Inflate gzip/deflate bodies ourselves so that the inflated size is capped as it grows."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
            self._raw_deflate_fallback = True
        else:
            raise FetchError(f"unsupported content encoding {encoding!r}")
        self._limit = limit
        self._size = 0
        self._first = True
        self._parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self._append(data)
            return
        if self._first and getattr(self, "_raw_deflate_fallback", False):
            # Some servers send raw deflate without the zlib header the RFC asks for.
            self._first = False
            if data and (data[0] & 0x0F) != 8:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            # max_length bounds each step, so a bomb never materialises beyond the cap.
            chunk = self._z.decompress(data, self._limit - self._size + 1)
            self._append(chunk)
            while self._z.unconsumed_tail:
                chunk = self._z.decompress(self._z.unconsumed_tail, self._limit - self._size + 1)
                if not chunk:
                    break
                self._append(chunk)
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed body: {exc}") from exc

    def _append(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise FetchError(f"body larger than {self._limit // (1024 * 1024)} MiB once decompressed")
        self._parts.append(chunk)

    def result(self) -> bytes:
        if self._z is not None:
            try:
                self._append(self._z.flush())
            except zlib.error as exc:
                raise FetchError(f"corrupt compressed body: {exc}") from exc
        return b"".join(self._parts)


# The total deadline of the fetch running in this thread. Socket timeouts only bound the silence
# between two packets, so a server trickling its status line or headers a byte at a time would hold
# urllib3 inside getresponse() for ever; a watchdog cuts the socket when this moment passes.
_deadline = threading.local()


def _cut(conn: Any) -> None:
    sock = getattr(conn, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # the blocked recv returns at once; the fetch then fails
        except OSError:
            pass


@contextmanager
def _watchdog(conn: Any) -> Iterator[None]:
    fetcher: Fetcher | None = getattr(_deadline, "fetcher", None)
    with fetcher.cancellable(conn) if fetcher is not None else nullcontext():
        at: float | None = getattr(_deadline, "at", None)
        if at is None:
            yield
            return
        with _timer(conn, at):
            yield


@contextmanager
def _timer(conn: Any, at: float) -> Iterator[None]:
    timer = threading.Timer(max(at - time.monotonic(), 0.0), _cut, (conn,))
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


class Fetcher:
    """One connection pool shared by the poll's threads (urllib3's PoolManager is thread-safe)."""

    def __init__(self, limits: FetchLimits | None = None, max_connections: int = 16) -> None:
        self.limits = limits or FetchLimits()
        self._pool = urllib3.PoolManager(
            num_pools=64,
            maxsize=max_connections,
            block=False,
        )
        self._pool.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
        # Cancellation (Ctrl-C, SIGTERM, quitting the window): the connections inside a request now.
        self._cancelled = threading.Event()
        self._live: set[Any] = set()
        self._live_lock = threading.Lock()

    def close(self) -> None:
        self._pool.clear()

    def cancel(self) -> None:
        """End every fetch in flight now (their sockets are cut) and refuse new ones until resume()."""
        self._cancelled.set()
        with self._live_lock:
            for conn in self._live:
                _cut(conn)

    def resume(self) -> None:
        self._cancelled.clear()

    @contextmanager
    def cancellable(self, conn: Any) -> Iterator[None]:
        """While inside, cancel() cuts this connection's socket (a blocked recv returns at once)."""
        with self._live_lock:
            self._live.add(conn)
        if self._cancelled.is_set():
            _cut(conn)
        try:
            yield
        finally:
            with self._live_lock:
                self._live.discard(conn)

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        start = time.monotonic()
        _deadline.at = start + self.limits.total_timeout
        _deadline.fetcher = self
        try:
            if self._cancelled.is_set():
                raise FetchError("cancelled")
            if urlsplit(url).scheme == "file":
                result = self._read_file(url)
            else:
                result = self._fetch_http(url, etag, last_modified, start)
        except FetchError as exc:
            result = FetchResult("error", url, error=str(exc))
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            if self._cancelled.is_set():
                message = "cancelled"
            elif time.monotonic() - start >= self.limits.total_timeout:
                # The watchdog cut the socket: say why, not how the cut connection broke.
                message = f"timed out after {self.limits.total_timeout:g} s"
            elif isinstance(exc, urllib3.exceptions.HTTPError):
                message = _describe(exc)
            else:
                message = f"network error: {exc.strerror or exc}"
            result = FetchResult("error", url, error=message)
        finally:
            _deadline.at = None
            _deadline.fetcher = None
        return _with_elapsed(result, time.monotonic() - start)

    def _read_file(self, url: str) -> FetchResult:
        path = Path(url2pathname(urlsplit(url).path))
        try:
            size = path.stat().st_size
            if size > self.limits.max_decoded_bytes:
                raise FetchError(f"file larger than {self.limits.max_decoded_bytes} bytes")
            return FetchResult("ok", url, body=path.read_bytes())
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from exc

    def _fetch_http(self, url: str, etag: str | None, last_modified: str | None, start: float) -> FetchResult:
        limits = self.limits
        # Per-request headers replace the pool's defaults in urllib3, so all are given here.
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        all_permanent = True
        for _hop in range(limits.max_redirects + 1):
            remaining = limits.total_timeout - (time.monotonic() - start)
            if remaining <= 0:
                raise FetchError(f"timed out after {limits.total_timeout:g} s")
            timeout = urllib3.Timeout(
                connect=min(limits.connect_timeout, remaining), read=min(limits.read_timeout, remaining)
            )
            response = self._pool.request(
                "GET",
                current,
                headers=headers,
                preload_content=False,
                decode_content=False,
                redirect=False,
                retries=False,
                timeout=timeout,
            )
            try:
                if response.status in _REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {response.status} redirect without a Location")
                    target = urljoin(current, location.strip())
                    scheme = urlsplit(target).scheme
                    if scheme not in ("http", "https"):
                        raise FetchError(f"refused redirect to a {scheme or 'relative'}: URL ({target})")
                    if target in seen:
                        raise FetchError(f"redirect loop at {target}")
                    all_permanent = all_permanent and response.status in _PERMANENT
                    seen.add(target)
                    current = target
                    continue
                return self._finish(url, current, response, all_permanent, start)
            finally:
                # Only a fully read answer may go back to the pool; anything else could leave an
                # endless body on the connection, so it is closed instead.
                if _consumed(response):
                    response.release_conn()
                else:
                    response.close()
        raise FetchError(f"more than {limits.max_redirects} redirects")

    def _finish(
        self,
        original: str,
        current: str,
        response: urllib3.BaseHTTPResponse,
        all_permanent: bool,
        start: float,
    ) -> FetchResult:
        moved_to = current if current != original and all_permanent else None
        headers = response.headers
        common = {
            "url": current,
            "status": response.status,
            "moved_to": moved_to,
            "etag": headers.get("ETag"),
            "last_modified": headers.get("Last-Modified"),
        }
        if response.status == 304:
            return FetchResult("not_modified", **common)  # type: ignore[arg-type]
        if response.status >= 400:
            retry = parse_retry_after(headers.get("Retry-After"))
            reason = response.reason or ""
            response.close()  # never read an error page: it may be endless
            return FetchResult(
                "error",
                current,
                status=response.status,
                retry_after=retry,
                gone=response.status == 410,
                error=f"HTTP {response.status} {reason}".strip(),
            )
        if response.status != 200:
            response.close()
            raise FetchError(f"unexpected HTTP {response.status}")
        body = self._read_body(response, start)
        return FetchResult(
            "ok",
            content_type=headers.get("Content-Type"),
            body=body,
            **common,  # type: ignore[arg-type]
        )

    def _read_body(self, response: urllib3.BaseHTTPResponse, start: float) -> bytes:
        limits = self.limits
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limits.max_bytes:
            response.close()
            raise FetchError(f"response announces {int(declared)} bytes, over the {limits.max_bytes} limit")
        decoder = _Decoder(response.headers.get("Content-Encoding", ""), limits.max_decoded_bytes)
        received = 0
        conn = getattr(response, "connection", None)
        try:
            with self.cancellable(conn) if conn is not None else nullcontext():
                while True:
                    if time.monotonic() - start > limits.total_timeout:
                        raise FetchError(f"timed out after {limits.total_timeout:g} s (body too slow)")
                    # read1 returns whatever has arrived, so a trickling server cannot hold us past the
                    # deadline checked above.
                    data = response.read1(_CHUNK)
                    if self._cancelled.is_set():  # a cut socket reads as the end: never half a body
                        raise FetchError("cancelled")
                    if not data:
                        response._fully_read = True  # type: ignore[attr-defined]
                        break
                    received += len(data)
                    if received > limits.max_bytes:
                        raise FetchError(f"response larger than {limits.max_bytes} bytes")
                    decoder.feed(data)
        except FetchError:
            response.close()
            raise
        return decoder.result()


def _consumed(response: urllib3.BaseHTTPResponse) -> bool:
    return response.status == 304 or getattr(response, "_fully_read", False)


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    return replace(result, elapsed=elapsed)


def _describe(exc: urllib3.exceptions.HTTPError) -> str:
    if isinstance(exc, urllib3.exceptions.ConnectTimeoutError):
        return "timed out connecting"
    if isinstance(exc, urllib3.exceptions.ReadTimeoutError):
        return "timed out waiting for the server"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return f"cannot connect: {exc}"
    if isinstance(exc, urllib3.exceptions.ProtocolError):
        return f"connection broken: {exc}"
    if isinstance(exc, urllib3.exceptions.LocationParseError):
        return f"invalid URL: {exc}"
    if isinstance(exc, urllib3.exceptions.SSLError):
        return f"TLS error: {exc}"
    return f"HTTP error: {exc}"
