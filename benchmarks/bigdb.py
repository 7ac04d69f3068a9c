"""A database of N generated items (100,000 by default) stored through the real path, for the benchmarks.

python -m benchmarks.bigdb PATH [--items N] [--feeds-file FEEDS.yml]

Items come from tests/support/feedgen.py (2,000 feeds of 50 at 100,000), each sanitised, analysed and
stored with `store_items` and filed in the fines register (`file_feeds`, a hundred feeds per
transaction, as a first poll files the feeds ready together),
so the tables, indexes, full-text index and register are what a real user's would be. `--feeds-file`
also writes the matching feeds.yml (for `monitor feeds`). Building takes minutes (the register
dominates); `cached()` keeps one copy per generator and schema version in benchmarks/out/.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.polls import write_feeds_yml
from monitor.models import FeedConfig, ParsedItem
from tests.support.feedgen import ITEMS_PER_FEED, feed_authority, feed_language, item_fields

ROOT = Path(__file__).resolve().parent.parent
FEEDS_PER_BATCH = 100


def feed_urls(items: int) -> list[str]:
    return [f"http://127.0.0.1:9/feed/{n}.xml" for n in range(items // ITEMS_PER_FEED)]


def _items(n: int, cfg: FeedConfig) -> list[ParsedItem]:
    """Feed n's generated items, sanitised and analysed as the parse worker does."""
    from monitor.analysis import analyze
    from monitor.parse import canonical_url, html_to_text, sanitize_html
    from monitor.pipeline import analysed

    parsed = []
    for seq in range(ITEMS_PER_FEED):
        f = item_fields(n, seq)
        summary_html = sanitize_html(f["summary"])
        text = html_to_text(summary_html)
        item = ParsedItem(
            guid=f["guid"],
            link=f["link"],
            canonical_link=canonical_url(f["link"]),
            title=f["title"],
            summary_text=text,
            summary_html=summary_html,
            author=f["author_name"],
            published=f["date"][:19] + "Z",
            language=cfg.language,
            content_hash=f"{n}-{seq}",
        )
        parsed.append(analysed(item, analyze(f["title"], text, cfg.language, cfg.authority)))
    return parsed


def build(path: Path, items: int, progress: bool = False) -> None:
    """The real store path (store_items + the fines register), fed with generated items."""
    from monitor.alerts import AlertRules
    from monitor.register import Filing, file_feeds
    from monitor.store import Store

    configs = [
        FeedConfig(
            name=f"Feed {n:04d}",
            url=url,
            kind="authority" if feed_authority(n) else "news",
            language=feed_language(n),
            authority=feed_authority(n),
        )
        for n, url in enumerate(feed_urls(items))
    ]
    store = Store(path)
    now = "2025-06-01T00:00:00Z"
    with store.transaction():
        store.sync_feeds(configs, now)
    rules = AlertRules()
    started = time.monotonic()
    # Feeds are filed a hundred at a time, as a poll files the feeds ready together (one
    # transaction, one regrouping): one feed per transaction made the build quadratic in the
    # register, and is not what the app does.
    for first in range(0, len(configs), FEEDS_PER_BATCH):
        with store.transaction():
            batch = []
            for n in range(first, min(first + FEEDS_PER_BATCH, len(configs))):
                feed = store.feed_by_name(configs[n].name)
                assert feed is not None
                stored = store.store_items(feed["id"], _items(n, configs[n]), now)
                batch.append((stored.fresh, ()))
                store.mark_polled(feed["id"], now=now, status="ok", next_poll_at="2099-01-01T00:00:00Z")
            file_feeds(store, batch, Filing(now=now, rules=rules, backlog=True))
        if progress:
            done = min(first + FEEDS_PER_BATCH, len(configs)) * ITEMS_PER_FEED
            print(f"  {done:,} items in {time.monotonic() - started:.0f} s", file=sys.stderr)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def cached(items: int, cache: Path) -> tuple[Path, float | None]:
    """Built once per generator/schema version and kept in the cache folder; (path, build seconds)."""
    from monitor.store.schema import SCHEMA_VERSION

    stamp = int((ROOT / "tests" / "support" / "feedgen.py").stat().st_mtime)
    path = cache / f"items-{items}-s{SCHEMA_VERSION}-{stamp}.sqlite"
    built = None
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob(f"items-{items}-*.sqlite*"):
            old.unlink()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial, items, progress=True)
        built = time.perf_counter() - started
        partial.rename(path)
    return path, built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--feeds-file", type=Path, help="also write the matching feeds.yml here")
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists; give a new path")
    started = time.perf_counter()
    build(args.path, args.items, progress=True)
    if args.feeds_file:
        write_feeds_yml(args.feeds_file, feed_urls(args.items))
    print(f"{args.items:,} items in {args.path} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
