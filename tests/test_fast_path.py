"""The poll's fast path (stored entries cut out before feedparser) stores exactly what the plain path does.

Checked on the real fixtures and on every test feed of feedparser's own sdist: for each document, a
database that stored the whole document in one go must hold the same items as one that had stored
some of its entries before and then polled the document through the fast path.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.models import FeedConfig, ParsedItem
from monitor.parse import MAX_SUMMARY_HTML, clean_html_to_text, html_to_text, parse_feed, sanitize_html
from monitor.store import Store

SHARED = Path(os.environ.get("MONITOR_SHARED") or Path(__file__).resolve().parents[2] / "shared")
FIXTURES = SHARED / "fixtures" / "real-feeds"
URL = "http://example.org/feeds/feed.xml"
NOW = "2025-01-01T00:00:00Z"


def _feedparser_test_feeds() -> list[Path]:
    """feedparser's own test feeds, from its sdist, downloaded once into the user's cache."""
    version = feedparser.__version__
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "regulatory-monitor"
    root = cache / f"feedparser-{version}"
    if not root.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             f"feedparser=={version}", "-d", str(cache)],
            capture_output=True, text=True, check=False, timeout=300,
        )  # fmt: skip
        sdist = cache / f"feedparser-{version}.tar.gz"
        if done.returncode != 0 or not sdist.exists():
            pytest.skip(f"cannot download feedparser's sdist: {done.stderr.strip()[-300:]}")
        partial = cache / f"feedparser-{version}.partial"
        with tarfile.open(sdist) as tar:
            members = [m for m in tar.getmembers() if "/tests/" in m.name and m.isfile()]
            tar.extractall(partial, members=members, filter="data")
        partial.rename(root)
    return sorted(p for p in root.rglob("*") if p.suffix in (".xml", ".rdf", ".rss", ".atom"))


def _rows(store: Store, feed_id: int) -> dict[str, tuple[Any, ...]]:
    cursor = store.conn.execute("SELECT * FROM items WHERE feed_id = ? ORDER BY guid", (feed_id,))
    names = [d[0] for d in cursor.description]
    out = {}
    for row in cursor.fetchall():
        values = dict(zip(names, row, strict=True))
        values.pop("id")
        values.pop("feed_id")
        out[values["guid"]] = tuple(values.items())
    return out


class _Pair:
    """Two databases side by side: one fed by the plain path, one by the fast path."""

    def __init__(self, tmp: Path) -> None:
        self.plain = Store(tmp / "plain.sqlite")
        self.fast = Store(tmp / "fast.sqlite")
        self.count = 0

    def check(self, body: bytes, content_type: str | None = None) -> int:
        """Returns how many entries the fast path skipped."""
        self.count += 1
        name = f"feed {self.count}"
        ids = []
        for store in (self.plain, self.fast):
            with store.transaction():
                store.sync_feeds([FeedConfig(name=name, url=URL)], NOW)
                feed = store.feed_by_name(name)
                assert feed is not None
                ids.append(feed["id"])
        whole = parse_feed(body, URL, content_type)
        with self.plain.transaction():
            self.plain.store_items(ids[0], whole.items, NOW)
        # The fast database had stored every other entry (as parsed then) before this poll.
        before: list[ParsedItem] = list(whole.items[::2])
        with self.fast.transaction():
            self.fast.store_items(ids[1], before, NOW)
        seen = {item.entry_digest for item in before if item.entry_digest}
        guids = {item.guid for item in before}
        fast = parse_feed(body, URL, content_type, seen=seen, stored_guids=guids)
        with self.fast.transaction():
            self.fast.store_items(ids[1], fast.items, NOW)
        assert _rows(self.fast, ids[1]) == _rows(self.plain, ids[0])
        # And a poll where nothing changed stores nothing new and skips whatever it can.
        seen_all = {item.entry_digest for item in whole.items if item.entry_digest}
        again = parse_feed(body, URL, content_type, seen=seen_all, stored_guids={i.guid for i in whole.items})
        with self.fast.transaction():
            result = self.fast.store_items(ids[1], again.items, NOW)
        assert not result.new and not result.updated
        assert _rows(self.fast, ids[1]) == _rows(self.plain, ids[0])
        assert len(again.items) + again.skipped >= len(whole.items)
        return fast.skipped

    def close(self) -> None:
        self.plain.close()
        self.fast.close()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[_Pair]:
    both = _Pair(tmp_path)
    yield both
    both.close()


def test_real_fixtures_store_the_same_items(pair: _Pair) -> None:
    files = sorted(p for p in FIXTURES.glob("*") if p.suffix in (".xml", ".rss", ".atom", ".rdf"))
    if not files:
        pytest.skip(f"real fixtures not found at {FIXTURES}: set MONITOR_SHARED")
    assert len(files) == 15
    skipped = sum(pair.check(path.read_bytes()) for path in files)
    assert skipped > 0  # the fast path really ran on these feeds


def test_feedparser_test_feeds_store_the_same_items(pair: _Pair) -> None:
    files = _feedparser_test_feeds()
    assert len(files) > 1000
    skipped = 0
    for path in files:
        try:
            skipped += pair.check(path.read_bytes())
        except AssertionError as exc:
            raise AssertionError(f"{path.name}: {exc}") from exc
    assert skipped > 0


def test_a_new_entry_is_parsed_and_the_old_ones_are_not() -> None:
    from monitor.feedserver import rss

    old = [{"title": f"Old {n}", "guid": f"g{n}", "description": f"<p>{n}</p>"} for n in range(3)]
    first = parse_feed(rss(old).encode(), URL)
    seen = {item.entry_digest for item in first.items if item.entry_digest}
    assert len(seen) == 3
    new = {"title": "New", "guid": "g9", "description": "<p>new</p>"}
    second = parse_feed(rss([new, *old]).encode(), URL, seen=seen, stored_guids={"g0", "g1", "g2"})
    assert [item.title for item in second.items] == ["New"]
    assert second.skipped == 3


def test_an_entry_repeating_a_stored_guid_makes_the_whole_document_parse() -> None:
    from monitor.feedserver import rss

    entries = [{"title": "A", "guid": "same", "description": "a"}, {"title": "B", "guid": "same"}]
    whole = parse_feed(rss(entries).encode(), URL)
    assert [item.title for item in whole.items] == ["A"]
    seen = {whole.items[0].entry_digest or ""}
    guid = whole.items[0].guid
    again = parse_feed(rss(entries).encode(), URL, seen=seen, stored_guids={guid})
    assert again.skipped == 0 and [item.title for item in again.items] == ["A"]


# --- Plain text of sanitised HTML without a second nh3 pass ---------------------------------------

_SNIPPETS = [
    "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&middot;", "&#39;", "&#x3C;", "&amp", "&", "<", ">", '"',
    "'", "&notin", "<!--", "-->", "<![CDATA[", "]]>", "\n", "\r\n", "\u00a0", "&#0;", "\x00",
    "<!doctype html>", "</", "<?x?>",
]  # fmt: skip
_TAGS = [
    "a", "p", "b", "table", "tr", "td", "th", "li", "ul", "br", "img", "script", "style", "div", "pre", "PRE",
    "q", "svg", "math", "title", "textarea", "noscript", "iframe", "select", "template", "form", "xmp",
    "plaintext", "tbody", "h1", "dl", "dt", "button",
]  # fmt: skip
_ATTRS = [
    "", ' href="x>y"', " href='a\"b'", ' title="&quot;>&lt;"', " href=/x", ' colspan="2"', " onclick=x()",
    ' href="javascript:x"', ' href="https://e.org/?a=1&b=2"',
]  # fmt: skip
_HTML_PIECES = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
    st.sampled_from(_SNIPPETS),
    st.builds(
        lambda tag, attr, close: f"<{'/' if close else ''}{tag}{attr}>",
        st.sampled_from(_TAGS),
        st.sampled_from(_ATTRS),
        st.booleans(),
    ),
)


def _text_matches(raw: str) -> None:
    cleaned = sanitize_html(raw)
    assert clean_html_to_text(cleaned) == html_to_text(cleaned), raw


@settings(max_examples=3000, deadline=None)
@given(st.lists(_HTML_PIECES, max_size=30).map("".join))
def test_text_of_sanitised_html_equals_a_second_nh3_pass(raw: str) -> None:
    _text_matches(raw)


def test_text_of_sanitised_html_on_real_and_feedparser_feeds(shared_dir: Path) -> None:
    files = sorted((shared_dir / "fixtures" / "real-feeds").glob("*.xml")) + _feedparser_test_feeds()
    checked = 0
    for path in files:
        parsed = feedparser.parse(path.read_bytes(), sanitize_html=False, resolve_relative_uris=True)
        for entry in parsed.entries:
            values = [entry.get("summary"), entry.get("title")]
            values += [content.get("value") for content in entry.get("content") or []]
            for value in values:
                if value:
                    _text_matches(str(value))
                    checked += 1
    assert checked > 1500
    _text_matches("<p>" + "x &amp; y " * (MAX_SUMMARY_HTML // 8) + "</p>")  # cut inside a reference
