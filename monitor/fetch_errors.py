"""What a failed fetch says: one message and one kind per cause, the most specific cause first.

urllib3 2.x makes NameResolutionError and NewConnectionError subclasses of ConnectTimeoutError, so
testing for a timeout first calls every refused connection and every unknown host "timed out".
"""

from __future__ import annotations

import errno
from typing import Literal

import urllib3

# What went wrong, for callers that act on it (the CLI and the window tell "offline" from the rest).
ErrorKind = Literal[
    "invalid_url", "redirect", "dns", "refused", "unreachable", "timeout", "tls", "proxy", "http",
    "protocol", "too_large", "file", "other",
]  # fmt: skip
# A computer without a network fails every feed this way; a server that is down fails differently.
OFFLINE_KINDS: frozenset[str] = frozenset({"dns", "unreachable"})
_UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


class FetchError(Exception):
    def __init__(self, message: str, kind: ErrorKind = "other") -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind


def _errno(exc: BaseException) -> int | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current.errno
        current = current.__cause__ or current.__context__
    return None


def _connect_failure(exc: BaseException, host: str) -> tuple[str, ErrorKind] | None:
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return f"cannot resolve host {host}", "dns"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        number = _errno(exc)
        if number == errno.ECONNREFUSED:
            return f"connection refused by {host}", "refused"
        if number in _UNREACHABLE:
            return f"network unreachable (cannot reach {host})", "unreachable"
        return f"cannot connect to {host}: {_short(exc)}", "refused"
    if isinstance(exc, urllib3.exceptions.ConnectTimeoutError):
        return f"timed out connecting to {host}", "timeout"
    return None


def _short(exc: BaseException) -> str:
    text = str(exc)
    # urllib3 prefixes the connection object's repr: "<HTTPConnection(...)>: Failed to …".
    return text.split(">: ", 1)[-1][:200]


def describe(exc: BaseException, host: str, proxy: str | None = None) -> tuple[str, ErrorKind]:
    """A message and a kind for an exception raised while talking to `host` (through `proxy`)."""
    if isinstance(exc, urllib3.exceptions.ProxyError):
        inner = exc.original_error if isinstance(exc.original_error, BaseException) else exc
        found = _connect_failure(inner, proxy or "the proxy")
        if found is not None:
            return f"proxy {proxy}: {found[0]}", "proxy"
        return f"proxy {proxy}: {_short(inner)}", "proxy"
    found = _connect_failure(exc, host)
    if found is not None:
        return found
    if isinstance(exc, urllib3.exceptions.ReadTimeoutError):
        return "timed out waiting for the server", "timeout"
    if isinstance(exc, urllib3.exceptions.SSLError):
        return f"TLS error: {_short(exc)}", "tls"
    if isinstance(exc, urllib3.exceptions.ProtocolError):
        return f"connection broken: {_short(exc)}", "protocol"
    if isinstance(exc, urllib3.exceptions.LocationParseError):
        return f"invalid URL: {_short(exc)}", "invalid_url"
    if isinstance(exc, urllib3.exceptions.HTTPError):
        return f"HTTP error: {_short(exc)}", "protocol"
    if isinstance(exc, OSError):
        if exc.errno == errno.ECONNREFUSED:
            return f"connection refused by {host}", "refused"
        if exc.errno in _UNREACHABLE:
            return f"network unreachable (cannot reach {host})", "unreachable"
        return f"network error: {exc.strerror or exc}", "other"
    return f"error: {_short(exc)}", "other"
