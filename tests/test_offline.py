"""Network failures named for what they are: refused, unknown host, unreachable, timed out; and offline.

urllib3 2.x makes NameResolutionError and NewConnectionError subclasses of ConnectTimeoutError;
the fetcher must test the most specific class first, or every failure reads "timed out".
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import urllib3

from monitor.fetch import Fetcher, FetchLimits
from monitor.fetch_errors import describe
from monitor.models import FeedConfig
from monitor.poller import FeedReport, Poller, PollReport
from tests.support.cli import assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer, rss

FAST = FetchLimits(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0)


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def test_a_refused_connection_says_so() -> None:
    result = Fetcher(FAST).fetch(f"http://127.0.0.1:{_closed_port()}/feed")
    assert (result.outcome, result.kind) == ("error", "refused")
    assert result.error == "connection refused by 127.0.0.1"


@pytest.mark.parametrize("host", ["feeds.invalid", "no-such-host.invalid", "a.b.c.invalid"])
def test_an_unknown_host_says_it_cannot_be_resolved(host: str) -> None:
    # .invalid never resolves (RFC 6761), with or without a network.
    result = Fetcher(FAST).fetch(f"http://{host}/feed")
    assert (result.outcome, result.kind) == ("error", "dns"), result
    assert result.error == f"cannot resolve host {host}"


def test_the_most_specific_urllib3_class_wins() -> None:
    # As urllib3 2.x raises them; each is also a ConnectTimeoutError.
    conn = urllib3.connection.HTTPConnection("h.example", 80)
    dns = urllib3.exceptions.NameResolutionError("h.example", conn, socket.gaierror(-2, "Name unknown"))
    refused = urllib3.exceptions.NewConnectionError(conn, "Failed to establish a new connection")
    refused.__cause__ = ConnectionRefusedError(111, "Connection refused")
    unreachable = urllib3.exceptions.NewConnectionError(conn, "Failed")
    unreachable.__cause__ = OSError(101, "Network is unreachable")
    timeout = urllib3.exceptions.ConnectTimeoutError(conn, "timed out")
    assert isinstance(dns, urllib3.exceptions.ConnectTimeoutError)
    assert describe(dns, "h.example") == ("cannot resolve host h.example", "dns")
    assert describe(refused, "h.example") == ("connection refused by h.example", "refused")
    assert describe(unreachable, "h.example")[1] == "unreachable"
    assert describe(timeout, "h.example") == ("timed out connecting to h.example", "timeout")
    via_proxy = urllib3.exceptions.ProxyError("Unable to connect to proxy", refused)
    assert describe(via_proxy, "h.example", "http://127.0.0.1:3128") == (
        "proxy http://127.0.0.1:3128: connection refused by http://127.0.0.1:3128",
        "proxy",
    )


def _report(*kinds: str | None) -> PollReport:
    return PollReport(
        feeds=[
            FeedReport(f"f{n}", "error" if kind else "new", error="x" if kind else None, error_kind=kind)  # type: ignore[arg-type]
            for n, kind in enumerate(kinds)
        ]
    )


def test_appears_offline_only_when_every_feed_failed_to_resolve_or_reach() -> None:
    assert _report("dns", "dns", "unreachable").appears_offline
    assert not _report("dns", None).appears_offline  # one feed answered: online
    assert not _report("dns", "refused").appears_offline  # a server is down, the network is up
    assert not _report("dns", "http").appears_offline
    assert not _report().appears_offline  # nothing polled says nothing


def test_a_poll_with_every_host_unknown_says_once_it_appears_offline(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(
        "feeds:\n" + "".join(f"  - {{name: F{n}, url: 'http://feed{n}.invalid/rss'}}\n" for n in range(5)),
        encoding="utf-8",
    )
    done = run_monitor("poll", "--db", tmp_path / "m.sqlite", "--feeds", feeds)
    assert_no_traceback(done)
    assert done.returncode == 0
    assert done.stdout.count("appears to be offline") == 1, done.stdout
    assert "F3: error: cannot resolve host feed3.invalid" in done.stdout
    assert "timed out" not in done.stdout


def test_a_poll_with_one_feed_reached_does_not_say_offline(
    tmp_path: Path, feed_server: FeedServer, db_path: Path
) -> None:
    good = feed_server.add("/a.xml", rss([{"title": "x", "guid": "1"}]))
    feeds = [
        FeedConfig(name="good", url=good),
        FeedConfig(name="gone", url="http://gone.invalid/"),
        FeedConfig(name="down", url=f"http://127.0.0.1:{_closed_port()}/"),
    ]
    poller = Poller(db_path, feeds, limits=FAST, parse_workers=1)
    try:
        report = poller.poll(force=True)
    finally:
        poller.close()
    kinds = {f.name: f.error_kind for f in report.feeds}
    assert kinds == {"good": None, "gone": "dns", "down": "refused"}
    assert not report.appears_offline
