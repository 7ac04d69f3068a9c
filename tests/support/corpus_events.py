"""The labelled corpus served as one feed per outlet, polled through the real poller, and the
register compared with the labels: decisions found whole, split, wrongly merged, and alerts per
decision. Used by tests/test_events_corpus.py and by `python -m benchmarks.events_quality`.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from monitor import settings
from monitor.models import FeedConfig
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss


@dataclass
class EventScore:
    decisions: int = 0
    found: int = 0
    split: list[str] = field(default_factory=list)
    merged: list[tuple[int, list[str]]] = field(default_factory=list)
    events: int = 0
    alerts: int = 0
    alert_titles: list[str] = field(default_factory=list)
    # labelled decision -> how many new-fine alerts its events raised
    alerts_per_decision: dict[str, int] = field(default_factory=dict)
    # the register's grouping of the fine items, as sets of corpus ids: compared across feed orders
    grouping: frozenset[frozenset[str]] = frozenset()


def load_corpus(shared: Path, name: str = "dev.jsonl") -> list[dict[str, Any]]:
    """A corpus file of shared/corpus by name, or any JSON Lines file by path (a held-out fold)."""
    path = Path(name) if os.sep in name else shared / "corpus" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def redated(records: list[dict[str, Any]], today: datetime) -> list[dict[str, Any]]:
    """Each decision's reports moved into this week, in their order; undated ones stay undated."""
    latest: dict[str, str] = {}
    for record in records:
        event = record["label"].get("event_id")
        if event and record.get("published"):
            latest[event] = max(latest.get(event, ""), record["published"])
    out = []
    for record in records:
        event = record["label"].get("event_id")
        if event in latest and record.get("published"):
            behind = datetime.fromisoformat(latest[event]) - datetime.fromisoformat(record["published"])
            moved = today.date() - timedelta(days=min(6, behind.days))
            out.append({**record, "published": moved.isoformat()})
        else:
            out.append(record)
    return out


def _pub_date(record: dict[str, Any]) -> str | None:
    if not record.get("published"):
        return None
    moment = datetime.fromisoformat(record["published"]).replace(hour=12, tzinfo=UTC)
    return format_datetime(moment)


def corpus_feeds(records: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """One RSS document per outlet, as a user subscribes to them."""
    by_source: dict[str, list[dict[str, str]]] = defaultdict(list)
    languages: dict[str, str] = {}
    for record in records:
        item = {
            "title": record["title"] or "",
            "description": record["summary"] or "",
            "link": record["url"] or "",
            "guid": f"urn:corpus:{record['id']}",
        }
        if date := _pub_date(record):
            item["pubDate"] = date
        slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in record["source"].lower())[:40]
        by_source[slug].append(item)
        languages.setdefault(slug, record["lang"])
    return {
        slug: (languages[slug], rss(items, title=slug, language=languages[slug]))
        for slug, items in by_source.items()
    }


def poll_corpus(
    server: FeedServer, records: list[dict[str, Any]], db: Path, order: int | None = None
) -> None:
    """A first poll of empty feeds (so the corpus is news, not backlog), then the corpus itself.

    `order`: the feeds (and each feed's items) shuffled with this seed, as another user's list
    and another day's arrival would have them; None keeps the corpus order.
    """
    if order is not None:
        records = list(records)
        random.Random(order).shuffle(records)
    documents = corpus_feeds(records)
    if order is not None:
        slugs = list(documents)
        random.Random(order).shuffle(slugs)
        documents = {slug: documents[slug] for slug in slugs}
    feeds = [
        FeedConfig(name=slug, url=server.add(f"/{slug}.xml", rss([], language=lang)), language=lang)
        for slug, (lang, _) in documents.items()
    ]
    store = Store(db)
    try:  # the labelled text is what is scored: no linked article may be read into it
        settings.put(store, "article_text", False)
    finally:
        store.close()
    # One fetch at a time: feeds are filed in the order of the list, so a run is repeatable (under
    # load, concurrent fetches finish in any order). Order dependence is measured on purpose with
    # `order` (--orders), not left to the scheduler.
    poller = Poller(db, feeds, fetch_workers=1, parse_workers=0)
    try:
        poller.poll(force=True)
        for slug, (_, body) in documents.items():
            server.add(f"/{slug}.xml", body)
        report = poller.poll(force=True)
        for failed in report.errors:
            print("poll error:", failed.name, failed.error, file=sys.stderr)
    finally:
        poller.close()


def score(store: Store, records: list[dict[str, Any]]) -> EventScore:
    event_of = {
        row["guid"].removeprefix("urn:corpus:"): row["event_id"]
        for row in store.rows("SELECT guid, event_id FROM items")
    }
    labelled: dict[str, list[str]] = defaultdict(list)
    for record in records:
        label = record["label"]
        if label["is_fine"] and label["event_id"]:
            labelled[label["event_id"]].append(record["id"])
    result = EventScore(decisions=len(labelled))
    for decision, ids in sorted(labelled.items()):
        events = {event_of.get(i) for i in ids}
        if len(events) == 1 and None not in events:
            result.found += 1
        else:
            result.split.append(f"{decision}: {sorted(events, key=str)}")
    members: dict[int, set[str]] = defaultdict(set)
    for decision, ids in labelled.items():
        for item_id in ids:
            if event_of.get(item_id) is not None:
                members[event_of[item_id]].add(decision)
    result.merged = [(event, sorted(ds)) for event, ds in members.items() if len(ds) > 1]
    groups: dict[int, set[str]] = defaultdict(set)
    for item_id, event_id in event_of.items():
        if event_id is not None:
            groups[event_id].add(item_id)
    result.grouping = frozenset(frozenset(g) for g in groups.values())
    result.events = int(store.scalar("SELECT count(*) FROM fine_events"))
    alerts = store.list_alerts()
    result.alerts = sum(1 for a in alerts if a["kind"] == "new_fine")
    result.alert_titles = [a["title"] for a in alerts if a["kind"] == "new_fine"]
    per_event: dict[int, int] = defaultdict(int)
    for alert in alerts:
        if alert["kind"] == "new_fine" and alert["event_id"] is not None:
            per_event[alert["event_id"]] += 1
    for decision, ids in labelled.items():
        events = {event_of[i] for i in ids if event_of.get(i) is not None}
        result.alerts_per_decision[decision] = sum(per_event[e] for e in events)
    return result


def measure(
    shared: Path, name: str = "dev.jsonl", *, redate: bool = False, order: int | None = None
) -> EventScore:
    records = load_corpus(shared, name)
    if redate:
        records = redated(records, datetime.now(tz=UTC))
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        db = Path(tmp) / "events.sqlite"
        poll_corpus(server, records, db, order)
        store = Store(db)
        try:
            return score(store, records)
        finally:
            store.close()
