"""One poll cycle: fetch due feeds concurrently, parse in a process pool (or here, while few items
are new: IN_PROCESS_ITEMS), write the feeds whose documents are ready together in one transaction
(at most WRITE_BATCH).

Every feed's outcome is a value in the report; no feed's failure stops the others. The caller's
thread is the only writer of the database during the cycle.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from monitor import settings, update
from monitor.alerts import SETTINGS_KEY, AlertRules
from monitor.article import ArticleBudget, ArticleReader
from monitor.fetch import Fetcher, FetchLimits, FetchResult
from monitor.models import FeedConfig, FeedForUpdate, PageSelectors, ParsedFeed
from monitor.pipeline import ParsePool, prepare_feed
from monitor.schedule import DEFAULT_INTERVAL, iso
from monitor.store import Store, StoreError
from monitor.store.errors import corrupt
from monitor.update import FeedReport, MarkFailed, MarkPolled, ParseDocument, PollReport

if TYPE_CHECKING:
    from monitor.analysis.gazetteer import Gazetteer

# Below this many documents to parse, starting worker processes costs more than it saves.
POOL_THRESHOLD = 4
# A feed with stored entries is parsed in this process until a poll has read this many items here:
# its stored entries are skipped unread, so a document with one new item costs ~2 ms, where starting
# the workers costs ~1 s of CPU (the forkserver with the analysis preloaded, and each worker loading
# the rules and rates again) and sending them 300 documents another ~0.5 s. A feed's first poll, or
# a poll after a long pause (many new items each), still goes to the workers (issue #17).
IN_PROCESS_ITEMS = 500
# The feeds ready together are written in one transaction up to this many items (each feed whole,
# and counted as one item at least): enough that a cold poll groups the register again a few times
# rather than once per feed (100 feeds of 50 items a write), few enough that a crash or a failed
# write costs little and the window sees the first items soon. Counted in items, not feeds: a
# steady poll of 300 feeds of one new item each is one write, where 100 feeds a write grouped the
# register three times, ~1.6 s of the writer's CPU against ~1.1 s for one.
WRITE_BATCH = 5_000
# Documents ready are held for a batch until WRITE_BATCH items are, none is still fetched or
# parsed, or the first has waited this long (a feed that hangs holds the others no longer). Every
# write groups again the part of the register it reaches, which in a large register costs nearly
# as much for one feed as for fifty: written as each was ready, a steady poll of 300 feeds grouped
# it 10 times (writes of 1, 23, 50, 50, 5, 50, 50, 50, 9 and 12 feeds), most of its writer's CPU.
WRITE_WAIT_S = 2.0
__all__ = ["FeedReport", "PollReport", "Poller"]  # the reports are update.py's, named here for callers


ProgressCallback = Callable[[int, int, FeedReport], None]
Ready = tuple[FeedForUpdate, FetchResult, ParsedFeed, str]  # a feed, its fetch, its parse, its digest
Written = tuple[FeedForUpdate, FetchResult, ParsedFeed, MarkPolled]  # and what its write records


def _now() -> datetime:
    return datetime.now(tz=UTC)


def _size(parsed: ParsedFeed) -> int:
    """What writing a feed counts against WRITE_BATCH: its items, one at least."""
    return max(1, len(parsed.items))


def _batches(feeds: Sequence[Written]) -> Iterator[list[Written]]:
    """The feeds in order, cut into writes of WRITE_BATCH items at most (a larger feed alone)."""
    batch: list[Written] = []
    size = 0
    for entry in feeds:
        if batch and size + _size(entry[2]) > WRITE_BATCH:
            yield batch
            batch, size = [], 0
        batch.append(entry)
        size += _size(entry[2])
    if batch:
        yield batch


class Poller:
    """Owns the fetcher and the parse pool across cycles; each cycle opens its own Store."""

    def __init__(
        self,
        db_path: Path,
        feeds: Sequence[FeedConfig],
        *,
        limits: FetchLimits | None = None,
        fetch_workers: int = 16,
        parse_workers: int | None = None,
        default_interval: int = DEFAULT_INTERVAL,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.db_path = db_path
        self.feeds = list(feeds)
        self.fetcher = Fetcher(limits, max_connections=fetch_workers)
        self.articles = ArticleReader()
        self.fetch_workers = fetch_workers
        cores = os.cpu_count() or 1
        self.parse_workers = cores if parse_workers is None else parse_workers
        self.default_interval = default_interval
        self.clock = clock
        self.pool = ParsePool(self.parse_workers)
        self.in_process_items = IN_PROCESS_ITEMS
        self._known_parties: Gazetteer | None = None  # read when a poll first has a document to parse
        self._read_here = 0  # items this poll has parsed in this process

    def close(self) -> None:
        self.pool.close()
        self.fetcher.close()
        self.articles.close()

    def poll(
        self,
        names: Sequence[str] | None = None,
        *,
        force: bool = False,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        check: bool = False,
    ) -> PollReport:
        """One cycle. `check` first runs quick_check (the window's start, off its GUI thread)."""
        started = time.monotonic()
        cancel = cancel or threading.Event()
        report = PollReport()
        self.fetcher.resume()
        try:
            store = Store(self.db_path)
        except StoreError as exc:
            report.store_error = exc
            return report
        try:
            if check and (problems := store.damage()):
                raise corrupt(self.db_path, problems)
            with store.translated("polling"), self.pool.in_use():
                self._cycle(store, report, names, force, progress, cancel)
        except StoreError as exc:
            report.store_error = exc
        finally:
            store.close()
        report.elapsed = time.monotonic() - started
        return report

    def _cycle(
        self,
        store: Store,
        report: PollReport,
        names: Sequence[str] | None,
        force: bool,
        progress: ProgressCallback | None,
        cancel: threading.Event,
    ) -> None:
        now = self.clock()
        with store.transaction("recording the feeds file"):
            store.sync_feeds(self.feeds, iso(now))
            if force:
                store.mark_all_due(iso(now))
        due = store.due_feeds(iso(now), names)
        rules = AlertRules.from_dict(store.get_setting(SETTINGS_KEY))
        budget = ArticleBudget() if settings.get(store, "article_text") else ArticleBudget(0)
        self.fetcher.proxy_setting = settings.get(store, "proxy")  # changed in the window: next cycle
        self._known_parties = None  # the register may have grown since the last poll
        self._read_here = 0
        total = len(due)
        done = 0
        # The pool starts with the first document to parse: a poll of 304s never pays for it.
        use_pool = total >= POOL_THRESHOLD
        fetches: dict[Future[Any], FeedForUpdate] = {}
        parses: dict[Future[Any], tuple[FeedForUpdate, FetchResult, str]] = {}
        enriched: set[Future[Any]] = set()  # parses whose fact-less items have read their articles
        warming = False  # the writer's warm-up has been started

        def finish(feed_report: FeedReport) -> None:
            nonlocal done
            done += 1
            report.feeds.append(feed_report)
            if progress:
                progress(done, total, feed_report)

        threads = ThreadPoolExecutor(self.fetch_workers, thread_name_prefix="fetch")
        whole = False
        ready: list[Ready] = []  # parsed, waiting for their batch
        held = 0  # their size (_size)
        held_since = 0.0  # when the first of them was ready
        try:
            for feed in due:
                future = threads.submit(self.fetcher.fetch, feed.url, feed.etag, feed.last_modified)
                fetches[future] = feed
            while fetches or parses:
                if cancel.is_set():
                    report.cancelled = True
                    break
                # A short wait: a cancel (Ctrl-C, SIGTERM, Quit) is seen within a tenth of a second.
                finished, _ = wait([*fetches, *parses], timeout=0.1, return_when=FIRST_COMPLETED)
                # In the order started, not the set's: a batch's order numbers the register's events.
                for done_future in [f for f in [*fetches, *parses] if f in finished]:
                    if done_future in fetches:
                        feed = fetches.pop(done_future)
                        fetched = cast(FetchResult, done_future.result())
                        outcome = self._after_fetch(store, feed, fetched, use_pool, parses)
                        if isinstance(outcome, FeedReport):
                            finish(outcome)
                        elif outcome == "pool" and not warming:
                            # A large poll's first document for the workers: the writer will file
                            # reports, so what it needs loads on a fetch thread meanwhile (a document
                            # parsed here has loaded it already; never for 304s).
                            from monitor.decisions import warm_up

                            threads.submit(warm_up)
                            warming = True
                        continue
                    feed, fetched, digest = parses.pop(done_future)
                    try:
                        parsed = cast(ParsedFeed, done_future.result())
                    except Exception as exc:  # a crashed worker is this feed's error, not the poll's
                        finish(self._failed(store, feed, fetched, f"could not parse: {exc!r}"))
                        continue
                    reads = done_future not in enriched and budget.left > 0
                    stored = store.known_hashes(feed.id) if reads else {}
                    if reads and self.articles.wanted(parsed, stored):
                        # Articles are read on the fetch threads, so the write loop never waits on them.
                        job = threads.submit(
                            self.articles.enrich, parsed, budget, feed.authority, stored, fetched.url
                        )
                        enriched.add(job)
                        parses[job] = (feed, fetched, digest)
                        continue
                    enriched.discard(done_future)
                    if not ready:
                        held_since = time.monotonic()
                    ready.append((feed, fetched, parsed, digest))
                    held += _size(parsed)
                full = held >= WRITE_BATCH or not (fetches or parses)
                if ready and (full or time.monotonic() - held_since >= WRITE_WAIT_S):
                    for feed_report in self._write(store, ready, rules, report):
                        finish(feed_report)
                    ready, held = [], 0
            whole = not report.cancelled
        finally:
            # Cancelled, or the database failed: fetches still running are cut and abandoned (their
            # results are never written), so a hanging server holds neither Ctrl-C nor shutdown.
            if not whole:
                self.fetcher.cancel()
            for pending in [*fetches, *parses]:
                pending.cancel()
            threads.shutdown(wait=whole, cancel_futures=True)
        if not report.cancelled:  # a cancelled poll writes nothing more
            self._prune(store, report)

    def _after_fetch(
        self,
        store: Store,
        feed: FeedForUpdate,
        fetched: FetchResult,
        use_pool: bool,
        parses: dict[Any, Any],
    ) -> FeedReport | Literal["pool", "here"]:
        """A report when the feed is done, else where its document went to be parsed."""
        decision = update.after_fetch(feed, fetched, self.clock(), self.default_interval)
        if not isinstance(decision, ParseDocument):
            self._mark(store, feed, decision)
            return update.report(feed, fetched, decision)
        seen = store.known_digests(feed.id)
        args = (
            fetched.body,
            fetched.url,
            fetched.content_type,
            feed.language,
            feed.authority,
            store.known_hashes(feed.id),
            seen,
            self._page(feed.name),
            self._gazetteer(store),
        )
        here = not use_pool or (bool(seen) and self._read_here < self.in_process_items)
        pool = None if here else self.pool.get()
        if pool is not None:
            future: Future[Any] = pool.submit(prepare_feed, *args)
        else:
            # Parsed here, and handed on as a finished future: one path to the write for both.
            future = Future()
            try:
                parsed = prepare_feed(*args)
                self._read_here += len(parsed.items)
                future.set_result(parsed)
            except Exception as exc:
                future.set_exception(exc)
        parses[future] = (feed, fetched, decision.digest)
        return "here" if pool is None else "pool"

    def _gazetteer(self, store: Store) -> Gazetteer:
        # Built once per poll, when a first document needs parsing (a poll of 304s never loads the
        # analysis), and sent with every document to the parse workers.
        if self._known_parties is None:
            from monitor.analysis.gazetteer import known_parties

            self._known_parties = known_parties(store.known_parties())
        return self._known_parties

    def _page(self, name: str) -> PageSelectors | None:
        """The selectors of a page source (empty ones guess), or None for a feed."""
        config = next((f for f in self.feeds if f.name == name), None)
        if config is None or config.type != "page":
            return None
        return config.select or PageSelectors()

    def _mark(self, store: Store, feed: FeedForUpdate, intent: MarkPolled | MarkFailed) -> None:
        """Record a feed's health, validators and next poll, in a transaction of its own."""
        with store.transaction():
            self._record(store, feed, intent)

    def _record(self, store: Store, feed: FeedForUpdate, intent: MarkPolled | MarkFailed) -> None:
        now = iso(self.clock())
        if isinstance(intent, MarkFailed):
            store.mark_failed(feed.id, now=now, **asdict(intent))
        else:
            store.mark_polled(feed.id, now=now, **asdict(intent))

    def _failed(self, store: Store, feed: FeedForUpdate, fetched: FetchResult, error: str) -> FeedReport:
        intent = update.failed(feed, fetched, error, self.clock(), self.default_interval)
        self._mark(store, feed, intent)
        return update.report(feed, fetched, intent)

    def _write(
        self, store: Store, ready: Sequence[Ready], rules: AlertRules, report: PollReport
    ) -> list[FeedReport]:
        """Write the feeds whose documents are ready. Those that came together share a transaction
        (up to WRITE_BATCH items), so the register is grouped again once for them, not once per feed:
        grouping again costs as much as the part of the register it reaches (issue #17)."""
        if not ready:
            return []
        # Imported with the first document to write: a poll of 304s never loads the register.
        from monitor.batch_parties import known_to_each_other
        from monitor.register import Filing, file_feeds

        now = self.clock()
        done: list[FeedReport] = []
        writes: dict[bool, list[Written]] = {}
        for feed, fetched, parsed, digest in ready:
            intent = update.after_parse(
                feed,
                fetched,
                digest,
                parsed.failure,  # classified in the parse worker (monitor.pipeline.prepare_feed)
                now,
                self.default_interval,
                title=parsed.title,
                site_link=parsed.link,
            )
            if isinstance(intent, MarkFailed):
                self._mark(store, feed, intent)
                done.append(update.report(feed, fetched, intent, parsed.alternates))
                continue
            # A feed's first poll goes to the backlog summary, the others may alert: one filing each.
            writes.setdefault(feed.first_polled_at is None, []).append((feed, fetched, parsed, intent))
        window = settings.get(store, "alert_window_days")
        for backlog, group in writes.items():
            filing = Filing(now=iso(now), rules=rules, window_days=window, backlog=backlog)
            for chunk in _batches(group):
                with store.transaction():
                    parsed_feeds = known_to_each_other([p for _, _, p, _ in chunk], self._gazetteer(store))
                    stored = [
                        store.store_items(f.id, p.items, iso(now), list(f.tags), first_poll=backlog)
                        for (f, _, _, _), p in zip(chunk, parsed_feeds, strict=True)
                    ]
                    registered = file_feeds(
                        store,
                        [(s.fresh, list(f.tags)) for s, (f, _, _, _) in zip(stored, chunk, strict=True)],
                        filing,
                    )
                    for feed, _, _, intent in chunk:
                        self._record(store, feed, intent)
                report.alerts.extend(registered.alerts)
                report.new_events += len(registered.new_events)
                done += [
                    FeedReport(
                        feed.name,
                        "new" if written.new else "unchanged",
                        new=len(written.new),
                        updated=len(written.updated),
                        items=len(parsed.items) + parsed.skipped,
                        status=fetched.status,
                        elapsed=fetched.elapsed,
                    )
                    for written, (feed, fetched, parsed, _) in zip(stored, chunk, strict=True)
                ]
        return done

    def _prune(self, store: Store, report: PollReport) -> None:
        days = settings.get(store, "retention_days")
        cutoff = iso(self.clock() - timedelta(days=days))
        with store.transaction():
            report.pruned = store.prune(cutoff)
