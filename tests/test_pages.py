"""Page sources: authority listings served on 127.0.0.1 become items, polled like feeds."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from pages_support import DPC_NEWS, News, article, listing

from monitor.config import parse_feeds
from monitor.config_values import ConfigError
from monitor.fetch import FetchLimits
from monitor.listing_dates import find_date
from monitor.models import FeedConfig, PageSelectors
from monitor.pages import MAX_ITEMS, parse_listing
from monitor.poller import Poller
from tests.support.feedserver import FeedServer

LIMITS = FetchLimits(connect_timeout=1.0, read_timeout=1.5, total_timeout=3.0, max_bytes=500_000)
BASE = "https://www.dataprotection.example/en/news-media/latest-news"


def _items(body: str, url: str = BASE, **kwargs: object) -> list[tuple[str, str, str | None, str]]:
    parsed = parse_listing(body.encode(), url, "text/html; charset=utf-8", **kwargs)  # type: ignore[arg-type]
    return [(i.guid, i.title, i.published, i.summary_text) for i in parsed.items]


def test_a_listing_becomes_its_news_and_nothing_of_the_chrome() -> None:
    items = _items(listing(DPC_NEWS), language="en")
    assert [title for _, title, _, _ in items] == [n.title for n in DPC_NEWS]
    # Canonical links (tracking parameter gone), ISO dates, teasers without the date or "Read more".
    assert items[0][0] == (
        "https://www.dataprotection.example/en/news-media/press-releases/dpc-announces-fine-social-media-company"
    )
    assert [published for _, _, published, _ in items] == [
        "2023-09-15T00:00:00Z",
        "2023-05-31T00:00:00Z",
        "2023-05-22T00:00:00Z",
        "2023-04-06T00:00:00Z",
    ]
    assert items[0][3] == DPC_NEWS[0].teaser
    paths = {guid.split(".example", 1)[1] for guid, _, _, _ in items}
    assert paths == {n.path for n in DPC_NEWS}  # no cookie policy, menu, sidebar, pager or footer link


# One listing per authority language, dates as each prints them.
DATED = [
    ("pl", "12 października 2023", "2023-10-12"),
    ("pl", "3 marca 2024", "2024-03-03"),
    ("el", "20 Οκτωβρίου 2022", "2022-10-20"),
    ("el", "5 ΜΑΪΟΥ 2023", "2023-05-05"),
    ("no", "12. desember 2023", "2023-12-12"),
    ("da", "7. marts 2024", "2024-03-07"),
    ("fr", "1er décembre 2023", "2023-12-01"),
    ("de", "20. März 2023", "2023-03-20"),
    ("es", "20 de octubre de 2022", "2022-10-20"),
    ("it", "9 maggio 2023", "2023-05-09"),
    ("nl", "14 mrt. 2024", "2024-03-14"),
    ("en", "October 20, 2022", "2022-10-20"),
    ("fr", "20.10.2022", "2022-10-20"),
    ("en", "2022-10-20", "2022-10-20"),
]


@pytest.mark.parametrize(("lang", "printed", "expected"), DATED)
def test_dates_in_the_authority_language(lang: str, printed: str, expected: str) -> None:
    found = find_date(f"Published {printed} · News", lang)
    assert found is not None and found.isoformat() == expected
    news = [
        News(f"/news/{n}", f"Decision number {n} of the authority on a complaint", printed, "")
        for n in range(3)
    ]
    items = _items(listing(news, lang=lang), language=lang)
    assert [published for _, _, published, _ in items] == [f"{expected}T00:00:00Z"] * 3


def test_a_table_of_decisions_is_read_too() -> None:
    rows = "".join(
        f"<tr><td>{day} Ιουνίου 2023</td><td><a href='/apofaseis/{day}'>Απόφαση {day}/2023 "
        f"για επιβολή προστίμου σε εταιρεία</a></td></tr>"
        for day in (2, 9, 16)
    )
    page = (
        "<html lang='el'><body><nav><a href='/a'>Η Αρχή και η αποστολή της</a></nav><main>"
        f"<table><thead><tr><th>Ημερομηνία</th><th>Τίτλος</th></tr></thead><tbody>{rows}</tbody>"
        "</table></main></body></html>"
    )
    items = _items(page, "https://www.dpa.example/el/apofaseis")
    assert [(guid.rsplit("/", 1)[1], published) for guid, _, published, _ in items] == [
        ("2", "2023-06-02T00:00:00Z"),
        ("9", "2023-06-09T00:00:00Z"),
        ("16", "2023-06-16T00:00:00Z"),
    ]


def test_selectors_override_the_guess() -> None:
    page = (
        "<html><body><main><div class='x'><b class='when'>2 May 2023</b><span class='t'>First one</span>"
        "<a href='/a'>open</a></div><div class='x'><b class='when'>3 May 2023</b>"
        "<span class='t'>Second one</span><a href='/b'>open</a></div></main></body></html>"
    )
    assert _items(page) == []  # short untitled links: no guess is good enough
    selectors = PageSelectors(block="div.x", link="a", title=".t", date=".when")
    items = _items(page, selectors=selectors)
    assert [(title, published) for _, title, published, _ in items] == [
        ("First one", "2023-05-02T00:00:00Z"),
        ("Second one", "2023-05-03T00:00:00Z"),
    ]


def test_page_sources_in_the_feeds_file_are_checked_with_their_lines() -> None:
    feeds = parse_feeds(
        "feeds:\n  - name: DPC\n    url: https://dpc.example/news\n    type: page\n"
        "    select: {block: 'div.news-item', date: '.date'}\n"
    )
    assert feeds[0].type == "page" and feeds[0].select == PageSelectors(block="div.news-item", date=".date")
    with pytest.raises(ConfigError) as bad:
        parse_feeds(
            "feeds:\n  - name: A\n    url: https://a.example/\n    type: page\n    select: {block: 'div[['}\n"
            "  - name: B\n    url: https://b.example/\n    select: {block: div}\n"
            "  - name: C\n    url: https://c.example/\n    type: pages\n"
        )
    text = str(bad.value)
    assert ":5: select.block: 'div[[' is not a CSS selector" in text
    assert ":8: select applies to page sources only" in text
    assert ":11: type must be 'feed' or 'page'" in text


def _page_feed(url: str, name: str = "DPC news") -> FeedConfig:
    return FeedConfig(name=name, url=url, kind="authority", authority="DPC", language="en", type="page")


def _rows(db: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM items ORDER BY id").fetchall()
    finally:
        conn.close()


def test_polled_listing_rerender_adds_nothing_and_a_changed_teaser_updates_one(
    db_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.add("/en/news", listing(DPC_NEWS, comment="a1"), content_type="text/html")
    poller = Poller(db_path, [_page_feed(url)], parse_workers=0, limits=LIMITS)
    try:
        first = poller.poll(force=True).feeds[0]
        assert (first.outcome, first.new) == ("new", 4)
        # The same bytes again: a conditional GET answered 304.
        again = poller.poll(force=True).feeds[0]
        assert again.outcome == "not_modified"
        assert "If-None-Match" in feed_server.requests[-1][1]
        # Re-rendered: another build stamp, the cards reordered, zebra classes shifted.
        feed_server.add(
            "/en/news", listing(DPC_NEWS[::-1], comment="b2", extra_class="x"), content_type="text/html"
        )
        rerender = poller.poll(force=True).feeds[0]
        assert (rerender.outcome, rerender.new, rerender.updated) == ("unchanged", 0, 0)
        changed = [*DPC_NEWS]
        changed[2] = News(changed[2].path, changed[2].title, changed[2].date, "A corrected teaser text.")
        feed_server.add("/en/news", listing(changed, comment="c3"), content_type="text/html")
        update = poller.poll(force=True).feeds[0]
        assert (update.new, update.updated) == (0, 1)
    finally:
        poller.close()
    rows = _rows(db_path)
    assert len(rows) == 4
    assert [r["summary_text"] for r in rows if r["updated_at"]] == ["A corrected teaser text."]
    assert {r["published"][:10] for r in rows} == {"2023-09-15", "2023-05-31", "2023-05-22", "2023-04-06"}


def test_a_page_without_repeated_blocks_is_refused_clearly(db_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.add(
        "/about",
        article("About us", ["We are the authority.", "We protect your data."]),
        content_type="text/html",
    )
    poller = Poller(db_path, [_page_feed(url)], parse_workers=0, limits=LIMITS)
    try:
        report = poller.poll(force=True).feeds[0]
    finally:
        poller.close()
    assert report.outcome == "error"
    assert report.error is not None and "no repeated news blocks found on this page" in report.error
    conn = sqlite3.connect(db_path)
    try:
        health = conn.execute("SELECT last_error, consecutive_failures FROM feeds").fetchone()
    finally:
        conn.close()
    assert "no repeated news blocks" in health[0] and health[1] == 1


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()


def test_hostile_pages_are_contained(db_path: Path, feed_server: FeedServer, stop: threading.Event) -> None:
    def trickle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        try:
            while not stop.is_set():
                request.wfile.write(b"<div>")
                request.wfile.flush()
                stop.wait(0.3)
        except OSError:
            pass
        request.close_connection = True

    def endless(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()  # no length: the page ends when the connection does
        try:
            while not stop.is_set():
                request.wfile.write(b"<div class='views-row'><a href='/x'>more and more</a></div>" * 500)
        except OSError:
            pass
        request.close_connection = True

    def loop(request: BaseHTTPRequestHandler) -> None:
        request.send_response(302)
        request.send_header("Location", "/loop2" if request.path == "/loop" else "/loop")
        request.send_header("Content-Length", "0")
        request.end_headers()

    cards = [
        News(f"/n/{n}", f"Headline number {n} about a decision", "1 May 2023", "Teaser " * 20)
        for n in range(3)
    ]
    huge = listing(cards).replace("</main>", "<div>" + "<p>filler text</p>" * 60_000 + "</div></main>")
    scripted = listing(cards).replace(
        '<main id="content">',
        "<main id=\"content\"><script>for(;;){}</script><noscript><div class='views-row'><article>"
        "<h3><a href='/trap'>A headline that only a script-less reader sees</a></h3>"
        "<span class='date'>2 May 2023</span></article></div></noscript>",
    )
    feeds = [
        _page_feed(feed_server.add("/huge", huge, content_type="text/html"), "huge"),
        _page_feed(feed_server.add("/slow", handler=trickle), "slow"),
        _page_feed(feed_server.add("/endless", handler=endless), "endless"),
        _page_feed(feed_server.add("/loop", handler=loop), "loop"),
        _page_feed(feed_server.add("/loop2", handler=loop), "loop2"),
        _page_feed(feed_server.add("/scripted", scripted, content_type="text/html"), "scripted"),
    ]
    poller = Poller(db_path, feeds, parse_workers=0, limits=LIMITS)
    started = time.monotonic()
    try:
        report = {f.name: f for f in poller.poll(force=True).feeds}
    finally:
        poller.close()
    assert time.monotonic() - started < LIMITS.total_timeout * 4  # a bound, not a speed target
    assert report["huge"].outcome == "error" and "over the 500000 limit" in (report["huge"].error or "")
    assert report["slow"].outcome == "error" and "timed out" in (report["slow"].error or "")
    assert report["endless"].outcome == "error" and "larger than" in (report["endless"].error or "")
    assert report["loop"].outcome == "error" and "redirect" in (report["loop"].error or "")
    assert (report["scripted"].outcome, report["scripted"].new) == ("new", 3)
    assert not any("trap" in r["guid"] for r in _rows(db_path))


def test_a_very_long_listing_gives_its_first_items_only() -> None:
    news = [
        News(f"/n/{n}", f"Decision number {n} on a complaint", "3 May 2023", "Teaser " * 10)
        for n in range(3000)
    ]
    items = _items(listing(news))
    assert len(items) == MAX_ITEMS and items[0][1] == "Decision number 0 on a complaint"


def test_cards_that_are_links_with_machine_dates() -> None:
    # The shape of many newer sites: each card one big link, its date in <time datetime>.
    cards = "".join(
        f"<li class='news__item'><a class='card' href='/pl/{n}/komunikat'><time datetime='2024-0{n}-1{n}'>"
        f"1{n} dnia</time><h2 class='card__title'>Prezes urzędu nałożył karę na spółkę numer {n}</h2>"
        "<p>Decyzja dotyczy naruszenia przepisów o ochronie danych osobowych przez administratora.</p>"
        "</a></li>"
        for n in range(1, 4)
    )
    page = (
        "<html lang='pl'><body><div class='cookies'><a href='/polityka'>Polityka prywatności i plików "
        f"cookies</a></div><main><ul class='news'>{cards}</ul>"
        "<ul class='pagination'><li><a href='?p=2'>Następna strona"
        "</a></li><li><a href='?p=3'>Ostatnia strona wyników</a></li></ul></main></body></html>"
    )
    items = _items(page, "https://uodo.example/pl/138")
    assert [(guid.rsplit("/", 2)[1], published) for guid, _, published, _ in items] == [
        ("1", "2024-01-11T00:00:00Z"),
        ("2", "2024-02-12T00:00:00Z"),
        ("3", "2024-03-13T00:00:00Z"),
    ]
    assert items[0][1] == "Prezes urzędu nałożył karę na spółkę numer 1"
    assert items[0][3].startswith("Decyzja dotyczy naruszenia")


def test_page_sources_parse_in_worker_processes_too(db_path: Path, feed_server: FeedServer) -> None:
    feeds = [
        _page_feed(
            feed_server.add(f"/p{n}", listing(DPC_NEWS, comment=str(n)), content_type="text/html"), f"P{n}"
        )
        for n in range(4)
    ]
    poller = Poller(db_path, feeds, parse_workers=2, limits=LIMITS)
    try:
        report = poller.poll(force=True)
    finally:
        poller.close()
    assert sorted((f.name, f.new) for f in report.feeds) == [(f"P{n}", 4) for n in range(4)]
