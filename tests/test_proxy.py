"""Proxies: the environment's variables as curl and requests read them, and the `proxy` setting;
polls through a real tinyproxy on 127.0.0.1, shown by the Via header it adds and by its own log."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import settings
from monitor.fetch import Fetcher, FetchLimits
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.proxy import Proxy, ProxyError, bypassed, check_setting, choose, parse_proxy_url
from monitor.store import Store
from tests.support.cli import assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer, rss
from tests.support.proxy import Tinyproxy, tinyproxy

FAST = FetchLimits(connect_timeout=3.0, read_timeout=5.0, total_timeout=10.0)
P = "http://proxy.example:3128"


@pytest.mark.parametrize(
    ("url", "environ", "expected"),
    [
        ("https://a.example/", {"https_proxy": P}, P),
        ("http://a.example/", {"https_proxy": P}, None),  # https_proxy is for https URLs only
        ("http://a.example/", {"http_proxy": P}, P),
        ("http://a.example/", {"HTTP_PROXY": P}, P),
        ("https://a.example/", {"HTTPS_PROXY": P}, P),
        ("http://a.example/", {"http_proxy": P, "HTTP_PROXY": "http://other:1"}, P),  # lower case wins
        ("http://a.example/", {"HTTP_PROXY": P, "REQUEST_METHOD": "GET"}, None),  # httpoxy
        ("http://a.example/", {"http_proxy": P, "REQUEST_METHOD": "GET"}, P),
        ("https://a.example/", {"all_proxy": P}, P),
        ("https://a.example/", {"ALL_PROXY": P, "https_proxy": "http://first:1"}, "http://first:1"),
        ("http://a.example/", {"http_proxy": ""}, None),
        ("http://a.example/", {}, None),
    ],
)
def test_system_proxy_from_the_environment(url: str, environ: dict[str, str], expected: str | None) -> None:
    found = choose(url, "system", environ)
    assert (found.url.rstrip("/") if found else None) == expected


NO_PROXY_CASES = [
    ("a.example", 80, "a.example", True),
    ("www.a.example", 80, "a.example", True),  # subdomains, as curl and requests
    ("www.a.example", 80, ".a.example", True),
    ("www.a.example", 80, "*.a.example", True),
    ("a.example", 80, ".a.example", True),
    ("nota.example", 80, "a.example", False),  # a suffix is not a domain
    ("A.Example", 80, "a.EXAMPLE", True),
    ("a.example", 80, "b.example, a.example ,c.example", True),
    ("a.example", 80, "b.example a.example", True),
    ("anything.example", 443, "*", True),
    ("a.example", 8080, "a.example:8080", True),
    ("a.example", 80, "a.example:8080", False),
    ("10.1.2.3", 80, "10.0.0.0/8", True),
    ("11.1.2.3", 80, "10.0.0.0/8", False),
    ("127.0.0.1", 80, "127.0.0.1", True),
    ("::1", 80, "::1", True),
    ("::1", 8080, "[::1]:8080", True),
    ("a.example.", 80, "a.example", True),
    ("a.example", 80, "", False),
    ("a.example", 80, ",,", False),
]


@pytest.mark.parametrize(("host", "port", "no_proxy", "direct"), NO_PROXY_CASES)
def test_no_proxy_reads_like_curl(host: str, port: int, no_proxy: str, direct: bool) -> None:
    assert bypassed(host, port, no_proxy) is direct


def test_no_proxy_applies_to_the_environment_proxy() -> None:
    environ = {"https_proxy": P, "no_proxy": "cnil.fr,localhost"}
    assert choose("https://www.cnil.fr/rss", "system", environ) is None
    assert choose("https://ico.org.uk/rss", "system", environ) is not None


def test_the_setting_none_and_manual_override_the_environment() -> None:
    environ = {"http_proxy": P, "no_proxy": "a.example"}
    assert choose("http://a.example/", "none", environ) is None
    assert choose("http://b.example/", "none", environ) is None
    manual = choose("http://a.example/", "http://manual.example:8080", environ)
    assert manual == Proxy("http://manual.example:8080/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("127.0.0.1:3128", Proxy("http://127.0.0.1:3128/")),  # as curl: no scheme means http
        ("http://user:p%40ss@proxy.example:8080", Proxy("http://proxy.example:8080/", "user:p@ss")),
        ("https://proxy.example", Proxy("https://proxy.example/")),
    ],
)
def test_proxy_urls(text: str, expected: Proxy) -> None:
    assert parse_proxy_url(text) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("socks5://127.0.0.1:1080", "SOCKS"),
        ("http://[::1:3128", "IPv6"),
        ("http://proxy.example:99999", "port"),
        ("ftp://proxy.example", "must start with"),
        ("http://pro\x1bxy", "U+001B"),
    ],
)
def test_bad_proxy_settings_are_refused_with_a_reason(text: str, word: str) -> None:
    with pytest.raises(ProxyError, match=re.escape(word)):
        parse_proxy_url(text)
    assert word in (check_setting(text) or "")


def test_the_proxy_setting_is_declared_and_checked(db_path: Path) -> None:
    store = Store(db_path)
    try:
        assert settings.get(store, "proxy") == "system"
        with pytest.raises(settings.SettingError):
            settings.put(store, "proxy", "socks5://x:1")
        settings.put(store, "proxy", "http://127.0.0.1:3128")
        assert settings.get(store, "proxy") == "http://127.0.0.1:3128"
    finally:
        store.close()


def test_a_bad_proxy_variable_is_every_feed_s_error_not_a_crash(feed_server: FeedServer) -> None:
    url = feed_server.add("/a.xml", rss([{"title": "x", "guid": "1"}]))
    result = Fetcher(FAST, environ={"http_proxy": "socks5://127.0.0.1:1"}).fetch(url)
    assert (result.outcome, result.kind) == ("error", "proxy") and "http_proxy" in (result.error or "")


# -- through a real proxy ------------------------------------------------------------------------


@pytest.fixture
def proxy(tmp_path: Path) -> Iterator[Tinyproxy]:
    with tinyproxy(tmp_path) as running:
        yield running


def _via(server: FeedServer, path: str) -> list[str]:
    """For each request of `path`: "tinyproxy" when it came through it, "" when it came directly."""
    return [
        "tinyproxy" if "tinyproxy" in headers.get("Via", "") else ""
        for seen, headers in server.requests
        if seen == path
    ]


def test_a_fetch_goes_through_the_proxy_in_http_proxy(feed_server: FeedServer, proxy: Tinyproxy) -> None:
    url = feed_server.add("/through.xml", rss([{"title": "x", "guid": "1"}]))
    result = Fetcher(FAST, environ={"http_proxy": proxy.url}).fetch(url)
    assert result.outcome == "ok", result.error
    assert _via(feed_server, "/through.xml") == ["tinyproxy"]
    assert url in proxy.logged()


def test_no_proxy_sends_the_feed_directly(feed_server: FeedServer, proxy: Tinyproxy) -> None:
    url = feed_server.add("/direct.xml", rss([{"title": "x", "guid": "1"}]))
    result = Fetcher(FAST, environ={"HTTP_PROXY": proxy.url, "NO_PROXY": "localhost,127.0.0.1"}).fetch(url)
    assert result.outcome == "ok"
    assert _via(feed_server, "/direct.xml") == [""]
    assert url not in proxy.logged()


def test_monitor_poll_honours_http_proxy(tmp_path: Path, feed_server: FeedServer, proxy: Tinyproxy) -> None:
    url = feed_server.add("/cli.xml", rss([{"title": "Amende", "guid": "1"}]))
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(f"feeds:\n  - {{name: A, url: '{url}'}}\n", encoding="utf-8")
    environ = {"HTTP_PROXY": proxy.url, "http_proxy": proxy.url, "NO_PROXY": "", "no_proxy": ""}
    done = run_monitor("poll", "--db", tmp_path / "m.sqlite", "--feeds", feeds, env=environ)
    assert_no_traceback(done)
    assert done.returncode == 0 and "A: 1 new" in done.stdout, done.stdout + done.stderr
    assert _via(feed_server, "/cli.xml") == ["tinyproxy"]


def test_the_proxy_setting_is_used_by_the_poller(
    feed_server: FeedServer, proxy: Tinyproxy, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    url = feed_server.add("/set.xml", rss([{"title": "x", "guid": "1"}]))
    store = Store(db_path)
    settings.put(store, "proxy", proxy.url)  # as the settings dialog stores it
    store.close()
    poller = Poller(db_path, [FeedConfig(name="A", url=url)], limits=FAST, parse_workers=1)
    try:
        assert not poller.poll(force=True).errors
        assert _via(feed_server, "/set.xml") == ["tinyproxy"]
        store = Store(db_path)
        settings.put(store, "proxy", "none")
        store.close()
        monkeypatch.setenv("http_proxy", proxy.url)  # "none" wins over the environment
        assert not poller.poll(force=True).errors
        assert _via(feed_server, "/set.xml") == ["tinyproxy", ""]
    finally:
        poller.close()


def test_a_proxy_that_is_down_is_named_in_the_error(feed_server: FeedServer, tmp_path: Path) -> None:
    url = feed_server.add("/x.xml", rss([]))
    with tinyproxy(tmp_path) as running:
        address = running.url
    result = Fetcher(FAST, environ={"http_proxy": address}).fetch(url)
    assert (result.outcome, result.kind) == ("error", "proxy")
    assert result.error == f"proxy {address}/: connection refused by {address}/"


def test_proxy_credentials_are_sent(feed_server: FeedServer, tmp_path: Path) -> None:
    url = feed_server.add("/auth.xml", rss([{"title": "x", "guid": "1"}]))
    with tinyproxy(tmp_path, basic_auth=("reader", "s3cret")) as running:
        denied = Fetcher(FAST, environ={"http_proxy": running.url}).fetch(url)
        host = running.url.removeprefix("http://")
        allowed = Fetcher(FAST, environ={"http_proxy": f"http://reader:s3cret@{host}"}).fetch(url)
    assert denied.outcome == "error" and denied.status == 407
    assert allowed.outcome == "ok", allowed.error


def test_the_cli_says_once_when_the_proxy_fails_every_feed(tmp_path: Path, feed_server: FeedServer) -> None:
    with tinyproxy(tmp_path) as running:
        address = running.url  # stopped on leaving: nothing listens there any more
    urls = [feed_server.add(f"/p{n}.xml", rss([])) for n in range(3)]
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n" + "".join(f"  - {{name: F{n}, url: '{u}'}}\n" for n, u in enumerate(urls)))
    environ = {"http_proxy": address, "no_proxy": "", "NO_PROXY": ""}
    done = run_monitor("poll", "--db", tmp_path / "m.sqlite", "--feeds", feeds, env=environ)
    assert_no_traceback(done)
    assert done.returncode == 0 and done.stdout.count("through the proxy") == 1, done.stdout
    assert f"F1: error: proxy {address}/: connection refused" in done.stdout
