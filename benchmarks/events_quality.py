"""Fine events against the labelled corpus: serve it as feeds, poll, compare events with labels.

    python benchmarks/events_quality.py [SHARED_DIR] [--verbose]

Counts, over the corpus items labelled as imposed fines: decisions found (one event holds all
their items), split decisions (their items spread over several events, or some left out), and
wrongly merged events (one event holding items of two labelled decisions). Also how many alerts
a first (non-backlog) poll of the whole corpus raises.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.feedserver import FeedServer, rss  # noqa: E402
from monitor.models import FeedConfig  # noqa: E402
from monitor.poller import Poller  # noqa: E402
from monitor.store import Store  # noqa: E402


@dataclass
class EventScore:
    decisions: int = 0
    found: int = 0
    split: list[str] = field(default_factory=list)
    merged: list[tuple[int, list[str]]] = field(default_factory=list)
    events: int = 0
    alerts: int = 0
    alert_titles: list[str] = field(default_factory=list)


def load_corpus(shared: Path) -> list[dict[str, Any]]:
    path = shared / "corpus" / "dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pub_date(record: dict[str, Any]) -> str | None:
    if not record.get("published"):
        return None
    moment = datetime.fromisoformat(record["published"]).replace(hour=12, tzinfo=UTC)
    return format_datetime(moment)


def corpus_feeds(records: list[dict[str, Any]]) -> dict[str, str]:
    """One RSS document per language: several outlets reporting the same decisions in their words."""
    by_lang: dict[str, list[dict[str, str]]] = defaultdict(list)
    for record in records:
        item = {
            "title": record["title"] or "",
            "description": record["summary"] or "",
            "link": record["url"] or "",
            "guid": f"urn:corpus:{record['id']}",
        }
        if date := _pub_date(record):
            item["pubDate"] = date
        by_lang[record["lang"]].append(item)
    return {lang: rss(items, title=f"Corpus ({lang})", language=lang) for lang, items in by_lang.items()}


def poll_corpus(server: FeedServer, records: list[dict[str, Any]], db: Path) -> None:
    """A first poll of empty feeds (so the corpus is news, not backlog), then the corpus itself."""
    documents = corpus_feeds(records)
    feeds = [
        FeedConfig(
            name=f"corpus-{lang}", url=server.add(f"/{lang}.xml", rss([], language=lang)), language=lang
        )
        for lang in documents
    ]
    poller = Poller(db, feeds, parse_workers=0)
    try:
        poller.poll(force=True)
        for lang, body in documents.items():
            server.add(f"/{lang}.xml", body)
        poller.poll(force=True)
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
    result.events = int(store.scalar("SELECT count(*) FROM fine_events"))
    alerts = store.list_alerts()
    result.alerts = sum(1 for a in alerts if a["kind"] == "new_fine")
    result.alert_titles = [a["title"] for a in alerts if a["kind"] == "new_fine"]
    return result


def measure(shared: Path) -> EventScore:
    records = load_corpus(shared)
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        db = Path(tmp) / "events.sqlite"
        poll_corpus(server, records, db)
        store = Store(db)
        try:
            return score(store, records)
        finally:
            store.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "shared", nargs="?", default=os.environ.get("MONITOR_SHARED") or REPO.parent / "shared"
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    result = measure(Path(args.shared))
    print(f"labelled fine decisions: {result.decisions}")
    print(f"found whole (one event each): {result.found}")
    print(f"split decisions: {len(result.split)}")
    print(f"wrongly merged events: {len(result.merged)}")
    print(f"fine events in the register: {result.events} (incl. proposed, overturned and unlabelled)")
    print(f"new-fine alerts raised: {result.alerts}")
    if args.verbose:
        for line in result.split:
            print("  split:", line)
        for event, decisions in result.merged:
            print(f"  merged: event {event} holds {decisions}")
        for title in result.alert_titles:
            print("  alert:", title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
