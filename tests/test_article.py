"""Text for items that have none: the linked article is read once, bounded, only for items that matter."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from pages_support import article

from monitor import settings
from monitor.analysis import analyze
from monitor.article import LEAD_CHARS, MAX_PER_POLL, ArticleBudget, ArticleReader, is_local
from monitor.gui.detail import item_html
from monitor.models import FeedConfig
from monitor.parse import parse_feed
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

ARTICLE = [
    "The French data protection authority imposed a fine of 20 million euros on Clearview AI on "
    "Thursday, after finding that the company collected images of faces without any legal basis.",
    "The company was also ordered to stop collecting and using data of people in France, and to "
    "delete the data it already holds within two months.",
    "The decision follows complaints from individuals and from privacy organisations, and an "
    "investigation that began two years earlier. " * 3,
    "Other European regulators reached similar conclusions in earlier proceedings. " * 4,
]


def _rows(db: Path) -> dict[str, sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {r["title"]: r for r in conn.execute("SELECT * FROM items")}
    finally:
        conn.close()


def _title_only_feed(feed_server: FeedServer, items: list[tuple[str, str]]) -> str:
    # Google News search feeds: a title, the outlet, and a link; no sentence of text.
    return feed_server.add(
        "/news.xml",
        rss([{"title": t, "link": feed_server.url(p), "description": "Some Outlet"} for t, p in items]),
    )


def test_an_item_with_only_a_title_gets_its_facts_from_its_article(
    db_path: Path, feed_server: FeedServer
) -> None:
    feed_server.add(
        "/a/fine", article("A facial recognition company is fined", ARTICLE), content_type="text/html"
    )
    feed_server.add("/a/weather", article("Weather", ["Sunny. " * 50]), content_type="text/html")
    feed_server.add("/a/full", article("Full", ARTICLE), content_type="text/html")
    url = _title_only_feed(
        feed_server,
        [
            ("Data protection authority fines facial recognition company", "/a/fine"),
            ("Weather forecast for the long weekend", "/a/weather"),
        ],
    )
    full = feed_server.add(
        "/full.xml",
        rss(
            [
                {
                    "title": "Garante fines Clearview AI 20 million euros",
                    "link": feed_server.url("/a/full"),
                    "description": "The Italian authority fined Clearview AI 20 million euros for "
                    "processing biometric data of people in Italy without a legal basis.",
                }
            ]
        ),
    )
    poller = Poller(db_path, [FeedConfig(name="G", url=url), FeedConfig(name="F", url=full)], parse_workers=0)
    try:
        poller.articles.pause = 0.0
        poller.poll(force=True)
        poller.poll(force=True)  # read once: a second poll fetches no article again
    finally:
        poller.close()
    assert feed_server.hits["/a/fine"] == 1
    assert feed_server.hits["/a/weather"] == 0  # unmatched news: never
    assert feed_server.hits["/a/full"] == 0  # its item has its facts already
    rows = _rows(db_path)
    fined = rows["Data protection authority fines facial recognition company"]
    assert fined["fine_amount"] == 20_000_000 and fined["fine_currency"] == "EUR"
    assert fined["target"] == "Clearview AI"
    assert fined["facts_from_article"] == 1
    lead = fined["article_lead"]
    assert lead.startswith("The French data protection authority imposed") and len(lead) <= LEAD_CHARS
    assert "Other European regulators" not in lead  # the lead, not the whole article
    store = Store(db_path)
    try:
        detail = store.item(int(fined["id"]))
        assert detail is not None
        shown = item_html(detail)
    finally:
        store.close()
    assert "read from the linked article" in shown and "Clearview AI" in shown


def test_article_reading_is_bounded_per_poll_and_can_be_turned_off(
    db_path: Path, feed_server: FeedServer
) -> None:
    paths = [f"/a/{n}" for n in range(MAX_PER_POLL + 3)]
    later = [f"/b/{n}" for n in range(MAX_PER_POLL + 3)]
    for path in paths + later:
        feed_server.add(path, article("Fine", ARTICLE), content_type="text/html")
    url = _title_only_feed(
        feed_server, [(f"Regulator fines company number {n}", p) for n, p in enumerate(paths)]
    )
    store = Store(db_path)
    settings.put(store, "article_text", False)
    store.close()
    poller = Poller(db_path, [FeedConfig(name="G", url=url)], parse_workers=0)
    try:
        poller.articles.pause = 0.0
        poller.poll(force=True)
        assert sum(feed_server.hits[p] for p in paths) == 0
        store = Store(db_path)
        settings.put(store, "article_text", True)
        store.close()
        feed_server.add(
            "/news.xml",
            rss(
                [
                    {"title": f"Regulator fines firm {n}", "link": feed_server.url(p)}
                    for n, p in enumerate(later)
                ]
            ),
        )
        poller.poll(force=True)
    finally:
        poller.close()
    assert sum(feed_server.hits[p] for p in later) == MAX_PER_POLL


def test_only_web_articles_are_read(db_path: Path, feed_server: FeedServer, tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(article("x", ["A fine of 20 million euros on Clearview AI."]))
    url = feed_server.add(
        "/news.xml", rss([{"title": "Regulator fines company over cameras", "link": secret.as_uri()}])
    )
    poller = Poller(db_path, [FeedConfig(name="G", url=url)], parse_workers=0)
    try:
        poller.poll(force=True)
    finally:
        poller.close()
    row = next(iter(_rows(db_path).values()))
    assert row["article_lead"] is None and row["fine_amount"] is None


def test_an_edited_item_keeps_the_facts_its_article_gave(db_path: Path, feed_server: FeedServer) -> None:
    feed_server.add("/a/fine", article("A company is fined", ARTICLE), content_type="text/html")
    title = "Data protection authority fines facial recognition company"
    poller = Poller(db_path, [FeedConfig(name="G", url=_title_only_feed(feed_server, [(title, "/a/fine")]))])
    try:
        poller.articles.pause = 0.0
        poller.poll(force=True)
        feed_server.add(
            "/news.xml", rss([{"title": title, "link": feed_server.url("/a/fine"), "description": "Other"}])
        )
        poller.poll(force=True)
    finally:
        poller.close()
    row = _rows(db_path)[title]
    assert row["updated_at"] is not None and row["summary_text"] == "Other"
    assert (row["fine_amount"], row["target"], row["facts_from_article"]) == (20_000_000, "Clearview AI", 1)
    assert feed_server.hits["/a/fine"] == 2


def test_a_public_feed_cannot_send_the_reader_to_the_local_network(feed_server: FeedServer) -> None:
    assert is_local("http://127.0.0.1:8080/a") and is_local("http://192.168.1.1/") and is_local("http://nas/")
    assert is_local("http://[::1]/x") and is_local("http://printer.local/")
    assert not is_local("https://www.cnil.fr/fr/sanction") and not is_local("http://8.8.8.8/")
    feed_server.add("/a/fine", article("A company is fined", ARTICLE), content_type="text/html")
    body = rss([{"title": "Regulator fines company over cameras", "link": feed_server.url("/a/fine")}])
    parsed = parse_feed(body.encode(), "https://news.example/feed.xml")
    parsed = replace(
        parsed, items=tuple(replace(i, analysis=analyze(i.title, "", "en", None)) for i in parsed.items)
    )
    reader = ArticleReader(pause=0.0)
    try:
        public = reader.enrich(parsed, ArticleBudget(), None, source="https://news.example/feed.xml")
        local = reader.enrich(parsed, ArticleBudget(), None, source=feed_server.url("/news.xml"))
    finally:
        reader.close()
    assert public.items[0].article_lead is None
    assert local.items[0].article_lead is not None and feed_server.hits["/a/fine"] == 1
