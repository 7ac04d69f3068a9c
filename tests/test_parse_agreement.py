"""The two readers agree, offline: on the feeds in tests/data/feeds/ (written for this test: RSS 2.0 with
relative links and xml:base, Atom with xml:lang, RSS 1.0, Latin-1, windows-1252, a UTF-8 BOM) the lxml
reader either declines or gives, field for field, what feedparser gives; and a document is read at
most once by each reader.

tests/test_fast_path.py holds the reader to the same standard on the shared fixtures and feedparser's
own test feeds, which need ../shared and a download.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from monitor.parse import fast, feedparser_bridge, parse_feed
from tests.support.parsers import CONTENT_TYPES, same_or_declined

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
FILES = sorted(FEEDS.glob("*.xml"))


def _url(path: Path) -> str:
    return f"https://feeds.example/{path.name}"


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_the_lxml_reader_declines_or_agrees(path: Path, content_type: str | None) -> None:
    same_or_declined(path.read_bytes(), _url(path), content_type)


def test_the_lxml_reader_reads_the_plain_ones() -> None:
    accepted = {p.name for p in FILES if same_or_declined(p.read_bytes(), _url(p), "application/xml")}
    # RSS 1.0 is feedparser's; windows-1252 is a codec libxml2 and feedparser may not agree on.
    assert accepted == {"atom-lang.xml", "latin1.xml", "rss2-relative.xml", "utf8-bom.atom.xml"}


def test_every_fixture_gives_its_items_whichever_reader_read_it() -> None:
    titles = {p.name: [i.title for i in parse_feed(p.read_bytes(), _url(p)).items] for p in FILES}
    assert titles["rss1-rdf.xml"] == [
        "Sanzione da 5 milioni di euro a una società di esempio",
        "Provvedimento sul riconoscimento facciale",
    ]
    assert titles["cp1252-quotes.xml"] == ["\u201cBiometric\u201d fine of \u20ac1.5m"]
    assert titles["latin1.xml"] == ["Amende de 3 millions d'euros \u00e0 l'\u00e9diteur"]
    links = [i.link for i in parse_feed((FEEDS / "rss2-relative.xml").read_bytes(), _url(FEEDS)).items]
    assert links[1] == "https://authority.example/archive/2021/cookies.html"  # item's xml:base


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, bytes]]:
    """How often each reader read each document."""
    counts: Counter[tuple[str, bytes]] = Counter()

    def counted(name: str, real: Any) -> Any:
        def read(body: bytes, *args: Any) -> Any:
            counts[name, body] += 1
            return real(body, *args)

        return read

    monkeypatch.setattr(fast, "read", counted("fast", fast.read))
    monkeypatch.setattr(feedparser_bridge, "read", counted("feedparser", feedparser_bridge.read))
    return counts


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_document_is_read_at_most_once_by_each_reader(
    path: Path, reads: Counter[tuple[str, bytes]]
) -> None:
    body = path.read_bytes()
    whole = parse_feed(body, _url(path), "application/xml")
    assert max(reads.values()) == 1
    reads.clear()
    # A poll that has stored the first entry: feedparser may read the shorter document instead.
    seen = {item.entry_digest for item in whole.items[:1] if item.entry_digest}
    again = parse_feed(body, _url(path), "application/xml", seen=seen)
    assert max(reads.values()) == 1 and len(again.items) + again.skipped >= len(whole.items)


def test_a_charset_that_lies_about_utf8_bytes_is_not_read_twice(reads: Counter[tuple[str, bytes]]) -> None:
    body = (FEEDS / "rss2-relative.xml").read_bytes()
    for content_type in ("application/rss+xml; charset=utf-16", "application/xml; charset=cp500"):
        reads.clear()
        parsed = parse_feed(body, _url(FEEDS), content_type)
        assert len(parsed.items) == 3 and reads[("feedparser", body)] == 1
