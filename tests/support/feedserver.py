"""A local HTTP server of feed documents (conditional GET, hostile behaviours), for tests and benchmarks.

Binds to 127.0.0.1 only. Each path serves a `Route`: fixed bytes with ETag/Last-Modified and 304s,
or a handler function for behaviours such as hanging, trickling or redirect loops.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    validators: bool = True  # answer If-None-Match / If-Modified-Since with 304
    handler: Handler | None = None
    last_modified: float = 1_700_000_000.0

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as two writes; with Nagle on, a keep-alive client's delayed ACK
            # holds the body back ~40 ms per response (RFC 896 meets RFC 1122's delayed ACK).
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server._serve(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="feedserver", daemon=True)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add(self, path: str, body: bytes | str = b"", **kwargs: Any) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **kwargs)
        return self.url(path)

    def add_file(self, path: str, file: Path, **kwargs: Any) -> str:
        return self.add(path, file.read_bytes(), **kwargs)

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path
        with self._lock:
            self.hits[path] += 1
            self.requests.append((path, dict(request.headers.items())))
        route = self.routes.get(path)
        if route is None:
            self._send(request, 404, b"not found", "text/plain")
            return
        if route.handler is not None:
            route.handler(request)
            return
        if route.validators and route.status == 200:
            etag = route.etag
            modified = formatdate(route.last_modified, usegmt=True)
            if request.headers.get("If-None-Match") == etag or (
                request.headers.get("If-None-Match") is None
                and request.headers.get("If-Modified-Since") == modified
            ):
                request.send_response(304)
                request.send_header("ETag", etag)
                request.send_header("Content-Length", "0")
                request.end_headers()
                return
            extra = {"ETag": etag, "Last-Modified": modified, **route.headers}
        else:
            extra = dict(route.headers)
        self._send(request, route.status, route.body, route.content_type, extra)

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            request.send_header(key, value)
        request.end_headers()
        try:
            request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def rss(
    items: list[dict[str, str]],
    title: str = "Test feed",
    link: str = "https://example.org/",
    language: str = "en",
) -> str:
    """A small RSS 2.0 document; each item dict may give title, link, guid, description, pubDate."""
    from xml.sax.saxutils import escape

    parts = [
        f"<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel>"
        f"<title>{escape(title)}</title><link>{escape(link)}</link><language>{language}</language>"
    ]
    for item in items:
        parts.append("<item>")
        for key in ("title", "link", "guid", "description", "pubDate", "author"):
            if key in item:
                parts.append(f"<{key}>{escape(item[key])}</{key}>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts)
