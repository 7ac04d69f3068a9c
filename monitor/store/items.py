"""SQL for items: storing a feed's items with their analysis, listing, full-text search, pruning."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from monitor.models import Analysis, FullItem, ItemRow, ParsedItem, ReportFacts
from monitor.store.base import QueryBase

_INSERT = """
INSERT INTO items (feed_id, guid, link, canonical_link, title, summary_text, summary_html, author,
                   published, published_known, language, first_seen, content_hash, matched,
                   fine_status, fine_amount, fine_currency, fine_amount_eur, penalty_amount,
                   penalty_currency, penalty_per, authority, target, target_key, fine_liquidation,
                   stated_date, penalty_eur, entry_digest, article_lead, facts_from_article,
                   first_poll)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_UPDATE = """
UPDATE items SET link = ?, canonical_link = ?, title = ?, summary_text = ?, summary_html = ?,
       author = ?, published = coalesce(?, published), language = ?, updated_at = ?,
       content_hash = ?, matched = ?, fine_status = ?, fine_amount = ?, fine_currency = ?,
       fine_amount_eur = ?, penalty_amount = ?, penalty_currency = ?, penalty_per = ?,
       authority = ?, target = ?, target_key = ?, fine_liquidation = ?, stated_date = ?,
       penalty_eur = ?, entry_digest = ?,
       article_lead = coalesce(?, article_lead), facts_from_article = ?
WHERE id = ?
"""
_ANALYSIS_UPDATE = """
UPDATE items SET matched = ?, fine_status = ?, fine_amount = ?, fine_currency = ?,
       fine_amount_eur = ?, penalty_amount = ?, penalty_currency = ?, penalty_per = ?,
       authority = ?, target = ?, target_key = ?, fine_liquidation = ?, stated_date = ?,
       penalty_eur = ? WHERE id = ?
"""

LIST_COLUMNS = (
    "i.id, i.feed_id, f.name AS feed, i.guid, i.link, i.canonical_link, i.title, i.summary_text, "
    "i.author, i.published, i.published_known, i.language, i.first_seen, i.read, i.matched, "
    "i.fine_status, i.fine_amount, i.fine_currency, i.fine_amount_eur, i.penalty_amount, "
    "i.penalty_currency, i.penalty_per, i.authority, i.target, i.event_id, "
    "i.article_lead, i.facts_from_article, "
    "(SELECT group_concat(tag, ' ') FROM item_tags t WHERE t.item_id = i.id) AS tags"
)
_SORTABLE = {
    "published": "i.published",
    "feed": "f.name COLLATE NOCASE",
    "title": "i.title COLLATE NOCASE",
    "amount": "i.fine_amount_eur",
    "tags": "tags",
}


def _analysis_values(analysis: Analysis) -> tuple[Any, ...]:
    fine = analysis.fine
    penalty = fine.periodic_penalty if fine else None
    return (
        int(analysis.matched),
        fine.status if fine else None,
        fine.amount if fine else None,
        fine.currency if fine else None,
        fine.amount_eur if fine else None,
        penalty.amount if penalty else None,
        penalty.currency if penalty else None,
        penalty.per if penalty else None,
        analysis.authority,
        analysis.target,
    )


def _text_values(item: ParsedItem) -> tuple[Any, ...]:
    return (item.link, item.canonical_link, item.title, item.summary_text, item.summary_html, item.author)


def _report_values(facts: ReportFacts | None) -> tuple[Any, ...]:
    """What filing reads beyond the analysis; all NULL without a fine. A fine's fine_liquidation is
    never NULL from v12 on: NULL there marks a row filed before, whose facts are read off its text."""
    if facts is None:
        return (None, None, None, None)
    return (facts.target_key, int(facts.liquidation), facts.stated_date, facts.penalty_eur)


def _fact_values(item: ParsedItem) -> tuple[Any, ...]:
    return (
        *_analysis_values(item.analysis),
        *_report_values(item.facts),
        item.entry_digest,
        item.article_lead,
        int(item.facts_from_article),
    )


def _insert_values(feed_id: int, item: ParsedItem, now: str, first_poll: bool) -> tuple[Any, ...]:
    published = (item.published or now, int(item.published is not None))
    return (feed_id, item.guid, *_text_values(item), *published, item.language, now, item.content_hash,
            *_fact_values(item), int(first_poll))  # fmt: skip


def _tag_rows(item_id: int, item: ParsedItem, feed_tags: Sequence[str]) -> list[tuple[int, str]]:
    return [(item_id, tag) for tag in sorted(set(item.analysis.tags) | set(feed_tags))]


def fts_query(text: str) -> str:
    """User words to an FTS5 query: every word must appear, as a prefix; no syntax errors possible."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class ItemFilter:
    feed_id: int | None = None
    feed: str | None = None
    search: str | None = None
    tags: tuple[str, ...] = ()
    matched_only: bool = False
    fines_only: bool = False
    unread_only: bool = False
    since: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class StoredItems:
    new: list[int] = field(default_factory=list)
    fresh: list[tuple[int, ParsedItem]] = field(default_factory=list)  # the new ones, with their ids
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True)
class FiledState:
    event_id: int | None
    fine_status: str | None
    fine_amount: float | None
    authority: str | None
    target: str | None
    published: str | None  # None when the feed gave no date (the first-seen time stands in)


@dataclass(frozen=True)
class StoredText:
    """One stored item as `monitor reanalyze` reads it again, with its feed's authority and tags."""

    id: int
    title: str
    summary_text: str
    language: str | None
    authority: str | None  # the feed's
    feed_tags: tuple[str, ...]
    link: str | None
    guid: str


class ItemQueries(QueryBase):
    def store_items(
        self,
        feed_id: int,
        items: Sequence[ParsedItem],
        now: str,
        feed_tags: Sequence[str] = (),
        *,
        first_poll: bool = False,
    ) -> StoredItems:
        """Insert new items, update changed ones, skip the rest. Call inside a transaction.
        `first_poll`: the feed's first poll, whose items were there before we looked (a backlog):
        kept with each new item, since an undated one is then no news however it is grouped later."""
        result = StoredItems()
        if not items:
            return result
        existing = self._stored(feed_id, [item.guid for item in items])
        fresh: list[ParsedItem] = []
        tag_rows: list[tuple[int, str]] = []
        for item in items:
            found = existing.get(item.guid)
            if found is None:
                fresh.append(item)
            elif found[1] != item.content_hash:
                item_id = found[0]
                self.conn.execute(
                    _UPDATE,
                    (
                        *_text_values(item),
                        item.published,
                        item.language,
                        now,
                        item.content_hash,
                        *_fact_values(item),
                        item_id,
                    ),
                )
                self.conn.execute("DELETE FROM item_tags WHERE item_id = ?", (item_id,))
                result.updated.append(item_id)
                tag_rows += _tag_rows(item_id, item, feed_tags)
            else:
                result.unchanged += 1
                if item.entry_digest is not None and found[2] != item.entry_digest:
                    # Same item from different bytes (a new date, a reordered tag): next time those
                    # bytes are recognised without parsing.
                    self.conn.execute(
                        "UPDATE items SET entry_digest = ? WHERE id = ?", (item.entry_digest, found[0])
                    )
        if fresh:
            # One statement for the feed's new items (a cold poll: 50 a feed); their ids read back
            # by guid, unique within the feed.
            self.conn.executemany(_INSERT, [_insert_values(feed_id, item, now, first_poll) for item in fresh])
            ids = self._stored(feed_id, [item.guid for item in fresh])
            for item in fresh:
                item_id = ids[item.guid][0]
                result.new.append(item_id)
                result.fresh.append((item_id, item))
                tag_rows += _tag_rows(item_id, item, feed_tags)
        if tag_rows:
            self.conn.executemany("INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", tag_rows)
        return result

    def _stored(self, feed_id: int, guids: Sequence[str]) -> dict[str, tuple[int, str, str | None]]:
        """guid -> (id, content hash, entry digest) of the feed's stored items among these guids."""
        found: dict[str, tuple[int, str, str | None]] = {}
        for start in range(0, len(guids), 500):
            chunk = guids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT guid, id, content_hash, entry_digest FROM items "
                f"WHERE feed_id = ? AND guid IN ({marks})",
                (feed_id, *chunk),
            ):
                found[row[0]] = (row[1], row[2], row[3])
        return found

    def known_hashes(self, feed_id: int, limit: int = 1000) -> dict[str, str]:
        """guid -> content hash of the feed's most recent stored items (what its next document repeats)."""
        return dict(
            self.conn.execute(
                "SELECT guid, content_hash FROM items WHERE feed_id = ? ORDER BY id DESC LIMIT ?",
                (feed_id, limit),
            ).fetchall()
        )

    def known_digests(self, feed_id: int, limit: int = 1000) -> set[str]:
        """Entry digests of the feed's most recent stored items: entries a poll need not parse again."""
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT entry_digest FROM items WHERE feed_id = ? AND entry_digest IS NOT NULL "
                "ORDER BY id DESC LIMIT ?",
                (feed_id, limit),
            )
        }

    def set_analysis(
        self, item_id: int, analysis: Analysis, facts: ReportFacts | None, feed_tags: Sequence[str] = ()
    ) -> None:
        self.conn.execute(_ANALYSIS_UPDATE, (*_analysis_values(analysis), *_report_values(facts), item_id))
        self.conn.execute("DELETE FROM item_tags WHERE item_id = ?", (item_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)",
            [(item_id, tag) for tag in sorted(set(analysis.tags) | set(feed_tags))],
        )

    def _where(self, flt: ItemFilter, counting: bool = False) -> tuple[str, list[Any]]:
        """`counting`: a count reads every match, so a tag's items are read from its index (a
        tag's unread items at 100,000 items: 67 -> 40 ms); a list asks for its first rows in date
        order, so each item along the date index is checked for the tag and the scan stops early."""
        clauses: list[str] = []
        params: list[Any] = []
        if flt.feed_id is not None:
            clauses.append("i.feed_id = ?")
            params.append(flt.feed_id)
        if flt.feed:
            clauses.append("f.name = ?")
            params.append(flt.feed)
        if flt.search and (query := fts_query(flt.search)):
            clauses.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(query)
        for tag in flt.tags:
            if counting:
                clauses.append("i.id IN (SELECT item_id FROM item_tags WHERE tag = ?)")
            else:
                clauses.append("EXISTS (SELECT 1 FROM item_tags t WHERE t.item_id = i.id AND t.tag = ?)")
            params.append(tag)
        if flt.matched_only:
            clauses.append("i.matched = 1")
        if flt.fines_only:
            clauses.append("i.fine_status IS NOT NULL")
        if flt.unread_only:
            clauses.append("i.read = 0")
        if flt.since:
            clauses.append("i.published >= ?")
            params.append(flt.since)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_items(
        self,
        flt: ItemFilter | None = None,
        limit: int | None = 100,
        offset: int = 0,
        sort: str = "published",
        descending: bool = True,
    ) -> list[ItemRow]:
        flt = flt or ItemFilter()
        where, params = self._where(flt)
        order = _SORTABLE.get(sort, "i.published")
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {LIST_COLUMNS} FROM items i JOIN feeds f ON f.id = i.feed_id{where} "
            f"ORDER BY {order} {direction}, i.id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return cast(list[ItemRow], self.rows(sql, params))  # the SELECT's columns

    def count_items(self, flt: ItemFilter | None = None, limit: int | None = None) -> int:
        """The filter's items; with `limit`, counted no further than that (the exact count of a
        small result, or a sign that the result is large, without reading every match)."""
        flt = flt or ItemFilter()
        where, params = self._where(flt, counting=True)
        join = " JOIN feeds f ON f.id = i.feed_id" if flt.feed else ""
        if limit is None:
            return int(self.scalar(f"SELECT count(*) FROM items i{join}{where}", params))
        bounded = f"SELECT count(*) FROM (SELECT 1 FROM items i{join}{where} LIMIT ?)"
        return int(self.scalar(bounded, [*params, limit]))

    def item(self, item_id: int) -> FullItem | None:
        found = self.rows(
            f"SELECT {LIST_COLUMNS}, i.summary_html FROM items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE i.id = ?",
            (item_id,),
        )
        return cast(FullItem, found[0]) if found else None  # the SELECT's columns

    def set_read(self, item_ids: Sequence[int], read: bool = True) -> None:
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            self.conn.execute(f"UPDATE items SET read = ? WHERE id IN ({marks})", (int(read), *chunk))

    def mark_all_read(self, flt: ItemFilter | None = None) -> int:
        where, params = self._where(flt or ItemFilter())
        where = where.replace("f.name = ?", "i.feed_id IN (SELECT id FROM feeds WHERE name = ?)")
        clause = (where + " AND i.read = 0") if where else " WHERE i.read = 0"
        cursor = self.conn.execute(f"UPDATE items AS i SET read = 1{clause}", params)
        return cursor.rowcount

    def tag_counts(self) -> dict[str, int]:
        return dict(
            self.conn.execute("SELECT tag, count(*) FROM item_tags GROUP BY tag ORDER BY tag").fetchall()
        )

    def filed_state(self, item_id: int) -> FiledState:
        """What an item was filed with, for `monitor reanalyze` to compare the new analysis to."""
        row = self.rows(
            "SELECT event_id, fine_status, fine_amount, authority, target, published, published_known "
            "FROM items WHERE id = ?",
            (item_id,),
        )[0]
        return FiledState(
            event_id=row["event_id"],
            fine_status=row["fine_status"],
            fine_amount=row["fine_amount"],
            authority=row["authority"],
            target=row["target"],
            published=row["published"] if row["published_known"] else None,
        )

    def all_items_for_analysis(self, batch: int = 2000) -> Iterator[list[StoredText]]:
        """Every item with its feed's authority and tags, in batches of `batch`, by id."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT i.id, i.title, i.summary_text, i.language, f.authority, f.tags, i.link, i.guid "
                "FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.id > ? ORDER BY i.id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            yield [
                StoredText(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5] or "[]")), r[6], r[7])
                for r in rows
            ]
            last = rows[-1][0]

    def prune(self, older_than: str) -> int:
        """Drop unmatched news items first seen before `older_than`; authorities' items stay forever."""
        cursor = self.conn.execute(
            "DELETE FROM items WHERE matched = 0 AND event_id IS NULL AND first_seen < ? "
            "AND feed_id IN (SELECT id FROM feeds WHERE kind = 'news')",
            (older_than,),
        )
        return cursor.rowcount
