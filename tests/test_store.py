"""The database: migrations in place with a backup, corrupt files moved aside, transactions, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from monitor.models import Analysis, FeedConfig, ParsedItem
from monitor.store import Store, StoreError, schema
from monitor.store.items import ItemFilter, fts_query

NOW = "2024-05-01T10:00:00Z"


def _item(guid: str, title: str, summary: str = "", tags: tuple[str, ...] = ()) -> ParsedItem:
    return ParsedItem(
        guid=guid,
        link=f"https://x.example/{guid}",
        canonical_link=f"https://x.example/{guid}",
        title=title,
        summary_text=summary,
        summary_html=summary,
        author=None,
        published="2024-04-30T08:00:00Z",
        language="en",
        content_hash=guid + title,
        analysis=Analysis(tags=tags, matched=bool(tags)),
    )


def _filled(path: Path) -> Store:
    store = Store(path)
    with store.transaction():
        store.sync_feeds([FeedConfig(name="F", url="https://x.example/feed")], NOW)
        store.store_items(
            1,
            [
                _item("a", "Clearview fined", "Facial recognition company", ("facial_recognition",)),
                _item("b", "Cookies guidance", "Consent banners"),
            ],
            NOW,
        )
    return store


def test_schema_is_current_and_search_works(db_path: Path) -> None:
    store = _filled(db_path)
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert [r["guid"] for r in store.list_items(ItemFilter(search="facial recog"))] == ["a"]
    assert [r["guid"] for r in store.list_items(ItemFilter(search="banners"))] == ["b"]
    assert store.count_items(ItemFilter(tags=("facial_recognition",))) == 1
    assert store.list_items(ItemFilter(search='"; DROP TABLE items; --')) == []
    assert store.integrity_ok()


def test_fts_query_never_raises_on_user_syntax() -> None:
    assert fts_query('AND OR "unbalanced (') == '"AND"* "OR"* "unbalanced"*'


def test_failed_transaction_writes_nothing(db_path: Path) -> None:
    store = _filled(db_path)
    with pytest.raises(RuntimeError), store.transaction():
        store.store_items(1, [_item("c", "Half written")], NOW)
        raise RuntimeError("crash in the middle")
    assert store.count_items() == 2


def test_older_schema_is_upgraded_in_place_with_a_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(db_path).close()

    def add_note_column(db: object) -> None:
        db.execute("ALTER TABLE items ADD COLUMN note TEXT")  # type: ignore[attr-defined]

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, (current + 1, "item notes", add_note_column)]
    )
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    import monitor.store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 1)
    store = Store(db_path)
    assert store.schema_version() == current + 1
    assert store.count_items() == 2  # nothing lost
    assert "note" in {c[1] for c in store.conn.execute("PRAGMA table_info(items)")}
    backup = db_path.with_name(f"{db_path.name}.v{current}.bak")
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM items").fetchone()[0] == 2


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    _filled(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(db_path)


def test_a_file_of_another_format_is_refused_not_moved(db_path: Path) -> None:
    # `--db notes.txt` by mistake must not rename the user's file and start a database in its place.
    db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store(db_path, check=True)
    assert db_path.read_bytes().startswith(b"this is not a database")
    assert not list(db_path.parent.glob("monitor.sqlite.corrupt-*"))


def test_a_read_only_open_never_upgrades_and_says_how(db_path: Path) -> None:
    _filled(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.close()
    with pytest.raises(StoreError, match=r"earlier version.*monitor poll"):
        Store(db_path, readonly=True)
    assert not list(db_path.parent.glob("*.bak"))


def test_items_stored_before_v13_know_whether_they_came_with_their_feeds_first_poll(db_path: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    for version, _what, migrate in schema.MIGRATIONS:
        if version < 13:
            migrate(db)
    first = "2024-05-01T10:00:00Z"
    for feed_id, url, polled in (
        (1, "https://x.example/f", "2024-05-01T10:00:02Z"),
        (2, "https://y.example/f", None),
    ):
        db.execute(
            "INSERT INTO feeds (id, name, config_url, url, added_at, first_polled_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (feed_id, f"feed{feed_id}", url, url, first, polled),
        )
    # Stored by the first poll (before the feed's row was marked polled), by later polls, and by
    # a feed whose polls never succeeded.
    for item_id, feed_id, seen in ((1, 1, first), (2, 1, "2024-05-01T11:00:00Z"), (3, 2, first)):
        db.execute(
            "INSERT INTO items (id, feed_id, guid, title, published, first_seen, content_hash) "
            "VALUES (?, ?, ?, 't', ?, ?, 'h')",
            (item_id, feed_id, f"g{item_id}", seen, seen),
        )
    db.execute("PRAGMA user_version = 12")
    db.conn.commit()
    db.close()
    store = Store(db_path)
    try:
        assert store.rows("SELECT id, first_poll FROM items ORDER BY id") == [
            {"id": 1, "first_poll": 1},
            {"id": 2, "first_poll": 0},
            {"id": 3, "first_poll": 0},
        ]
        with store.transaction():
            store.store_items(2, [_item("new", "Fresh")], NOW, first_poll=True)
        assert store.scalar("SELECT first_poll FROM items WHERE guid = 'new'") == 1
    finally:
        store.close()


def test_alerts_stored_before_v14_are_anchored_on_the_reports_their_event_holds(db_path: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    for version, _what, migrate in schema.MIGRATIONS:
        if version < 14:
            migrate(db)
    db.execute(
        "INSERT INTO feeds (id, name, config_url, url, added_at) VALUES (1, 'F', 'https://x.example/f', "
        "'https://x.example/f', ?)",
        (NOW,),
    )
    for event_id in (1, 2):
        db.execute(
            "INSERT INTO fine_events (id, status, decision_date, created_at, updated_at) "
            "VALUES (?, 'imposed', ?, ?, ?)",
            (event_id, NOW, NOW, NOW),
        )
    for item_id, event_id in ((1, 1), (2, 1), (3, 2), (4, None)):
        db.execute(
            "INSERT INTO items (id, feed_id, guid, title, published, first_seen, content_hash, event_id) "
            "VALUES (?, 1, ?, 't', ?, ?, 'h', ?)",
            (item_id, f"g{item_id}", NOW, NOW, event_id),
        )
    db.execute(
        "INSERT INTO alerts (id, kind, event_id, status, title, created_at) VALUES "
        "(1, 'new_fine', 1, 'imposed', 'A', ?), (2, 'backlog', NULL, '2', 'B', ?)",
        (NOW, NOW),
    )
    db.execute("PRAGMA user_version = 13")
    db.conn.commit()
    db.close()
    store = Store(db_path)
    try:
        assert store.anchors([1, 2]) == {1: [1, 2]}  # event 2 raised no alert, a summary names no event
        with store.transaction():
            store.conn.execute("DELETE FROM alerts WHERE id = 1")
        assert store.scalar("SELECT count(*) FROM alert_items") == 0  # gone with their alert
    finally:
        store.close()


def test_syncing_an_unchanged_feeds_file_writes_nothing_and_a_changed_one_what_changed(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "m.sqlite")
    feeds = [
        FeedConfig(name="A", url="https://a.example/feed", tags=("gdpr",), interval=3600),
        FeedConfig(name="B", url="https://b.example/feed", kind="authority", authority="CNIL"),
        FeedConfig(name="C", url="https://c.example/feed"),
    ]
    with store.transaction():
        store.sync_feeds(feeds, "2024-01-01T00:00:00Z")
        store.conn.execute("UPDATE feeds SET etag = 'e1', consecutive_failures = 2 WHERE name IN ('A', 'B')")
    before = store.conn.total_changes
    with store.transaction():
        store.sync_feeds(feeds, "2024-01-02T00:00:00Z")  # the window's start, every poll: nothing new
    assert store.conn.total_changes == before
    moved = FeedConfig(name="A", url="https://a.example/new-feed", tags=("gdpr",), interval=3600)
    retagged = FeedConfig(
        name="B", url="https://b.example/feed", kind="authority", authority="CNIL", tags=("x",)
    )
    with store.transaction():
        store.sync_feeds([moved, retagged], "2024-01-03T00:00:00Z")  # C dropped from the file
    rows = {
        r[0]: r[1:]
        for r in store.conn.execute(
            "SELECT name, config_url, etag, consecutive_failures, tags, enabled FROM feeds"
        )
    }
    assert rows["A"] == ("https://a.example/new-feed", None, 0, '["gdpr"]', 1)  # another URL: starts over
    assert rows["B"] == ("https://b.example/feed", "e1", 2, '["x"]', 1)  # its health kept
    assert rows["C"][-1] == 0  # disabled, not deleted
    store.close()


def test_the_full_text_index_is_written_again_only_when_an_items_text_changes(db_path: Path) -> None:
    store = _filled(db_path)
    try:

        def index_rows() -> int:  # FTS5's segments: every re-indexed row adds to them
            return int(store.conn.execute("SELECT count(*) FROM items_fts_data").fetchone()[0])

        before = index_rows()
        with store.transaction():
            store.mark_all_read()  # columns the index does not hold (filing an item is another)
        assert index_rows() == before
        with store.transaction():
            store.store_items(1, [_item("b", "Cookie walls refused", "Consent banners")], NOW)
        assert [r["guid"] for r in store.list_items(ItemFilter(search="walls"))] == ["b"]
        assert store.list_items(ItemFilter(search="guidance")) == []  # the old title left the index
        assert [r["guid"] for r in store.list_items(ItemFilter(search="banners"))] == ["b"]
    finally:
        store.close()
