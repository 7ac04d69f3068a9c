"""Every URL from outside is judged by monitor/urls.py: a bad one is a clear error where it enters.

The class: a server's Location header, a feeds.yml url and an OPML xmlUrl. Each bad form is tried
through the real fetcher on a loopback server, through the real CLI in a subprocess (no traceback,
the documented exit status, the other feeds' alerts still delivered), and in feeds.yml and OPML.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import parse_feeds
from monitor.config_values import ConfigError
from monitor.fetch import Fetcher
from monitor.opml import read_opml
from monitor.urls import FEEDS_FILE, WEB, BadURL, check, problem
from tests.support import hostile
from tests.support.cli import ROOT, assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer, rss

# Each: a URL no part of the app may choke on, and a word its error message must contain.
BAD_URLS = [
    ("http://[::1/feed", "IPv6"),  # the reported one: an unclosed bracket
    ("http://[::1]]/feed", "IPv6"),
    ("http://[not-an-address]/feed", "IPv6"),
    ("http://[::1]:99999/feed", "port"),
    ("http://example.org:0/feed", "port"),
    ("http://example.org:-1/feed", "port"),
    ("http://example.org:80a/feed", "port"),
    ("http://example.org:/feed", "port"),
    ("http://user:secret@example.org/feed", "passwords"),
    ("http://cnil.fr@evil.example/feed", "passwords"),
    ("http://evil.example\\@cnil.fr/feed", "backslash"),
    ("http://exa\x1bmple.org/feed", "U+001B"),
    ("http://example.org/\x1b]8;;file:///etc/passwd\x07", "U+001B"),
    ("http://example.org/fe\ned", "U+000A"),
    ("http://example.org/\x00x", "U+0000"),
    ("http://example.org/\x9b31m", "U+009B"),
    ("http://\u202egpj.example/", "U+202E"),
    ("http://ex ample.org/feed", "host"),
    ("http://" + "a" * 64 + ".example/feed", "host"),
    ("http://a..b.example/feed", "host"),
    ("http://xn--/feed", "host"),
    ("http://exa<mple.org/", "host"),
    ("http://256.1.1.1/feed", "IPv4"),
    ("http://" + "a" * 5000 + ".example/", "characters long"),
    ("http:///feed", "no host"),
    ("http://", "no host"),
    ("/relative/feed.xml", "relative"),
    ("//example.org/feed", "relative"),
    ("javascript:alert(1)", "must start with"),
    ("ftp://example.org/feed", "must start with"),
    ("data:text/xml,<rss/>", "must start with"),
    ("", "empty"),
    ("   ", "empty"),
]
GOOD_URLS = [
    ("http://[::1]/feed", "http://[::1]/feed"),
    ("http://[::1]:8080/feed", "http://[::1]:8080/feed"),
    ("HTTPS://Example.ORG", "https://example.org/"),
    ("http://café.example/flux", "http://xn--caf-dma.example/flux"),
    ("  http://example.org/a b  ", "http://example.org/a%20b"),
    ("http://example.org/feed#top", "http://example.org/feed#top"),
    ("http://127.0.0.1:65535/x?y=1", "http://127.0.0.1:65535/x?y=1"),
]


@pytest.mark.parametrize(("url", "word"), BAD_URLS)
def test_a_bad_url_is_a_clear_error_value(url: str, word: str) -> None:
    with pytest.raises(BadURL) as caught:
        check(url)
    message = str(caught.value)
    assert word in message, message
    assert "\x1b" not in message and "\n" not in message and len(message) < 400


@pytest.mark.parametrize(("url", "expected"), GOOD_URLS)
def test_good_urls_come_out_absolute_and_ascii(url: str, expected: str) -> None:
    assert check(url).url == expected


def _accepted(url: str, schemes: tuple[str, ...]) -> bool:
    try:
        check(url, schemes=schemes)
    except BadURL:
        return False
    return True


# URL-shaped texts near the edges of what `problem` takes without urlsplit: labels up to and past 63
# characters, digits and dots, ports, brackets, "@", and one backslash, space, control or non-ASCII
# character in the path. Most are good labels, so that most hosts are.
_GOOD_LABEL = st.from_regex(r"[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,6}[a-zA-Z0-9_])?", fullmatch=True)
_ODD_LABEL = st.sampled_from(
    ["1", "255", "256", "01", "café", "ß", "", "-a", "a-", "a" * 63, "a" * 64, "b." * 94 + "b"]
)  # the last: 189 characters, with "a" * 63 past the 253 of a host name
_HOSTS = st.lists(st.one_of(_GOOD_LABEL, _GOOD_LABEL, _GOOD_LABEL, _ODD_LABEL), min_size=1, max_size=4).map(
    ".".join
)
_PATHS = st.tuples(
    st.sampled_from(["", "/", "/", "?", "#", "[", "@"]),
    st.text("a%@[].~/", max_size=6),
    st.sampled_from(["", "", "", "\\", " ", "\t", "\x7f", "\u202e", "é"]),
    st.text("/?#a", max_size=3),
).map("".join)
_URLS = st.tuples(
    st.sampled_from(["http://", "https://", "HTTP://", "file://", "ftp://", "http:/", "http://u@"]),
    _HOSTS,
    st.sampled_from(["", ":", ":0", ":1", ":80", ":9999", ":65535", ":65536", ":08", ":x"]),
    _PATHS,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_URLS, st.sampled_from([WEB, FEEDS_FILE, ("https",)]))
def test_problem_accepts_exactly_the_urls_check_accepts(url: str, schemes: tuple[str, ...]) -> None:
    # `problem` takes a plain http(s) URL without urlsplit (the cached feeds file's 2,000 URLs):
    # it must judge every text as `check` does.
    assert (problem(url, schemes=schemes) is None) == _accepted(url, schemes), url


def test_relative_locations_resolve_against_the_url_that_sent_them() -> None:
    assert check("/next.xml", base="http://a.example/feed/x.xml").url == "http://a.example/next.xml"
    assert check("//b.example/x", base="https://a.example/").url == "https://b.example/x"
    assert check("y.xml", base="http://a.example/feed/x.xml").url == "http://a.example/feed/y.xml"


@pytest.mark.parametrize(("url", "word"), [(u, w) for u, w in BAD_URLS[:24] if "\n" not in u])
def test_a_bad_location_fails_that_fetch_only(feed_server: FeedServer, url: str, word: str) -> None:
    # Sent byte for byte: the header may carry what no HTTP library would ever send.
    target = feed_server.add("/moved.xml", handler=hostile.redirect(url.encode("utf-8", "surrogateescape")))
    result = Fetcher().fetch(target)
    assert result.outcome == "error" and result.kind == "redirect", result
    assert "refused redirect" in (result.error or "")
    if url.isascii():  # http.client reads header bytes as Latin-1: U+202E arrives as three characters
        assert word in (result.error or ""), result.error


def test_one_bad_link_in_a_feed_or_a_page_is_skipped_not_the_feed() -> None:
    from monitor.parse import find_alternates
    from monitor.pipeline import prepare_feed

    page = (
        b"<html><head><link rel='alternate' type='application/rss+xml' href='http://[::1/feed'>"
        b"<link rel='alternate' type='application/rss+xml' href='/ok.xml'></head></html>"
    )
    assert find_alternates(page, "http://a.example/") == ("http://a.example/ok.xml",)
    items = [{"title": f"t{n}", "guid": str(n), "link": link} for n, (link, _) in enumerate(BAD_URLS[:12])]
    items.append({"title": "good", "guid": "good", "link": "https://ok.example/a#b"})
    parsed = prepare_feed(rss(items).encode(), "http://a.example/", None, None, None)
    assert [i.link for i in parsed.items] == [None] * 12 + ["https://ok.example/a#b"]


def test_a_location_of_a_megabyte_is_refused(feed_server: FeedServer) -> None:
    target = feed_server.add("/long.xml", handler=hostile.redirect("/" + "a" * 60_000))
    result = Fetcher().fetch(target)
    assert result.outcome == "error"


def _feeds(path: Path, feeds: list[tuple[str, str, str]]) -> Path:
    lines = ["feeds:"]
    for name, url, kind in feeds:
        lines += [f"  - name: {name}", f"    url: '{url}'", f"    kind: {kind}"]
        if kind == "authority":
            lines.append("    authority: CNIL")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FINE_ITEMS = [
    {
        "title": "La CNIL inflige une amende de 20 millions d'euros à Clearview AI",
        "link": "https://www.cnil.fr/fr/clearview",
        "guid": "cnil-clearview",
        "description": "La CNIL a prononcé une amende de 20 millions d'euros contre Clearview AI.",
        "pubDate": "Thu, 20 Oct 2022 09:00:00 +0200",
    }
]


def test_a_bad_location_never_breaks_the_poll_and_other_alerts_are_delivered(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    good = feed_server.add("/cnil.xml", rss(FINE_ITEMS, title="CNIL"))
    bad = feed_server.add("/bad.xml", handler=hostile.redirect(b"http://[::1/feed"))
    feeds = _feeds(tmp_path / "feeds.yml", [("CNIL", good, "authority"), ("Broken", bad, "news")])
    db = tmp_path / "m.sqlite"
    for _ in range(2):  # the second poll is where a bad feed that was never marked failed crashed again
        done = run_monitor("poll", "--db", db, "--feeds", feeds)
        assert_no_traceback(done)
        assert done.returncode == 0, done.stderr
        assert "Broken: error: refused redirect" in done.stdout and "IPv6" in done.stdout
    first = run_monitor("alerts", "--db", db, "--json")
    assert '"delivered": true' in first.stdout and '"delivered": false' not in first.stdout
    with sqlite3.connect(db) as conn:
        failures, error = conn.execute(
            "SELECT consecutive_failures, last_error FROM feeds WHERE name = 'Broken'"
        ).fetchone()
    assert failures == 2 and "IPv6" in error


def test_poll_every_goes_on_after_a_bad_location(tmp_path: Path, feed_server: FeedServer) -> None:
    good = feed_server.add("/good.xml", rss(FINE_ITEMS, title="Good"))
    bad = feed_server.add("/bad.xml", handler=hostile.redirect(b"http://[::1/feed"))
    feeds = _feeds(tmp_path / "feeds.yml", [("Good", good, "news"), ("Broken", bad, "news")])
    command = [sys.executable, "-m", "monitor", "poll", "--every", "1m", "--db", str(tmp_path / "m.sqlite")]
    proc = subprocess.Popen(
        [*command, "--feeds", str(feeds)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if line.startswith("Polled "):
                break
        assert any("Broken: error: refused redirect" in line for line in lines), lines
        time.sleep(1)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""  # still polling on schedule
    finally:
        proc.terminate()
        proc.communicate(timeout=10)  # reaps it and closes both pipes


@pytest.mark.parametrize(("url", "word"), [(u, w) for u, w in BAD_URLS if "\n" not in u and "\x00" not in u])
def test_a_bad_url_in_feeds_yml_is_a_line_numbered_problem(url: str, word: str) -> None:
    text = f"feeds:\n  - name: Fine\n    url: http://ok.example/a\n  - name: Bad\n    url: {url!r}\n"
    text = text.replace("\\\\", "\\")  # repr doubled the backslash; YAML single quotes keep it as is
    if "'" in url or "\\x" in repr(url) or "\\u" in repr(url):
        escaped = url.encode("unicode_escape").decode("ascii").replace('"', '\\"')
        text = f'feeds:\n  - name: Fine\n    url: http://ok.example/a\n  - name: Bad\n    url: "{escaped}"\n'
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text, "feeds.yml")
    lines = [line for line, _ in caught.value.problems]
    assert lines and all(line in (4, 5) for line in lines), caught.value.problems
    assert "\x1b" not in str(caught.value)


def test_the_cli_reports_a_bad_feeds_yml_url_with_its_line_and_status_2(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yml"
    feeds.write_text("feeds:\n  - name: A\n    url: 'http://[::1/feed'\n", encoding="utf-8")
    done = run_monitor("poll", "--db", tmp_path / "m.sqlite", "--feeds", feeds)
    assert_no_traceback(done)
    assert done.returncode == 2
    assert f"{feeds}:3:" in done.stderr and "IPv6" in done.stderr


def _opml(urls: list[str]) -> str:
    from xml.sax.saxutils import quoteattr

    outlines = "".join(
        f"<outline type='rss' text='Feed {n}' xmlUrl={quoteattr(url)}/>\n" for n, url in enumerate(urls)
    )
    return f"<?xml version='1.0'?>\n<opml version='2.0'><head/><body>\n{outlines}</body></opml>"


def test_bad_opml_outlines_are_skipped_and_the_rest_imported() -> None:
    # XML cannot carry those controls; an outline with an empty xmlUrl is a folder, not a feed.
    usable = [u for u, _ in BAD_URLS if u.strip() and not any(c in u for c in "\x00\x1b\x9b\x0a")]
    problems: list[str] = []
    feeds = read_opml(_opml(["http://good.example/a", *usable, "https://good.example/b"]), "x.opml", problems)
    assert [f.url for f in feeds] == ["http://good.example/a", "https://good.example/b"]
    assert len(problems) == len(usable), problems
    assert all(p.startswith("line ") and "skipped" in p for p in problems)


def test_the_cli_imports_the_good_outlines_of_an_opml_with_a_bad_one(tmp_path: Path) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text(_opml(["http://[::1/feed", "https://good.example/feed"]), encoding="utf-8")
    feeds = _feeds(tmp_path / "feeds.yml", [("Mine", "https://mine.example/feed", "news")])
    done = run_monitor("feeds", "import", opml, "--feeds", feeds)
    assert_no_traceback(done)
    assert done.returncode == 0, done.stderr
    assert "added 1 feed" in done.stdout and "line 3: skipped" in done.stderr
    assert "https://good.example/feed" in feeds.read_text(encoding="utf-8")
