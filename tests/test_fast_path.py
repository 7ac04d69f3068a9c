"""The poll's fast path (stored entries cut out before feedparser) stores exactly what the plain path does.

Checked on the real fixtures and on every test feed of feedparser's own sdist: for each document, a
database that stored the whole document in one go must hold the same items as one that had stored
some of its entries before and then polled the document through the fast path.

The lxml reader (monitor.parse.fast) is held to the same standard: on every real fixture, every
feedparser test feed, the benchmark feeds and generated RSS/Atom documents it either declines or gives
a ParsedFeed equal, field for field and item for item, to the one feedparser's result gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import feedparser
import feedparser.datetimes
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.models import FeedConfig, ParsedItem
from monitor.parse import (
    MAX_SUMMARY_HTML,
    clean_html_to_text,
    fast,
    fast_values,
    html_to_text,
    parse_feed,
    sanitize_html,
)
from monitor.store import Store
from tests.support.parsers import CONTENT_TYPES, same_or_declined

URL = "http://example.org/feeds/feed.xml"
NOW = "2025-01-01T00:00:00Z"


def _feed_files(tests_dir: Path) -> list[Path]:
    return sorted(p for p in tests_dir.rglob("*") if p.suffix in (".xml", ".rdf", ".rss", ".atom"))


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


def test_real_fixtures_store_the_same_items(pair: _Pair, shared_dir: Path) -> None:
    files = _feed_files(shared_dir / "fixtures" / "real-feeds")
    assert len(files) == 15
    skipped = sum(pair.check(path.read_bytes()) for path in files)
    assert skipped > 0  # the fast path really ran on these feeds


def test_feedparser_test_feeds_store_the_same_items(pair: _Pair, feedparser_tests_dir: Path) -> None:
    files = _feed_files(feedparser_tests_dir)
    assert len(files) > 1000
    skipped = 0
    for path in files:
        try:
            skipped += pair.check(path.read_bytes())
        except AssertionError as exc:
            raise AssertionError(f"{path.name}: {exc}") from exc
    assert skipped > 0


def test_a_new_entry_is_parsed_and_the_old_ones_are_not() -> None:
    from tests.support.feedserver import rss

    old = [{"title": f"Old {n}", "guid": f"g{n}", "description": f"<p>{n}</p>"} for n in range(3)]
    first = parse_feed(rss(old).encode(), URL)
    seen = {item.entry_digest for item in first.items if item.entry_digest}
    assert len(seen) == 3
    new = {"title": "New", "guid": "g9", "description": "<p>new</p>"}
    second = parse_feed(rss([new, *old]).encode(), URL, seen=seen, stored_guids={"g0", "g1", "g2"})
    assert [item.title for item in second.items] == ["New"]
    assert second.skipped == 3


def test_the_fast_reader_reads_only_the_entries_not_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.feedserver import rss

    old = [{"title": f"Old {n}", "guid": f"g{n}", "description": f"<p>{n}</p>"} for n in range(3)]
    first = parse_feed(rss(old).encode(), URL)
    seen = {item.entry_digest for item in first.items if item.entry_digest}
    read: list[bytes] = []
    real = fast.read

    def spy(body: bytes, *args: Any) -> Any:
        read.append(body)
        return real(body, *args)

    monkeypatch.setattr(fast, "read", spy)
    new = {"title": "New", "guid": "g9", "description": "<p>new</p>"}
    second = parse_feed(rss([new, *old]).encode(), URL, seen=seen, stored_guids={"g0", "g1", "g2"})
    assert [item.title for item in second.items] == ["New"]
    assert len(read) == 1 and b"New" in read[0] and b"Old" not in read[0]


def test_an_entry_repeating_a_stored_guid_makes_the_whole_document_parse() -> None:
    from tests.support.feedserver import rss

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


def test_text_of_sanitised_html_on_real_and_feedparser_feeds(
    shared_dir: Path, feedparser_tests_dir: Path
) -> None:
    files = sorted((shared_dir / "fixtures" / "real-feeds").glob("*.xml")) + _feed_files(feedparser_tests_dir)
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


# --- The lxml reader (monitor.parse.fast): declines, or gives exactly what feedparser gives ----------


def _same_or_declined(body: bytes, url: str = URL, content_type: str | None = None) -> bool:
    return same_or_declined(body, url, content_type)


def test_lxml_reader_on_the_real_fixtures(shared_dir: Path) -> None:
    accepted = set()
    for path in sorted((shared_dir / "fixtures" / "real-feeds").glob("*.xml")):
        for content_type in CONTENT_TYPES:
            if _same_or_declined(path.read_bytes(), f"https://feeds.example/{path.name}", content_type):
                accepted.add(path.name)
    # The well-formed RSS 2.0 and Atom fixtures in UTF-8 with only elements it knows.
    assert {
        "boj-ja-crlf.rss.xml", "ec-presscorner.rss.xml", "govuk-cma.atom.xml", "heise-developer-de.atom.xml",
        "google-alerts.atom.xml", "riksbank-utf8-bom.rss.xml",
    } <= accepted  # fmt: skip


def test_lxml_reader_on_feedparser_test_feeds(feedparser_tests_dir: Path) -> None:
    accepted = 0
    for path in _feed_files(feedparser_tests_dir):
        for content_type in CONTENT_TYPES:
            try:
                accepted += _same_or_declined(path.read_bytes(), URL, content_type)
            except AssertionError as exc:
                raise AssertionError(f"{path.name} ({content_type}): {exc}") from exc
    assert accepted > 800


def test_lxml_reader_accepts_the_benchmark_feeds() -> None:
    from tests.support import feedgen

    for n in range(12):
        content_type = feedgen.CONTENT_TYPE_OF[feedgen.feed_format(n)]
        for generation in (0, 7):
            body = feedgen.feed_document(n, generation)
            assert _same_or_declined(body, f"http://127.0.0.1:8000/feed/{n}", content_type), n


def test_lxml_reader_refuses_dtds_and_entities() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<rss version="2.0"><channel><title>&b;</title><item><title>x</title></item></channel></rss>'
    )
    assert fast.read(bomb, URL, "application/xml") is None
    external = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>&ext;</title>'
        b"<item><title>x</title></item></channel></rss>"
    )
    assert fast.read(external, URL, "application/xml") is None


# Generated documents: the pieces real feeds are made of, and the traps around them.
_WORDS = st.sampled_from(
    ["Fine", "CNIL", "H&M", "a < b", "€5 million", "Ã©t\u00e9", "\u0093quoted\u0094", "<b>bold</b>", "&amp;",
     "&lt;p&gt;x&lt;/p&gt;", "<p>para</p>", "&middot;", "&hellip;", "&bogus;", "<br/>", "<p/>", "</br>",
     '<a href="/rel/1">r</a>', '<a href="https://x.example/a?b=1&amp;c=2">q</a>',
     '<a href="javascript:x">j</a>',
     "<!-- c -->", "<img src='i.png'>", "  ", "\n", "x@y.example", "Desk (desk@news.example)", "]]>", "'\"'"]
)  # fmt: skip
_TEXT = st.lists(_WORDS, max_size=6).map(" ".join)
_DATES = st.builds(
    lambda day, hour, offset, form: (
        (day.replace(hour=hour)).strftime("%a, %d %b %Y %H:%M:%S ") + offset[0]
        if form
        else day.replace(hour=hour).strftime("%Y-%m-%dT%H:%M:%S") + offset[1]
    ),
    st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2026, 12, 31)),
    st.integers(0, 23),
    st.sampled_from(
        [
            ("+0000", "Z"),
            ("GMT", "+00:00"),
            ("-0500", "-05:00"),
            ("+0130", "+01:30"),
            ("EST", "+14:00"),
            ("Z", ".123Z"),
            ("UT", ""),
        ]
    ),
    st.booleans(),
)
_LINKS = st.sampled_from(
    ["https://a.example/x", "/relative/path", "x?a=1&b=2", "", "javascript:alert(1)", "  p  "]
)


def _escaped(value: str, cdata: bool) -> str:
    return f"<![CDATA[{value}]]>" if cdata and "]]>" not in value else xml_escape(value)


# tag drawn → (element, value strategy, may be CDATA)
_RSS_PARTS = {
    "title": ("title", _TEXT, True),
    "guid": ("guid", _LINKS, False),
    "guidfalse": ('guid isPermaLink="false"', _LINKS, False),
    "description": ("description", _TEXT, True),
    "content": ("content:encoded", _TEXT, True),
    "pubDate": ("pubDate", _DATES, False),
    "updated": ("dc:date", _DATES, False),
    "author": ("author", _TEXT, False),
    "creator": ("dc:creator", _TEXT, False),
    "category": ("category", _TEXT, False),
}


@st.composite
def _rss_document(draw: st.DrawFn) -> bytes:
    items = []
    for _ in range(draw(st.integers(1, 4))):
        parts = []
        for tag in draw(st.lists(st.sampled_from(
            ["title", "title", "link", "guid", "guidfalse", "description", "content", "pubDate", "author",
             "creator", "category", "updated"]), max_size=9)):  # fmt: skip
            cdata = draw(st.booleans())
            if tag in _RSS_PARTS:
                element, strategy, escaped = _RSS_PARTS[tag]
                value = draw(strategy)
                text = _escaped(value, cdata) if escaped else xml_escape(value)
                parts.append(f"<{element}>{text}</{element.split()[0]}>")
            else:
                parts.append(f"<link>{xml_escape(draw(_LINKS))}</link>")
        base = draw(st.sampled_from(["", ' xml:base="https://base.example/dir/"', ' xml:base="sub/"']))
        items.append(f"<item{base}>{''.join(parts)}</item>")
    title = _escaped(draw(_TEXT), draw(st.booleans()))
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>{xml_escape(draw(_LINKS))}</link>"
        f"<language>{draw(st.sampled_from(['en', 'fr-FR', 'x', '']))}</language>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


@st.composite
def _atom_document(draw: st.DrawFn) -> bytes:
    entries = []
    for _ in range(draw(st.integers(1, 4))):
        parts = []
        for tag in draw(st.lists(st.sampled_from(
            ["title", "link", "linkself", "id", "summary", "content", "published", "updated", "author"]),
            max_size=9)):  # fmt: skip
            kind = draw(st.sampled_from(["", ' type="text"', ' type="html"']))
            if tag in ("title", "summary", "content"):
                parts.append(f"<{tag}{kind}>{_escaped(draw(_TEXT), draw(st.booleans()))}</{tag}>")
            elif tag == "link":
                parts.append(f'<link rel="alternate" href={quoteattr(draw(_LINKS))}/>')
            elif tag == "linkself":
                parts.append(f'<link rel="self" href={quoteattr(draw(_LINKS))}/>')
            elif tag == "id":
                parts.append(f"<id>{xml_escape(draw(_LINKS))}</id>")
            elif tag in ("published", "updated"):
                parts.append(f"<{tag}>{draw(_DATES)}</{tag}>")
            else:
                name = xml_escape(draw(_TEXT))
                email = draw(st.sampled_from(["", "<email>desk@news.example</email>"]))
                parts.append(f"<author><name>{name}</name>{email}</author>")
        base = draw(st.sampled_from(["", ' xml:base="https://base.example/dir/"']))
        entries.append(f"<entry{base}>{''.join(parts)}</entry>")
    lang = draw(st.sampled_from(["", ' xml:lang="de"', ' xml:lang="en_GB"']))
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{lang}>'
        f"<title>{xml_escape(draw(_TEXT))}</title><id>urn:x</id>{''.join(entries)}</feed>"
    ).encode()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_rss_document(), _atom_document()), st.sampled_from(CONTENT_TYPES))
def test_lxml_reader_on_generated_documents(body: bytes, content_type: str | None) -> None:
    _same_or_declined(body, URL, content_type)


@settings(max_examples=2000, deadline=None)
@given(_DATES)
def test_lxml_reader_reads_dates_as_feedparser_does(value: str) -> None:
    try:
        mine = fast_values.parse_date(value)
    except fast_values.Decline:
        return
    assert mine == feedparser.datetimes._parse_date(value), value
