"""CPU-bound work on one fetched document: parse, then analyse each item. Runs in worker processes.

Everything the write needs that reads text is done here, never in the writer's transaction: the
analysis, the facts filing needs beside it (`analysed`), and why a document gave no feed.

`ParsePool` owns those processes: none until a document needs parsing (a poll of 304s starts
none), and none left once the app has been quiet for a while (the window polls every few minutes;
idle workers would hold ~40 MB each between polls).
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from collections.abc import Collection, Iterator, Mapping
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from monitor.models import Analysis, PageSelectors, ParsedFeed, ParsedItem, ReportFacts

if TYPE_CHECKING:
    from monitor.analysis import Gazetteer


def prepare_feed(
    body: bytes,
    url: str,
    content_type: str | None,
    language: str | None,
    authority: str | None,
    known: Mapping[str, str] | None = None,
    seen: Collection[str] = (),
    page: PageSelectors | None = None,
    known_parties: Gazetteer | None = None,
) -> ParsedFeed:
    """Everything between the bytes and the database, pure, so it can run in any process.

    `known` maps guids already stored for this feed to their content hashes: an item found there
    unchanged is not analysed (the store skips it anyway), so a feed with one new item costs one
    analysis, not fifty. `seen` (stored entry digests) lets the parser skip those entries' bytes.
    `known_parties`: the poll's gazetteer (the register's fined parties and the watch list's).
    """
    # Imported here, not with the module: the poller imports this module for every poll, and a poll
    # of 304s parses nothing (the workers preload both, see parse_context).
    from monitor.analysis import analyze
    from monitor.parse import parse_feed

    known = known or {}
    if page is not None:  # an HTML listing watched as a page source
        from monitor.pages import parse_listing

        parsed = parse_listing(body, url, content_type, language, page)
    else:
        parsed = parse_feed(
            body, url, content_type, default_language=language, seen=seen, stored_guids=known.keys()
        )
    items = tuple(
        item
        if known.get(item.guid) == item.content_hash
        else analysed(
            item,
            analyze(
                item.title,
                item.summary_text,
                item.language,
                authority,
                published=item.published,
                known_parties=known_parties,
            ),
        )
        for item in parsed.items
    )
    if page is not None:
        from monitor.pages import listing_failure

        failure = listing_failure(parsed)
    else:
        from monitor.parse import classify_failure

        failure = classify_failure(parsed, body, content_type)
    return replace(parsed, items=items, failure=failure)


def analysed(item: ParsedItem, analysis: Analysis) -> ParsedItem:
    """The item with this analysis and, when it found a fine, the facts filing reads off the text."""
    facts = report_facts(item.title, item.summary_text, item.language, item.published, analysis)
    return replace(item, analysis=analysis, facts=facts)


def report_facts(
    title: str, summary_text: str, language: str | None, published: str | None, analysis: Analysis
) -> ReportFacts | None:
    """What the register needs beyond the analysis; None without a fine (nothing to file)."""
    if analysis.fine is None:
        return None
    from monitor.analysis import is_penalty_liquidation, party_key, to_eur
    from monitor.analysis.decision_dates import decision_day

    stated = None
    if published is None:  # only an undated item is dated by its text
        day = decision_day(title, summary_text, language)
        stated = f"{day.isoformat()}T00:00:00Z" if day else None
    penalty = analysis.fine.periodic_penalty
    return ReportFacts(
        target_key=party_key(analysis.target) if analysis.target else None,
        liquidation=is_penalty_liquidation(title, summary_text),
        stated_date=stated,
        penalty_eur=to_eur(penalty.amount, penalty.currency) if penalty else None,
    )


def exit_with_parent(parent: int) -> None:
    """Parse-pool initializer: leave as soon as the app that started this worker is gone.

    A killed app (SIGKILL, the OOM killer, a logout) runs no cleanup, and forkserver workers never
    notice on their own: each holds the write ends of the pool's queue and of the forkserver's
    "alive" pipe, so workers and forkserver keep one another waiting for ever.
    """
    threading.Thread(target=_watch, args=(parent,), name="exit-with-parent", daemon=True).start()


def _watch(parent: int) -> None:
    try:
        handle = os.pidfd_open(parent)  # readable once the process ends; immune to pid reuse
    except (AttributeError, OSError):  # no pidfd here, or the app is already gone
        handle = None
    if handle is not None:
        select.select([handle], [], [])
    else:
        while True:
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                break
            except PermissionError:
                pass
            time.sleep(1.0)
    os._exit(0)


def parse_context() -> Any:
    """The parse pool's start method: forkserver (a clean process, never a fork of a threaded GUI)."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if hasattr(ctx, "set_forkserver_preload"):
        ctx.set_forkserver_preload(["monitor.pipeline", "monitor.parse", "monitor.analysis"])
    return ctx


def start_forkserver(ctx: Any) -> None:
    """Start the forkserver (if the pool uses one) so that its preloads are the app's own modules.

    The forkserver is a `python -c` process, so its sys.path begins with the working directory, and
    Python 3.11 does not give it the app's sys.path before it imports the preloads: polling from a
    folder holding another `monitor/` (an older checkout) preloaded that one, and every worker forked
    from it died unpickling its first document (BrokenProcessPool). PYTHONSAFEPATH (-P) keeps the
    working directory out; the workers get the app's sys.path as usual.
    """
    if ctx.get_start_method() != "forkserver":
        return  # spawned workers take the app's sys.path before they import anything of ours
    from multiprocessing import forkserver

    saved = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"  # read by the forkserver's interpreter as it starts
    try:
        forkserver.ensure_running()  # a no-op while one is running
    finally:
        if saved is None:
            os.environ.pop("PYTHONSAFEPATH", None)
        else:
            os.environ["PYTHONSAFEPATH"] = saved


def stop_helpers(ctx: Any) -> None:
    """Stop multiprocessing's own processes, its forkserver and resource tracker; no worker is left.

    Retiring the workers alone left both running for the app's lifetime (the forkserver holding the
    preloaded analysis, ~36 MB, and the tracker ~12 MB); the next pool starts them again (~0.2 s of
    CPU). `_stop` is what CPython's own tests stop them with: it closes the "alive" pipe each waits
    on, then reaps it. The forkserver goes first: it holds the tracker's pipe, so reaping the tracker
    would wait on it. Looked up by name: a Python without it keeps the two running, as before.
    """
    from multiprocessing import forkserver, resource_tracker

    helpers: list[object] = [resource_tracker._resource_tracker]
    if ctx.get_start_method() == "forkserver":
        helpers.insert(0, forkserver._forkserver)
    for helper in helpers:
        stop = getattr(helper, "_stop", None)
        if callable(stop):
            stop()


class _Helpers:
    """The forkserver and resource tracker serve every pool of the process: they are stopped only
    when the last running pool retires, and never while another pool starts (one lock for both)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pools = 0

    def start_executor(self, workers: int) -> ProcessPoolExecutor:
        context = parse_context()
        with self._lock:
            start_forkserver(context)
            self._pools += 1
        return ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=exit_with_parent,  # no orphaned workers when the app is killed
            initargs=(os.getpid(),),
        )

    def stop_executor(self, executor: ProcessPoolExecutor, *, cancel: bool) -> None:
        executor.shutdown(wait=True, cancel_futures=cancel)
        with self._lock:
            self._pools -= 1
            if self._pools == 0:
                stop_helpers(parse_context())


_HELPERS = _Helpers()


POOL_IDLE_S = 60.0  # the workers leave this long after the last poll that used them


class ParsePool:
    """Worker processes started on first use and retired after `idle` seconds without a poll."""

    def __init__(self, workers: int, idle: float = POOL_IDLE_S) -> None:
        self.workers = workers
        self.idle = idle
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._users = 0

    @contextmanager
    def in_use(self) -> Iterator[None]:
        """Around one poll: the workers stay while it runs; the quiet period starts when it ends."""
        with self._lock:
            self._users += 1
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0 and self._executor is not None:
                    self._timer = threading.Timer(self.idle, self._retire)
                    self._timer.daemon = True
                    self._timer.start()

    def get(self) -> Executor | None:
        """The running workers, started now if need be; None when parsing stays in this process."""
        if self.workers < 2:
            return None
        with self._lock:
            if self._executor is None:
                self._executor = _HELPERS.start_executor(self.workers)
            return self._executor

    @property
    def running(self) -> bool:
        return self._executor is not None

    def _retire(self) -> None:
        with self._lock:
            if self._users or self._executor is None:
                return  # a poll began meanwhile: it keeps them
            executor, self._executor = self._executor, None
        _HELPERS.stop_executor(executor, cancel=False)

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            executor, self._executor = self._executor, None
        if executor is not None:
            _HELPERS.stop_executor(executor, cancel=True)
