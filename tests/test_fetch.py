"""The HTTP module against a real local server: conditional GET, redirects, limits, encodings."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib

import pytest

from monitor.fetch import USER_AGENT, Fetcher, FetchLimits, parse_retry_after
from tests.support import hostile
from tests.support.feedserver import FeedServer, rss

FEED = rss([{"title": "One", "link": "https://example.org/1", "guid": "1"}])
FAST = FetchLimits(
    connect_timeout=2, read_timeout=1.5, total_timeout=3, max_bytes=200_000, max_decoded_bytes=400_000
)


def test_conditional_get_gives_304_the_second_time(feed_server: FeedServer) -> None:
    url = feed_server.add("/feed.xml", FEED)
    fetcher = Fetcher()
    first = fetcher.fetch(url)
    assert first.outcome == "ok" and first.body == FEED.encode() and first.etag
    second = fetcher.fetch(url, first.etag, first.last_modified)
    assert second.outcome == "not_modified" and second.body == b""
    sent = feed_server.requests[-1][1]
    assert sent["If-None-Match"] == first.etag and sent["If-Modified-Since"] == first.last_modified
    assert sent["User-Agent"] == USER_AGENT


def test_permanent_redirect_reports_the_new_url(feed_server: FeedServer) -> None:
    new = feed_server.add("/new.xml", FEED)
    old = feed_server.add("/old.xml", handler=hostile.redirect("/new.xml", 301))
    temp = feed_server.add("/temp.xml", handler=hostile.redirect("/new.xml", 302))
    assert Fetcher().fetch(old).moved_to == new
    moved = Fetcher().fetch(temp)
    assert moved.outcome == "ok" and moved.moved_to is None


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)"])
def test_redirect_to_other_schemes_is_refused(feed_server: FeedServer, target: str) -> None:
    url = feed_server.add("/evil.xml", handler=hostile.redirect(target))
    result = Fetcher().fetch(url)
    assert result.outcome == "error" and "refused redirect" in (result.error or "")


def test_redirect_loop_is_an_error(feed_server: FeedServer) -> None:
    feed_server.add("/a", handler=hostile.redirect("/b"))
    feed_server.add("/b", handler=hostile.redirect("/a"))
    result = Fetcher().fetch(feed_server.url("/a"))
    assert result.outcome == "error" and "loop" in (result.error or "")


@pytest.mark.parametrize(("status", "gone"), [(404, False), (410, True), (500, False)])
def test_http_errors(feed_server: FeedServer, status: int, gone: bool) -> None:
    url = feed_server.add("/x", b"nope", status=status)
    result = Fetcher().fetch(url)
    assert (result.outcome, result.status, result.gone) == ("error", status, gone)
    assert f"HTTP {status}" in (result.error or "")


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_read(feed_server: FeedServer, status: int) -> None:
    url = feed_server.add("/busy", b"", status=status, headers={"Retry-After": "120"})
    assert Fetcher().fetch(url).retry_after == 120


def test_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert parse_retry_after("soon") is None


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_bodies_are_inflated(feed_server: FeedServer, encoding: str) -> None:
    packed = gzip.compress(FEED.encode()) if encoding == "gzip" else zlib.compress(FEED.encode())
    url = feed_server.add("/z", packed, headers={"Content-Encoding": encoding})
    result = Fetcher().fetch(url)
    assert result.outcome == "ok" and result.body == FEED.encode()


def test_gzip_bomb_stops_at_the_inflated_cap(feed_server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire
    url = feed_server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    result = Fetcher(FAST).fetch(url)
    assert result.outcome == "error" and "decompressed" in (result.error or "")


def test_announced_huge_body_is_refused_before_reading(feed_server: FeedServer) -> None:
    url = feed_server.add("/huge", handler=hostile.announced_huge)
    result = Fetcher(FAST).fetch(url)
    assert result.outcome == "error" and "announces" in (result.error or "")


def test_endless_stream_is_cut_at_the_size_cap(feed_server: FeedServer) -> None:
    url = feed_server.add("/stream", handler=hostile.endless())
    result = Fetcher(FAST).fetch(url)
    assert result.outcome == "error" and "larger than" in (result.error or "")


def _silent_server() -> tuple[socket.socket, threading.Event]:
    """Accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    return listener, threading.Event()


def test_server_that_never_answers_times_out() -> None:
    listener, _ = _silent_server()
    try:
        start = time.monotonic()
        result = Fetcher(FAST).fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/feed")
        assert result.outcome == "error" and "timed out" in (result.error or "")
        assert time.monotonic() - start < FAST.total_timeout + 2
    finally:
        listener.close()


def test_trickling_server_is_cut_at_the_total_deadline(feed_server: FeedServer) -> None:
    stop = threading.Event()
    url = feed_server.add("/trickle", handler=hostile.trickle_body(stop, every=0.5))
    start = time.monotonic()
    result = Fetcher(FAST).fetch(url)
    stop.set()
    assert result.outcome == "error" and "timed out" in (result.error or "")
    assert time.monotonic() - start < FAST.total_timeout + 2


def test_connection_refused_is_an_error_value() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    result = Fetcher(FAST).fetch(f"http://127.0.0.1:{port}/feed")
    assert result.outcome == "error" and result.error


def test_local_file_urls(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "feed.xml"
    path.write_text(FEED, encoding="utf-8")
    result = Fetcher().fetch(path.as_uri())
    assert result.outcome == "ok" and result.body == FEED.encode()
