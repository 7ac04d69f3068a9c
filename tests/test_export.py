"""Exports from a database the poller really wrote: CSV, JSON, the Atom fines feed, Newsboat, sqlite-utils."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import feedparser
import pytest
import sqlite_utils
import yaml

from monitor.cli import main
from monitor.events import FineFacts
from monitor.export import FINE_COLUMNS, ITEM_COLUMNS, fine_records, fines_atom, render
from monitor.models import Fine, FineStatus
from monitor.paths import resource_path
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

CNIL_ITEM = {
    "title": "La CNIL inflige une amende de 20 millions d'euros à Clearview AI",
    "link": "https://www.cnil.fr/fr/clearview",
    "guid": "cnil-1",
    "description": "Sanction pour reconnaissance faciale : amende de 20 000 000 euros contre CLEARVIEW AI.",
    "pubDate": "Wed, 19 Oct 2022 10:00:00 GMT",
}
NEWS_ITEM = {
    "title": "France fines Clearview AI €20 million over facial recognition",
    "link": "https://news.example/clearview",
    "guid": "news-1",
    "description": "The French regulator CNIL fined Clearview AI 20 million euros for its facial "
    "recognition database.",
    "pubDate": "Thu, 20 Oct 2022 09:00:00 GMT",
}
WEATHER_ITEM = {
    "title": '=HYPERLINK("https://evil.example","click") sunny weekend ahead',
    "link": "https://news.example/weather",
    "guid": "news-2",
    "description": "Nothing about privacy.",
    "pubDate": "Fri, 21 Oct 2022 07:00:00 GMT",
}


def poll(server: FeedServer, folder: Path, cnil: list[dict[str, str]], news: list[dict[str, str]]) -> Path:
    """One real `monitor poll` of two feeds served locally; the feeds' paths change with their content."""
    folder.mkdir(parents=True, exist_ok=True)
    tag = f"{len(cnil)}-{len(news)}-{len(server.routes)}"
    cnil_url = server.add(f"/cnil-{tag}.xml", rss(cnil, title="CNIL", language="fr"))
    news_url = server.add(f"/news-{tag}.xml", rss(news, title="Tech news"))
    feeds = folder / "feeds.yml"
    feeds.write_text(
        "feeds:\n"
        f"  - {{name: CNIL (FR), url: '{cnil_url}', kind: authority, language: fr, authority: CNIL}}\n"
        f"  - {{name: Tech news, url: '{news_url}', kind: news, language: en}}\n",
        encoding="utf-8",
    )
    db = folder / "monitor.sqlite"
    assert main(["--db", str(db), "--feeds", str(feeds), "poll", "--quiet"]) == 0
    return db


@pytest.fixture
def polled(feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = poll(feed_server, tmp_path / "machine", [CNIL_ITEM], [NEWS_ITEM, WEATHER_ITEM])
    capsys.readouterr()
    return db


def guids(rows: list[dict[str, Any]]) -> list[str]:
    # Feed parsing resolves a bare guid against the feed's URL; its last segment is ours.
    return [str(r["guid"]).rsplit("/", 1)[-1] for r in rows]


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    assert main(["--db", str(db), *args]) == 0
    return capsys.readouterr().out


# -- CSV and JSON ----------------------------------------------------------------------------------


def test_fines_csv(polled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(run(capsys, polled, "export", "fines", "--format", "csv"))))
    assert len(rows) == 1
    (row,) = rows
    assert tuple(row) == FINE_COLUMNS
    assert row["key"] == "cnil/clearview/2022-10-19"
    assert row["authority"] == "CNIL"
    assert float(row["amount"]) == 20_000_000
    assert row["amount"] == "20000000"
    assert row["currency"] == "EUR"
    assert float(row["amount_eur"]) == 20_000_000
    assert row["status"] == "imposed"
    assert row["decision_date"] == "2022-10-19T10:00:00Z"
    assert ISO.match(row["created_at"])
    assert row["tags"].split(";") == ["biometrics", "facial_recognition"]
    assert row["sources"] == "2"
    assert row["source_links"].split() == [CNIL_ITEM["link"], NEWS_ITEM["link"]]
    assert re.fullmatch(r"CNIL fines Clearview AI €20,000,000", row["title"], flags=re.IGNORECASE)


def test_items_csv_is_utf8_and_keeps_formulas_inert(polled: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports" / "items.csv"
    assert main(["--db", str(polled), "export", "items", "--format", "csv", "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == ITEM_COLUMNS
    by_guid = {r["link"]: r for r in rows}
    assert len(rows) == 3
    assert by_guid[CNIL_ITEM["link"]]["title"] == CNIL_ITEM["title"]  # the à survives
    assert by_guid[CNIL_ITEM["link"]]["fine_amount"] == "20000000"
    assert by_guid[CNIL_ITEM["link"]]["matched"] == "true"
    assert all(ISO.match(r["published"]) and ISO.match(r["first_seen"]) for r in rows)
    weather = by_guid[WEATHER_ITEM["link"]]
    assert weather["title"] == "'" + WEATHER_ITEM["title"]
    assert weather["fine_amount"] == ""
    assert weather["tags"] == ""


def test_csv_bom_for_spreadsheets(polled: Path, tmp_path: Path) -> None:
    out = tmp_path / "fines.csv"
    assert main(["--db", str(polled), "export", "fines", "--bom", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,key,")
    assert "€20,000,000" in data.decode("utf-8-sig")


def test_items_json_and_filters(polled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    everything = json.loads(run(capsys, polled, "export", "items", "--format", "json"))
    assert guids(everything) == ["news-2", "news-1", "cnil-1"]  # newest first
    first = everything[2]
    assert set(first) == set(ITEM_COLUMNS)
    assert first["fine_amount"] == 20_000_000
    assert first["tags"] == ["biometrics", "facial_recognition"]
    assert first["matched"] is True

    tagged = json.loads(
        run(capsys, polled, "export", "items", "--format", "json", "--tag", "facial_recognition")
    )
    assert guids(tagged) == ["news-1", "cnil-1"]
    recent = json.loads(run(capsys, polled, "export", "items", "--format", "json", "--since", "2022-10-20"))
    assert guids(recent) == ["news-2", "news-1"]
    matched = json.loads(run(capsys, polled, "export", "items", "--format", "json", "--matched"))
    assert guids(matched) == ["news-1", "cnil-1"]


def test_fines_json_carries_sources_and_history(polled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (event,) = json.loads(run(capsys, polled, "export", "fines", "--format", "json"))
    assert event["atom_id"] == "tag:regulatory-monitor,2024:event/cnil/clearview/2022-10-19"
    assert event["amount"] == 20_000_000
    assert [s["link"] for s in event["sources"]] == [CNIL_ITEM["link"], NEWS_ITEM["link"]]
    assert [h["status"] for h in event["history"]] == ["imposed"]
    assert (
        json.loads(run(capsys, polled, "export", "fines", "--format", "json", "--since", "2023-01-01")) == []
    )
    tagged = json.loads(
        run(capsys, polled, "export", "fines", "--format", "json", "--tag", "facial_recognition")
    )
    assert [e["atom_id"] for e in tagged] == [event["atom_id"]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "items", "--format", "atom"], "invalid choice: 'atom'"),
        (["export", "fines", "--since", "last week"], "--since must be a date (YYYY-MM-DD, or relative"),
        (["export", "fines", "--tag", "weather"], "no tag 'weather'"),  # a typo is not an empty register
    ],
)
def test_export_usage_errors(
    polled: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    try:
        code = main(["--db", str(polled), *args])
    except SystemExit as exc:  # argparse's own refusals
        code = int(exc.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err


def test_export_without_a_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.sqlite"
    assert main(["--db", str(db), "export", "fines"]) == 2
    assert "run `monitor poll` first" in capsys.readouterr().err
    assert not db.exists()


# -- the Atom feed ---------------------------------------------------------------------------------


def atom_of(db: Path) -> bytes:
    store = Store(db)
    try:
        return render(store, "fines", "atom")
    finally:
        store.close()


def test_atom_feed_is_valid_and_readable(polled: Path, tmp_path: Path) -> None:
    out = tmp_path / "site" / "fines.atom"
    self_url = "https://intranet.example/fines.atom"
    assert (
        main(
            [
                "--db",
                str(polled),
                "export",
                "fines",
                "--format",
                "atom",
                "--self-url",
                self_url,
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert oct(out.stat().st_mode & 0o777) == "0o644"  # a web server must be able to read it
    parsed = feedparser.parse(out.read_bytes())
    assert parsed.bozo is False, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.id == "tag:regulatory-monitor,2024:fines"
    assert [link.href for link in parsed.feed.links if link.rel == "self"] == [self_url]
    (entry,) = parsed.entries
    assert entry.id == "tag:regulatory-monitor,2024:event/cnil/clearview/2022-10-19"
    assert entry.title.casefold() == "cnil fines clearview ai €20,000,000"
    assert entry.published == "2022-10-19T10:00:00Z"
    assert ISO.match(entry.updated)
    related = [link.href for link in entry.links if link.rel == "related"]
    assert related == [CNIL_ITEM["link"], NEWS_ITEM["link"]]
    assert entry.link == CNIL_ITEM["link"]
    terms = {(t.term, t.scheme) for t in entry.tags}
    assert ("facial_recognition", None) in terms
    assert ("imposed", "tag:regulatory-monitor,2024:status") in terms
    assert ("CNIL", "tag:regulatory-monitor,2024:authority") in terms
    assert CNIL_ITEM["title"].replace("'", "&#x27;") in entry.content[0].value or CNIL_ITEM["title"] in (
        entry.content[0].value
    )
    # The document declares the Atom namespace and nothing else at its root.
    root = ET.fromstring(out.read_bytes())
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"


def test_atom_ids_are_the_same_on_another_machine(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Machine A sees both articles at once; machine B sees the news article first and the
    # authority's own notice (dated a day earlier) only at its next poll.
    a = poll(feed_server, tmp_path / "a", [CNIL_ITEM], [NEWS_ITEM])
    poll(feed_server, tmp_path / "b", [], [NEWS_ITEM])
    b = poll(feed_server, tmp_path / "b", [CNIL_ITEM], [NEWS_ITEM])
    entries_a = feedparser.parse(atom_of(a)).entries
    entries_b = feedparser.parse(atom_of(b)).entries
    assert [e.id for e in entries_a] == [e.id for e in entries_b]
    assert [e.id for e in entries_a] == ["tag:regulatory-monitor,2024:event/cnil/clearview/2022-10-19"]


def _event_values(event: dict[str, Any], status: FineStatus) -> FineFacts:
    return FineFacts(
        fine=Fine(event["amount"], event["currency"], event["amount_eur"], status),
        authority=event["authority"],
        target=event["target"],
        target_key=event["target_key"],
        date="2023-03-20T09:00:00Z",
        tags=frozenset(event["tags"]),
    )


def test_atom_entry_updated_moves_with_its_status_only(polled: Path) -> None:
    before = feedparser.parse(atom_of(polled)).entries[0]
    store = Store(polled)
    try:
        (event,) = store.list_events()
        item_ids = [s["id"] for s in store.event_sources(event["id"])]
        with store.transaction():  # one more article repeating the decision: no news for readers
            store.attach_to_event(
                event["id"], item_ids[1], _event_values(event, "imposed"), "2030-01-01T00:00:00Z", None
            )
    finally:
        store.close()
    repeated = feedparser.parse(atom_of(polled)).entries[0]
    assert repeated.updated == before.updated

    store = Store(polled)
    try:
        with store.transaction():
            store.attach_to_event(
                event["id"],
                item_ids[1],
                _event_values(event, "overturned"),
                "2031-06-01T12:00:00Z",
                "overturned",
            )
    finally:
        store.close()
    after = feedparser.parse(atom_of(polled))
    assert after.bozo is False
    (entry,) = after.entries
    assert entry.id == before.id
    assert entry.updated == "2031-06-01T12:00:00Z"
    assert after.feed.updated == "2031-06-01T12:00:00Z"
    assert "overturned" in entry.title
    assert ("overturned", "tag:regulatory-monitor,2024:status") in {(t.term, t.scheme) for t in entry.tags}


def test_atom_survives_hostile_text() -> None:
    record = {
        "id": 1,
        "atom_id": "tag:regulatory-monitor,2024:event/x/y/2024-01-01",
        "title": "ACME fines <script>alert(1)</script> & \x0bCo €5",
        "description": "ACME fines <b>Co</b> \x00€5",
        "status": "imposed",
        "authority": "A&B",
        "decision_date": "2024-01-01",
        "created_at": "2024-01-02T00:00:00Z",
        "history": [{"status": "imposed", "at": "2024-01-02T00:00:00Z", "item_id": 1}],
        "tags": ["x<y"],
        "sources": [
            {"feed": "F", "link": "https://e.example/?a=1&b=<2>", "title": "T\x01", "published": None}
        ],
    }
    data = fines_atom([record])
    parsed = feedparser.parse(data)
    assert parsed.bozo is False, parsed.get("bozo_exception")
    (entry,) = parsed.entries
    assert entry.title == "ACME fines <script>alert(1)</script> & Co €5"
    assert entry.published == "2024-01-01T00:00:00Z"
    assert [link.href for link in entry.links if link.rel == "related"] == ["https://e.example/?a=1&b=<2>"]


def test_empty_register_is_still_a_valid_feed(tmp_path: Path) -> None:
    Store(tmp_path / "empty.sqlite").close()
    parsed = feedparser.parse(atom_of(tmp_path / "empty.sqlite"))
    assert parsed.bozo is False
    assert parsed.version == "atom10"
    assert parsed.entries == []


# -- real clients ----------------------------------------------------------------------------------


def test_newsboat_reads_the_fines_feed(polled: Path, feed_server: FeedServer, tmp_path: Path) -> None:
    exe = shutil.which("newsboat")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("newsboat is not installed; CI installs it from .ci/debian-packages.txt")
        pytest.skip("newsboat is not installed (apt-get install newsboat)")
    url = feed_server.add("/fines.atom", atom_of(polled), content_type="application/atom+xml")
    home = tmp_path / "nb"
    home.mkdir()
    (home / "urls").write_text(url + "\n", encoding="utf-8")
    (home / "config").touch()
    result = subprocess.run(
        [
            exe,
            "-u",
            str(home / "urls"),
            "-c",
            str(home / "cache.db"),
            "-C",
            str(home / "config"),
            "-x",
            "reload",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)},
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()
    assert feed_server.hits["/fines.atom"] >= 1
    with sqlite3.connect(home / "cache.db") as cache:
        feeds = cache.execute("SELECT rssurl, title FROM rss_feed").fetchall()
        items = cache.execute("SELECT guid, title, url FROM rss_item").fetchall()
    assert feeds == [(url, "Regulatory Monitor: fines register")]
    assert len(items) == 1
    guid, title, link = items[0]
    assert guid == "tag:regulatory-monitor,2024:event/cnil/clearview/2022-10-19"
    assert title.casefold() == "cnil fines clearview ai €20,000,000"
    assert link == CNIL_ITEM["link"]


def test_sqlite_utils_opens_the_database_and_searches_it(polled: Path) -> None:
    db = sqlite_utils.Database(polled)
    try:
        assert {"items", "fine_events", "feeds", "items_fts"} <= set(db.table_names())
        found = list(db.table("items").search("clearview"))
        assert sorted(guids(found)) == ["cnil-1", "news-1"]
        assert guids(list(db.table("items").search("weekend"))) == ["news-2"]
        assert list(db.table("items").search("nonexistentword")) == []
    finally:
        db.close()


def test_datasette_metadata_describes_every_table_and_column(polled: Path) -> None:
    metadata = yaml.safe_load(resource_path("datasette-metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"][polled.stem]["tables"]
    with sqlite3.connect(polled) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert sorted(described) == sorted(tables)
        for table, info in described.items():
            if info.get("hidden") and "columns" not in info:
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            assert list(info["columns"]) == columns, table
            assert all(isinstance(v, str) and v for v in info["columns"].values()), table
        for name, query in metadata["databases"][polled.stem]["queries"].items():
            # The canned queries run on the real schema (a named parameter given a word).
            conn.execute(query["sql"], dict.fromkeys(re.findall(r":(\w+)", query["sql"]), "fine")).fetchall()
            assert query["title"], name


def test_fine_records_use_the_store_only(polled: Path) -> None:
    store = Store(polled, readonly=True)
    try:
        (record,) = fine_records(store)
    finally:
        store.close()
    assert record["key"] == "cnil/clearview/2022-10-19"


def test_an_unchanged_export_leaves_the_file_alone(polled: Path, tmp_path: Path) -> None:
    out = tmp_path / "fines.atom"
    args = ["--db", str(polled), "export", "fines", "--format", "atom", "-o", str(out)]
    assert main(args) == 0
    os.utime(out, (1_000_000_000, 1_000_000_000))  # as if written long ago
    assert main(args) == 0
    assert out.stat().st_mtime == 1_000_000_000
    out.write_bytes(b"stale")
    assert main(args) == 0
    assert feedparser.parse(out.read_bytes()).entries[0].id.endswith("cnil/clearview/2022-10-19")
