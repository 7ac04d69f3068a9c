"""One poll over good feeds beside every hostile kind at once, against a real local HTTP server.

The single poll must finish within a bound derived from the fetch limits, store every good feed's
items, leave each bad feed with a clear error, keep the process small, and let nothing local or
active into the database. Focused tests of each limit live in test_fetch.py and test_parse.py; this
one checks that they hold together, in one cycle, as the poller and the database see them.
"""

from __future__ import annotations

import random
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor.fetch import Fetcher, FetchLimits
from monitor.models import FeedConfig
from monitor.poller import Poller, PollReport
from monitor.schedule import parse_iso
from monitor.store import Store
from tests.support import hostile as attacks
from tests.support.feedserver import FeedServer, rss

LIMITS = FetchLimits(
    connect_timeout=1.0,
    read_timeout=1.5,
    total_timeout=3.0,
    max_bytes=1_000_000,
    max_decoded_bytes=2_000_000,
)
# A bound, not a speed target: every fetch runs at once, each capped by total_timeout, plus parsing
# and writing. Without the deadlines the hanging and trickling servers would hold the poll ~30 s.
TIME_BOUND = LIMITS.total_timeout * 3
MEMORY_BOUND = 200 * 1024 * 1024  # the bomb inflates to 400 MB and the endless stream has no end
HANDLER_LIFETIME = attacks.HANDLER_LIFETIME  # hostile handlers give up by themselves after this

Handler = attacks.Handler


def _good_items(prefix: str) -> list[dict[str, str]]:
    items = [
        {
            "title": f"{prefix}: La CNIL sanctionne Exemple{n} d'une amende de {n + 1} millions d'euros",
            "link": f"https://news.example/{prefix}/{n}",
            "guid": f"{prefix}-{n}",
            "description": f"<p>Amende de {n + 1} millions d'euros prononcée par la CNIL.</p>",
            "pubDate": f"Thu, {10 + n} Oct 2024 09:00:00 +0200",
        }
        for n in range(4)
    ]
    items.append(
        {"title": f"{prefix}: café and résumé news", "guid": f"{prefix}-plain", "description": "Text."}
    )
    return items


# Summaries an attacker would write: every way of running code or loading something by itself.
HOSTILE_SUMMARIES = [
    "<p>Keep me</p><script>alert(document.cookie)</script>",
    "<iframe src='https://evil.example/'></iframe><p>framed</p>",
    "<img src='https://tracker.example/pixel.gif' onerror='alert(1)'>",
    "<p onclick='steal()' onmouseover=\"steal()\">hover</p>",
    "<a href='javascript:alert(1)'>js link</a> <a href='JaVaScRiPt:alert(2)'>mixed case</a>",
    "<a href='jav&#x09;ascript:alert(3)'>entity-split scheme</a>",
    "<a href='file:///etc/passwd'>local file</a> <a href='data:text/html,<script>x</script>'>data</a>",
    "<svg onload='alert(4)'><circle/></svg><style>body{background:url(https://evil.example/)}</style>",
    "<object data='https://evil.example/x.swf'></object><embed src='https://evil.example/e'>",
    "<form action='https://evil.example/'><input name=p></form><meta http-equiv='refresh' content='0'>",
    "<a href='https://ok.example/read' target='_blank' onclick='x()'>a fine link</a>",
]
ACTIVE = re.compile(
    r"<\s*(script|iframe|img|svg|style|object|embed|form|input|meta|link|base)\b|\bon[a-z]+\s*=|"
    r"javascript:|file:|data:|\bsrc\s*=|\bstyle\s*=",
    re.IGNORECASE,
)


def _billion_laughs() -> str:
    levels = "".join(
        f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "lol") * 10 + '">\n' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{levels}]>\n<rss version="2.0"><channel>'
        "<title>Laughs</title><item><title>&lol9;</title><guid>lol</guid><description>&lol9;</description>"
        "</item></channel></rss>"
    )


def _quadratic_blowup() -> str:
    # No nesting, just one big entity used many times: 100 MB if it were ever expanded.
    refs = "&big;" * 2000
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "{"a" * 50_000}">]>\n<rss version="2.0">'
        f"<channel><title>Quadratic</title><item><title>q</title><guid>q</guid><description>{refs}"
        "</description></item></channel></rss>"
    )


def _external_entities(secret_url: str) -> str:
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n'
        f'<!ENTITY remote SYSTEM "{secret_url}">\n<!ENTITY % p SYSTEM "file:///etc/passwd">\n]>\n'
        '<rss version="2.0"><channel><title>XXE &x;</title><item><title>Item &x; &remote;</title>'
        "<guid>xxe-1</guid><description>&x;&remote;</description></item>"
        "<item><title>Second</title><guid>xxe-2</guid><description>before &x; after</description></item>"
        "</channel></rss>"
    )


@dataclass
class Hostile:
    path: str
    expect_error: str | None  # a phrase of feeds.last_error, or None when the feed must succeed


def _serve_everything(server: FeedServer, stop: threading.Event) -> tuple[list[Hostile], list[str]]:
    """Registers every route; returns the hostile feeds and the good ones' names."""
    for name in ("good-a", "good-b", "good-c"):
        server.add(f"/{name}.xml", rss(_good_items(name)))
    html = (
        b"<!doctype html><html><head><title>Authority</title>"
        b'<link rel="alternate" type="application/rss+xml" href="/real-feed.xml"></head>'
        b"<body><p>News</p></body></html>"
    )
    truncated = rss(_good_items("trunc")).encode()
    truncated = truncated[: truncated.index(b"trunc-2")]  # items 0 and 1 are whole
    utf8 = rss([{"title": "Décision de la Garante: 5 millions d’euros", "guid": "enc-1"}])
    # An even length makes the lying UTF-16 label decode "successfully" into garbage.
    header_lie = utf8.encode() + (b" " if len(utf8.encode()) % 2 else b"")
    declaration_lie = utf8.replace("encoding='utf-8'", "encoding='cp500'").encode()
    sanitise = rss(
        [
            {"title": f"hostile {n}", "guid": f"h-{n}", "description": body, "link": "https://ok.example/"}
            for n, body in enumerate(HOSTILE_SUMMARIES)
        ]
        + [
            {"title": "js item link", "guid": "h-js", "link": "javascript:alert(1)", "description": "x"},
            {"title": "file item link", "guid": "h-file", "link": "file:///etc/passwd", "description": "x"},
        ]
    )
    hostile = [
        Hostile("/hang.xml", "timed out"),
        Hostile("/trickle-body.xml", "timed out"),
        Hostile("/trickle-headers.xml", "timed out"),
        Hostile("/huge.xml", "announces"),
        Hostile("/endless.xml", "larger than"),
        Hostile("/bomb.xml", "decompressed"),
        Hostile("/loop-a.xml", "redirect loop"),
        Hostile("/to-file.xml", "refused redirect"),
        Hostile("/missing.xml", "HTTP 404"),
        Hostile("/gone.xml", "no longer polled"),
        Hostile("/broken.xml", "HTTP 500"),
        Hostile("/busy.xml", "HTTP 429"),
        Hostile("/unavailable.xml", "HTTP 503"),
        Hostile("/page.html", "HTML page"),
        Hostile("/binary.xml", "not a feed"),
        Hostile("/empty.xml", "empty response"),
        Hostile("/truncated.xml", None),
        Hostile("/header-lie.xml", None),
        Hostile("/declaration-lie.xml", None),
        Hostile("/laughs.xml", None),
        Hostile("/quadratic.xml", None),
        Hostile("/xxe.xml", None),
        Hostile("/sanitise.xml", None),
    ]
    server.add("/hang.xml", handler=attacks.silence(stop))
    server.add("/trickle-body.xml", handler=attacks.trickle_body(stop))
    server.add("/trickle-headers.xml", handler=attacks.trickle_headers(stop))
    server.add("/huge.xml", handler=attacks.announced_huge)
    server.add("/endless.xml", handler=attacks.endless(stop))
    server.add("/bomb.xml", attacks.gzip_bomb(400), headers={"Content-Encoding": "gzip"}, validators=False)
    server.add("/loop-a.xml", handler=attacks.redirect("/loop-b.xml"))
    server.add("/loop-b.xml", handler=attacks.redirect("/loop-a.xml"))
    server.add("/to-file.xml", handler=attacks.redirect("file:///etc/passwd"))
    server.add("/gone.xml", b"", status=410)
    server.add("/broken.xml", b"oops", status=500)
    server.add("/busy.xml", b"", status=429, headers={"Retry-After": "3600"})
    server.add("/unavailable.xml", b"", status=503, headers={"Retry-After": "7200"})
    server.add("/page.html", html, content_type="text/html; charset=utf-8")
    server.add("/binary.xml", random.Random(6).randbytes(20_000))
    server.add("/empty.xml", b"")
    server.add("/truncated.xml", truncated)
    server.add("/header-lie.xml", header_lie, content_type="application/rss+xml; charset=utf-16")
    server.add("/declaration-lie.xml", declaration_lie, content_type="application/xml")
    server.add("/laughs.xml", _billion_laughs())
    server.add("/quadratic.xml", _quadratic_blowup())
    server.add("/xxe.xml", _external_entities(server.url("/secret")))
    server.add("/secret", b"SECRET-FROM-AN-INTERNAL-URL", content_type="text/plain")
    server.add("/sanitise.xml", sanitise)
    return hostile, ["good-a", "good-b", "good-c"]


def _rss_now() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _peak_rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def _reset_peak() -> None:
    # "5" resets VmHWM to the current RSS (Linux >= 4.0), so the peak measured is this poll's own.
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _every_text(db: Path) -> Iterator[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        yield table, value
                    elif isinstance(value, bytes):
                        yield table, value.decode("latin-1")
    finally:
        conn.close()


@pytest.fixture
def roomy_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    # Every feed connects at the same instant; the default listen backlog of 5 would drop SYNs and
    # turn good feeds into connect timeouts, which is the test's crowd, not the app's fault.
    monkeypatch.setattr(ThreadingHTTPServer, "request_queue_size", 128)
    with FeedServer() as server:
        yield server


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # releases every hostile handler still holding a connection


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="memory is read from /proc")
def test_one_poll_survives_every_hostile_feed_at_once(
    db_path: Path, roomy_server: FeedServer, stop: threading.Event
) -> None:
    feed_server = roomy_server
    hostile, good = _serve_everything(feed_server, stop)
    feeds = [FeedConfig(name=name, url=feed_server.url(f"/{name}.xml")) for name in good]
    feeds += [FeedConfig(name=h.path.strip("/"), url=feed_server.url(h.path)) for h in hostile]
    poller = Poller(db_path, feeds, limits=LIMITS, fetch_workers=len(feeds), parse_workers=0)
    try:
        before = _rss_now()
        _reset_peak()
        started = time.monotonic()
        report = poller.poll(force=True)
        elapsed = time.monotonic() - started
        growth = _peak_rss() - before
        assert elapsed < TIME_BOUND, f"poll took {elapsed:.1f} s, bound {TIME_BOUND:g} s"
        assert growth < MEMORY_BOUND, f"peak memory grew by {growth / 2**20:.0f} MB"
        assert len(report.feeds) == len(feeds)
        _check_feeds(db_path, hostile, good)
        _check_contents(db_path, feed_server)
        _check_schedule(db_path, poller, feed_server, report)
    finally:
        poller.close()


def _check_feeds(db_path: Path, hostile: list[Hostile], good: list[str]) -> None:
    store = Store(db_path, readonly=True)
    try:
        rows = {row["name"]: row for row in store.feeds_health()}
        for name in good:
            row = rows[name]
            assert (row["last_status"], row["last_error"]) == ("ok", None), row
            assert _titles(store, name) == {item["title"] for item in _good_items(name)}
        problems = []
        for case in hostile:
            row = rows[case.path.strip("/")]
            if case.expect_error is None:
                if row["last_error"] is not None:
                    problems.append(f"{case.path}: unexpected error {row['last_error']!r}")
            elif case.expect_error not in (row["last_error"] or ""):
                problems.append(f"{case.path}: error {row['last_error']!r} lacks {case.expect_error!r}")
        assert not problems, "\n".join(problems)
        # A truncated feed keeps the items that parsed whole; lying labels still give real text.
        whole = {item["title"] for item in _good_items("trunc")[:2]}
        assert whole <= _titles(store, "truncated.xml") < {item["title"] for item in _good_items("trunc")}
        for name in ("header-lie.xml", "declaration-lie.xml"):
            assert _titles(store, name) == {"Décision de la Garante: 5 millions d’euros"}, name
        assert "real-feed.xml" in (rows["page.html"]["last_error"] or "")  # offered for the dialog
    finally:
        store.close()


def _titles(store: Store, feed: str) -> set[str]:
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT i.title FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.name = ?", (feed,)
        )
    }


def _check_contents(db_path: Path, feed_server: FeedServer) -> None:
    passwd = [line for line in Path("/etc/passwd").read_text(errors="replace").splitlines() if len(line) >= 8]
    assert passwd, "the test needs a non-empty /etc/passwd to look for"
    longest = 0
    for table, text in _every_text(db_path):
        longest = max(longest, len(text))
        leaked = [line for line in passwd if line in text]
        assert not leaked, f"{table} holds a line of /etc/passwd: {leaked[0]!r}"
        assert "root:x:0:0" not in text and "SECRET-FROM-AN-INTERNAL-URL" not in text, table
    # No entity was ever expanded: nothing stored comes near the 100 MB an expansion would give.
    assert longest < 200_000
    assert feed_server.hits["/secret"] == 0  # an external entity never makes us fetch a URL

    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT i.title, i.summary_html, i.link FROM items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE f.name = 'sanitise.xml'"
        ).fetchall()
    finally:
        conn.close()
    stored = {title: (html, link) for title, html, link in rows}
    assert len(stored) == len(HOSTILE_SUMMARIES) + 2
    for title, (html, _link) in stored.items():
        assert not ACTIVE.search(html), f"{title}: {html!r}"
    assert "Keep me" in stored["hostile 0"][0]  # the harmless part survives
    assert 'href="https://ok.example/read"' in stored[f"hostile {len(HOSTILE_SUMMARIES) - 1}"][0]
    assert stored["js item link"][1] is None and stored["file item link"][1] is None  # never offered


def _check_schedule(db_path: Path, poller: Poller, feed_server: FeedServer, report: PollReport) -> None:
    store = Store(db_path, readonly=True)
    try:
        rows = {row["name"]: row for row in store.feeds_health()}
    finally:
        store.close()
    assert rows["gone.xml"]["gone"] == 1
    for name, wait in (("busy.xml", 3600), ("unavailable.xml", 7200)):
        row = rows[name]
        asked = (parse_iso(row["next_poll_at"]) - parse_iso(row["last_polled_at"])).total_seconds()
        assert asked >= wait, (name, asked)
    page = next(f for f in report.feeds if f.name == "page.html")
    assert page.alternates == (feed_server.url("/real-feed.xml"),)
    # The next scheduled poll leaves the withdrawn feed alone and waits as the busy servers asked.
    hits = {path: feed_server.hits[path] for path in ("/gone.xml", "/busy.xml", "/unavailable.xml")}
    later = Poller(db_path, poller.feeds, limits=LIMITS, parse_workers=0, clock=lambda: datetime.now(tz=UTC))
    try:
        again = later.poll()
    finally:
        later.close()
    assert {f.name for f in again.feeds}.isdisjoint({"gone.xml", "busy.xml", "unavailable.xml"})
    assert {path: feed_server.hits[path] for path in hits} == hits


def test_headers_trickled_a_byte_at_a_time_stop_at_the_total_deadline(stop: threading.Event) -> None:
    """Socket timeouts only bound the silence between bytes; the deadline must hold in the headers too."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            deadline = time.monotonic() + HANDLER_LIFETIME
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not stop.is_set() and time.monotonic() < deadline:
                    conn.sendall(b"a")
                    stop.wait(0.3)
            except OSError:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        result = Fetcher(LIMITS).fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml")
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join(5)
        listener.close()
    assert result.outcome == "error" and "timed out" in (result.error or "")
    assert elapsed < LIMITS.total_timeout + LIMITS.read_timeout + 1
