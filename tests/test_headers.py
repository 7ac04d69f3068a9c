"""Header values are validated where they enter: numbers as bounded ASCII digits, validators only when
they can be sent back, reason phrases bounded. Each hostile header is sent byte for byte."""

from __future__ import annotations

import pytest

from monitor.fetch import MAX_RETRY_AFTER, Fetcher, parse_retry_after
from tests.support import hostile
from tests.support.feedserver import FeedServer, rss

BODY = rss([{"title": "x", "guid": "1"}]).encode()


def _answer(status: str, headers: list[bytes], body: bytes = b"") -> bytes:
    lines = b"".join(h + b"\r\n" for h in headers)
    return b"HTTP/1.1 " + status.encode() + b"\r\n" + lines + b"Connection: close\r\n\r\n" + body


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("9" * 30, float(MAX_RETRY_AFTER)),  # a week at most, and no 30-digit arithmetic
        ("9" * 5000, float(MAX_RETRY_AFTER)),  # past Python's int-from-text limit: no ValueError
        ("²", None),  # a digit to str.isdigit, not to HTTP
        ("١٢٠", None),
        ("-5", None),
        ("1e9", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past: now
        ("Mon, 99 Foo 99999 99:99:99 GMT", None),
        ("", None),
    ],
)
def test_retry_after_values(value: str, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


@pytest.mark.parametrize(
    "length",
    [b"\xc2\xb2", b"99999999999999999999999999", b"-1", b"12 34", b"0x10", b"1e3", b"9" * 5000],
)
def test_odd_content_lengths_are_an_error_value(feed_server: FeedServer, length: bytes) -> None:
    url = feed_server.add(
        "/len.xml", handler=hostile.raw(_answer("200 OK", [b"Content-Length: " + length], BODY))
    )
    result = Fetcher().fetch(url)
    assert result.outcome == "error" or result.body == BODY, result


@pytest.mark.parametrize(
    "etag",
    [b'"a\x01b"', b'"' + b"e" * 5000 + b'"', b'"\xff\xfe"', b'"a\rb"', b'"\x1b[31m"'],
)
def test_validators_that_cannot_be_sent_back_are_dropped(feed_server: FeedServer, etag: bytes) -> None:
    url = feed_server.add(
        "/etag.xml",
        handler=hostile.raw(
            _answer(
                "200 OK",
                [b"ETag: " + etag, b"Last-Modified: " + etag, b"Content-Length: %d" % len(BODY)],
                BODY,
            )
        ),
    )
    first = Fetcher().fetch(url)
    assert first.outcome == "ok"
    for kept in (first.etag, first.last_modified):  # "a\rb" arrives cut at the \r: '"a' may stay
        assert kept is None or (kept.isascii() and kept.isprintable() and len(kept) <= 512)
    # Even when an older version stored them: the next request goes out without them.
    again = Fetcher().fetch(url, etag=etag.decode("latin-1"), last_modified=etag.decode("latin-1"))
    assert again.outcome == "ok"


def test_a_huge_reason_phrase_is_cut(feed_server: FeedServer) -> None:
    url = feed_server.add(
        "/r.xml", handler=hostile.raw(_answer("500 " + "x" * 10_000, [b"Content-Length: 0"]))
    )
    result = Fetcher().fetch(url)
    assert result.outcome == "error" and len(result.error or "") < 200


@pytest.mark.parametrize("encoding", [b"br", b"compress", b"gzip, gzip", b"\x1b[31m"])
def test_unknown_content_encodings_are_an_error_value(feed_server: FeedServer, encoding: bytes) -> None:
    url = feed_server.add(
        "/enc.xml",
        handler=hostile.raw(
            _answer("200 OK", [b"Content-Encoding: " + encoding, b"Content-Length: %d" % len(BODY)], BODY)
        ),
    )
    result = Fetcher().fetch(url)
    assert result.outcome == "error" and result.kind == "protocol"
    assert "\x1b" not in (result.error or "")
