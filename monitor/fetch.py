"""All HTTP: conditional GET with timeouts, size caps, safe redirects, proxies and our own decompression.

Every value a server sends is checked where it enters: a Location through monitor/urls.py, numbers
(Content-Length, Retry-After) as bounded ASCII digits, validators kept only when they could be sent
back. Every failure is a FetchResult with an error message and a kind, never an exception.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

import urllib3

from monitor import __version__, deadline, proxy, urls
from monitor.deadline import LiveConnections
from monitor.fetch_errors import OFFLINE_KINDS, ErrorKind, FetchError, describe
from monitor.inflate import Decoder

__all__ = ["OFFLINE_KINDS", "ErrorKind", "FetchError", "FetchLimits", "FetchResult", "Fetcher"]

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
# A number in a header: ASCII digits only ("²".isdigit() is true) and short enough to convert.
_DIGITS = re.compile(r"[0-9]{1,18}")
# A validator is sent back verbatim in If-None-Match / If-Modified-Since: printable ASCII, bounded.
_VALIDATOR = re.compile(r"[\x20-\x7e]{1,512}")


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
    kind: ErrorKind | None = None  # set with every error


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (RFC 9110 §10.2.3: delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        if not _DIGITS.fullmatch(value):
            return float(MAX_RETRY_AFTER) if value.isascii() else None
        return float(min(int(value), MAX_RETRY_AFTER))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    delay = when.timestamp() - (time.time() if now is None else now)
    return float(min(max(delay, 0.0), MAX_RETRY_AFTER))


class Fetcher:
    """Connection pools shared by the poll's threads (urllib3's managers are thread-safe).

    One pool manager for direct connections and one per proxy in use; `proxy` is the `proxy`
    setting ("system": the environment's variables; "none"; or a proxy URL).
    """

    def __init__(
        self,
        limits: FetchLimits | None = None,
        max_connections: int = 16,
        proxy_setting: str = proxy.SYSTEM,
        environ: dict[str, str] | None = None,
    ) -> None:
        self.limits = limits or FetchLimits()
        self.proxy_setting = proxy_setting
        self.environ = environ  # None: os.environ, read at each fetch
        self._max_connections = max_connections
        self._direct = self._manager(None)
        self._proxied: dict[proxy.Proxy, urllib3.PoolManager] = {}
        self._managers_lock = threading.Lock()
        # Cancellation (Ctrl-C, SIGTERM, quitting the window): the connections inside a request now.
        self._live = LiveConnections()

    def _manager(self, via: proxy.Proxy | None) -> urllib3.PoolManager:
        kwargs: dict[str, Any] = {"num_pools": 64, "maxsize": self._max_connections, "block": False}
        manager: urllib3.PoolManager
        if via is None:
            manager = urllib3.PoolManager(**kwargs)
        else:
            headers = urllib3.make_headers(proxy_basic_auth=via.basic_auth) if via.basic_auth else None
            manager = urllib3.ProxyManager(via.url, proxy_headers=headers, **kwargs)
        manager.pool_classes_by_scheme = deadline.POOL_CLASSES
        return manager

    def _pool_for(self, url: str) -> tuple[urllib3.PoolManager, proxy.Proxy | None]:
        via = proxy.choose(url, self.proxy_setting, self.environ)
        if via is None:
            return self._direct, None
        with self._managers_lock:
            if via not in self._proxied:
                self._proxied[via] = self._manager(via)
            return self._proxied[via], via

    def close(self) -> None:
        self._direct.clear()
        with self._managers_lock:
            for manager in self._proxied.values():
                manager.clear()
            self._proxied.clear()

    def cancel(self) -> None:
        """End every fetch in flight now (their sockets are cut) and refuse new ones until resume()."""
        self._live.cancel()

    def resume(self) -> None:
        self._live.resume()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        start = time.monotonic()
        watched = deadline.watch(start + self.limits.total_timeout, self._live)
        host: str | None = None
        kind: ErrorKind
        try:
            if self._live.cancelled:
                raise FetchError("cancelled")
            checked = urls.check(url, schemes=urls.FEEDS_FILE)
            host = checked.host
            if checked.scheme == "file":
                result = self._read_file(url)
            else:
                result = self._fetch_http(checked.url, etag, last_modified, start)
        except urls.BadURL as exc:
            result = FetchResult("error", url, error=str(exc), kind="invalid_url")
        except proxy.ProxyError as exc:
            result = FetchResult("error", url, error=str(exc), kind="proxy")
        except FetchError as exc:
            result = FetchResult("error", url, error=str(exc), kind=exc.kind)
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            if self._live.cancelled:
                message, kind = "cancelled", "other"
            elif time.monotonic() - start >= self.limits.total_timeout:
                # The watchdog cut the socket: say why, not how the cut connection broke.
                message, kind = f"timed out after {self.limits.total_timeout:g} s", "timeout"
            else:
                message, kind = describe(exc, host or "the server", getattr(exc, "proxy_url", None))
            result = FetchResult("error", url, error=message, kind=kind)
        except ValueError as exc:
            # What urllib3 or http.client still refuse (a header value they will not send): one
            # feed's error, never the poll's.
            result = FetchResult("error", url, error=f"invalid request: {exc}"[:300], kind="other")
        finally:
            watched.close()
        return _with_elapsed(result, time.monotonic() - start)

    def _read_file(self, url: str) -> FetchResult:
        path = Path(url2pathname(urlsplit(url).path))
        limit = self.limits.max_decoded_bytes
        try:
            if not path.is_file():  # /dev/zero or a FIFO has no end and no size to check first
                raise FetchError(f"cannot read {path}: not a regular file", "file")
            with path.open("rb") as handle:
                body = handle.read(limit + 1)  # capped while reading: the file may grow meanwhile
            if len(body) > limit:
                raise FetchError(f"file larger than {limit} bytes", "too_large")
            return FetchResult("ok", url, body=body)
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror or exc}", "file") from exc

    def _fetch_http(self, url: str, etag: str | None, last_modified: str | None, start: float) -> FetchResult:
        limits = self.limits
        # Per-request headers replace the pool's defaults in urllib3, so all are given here.
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        if etag and _VALIDATOR.fullmatch(etag):
            headers["If-None-Match"] = etag
        if last_modified and _VALIDATOR.fullmatch(last_modified):
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        all_permanent = True
        for _hop in range(limits.max_redirects + 1):
            remaining = limits.total_timeout - (time.monotonic() - start)
            if remaining <= 0:
                raise FetchError(f"timed out after {limits.total_timeout:g} s", "timeout")
            timeout = urllib3.Timeout(
                connect=min(limits.connect_timeout, remaining), read=min(limits.read_timeout, remaining)
            )
            pool, via = self._pool_for(current)
            try:
                response = pool.request(
                    "GET",
                    current,
                    headers=headers,
                    preload_content=False,
                    decode_content=False,
                    redirect=False,
                    retries=False,
                    timeout=timeout,
                )
            except urllib3.exceptions.HTTPError as exc:
                exc.proxy_url = via.url if via else None  # type: ignore[attr-defined]
                raise
            try:
                if response.status in _REDIRECTS:
                    current = self._redirect_target(response, current, seen)
                    all_permanent = all_permanent and response.status in _PERMANENT
                    continue
                return self._finish(url, current, response, all_permanent, start)
            finally:
                # Only a fully read answer may go back to the pool; anything else could leave an
                # endless body on the connection, so it is closed instead.
                if _consumed(response):
                    response.release_conn()
                else:
                    response.close()
        raise FetchError(f"more than {limits.max_redirects} redirects", "redirect")

    @staticmethod
    def _redirect_target(response: urllib3.BaseHTTPResponse, current: str, seen: set[str]) -> str:
        location = response.headers.get("Location")
        if not location or not location.strip():
            raise FetchError(f"HTTP {response.status} redirect without a Location", "redirect")
        try:
            target = urls.join(current, location).url
        except urls.BadURL as exc:
            raise FetchError(f"refused redirect (HTTP {response.status}): {exc}", "redirect") from None
        if target in seen:
            raise FetchError(f"redirect loop at {urls.shown(target)}", "redirect")
        seen.add(target)
        return target

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
        etag, modified = headers.get("ETag"), headers.get("Last-Modified")
        common = {
            "url": current,
            "status": response.status,
            "moved_to": moved_to,
            # Kept only when they can be sent back as they are.
            "etag": etag if etag and _VALIDATOR.fullmatch(etag) else None,
            "last_modified": modified if modified and _VALIDATOR.fullmatch(modified) else None,
        }
        if response.status == 304:
            return FetchResult("not_modified", **common)  # type: ignore[arg-type]
        if response.status >= 400:
            retry = parse_retry_after(headers.get("Retry-After"))
            reason = (response.reason or "")[:80]
            response.close()  # never read an error page: it may be endless
            return FetchResult(
                "error",
                current,
                status=response.status,
                retry_after=retry,
                gone=response.status == 410,
                error=f"HTTP {response.status} {reason}".strip(),
                kind="http",
            )
        if response.status != 200:
            response.close()
            raise FetchError(f"unexpected HTTP {response.status}", "http")
        body = self._read_body(response, start)
        return FetchResult(
            "ok",
            content_type=headers.get("Content-Type"),
            body=body,
            **common,  # type: ignore[arg-type]
        )

    def _read_body(self, response: urllib3.BaseHTTPResponse, start: float) -> bytes:
        limits = self.limits
        declared = (response.headers.get("Content-Length") or "").strip()
        if declared and (not _DIGITS.fullmatch(declared) or int(declared) > limits.max_bytes):
            response.close()
            announced = f"response announces {declared[:30]} bytes, over the {limits.max_bytes} limit"
            raise FetchError(announced, "too_large")
        decoder = Decoder(response.headers.get("Content-Encoding", ""), limits.max_decoded_bytes)
        received = 0
        conn = getattr(response, "connection", None)
        try:
            with self._live.holding(conn) if conn is not None else nullcontext():
                while True:
                    if time.monotonic() - start > limits.total_timeout:
                        raise FetchError(
                            f"timed out after {limits.total_timeout:g} s (body too slow)", "timeout"
                        )
                    # read1 returns whatever has arrived, so a trickling server cannot hold us past the
                    # deadline checked above.
                    data = response.read1(_CHUNK)
                    if self._live.cancelled:  # a cut socket reads as the end: never half a body
                        raise FetchError("cancelled")
                    if not data:
                        response._fully_read = True  # type: ignore[attr-defined]
                        break
                    received += len(data)
                    if received > limits.max_bytes:
                        raise FetchError(f"response larger than {limits.max_bytes} bytes", "too_large")
                    decoder.feed(data)
        except FetchError:
            response.close()
            raise
        return decoder.result()


def _consumed(response: urllib3.BaseHTTPResponse) -> bool:
    return response.status == 304 or getattr(response, "_fully_read", False)


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    return replace(result, elapsed=elapsed)
