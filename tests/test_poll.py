"""One poll cycle end to end: a real HTTP server, a real SQLite file, the real CLI."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from monitor.cli import main
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

CNIL_ITEMS = [
    {
        "title": "La CNIL sanctionne CLEARVIEW AI d'une amende de 20 millions d'euros",
        "link": "https://www.cnil.fr/fr/clearview?utm_source=rss",
        "guid": "cnil-1",
        "description": "<p>La CNIL a prononcé une amende de 20 millions d'euros et une astreinte.</p>",
        "pubDate": "Thu, 20 Oct 2022 09:00:00 +0200",
    },
    {
        "title": "Guide sur les cookies",
        "link": "https://www.cnil.fr/fr/cookies",
        "guid": "cnil-2",
        "description": "Un nouveau guide pratique.",
        "pubDate": "Mon, 03 Oct 2022 09:00:00 +0200",
    },
]
NEWS_ITEMS = [
    {
        "title": "Weather today",
        "link": "https://news.example/weather",
        "guid": "n1",
        "description": "Sunny.",
        "pubDate": "Fri, 21 Oct 2022 10:00:00 GMT",
    },
]


def write_feeds(path: Path, feeds: list[tuple[str, str]], kind: str = "news") -> Path:
    lines = ["feeds:"]
    for name, url in feeds:
        lines += [f"  - name: {name}", f"    url: {url}", f"    kind: {kind}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_poll_then_304_then_items(
    tmp_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = write_feeds(
        tmp_path / "f.yml",
        [
            ("CNIL", feed_server.add("/cnil.xml", rss(CNIL_ITEMS, language="fr"))),
            ("News", feed_server.add("/news.xml", rss(NEWS_ITEMS))),
        ],
    )
    db = str(tmp_path / "m.sqlite")
    code, out, _ = run("poll", "--db", db, "--feeds", str(feeds), capsys=capsys)
    assert code == 0
    assert "CNIL: 2 new" in out and "News: 1 new" in out and "3 new items" in out

    code, out, _ = run("poll", "--db", db, "--feeds", str(feeds), capsys=capsys)
    assert code == 0 and "CNIL: not modified (304)" in out and "2 not modified" in out
    second = [h for p, h in feed_server.requests if p == "/cnil.xml"][-1]
    assert "If-None-Match" in second and "If-Modified-Since" in second

    code, out, _ = run("items", "--db", db, "--json", capsys=capsys)
    items = json.loads(out)
    assert [i["title"][:20] for i in items] == [
        "Weather today",
        "La CNIL sanctionne C",
        "Guide sur les cookie",
    ]
    clearview = items[1]
    assert clearview["canonical_link"] == "https://www.cnil.fr/fr/clearview"
    assert clearview["published"] == "2022-10-20T07:00:00Z"
    assert clearview["fine_amount"] == 20_000_000 and clearview["fine_currency"] == "EUR"

    code, out, _ = run("items", "--db", db, "--search", "amende clearv", "--json", capsys=capsys)
    assert [i["guid"].rsplit("/", 1)[-1] for i in json.loads(out)] == ["cnil-1"]
    code, out, _ = run("items", "--db", db, "--feed", "News", capsys=capsys)
    assert "Weather today" in out and "CNIL" not in out


def test_one_failing_feed_does_not_stop_the_others(
    tmp_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = write_feeds(
        tmp_path / "f.yml",
        [
            ("Broken", feed_server.add("/broken", b"oops", status=500)),
            ("Missing", feed_server.url("/nothing-here")),
            (
                "Html",
                feed_server.add(
                    "/page",
                    b"<html><head><link rel='alternate' type='application/rss+xml' "
                    b"href='/real.xml'></head></html>",
                    content_type="text/html",
                ),
            ),
            ("Good", feed_server.add("/good.xml", rss(NEWS_ITEMS))),
        ],
    )
    db = str(tmp_path / "m.sqlite")
    code, out, _ = run("poll", "--db", db, "--feeds", str(feeds), capsys=capsys)
    assert code == 0
    assert "Broken: error: HTTP 500" in out and "Missing: error: HTTP 404" in out
    assert "Html: error: an HTML page, not a feed" in out and f"{feed_server.url('/real.xml')}" in out
    assert "Good: 1 new" in out and "3 failed" in out
    code, out, _ = run("feeds", "--db", db, "--feeds", str(feeds), "--json", capsys=capsys)
    health = {f["name"]: f for f in json.loads(out)}
    assert (
        health["Broken"]["consecutive_failures"] == 1
        and health["Broken"]["last_error"] == "HTTP 500 Internal Server Error"
    )
    assert health["Broken"]["health"] == "failing ×1" and health["Good"]["health"] == "ok"
    assert health["Good"]["items"] == 1 and health["Good"]["last_success_at"]


def test_bad_feeds_file_polls_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "f.yml"
    path.write_text(
        "feeds:\n  - name: A\n    url: http://127.0.0.1:9/a\n    intervall: 5m\n", encoding="utf-8"
    )
    code, _, err = run("poll", "--db", str(tmp_path / "m.sqlite"), "--feeds", str(path), capsys=capsys)
    assert code == 2
    assert f"{path}:4: unknown key 'intervall'" in err and "nothing was polled" in err
    assert not (tmp_path / "m.sqlite").exists()


def _poller(db: Path, feeds: list[FeedConfig]) -> Poller:
    return Poller(db, feeds, parse_workers=0)


def test_changed_item_is_updated_not_duplicated(db_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.add("/f.xml", rss(NEWS_ITEMS))
    poller = _poller(db_path, [FeedConfig(name="F", url=url)])
    poller.poll(force=True)
    feed_server.add("/f.xml", rss([{**NEWS_ITEMS[0], "title": "Weather today (corrected)"}]))
    report = poller.poll(force=True)
    assert report.feeds[0].updated == 1 and report.feeds[0].new == 0
    store = Store(db_path)
    assert [r["title"] for r in store.list_items()] == ["Weather today (corrected)"]
    assert len(store.list_items(limit=None)) == 1


def test_same_article_in_two_feeds_shares_its_canonical_link(db_path: Path, feed_server: FeedServer) -> None:
    a = feed_server.add("/a.xml", rss([{**NEWS_ITEMS[0], "link": "https://news.example/w?utm_campaign=a"}]))
    b = feed_server.add("/b.xml", rss([{**NEWS_ITEMS[0], "link": "https://news.example/w?utm_campaign=b"}]))
    _poller(db_path, [FeedConfig(name="A", url=a), FeedConfig(name="B", url=b)]).poll(force=True)
    rows = Store(db_path).list_items()
    assert len(rows) == 2 and {r["canonical_link"] for r in rows} == {"https://news.example/w"}


def _moved(request: BaseHTTPRequestHandler) -> None:
    request.send_response(301)
    request.send_header("Location", "/new.xml")
    request.send_header("Content-Length", "0")
    request.end_headers()


def test_permanent_redirect_updates_the_stored_url(db_path: Path, feed_server: FeedServer) -> None:
    new = feed_server.add("/new.xml", rss(NEWS_ITEMS))
    old = feed_server.add("/old.xml", handler=_moved)
    _poller(db_path, [FeedConfig(name="F", url=old)]).poll(force=True)
    row = Store(db_path).feed_by_name("F")
    assert row is not None and row["url"] == new and row["config_url"] == old


def test_gone_feed_stops_being_polled(db_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.add("/gone.xml", b"", status=410)
    poller = _poller(db_path, [FeedConfig(name="F", url=url)])
    report = poller.poll(force=True)
    assert "no longer polled" in (report.feeds[0].error or "")
    assert poller.poll(force=True).feeds == []
    assert feed_server.hits["/gone.xml"] == 1


def test_retry_after_pushes_the_next_poll(db_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.add("/busy.xml", b"", status=503, headers={"Retry-After": "7200"})
    poller = _poller(db_path, [FeedConfig(name="F", url=url, interval=600)])
    poller.poll(force=True)
    row: Any = Store(db_path).feed_by_name("F")
    polled, due = row["last_polled_at"], row["next_poll_at"]
    from monitor.schedule import parse_iso

    assert (parse_iso(due) - parse_iso(polled)).total_seconds() >= 7200
    assert poller.poll().feeds == []  # not due yet
    assert poller.poll(force=True).feeds == []  # not even when forced: the server asked us to wait
    assert poller.poll(["F"]).feeds == []
    assert feed_server.hits["/busy.xml"] == 1


def test_backoff_grows_with_failures(db_path: Path, feed_server: FeedServer) -> None:
    from monitor.schedule import parse_iso

    url = feed_server.add("/down.xml", b"", status=500)
    poller = _poller(db_path, [FeedConfig(name="F", url=url, interval=600)])
    gaps = []
    for _ in range(3):
        poller.poll(force=True)
        row: Any = Store(db_path).feed_by_name("F")
        gaps.append((parse_iso(row["next_poll_at"]) - parse_iso(row["last_polled_at"])).total_seconds())
    assert gaps == [600, 1200, 2400]


def test_process_pool_gives_the_same_items(tmp_path: Path, feed_server: FeedServer, shared_dir: Path) -> None:
    feeds = [
        FeedConfig(
            name=p.stem, url=feed_server.add("/" + p.name, p.read_bytes(), content_type="application/xml")
        )
        for p in sorted((shared_dir / "fixtures" / "real-feeds").glob("*.xml"))
    ]
    results = []
    for workers in (0, 2):
        db = tmp_path / f"w{workers}.sqlite"
        poller = Poller(db, feeds, parse_workers=workers)
        try:
            poller.poll(force=True)
        finally:
            poller.close()
        rows = Store(db).list_items(limit=None)
        results.append(sorted((r["feed"], r["guid"], r["title"], r["fine_amount"], r["tags"]) for r in rows))
    assert results[0] == results[1] and len(results[0]) > 200


@pytest.fixture
def write_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of feeds in each write of the register (the poll's WRITE_WAIT_S made long)."""
    import monitor.poller
    import monitor.register

    monkeypatch.setattr(monitor.poller, "WRITE_WAIT_S", 3600.0, raising=False)
    batches: list[int] = []
    file_feeds = monitor.register.file_feeds

    def counted(store: Store, feeds: Any, filing: Any) -> Any:
        batches.append(len(feeds))
        return file_feeds(store, feeds, filing)

    monkeypatch.setattr(monitor.register, "file_feeds", counted)
    return batches


def test_documents_ready_apart_are_written_in_one_batch(
    db_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch, write_batches: list[int]
) -> None:
    # Every write groups the register again, at the cost of the part it reaches whatever the
    # batch's size: a document ready while another is still fetched waits for it (up to
    # WRITE_BATCH items, or WRITE_WAIT_S, made long here so that only B's answer ends the wait).
    import monitor.poller

    a_parsed = threading.Event()
    prepare = monitor.poller.prepare_feed

    def prepare_then_tell(*args: Any) -> Any:
        parsed = prepare(*args)
        if str(args[1]).endswith("/a.xml"):
            a_parsed.set()
        return parsed

    def answer_once_a_is_parsed(request: BaseHTTPRequestHandler) -> None:
        a_parsed.wait(60)  # a limit, never a timing: A is parsed at once
        FeedServer._send(request, 200, rss(NEWS_ITEMS).encode(), "application/rss+xml")

    monkeypatch.setattr(monitor.poller, "prepare_feed", prepare_then_tell)
    feeds = [
        FeedConfig(name="A", url=feed_server.add("/a.xml", rss(CNIL_ITEMS))),
        FeedConfig(name="B", url=feed_server.add("/b.xml", handler=answer_once_a_is_parsed)),
    ]
    poller = Poller(db_path, feeds, parse_workers=1)
    try:
        report = poller.poll(force=True)
    finally:
        poller.close()
    assert report.new_items == len(CNIL_ITEMS) + len(NEWS_ITEMS)
    assert write_batches == [2]  # A waited for B: one write, one grouping


def test_a_write_is_bounded_by_items_not_feeds(
    db_path: Path, feed_server: FeedServer, write_batches: list[int]
) -> None:
    # Every write groups the register again: 120 feeds of one item each are one write, as
    # 100 feeds of 50 items are (a batch counted in feeds wrote them in two).
    items = [[{"title": f"Item {n}", "guid": f"{n}"}] for n in range(120)]
    feeds = [FeedConfig(name=f"F{n}", url=feed_server.add(f"/{n}.xml", rss(i))) for n, i in enumerate(items)]
    poller = Poller(db_path, feeds, parse_workers=1)
    try:
        report = poller.poll(force=True)
    finally:
        poller.close()
    assert report.new_items == 120
    assert write_batches == [120]
