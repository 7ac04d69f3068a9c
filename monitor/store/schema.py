"""The database schema and its numbered migrations (PRAGMA user_version)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only the migrations use sqlite-utils (its FTS set-up): a read command never imports it.
    import sqlite_utils

SCHEMA_VERSION = 15


def _v1(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS feeds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            config_url TEXT NOT NULL,
            url TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'news',
            language TEXT,
            country TEXT,
            authority TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            interval INTEGER,
            tags TEXT NOT NULL DEFAULT '[]',
            title TEXT,
            site_link TEXT,
            etag TEXT,
            last_modified TEXT,
            content_hash TEXT,
            added_at TEXT NOT NULL,
            first_polled_at TEXT,
            last_polled_at TEXT,
            last_success_at TEXT,
            last_status TEXT,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_poll_at TEXT,
            gone INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS items (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            link TEXT,
            canonical_link TEXT,
            title TEXT NOT NULL,
            summary_text TEXT NOT NULL DEFAULT '',
            summary_html TEXT NOT NULL DEFAULT '',
            author TEXT,
            published TEXT NOT NULL,
            published_known INTEGER NOT NULL DEFAULT 1,
            language TEXT,
            first_seen TEXT NOT NULL,
            updated_at TEXT,
            content_hash TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0,
            matched INTEGER NOT NULL DEFAULT 0,
            fine_status TEXT,
            fine_amount REAL,
            fine_currency TEXT,
            fine_amount_eur REAL,
            penalty_amount REAL,
            penalty_currency TEXT,
            penalty_per TEXT,
            authority TEXT,
            target TEXT,
            event_id INTEGER REFERENCES fine_events(id) ON DELETE SET NULL,
            UNIQUE (feed_id, guid)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS item_tags (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (item_id, tag)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS fine_events (
            id INTEGER PRIMARY KEY,
            authority TEXT,
            target TEXT,
            target_key TEXT,
            amount REAL,
            currency TEXT,
            amount_eur REAL,
            status TEXT NOT NULL,
            penalty_amount REAL,
            penalty_currency TEXT,
            penalty_per TEXT,
            decision_date TEXT NOT NULL,
            -- 0 while no source gave a date: decision_date is then only when we first saw it.
            date_known INTEGER NOT NULL DEFAULT 1,
            tags TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS event_status_history (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES fine_events(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            at TEXT NOT NULL,
            item_id INTEGER REFERENCES items(id) ON DELETE SET NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS alerts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            event_id INTEGER REFERENCES fine_events(id) ON DELETE CASCADE,
            feed_id INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
            status TEXT,
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            delivered_at TEXT,
            -- One alert per event and status: a replayed poll can never record it twice.
            UNIQUE (kind, event_id, status)
        )
        """
    )
    db.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for sql in (
        "CREATE INDEX IF NOT EXISTS items_published ON items(published DESC)",
        "CREATE INDEX IF NOT EXISTS items_feed_published ON items(feed_id, published DESC)",
        "CREATE INDEX IF NOT EXISTS items_canonical ON items(canonical_link)",
        "CREATE INDEX IF NOT EXISTS items_event ON items(event_id)",
        "CREATE INDEX IF NOT EXISTS items_matched ON items(matched, published DESC)",
        "CREATE INDEX IF NOT EXISTS item_tags_tag ON item_tags(tag, item_id)",
        "CREATE INDEX IF NOT EXISTS events_target ON fine_events(target_key)",
        "CREATE INDEX IF NOT EXISTS events_decision ON fine_events(decision_date)",
        "CREATE INDEX IF NOT EXISTS alerts_pending ON alerts(delivered_at)",
    ):
        db.execute(sql)
    items = db.table("items")
    if not db.table("items_fts").exists():
        # External-content FTS kept in step by triggers: the text is stored once.
        items.enable_fts(
            ["title", "summary_text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
        )


def _v2(db: sqlite_utils.Database) -> None:
    # The digest of the feed entry an item was read from: a poll skips parsing entries it has seen.
    db.execute("ALTER TABLE items ADD COLUMN entry_digest TEXT")


def _v3(db: sqlite_utils.Database) -> None:
    # An overdue penalty payment is a decision of its own, never one more source of the fine it enforces.
    db.execute("ALTER TABLE fine_events ADD COLUMN liquidation INTEGER NOT NULL DEFAULT 0")


def _v4(db: sqlite_utils.Database) -> None:
    # When a server asked us to wait (429/503 Retry-After): even a forced poll honours it.
    db.execute("ALTER TABLE feeds ADD COLUMN retry_until TEXT")


def _v5(db: sqlite_utils.Database) -> None:
    # Which sources joined their event on partial facts (no party or no sum to compare), so the
    # register can show them; and the periodic penalty in euros, which the grouping compares.
    db.execute("ALTER TABLE items ADD COLUMN event_partial INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE fine_events ADD COLUMN penalty_eur REAL")


def _v6(db: sqlite_utils.Database) -> None:
    # The opening of the linked article, read for an item that lacked its facts (article.py), and
    # whether the fine's facts came from that article rather than from the item itself.
    db.execute("ALTER TABLE items ADD COLUMN article_lead TEXT")
    db.execute("ALTER TABLE items ADD COLUMN facts_from_article INTEGER NOT NULL DEFAULT 0")


def _v7(db: sqlite_utils.Database) -> None:
    # The facts a decision is cited by (decisions.py): the authority's country, the domain of law,
    # the articles cited (a JSON list), the official source among its reports.
    db.execute("ALTER TABLE fine_events ADD COLUMN country TEXT")
    db.execute("ALTER TABLE fine_events ADD COLUMN domain TEXT")
    db.execute("ALTER TABLE fine_events ADD COLUMN articles TEXT NOT NULL DEFAULT '[]'")
    db.execute(
        "ALTER TABLE fine_events ADD COLUMN official_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL"
    )
    # The day the decision was taken, when a report states it; decision_date stays the first
    # report's, which the grouping, the alert window and the Atom entry ids go by.
    db.execute("ALTER TABLE fine_events ADD COLUMN decided_on TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS events_domain ON fine_events(domain, decision_date)")
    # The register's existing decisions get their country and domain from their authority now (the
    # domain filter defaults to data protection); articles and the official source at the next
    # `monitor reanalyze` or report.
    from monitor.analysis.authorities import authority
    from monitor.analysis.engine import domain_of
    from monitor.models import Analysis

    for event_id, code in db.execute("SELECT id, authority FROM fine_events").fetchall():
        entry = authority(code)
        db.execute(
            "UPDATE fine_events SET country = ?, domain = ? WHERE id = ?",
            (entry.country if entry else None, domain_of(Analysis(authority=code, matched=True)), event_id),
        )


def _v8(db: sqlite_utils.Database) -> None:
    # The user's corrections of the register, kept beside the analysis rather than written over it,
    # so that refiling (reanalysis, the regrouping after each poll) can lay them over again and the
    # user can undo them. Anchored on reports (items), which outlive the events they are filed under.
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS corrections (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'merge', 'split', 'not_fine')),
            field TEXT CHECK (field IS NULL OR field IN ('party', 'amount', 'status', 'domain')),
            -- edit, merge: a report of the decision; split, not_fine: the report itself
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            -- merge: a report of the other decision
            other_item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
            -- the decisions as they were numbered when corrected (events come and go: no key)
            event_id INTEGER,
            other_event_id INTEGER,
            old_value TEXT,
            new_value TEXT,
            -- split: the reports it was split from, which it never rejoins (JSON list of item ids)
            peers TEXT NOT NULL DEFAULT '[]',
            note TEXT,
            created_at TEXT NOT NULL,
            undone_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX IF NOT EXISTS corrections_item ON corrections(item_id)")
    db.execute("CREATE INDEX IF NOT EXISTS corrections_other ON corrections(other_item_id)")


def _v10(db: sqlite_utils.Database) -> None:
    # A new decision not announced because one that may be the same was: looked at again when a
    # later report tells them apart (the first report had left out the authority), so it is
    # announced then, once, whichever report came first.
    db.execute("ALTER TABLE fine_events ADD COLUMN held INTEGER NOT NULL DEFAULT 0")


def _v11(db: sqlite_utils.Database) -> None:
    # The register reads each candidate event's sums from its sources (fines.candidate_events)
    # from the index, without the item rows (~2.8x faster at 40,000 items), and regrouping finds
    # the fine-bearing items in no event (grouping.loose_reports: event_id IS NULL AND fine_status
    # IN ...) without visiting every unfiled item (1.9 ms -> 0.02 ms at 3,000 items, and it grew
    # with the database on every report of a cold poll). It serves every lookup by event_id, so
    # it replaces items_event.
    db.execute(
        "CREATE INDEX IF NOT EXISTS items_event_facts ON items(event_id, fine_status, fine_amount_eur)"
    )
    db.execute("DROP INDEX IF EXISTS items_event")
    # Each feed's item and unread counts (`monitor feeds`, the window's sources pane) from the
    # index alone: one pass over 100,000 items without reading their rows.
    db.execute("CREATE INDEX IF NOT EXISTS items_feed_unread ON items(feed_id, matched, read)")


def _v12(db: sqlite_utils.Database) -> None:
    # What filing reads off a report beyond its analysis (pipeline.report_facts, in the parse
    # worker): its party key, whether it is an overdue penalty payment, the date its text states
    # and its periodic penalty in euros. Grouping again read them off every report's text after
    # every batch: in a steady-state poll of 300 feeds that was a quarter of the writer's time,
    # and it loaded the whole rule index into the writer (issue #17). Rows filed before keep
    # fine_liquidation NULL and are read as before until `monitor reanalyze` stores them.
    for column in ("target_key TEXT", "fine_liquidation INTEGER", "stated_date TEXT", "penalty_eur REAL"):
        db.execute(f"ALTER TABLE items ADD COLUMN {column}")


def _v13(db: sqlite_utils.Database) -> None:
    # Whether an item came in its feed's first poll (a backlog): an undated decision is news as first
    # seen only when the feed had been polled before and the item was not there (issue #12, rule 3),
    # also when a later grouping splits it off into an event of its own. Rows stored before: an
    # item first seen no later than its feed's first successful poll came with that poll (both
    # written by one poll, the items first; two polls within one second are told apart wrongly).
    db.execute("ALTER TABLE items ADD COLUMN first_poll INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE items SET first_poll = 1 WHERE first_seen <= "
        "(SELECT f.first_polled_at FROM feeds f WHERE f.id = items.feed_id)"
    )


def _v14(db: sqlite_utils.Database) -> None:
    # The reports an alert was raised for: the alert follows them when a later grouping splits
    # its event, so the decision it announced keeps it (and whether the user saw it) and the other
    # part, a decision of its own, is news or not on its own account (issue #12). An event id is
    # no anchor: a split leaves it to the larger part, which may not be what was announced.
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS alert_items (
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            PRIMARY KEY (alert_id, item_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX IF NOT EXISTS alert_items_item ON alert_items(item_id)")
    # Alerts raised before: anchored on what their event holds now, the best there is to go by.
    db.execute(
        "INSERT OR IGNORE INTO alert_items (alert_id, item_id) SELECT a.id, i.id FROM alerts a "
        "JOIN items i ON i.event_id = a.event_id WHERE a.event_id IS NOT NULL"
    )


def _v15(db: sqlite_utils.Database) -> None:
    # The full-text index is re-read only when an item's title or summary changes. sqlite-utils'
    # trigger fired on every UPDATE of an item: filing it under an event, moving it to another,
    # marking it read each deleted and re-tokenised its text (~65 us of the writer's CPU per
    # UPDATE at 100,000 items, against ~8 us; marking every item read re-indexed them all).
    db.execute("DROP TRIGGER IF EXISTS items_au")
    db.execute(
        """
        CREATE TRIGGER items_au AFTER UPDATE OF title, summary_text ON items BEGIN
          INSERT INTO items_fts (items_fts, rowid, title, summary_text)
            VALUES ('delete', old.rowid, old.title, old.summary_text);
          INSERT INTO items_fts (rowid, title, summary_text) VALUES (new.rowid, new.title, new.summary_text);
        END
        """
    )


MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "feeds, items, tags, full-text index, fine events, alerts, settings", _v1),
    (2, "items remember the digest of the entry they were read from", _v2),
    (3, "fine events tell an overdue penalty payment from the fine it enforces", _v3),
    (4, "feeds remember until when their server asked us to wait", _v4),
    (5, "sources joined on partial facts are marked; events keep their periodic penalty in euros", _v5),
    (6, "items keep the lead of the article their facts were read from", _v6),
    (7, "decisions keep their country, domain, cited articles, official source and stated day", _v7),
    (8, "the user's corrections of the register: edits, merges, splits, items that are no fine", _v8),
    (10, "fine events remember that their alert was held behind a possible twin's", _v10),
    (
        11,
        "indexes of events' sources (sums, loose reports) and feeds' counts, read without rows",
        _v11,
    ),
    (12, "items keep what filing read off their text: party key, liquidation, stated day, penalty", _v12),
    (13, "items remember whether they came in their feed's first poll", _v13),
    (14, "alerts remember the reports they were raised for", _v14),
    (15, "the full-text index follows an item's title and summary only, not its other columns", _v15),
]
