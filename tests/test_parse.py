"""Parsing real and hand-written feeds: encodings, relative links, dates, sanitising, canonical links."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.parse import canonical_url, classify_failure, html_to_text, parse_feed, sanitize_html


def _real(shared_dir: Path, name: str) -> bytes:
    return (shared_dir / "fixtures" / "real-feeds" / name).read_bytes()


def test_every_real_fixture_parses_to_items(shared_dir: Path) -> None:
    files = sorted((shared_dir / "fixtures" / "real-feeds").glob("*.xml"))
    assert len(files) == 15
    for path in files:
        feed = parse_feed(path.read_bytes(), f"https://feeds.example/{path.name}")
        assert feed.items, path.name
        for item in feed.items:
            assert item.title and item.guid and item.content_hash
            assert "<script" not in item.summary_html.lower()
            assert item.link is None or item.link.startswith(("http://", "https://"))


def test_relative_links_resolve_against_the_feed(shared_dir: Path) -> None:
    feed = parse_feed(
        _real(shared_dir, "opc-canada-pipeda-findings.rss.xml"), "https://www.priv.gc.ca/en/rss/pipeda/"
    )
    assert all(item.link and item.link.startswith("https://www.priv.gc.ca/en/") for item in feed.items)
    assert all(item.published and item.published.startswith("2026-") for item in feed.items)


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("uol-noticias-latin1-no-decl.rss.xml", "ã"),  # latin-1 bytes with no declaration
        ("jn-pt-iso-8859-1.rss.xml", "ç"),
        ("golem-de-iso-8859-1.rdf.xml", ""),
        ("boj-ja-crlf.rss.xml", ""),
    ],
)
def test_odd_encodings_decode(shared_dir: Path, name: str, word: str) -> None:
    feed = parse_feed(_real(shared_dir, name), "https://feeds.example/x")
    text = " ".join(i.title + " " + i.summary_text for i in feed.items)
    assert "\ufffd" not in text and "Ã" not in text
    assert word in text


def test_truncated_feed_keeps_what_parsed(shared_dir: Path) -> None:
    feed = parse_feed(
        _real(shared_dir, "bank-of-canada-truncated.rdf.xml"), "https://www.bankofcanada.ca/feed/"
    )
    assert feed.items and feed.bozo


def test_sanitising_removes_everything_active() -> None:
    dirty = (
        '<p onclick="x()">Hi <script>alert(1)</script><iframe src="https://evil"></iframe>'
        '<img src="https://tracker.example/p.gif"> <a href="javascript:alert(1)">js</a> '
        '<a href="file:///etc/passwd">file</a> <a href="https://cnil.fr/x">ok</a> '
        '<a href="mailto:dpo@example.org">mail</a><style>p{}</style></p>'
    )
    clean = sanitize_html(dirty)
    for bad in ("script", "iframe", "onclick", "img", "javascript:", "file:", "style", "alert"):
        assert bad not in clean
    assert 'href="https://cnil.fr/x"' in clean and 'href="mailto:dpo@example.org"' in clean
    assert html_to_text(dirty) == "Hi js file ok mail"


def test_items_without_guid_or_link_get_a_stable_id() -> None:
    doc = (
        b"<rss version='2.0'><channel><title>t</title>"
        b"<item><title>A</title><description>d</description></item></channel></rss>"
    )
    first = parse_feed(doc, "https://x.example/feed").items[0]
    again = parse_feed(doc, "https://x.example/feed").items[0]
    assert first.guid.startswith("sha1:") and first.guid == again.guid
    assert first.published is None  # the store falls back to the first-seen time


def test_canonical_url_drops_tracking() -> None:
    url = "HTTPS://www.Example.org:443/a/b?utm_source=rss&id=3&fbclid=x#top"
    assert canonical_url(url) == "https://www.example.org/a/b?id=3"
    assert canonical_url("https://example.org/a?utm_medium=x") == canonical_url("https://example.org/a")


def test_html_page_offers_its_feed() -> None:
    page = (
        b"<!doctype html><html><head><title>DPA</title>"
        b"<link rel='alternate' type='application/rss+xml' href='/news/rss.xml'></head><body>x</body></html>"
    )
    feed = parse_feed(page, "https://dpa.example/news/", "text/html")
    assert feed.alternates == ("https://dpa.example/news/rss.xml",)
    assert "links to https://dpa.example/news/rss.xml" in (classify_failure(feed, page, "text/html") or "")


@pytest.mark.parametrize("body", [b"", b"\x00\x01\x02binary\xff\xfe" * 50, b"just some text"])
def test_non_feeds_are_classified(body: bytes) -> None:
    feed = parse_feed(body, "https://x.example/feed")
    assert feed.items == ()
    assert classify_failure(feed, body, "application/octet-stream")
