"""`monitor feeds add|remove|enable|disable` against a real local server and a commented feeds file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pages_support import DPC_NEWS, article, listing

from monitor.cli import main
from monitor.config import load_feeds
from tests.support.feedserver import FeedServer, rss

FEEDS = """\
# my own notes
feeds:
  - name: First
    url: https://first.example/rss   # keep me
"""

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Privacy Watch",
    "home_page_url": "https://watch.example/",
    "language": "en",
    "authors": [{"name": "The Desk"}],
    "items": [
        {
            "id": "1",
            "url": "https://watch.example/a",
            "title": "Regulator fines retailer 2 million euros over cameras",
            "content_html": "<p>The regulator fined the retailer.</p><script>x()</script>",
            "date_published": "2024-03-01T10:00:00+01:00",
            "attachments": [{"url": "javascript:alert(1)", "mime_type": 5}],
        },
        {"id": 2, "content_text": "No title, a number id.", "authors": [{"name": ["bad"]}]},
        {"id": {"x": 1}, "title": 7, "url": ["bad"], "date_published": "yesterday"},
        "not an item",
    ],
}


def run(capsys: pytest.CaptureFixture[str], feeds: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--feeds", str(feeds), "--db", str(feeds.parent / "m.sqlite")])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def feeds_file(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yml"
    path.write_text(FEEDS, encoding="utf-8")
    return path


def test_add_discovers_the_feed_an_html_page_links_to(
    feeds_file: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = feed_server.add(
        "/feed.xml", rss([{"title": "One", "link": "https://n.example/1"}], title="Noyb news")
    )
    page = feed_server.add(
        "/",
        f"<html><head><link rel='alternate' type='application/rss+xml' href='{feed}'></head>"
        "<body>Hi</body></html>",
        content_type="text/html",
    )
    code, out, _ = run(capsys, feeds_file, "feeds", "add", page)
    assert code == 0 and "Noyb news" in out
    text = feeds_file.read_text(encoding="utf-8")
    assert "# my own notes" in text and "# keep me" in text
    added = load_feeds(feeds_file)[-1]
    assert (added.name, added.url, added.type) == ("Noyb news", feed, "feed")
    code, _, err = run(capsys, feeds_file, "feeds", "add", feed)
    assert code == 2 and "already in the feeds file as 'Noyb news'" in err


def test_add_offers_a_page_without_a_feed_with_a_preview(
    feeds_file: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.add("/en/news", listing(DPC_NEWS), content_type="text/html")
    code, out, err = run(capsys, feeds_file, "feeds", "add", url, "--kind", "authority", "--authority", "DPC")
    assert code == 1 and "run again with --page" in err
    assert DPC_NEWS[0].title[:40] in out and "2023-09-15" in out
    assert len(load_feeds(feeds_file)) == 1  # nothing saved before the user says so
    code, out, _ = run(
        capsys, feeds_file, "feeds", "add", url, "--page", "--name", "DPC news", "--kind", "authority",
        "--authority", "DPC",
    )  # fmt: skip
    assert code == 0 and "added the page DPC news" in out
    added = load_feeds(feeds_file)[-1]
    assert (added.type, added.kind, added.authority) == ("page", "authority", "DPC")
    code, out, _ = run(capsys, feeds_file, "poll")
    assert code == 0 and "DPC news: 4 new" in out


def test_add_refuses_a_page_with_no_listing(
    feeds_file: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.add("/about", article("About", ["We are the authority."]), content_type="text/html")
    code, _, err = run(capsys, feeds_file, "feeds", "add", url, "--page")
    assert code == 2 and "no feed link" in err and "no repeated news blocks" in err


def test_remove_enable_disable_keep_comments(feeds_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, feeds_file, "feeds", "disable", "first")[0] == 0
    assert load_feeds(feeds_file)[0].enabled is False
    assert "# keep me" in feeds_file.read_text(encoding="utf-8")
    assert run(capsys, feeds_file, "feeds", "enable", "First")[0] == 0
    assert load_feeds(feeds_file)[0].enabled is True
    code, _, err = run(capsys, feeds_file, "feeds", "remove", "Frist")
    assert code == 2 and "did you mean 'First'" in err
    assert run(capsys, feeds_file, "feeds", "remove", "First")[0] == 0
    assert load_feeds(feeds_file) == []
    assert "# my own notes" in feeds_file.read_text(encoding="utf-8")


def test_a_json_feed_is_added_and_polled(
    feeds_file: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.add("/feed.json", json.dumps(JSON_FEED), content_type="application/feed+json")
    code, out, _ = run(capsys, feeds_file, "feeds", "add", url)
    assert code == 0 and "Privacy Watch" in out
    code, out, _ = run(capsys, feeds_file, "poll")
    assert code == 0 and "Privacy Watch: 2 new" in out  # the item with no usable value is skipped
    code, out, _ = run(capsys, feeds_file, "items", "--feed", "Privacy Watch", "--json")
    items = {i["guid"]: i for i in json.loads(out)}
    first = items["1"]
    assert first["published"] == "2024-03-01T09:00:00Z" and first["author"] == "The Desk"
    assert first["fine_amount"] == 2_000_000
    assert items["2"]["title"].startswith("No title, a number id.")
    assert "script" not in out and "javascript" not in out


def test_add_discovers_a_json_feed_from_its_page(
    feeds_file: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.add("/feed.json", json.dumps(JSON_FEED), content_type="application/feed+json")
    page = feed_server.add(
        "/blog",
        "<html><head><link rel='alternate' type='application/feed+json' href='/feed.json'></head></html>",
        content_type="text/html",
    )
    code, out, _ = run(capsys, feeds_file, "feeds", "add", page)
    assert code == 0 and f"the page links to the feed {url}" in out
    assert load_feeds(feeds_file)[-1].url == url


def test_opml_export_leaves_page_sources_out(feeds_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds_file.write_text(
        FEEDS + "  - name: DPC news\n    url: https://dpc.example/news\n    type: page\n", encoding="utf-8"
    )
    code, out, err = run(capsys, feeds_file, "feeds", "export")
    assert code == 0 and "first.example" in out and "dpc.example" not in out
    assert "left out 1 page sources" in err and "DPC news" in err
