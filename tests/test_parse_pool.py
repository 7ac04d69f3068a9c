"""The parse workers: started by the first document to parse, never by a poll of 304s, gone when quiet."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Executor
from pathlib import Path

from monitor.models import FeedConfig
from monitor.pipeline import ParsePool
from monitor.poller import POOL_THRESHOLD, Poller
from tests.support.feedserver import FeedServer, rss

WAIT = 60.0  # the longest a step may take before the test gives up (never a timing assertion)


def _gone(pool: ParsePool) -> bool:
    deadline = time.monotonic() + WAIT
    while pool.running and time.monotonic() < deadline:
        time.sleep(0.05)
    return not pool.running


def _feeds(server: FeedServer) -> list[FeedConfig]:
    return [
        FeedConfig(
            name=f"F{n}",
            url=server.add(f"/{n}.xml", rss([{"title": f"Item {n}", "link": f"https://example.org/{n}"}])),
        )
        for n in range(POOL_THRESHOLD)
    ]


def test_workers_start_with_documents_and_leave_after_a_quiet_period(
    db_path: Path, feed_server: FeedServer
) -> None:
    poller = Poller(db_path, _feeds(feed_server), parse_workers=2)
    poller.pool.idle = 0.2
    try:
        assert not poller.pool.running
        during: list[bool] = []
        first = poller.poll(force=True, progress=lambda *_: during.append(poller.pool.running))
        assert first.new_items == POOL_THRESHOLD
        assert any(during)  # the documents were parsed in worker processes
        assert _gone(poller.pool)  # the quiet period after the poll retired them
        again = poller.poll(force=True)  # every feed answers 304: nothing to parse
        assert {f.outcome for f in again.feeds} == {"not_modified"}
        assert not poller.pool.running  # so none were started
    finally:
        poller.close()


def _item(n: int, seq: int) -> dict[str, str]:
    return {"title": f"Item {n}.{seq}", "link": f"https://example.org/{n}/{seq}"}


def _poll_with_workers(poller: Poller) -> tuple[int, bool]:
    """A poll's new items, and whether worker processes ran during it."""
    during: list[bool] = []
    report = poller.poll(force=True, progress=lambda *_: during.append(poller.pool.running))
    return report.new_items, any(during)


def test_feeds_with_stored_entries_are_parsed_here_until_the_budget_is_spent(
    db_path: Path, feed_server: FeedServer
) -> None:
    feeds = _feeds(feed_server)
    for n in range(len(feeds)):
        feed_server.add(f"/{n}.xml", rss([_item(n, 0)]))
    poller = Poller(db_path, feeds, parse_workers=2)
    try:
        poller.poll(force=True)  # every feed's first poll: the workers parse them
        poller.pool.close()
        for budget, expected in ((poller.in_process_items, False), (0, True)):
            seq = budget + 1  # each round, every feed gains an item
            for n in range(len(feeds)):
                feed_server.add(f"/{n}.xml", rss([_item(n, seq), _item(n, 0)]))
            poller.in_process_items = budget
            assert _poll_with_workers(poller) == (len(feeds), expected)  # none while the budget lasts
    finally:
        poller.close()


def _helpers() -> set[int]:
    """This process's children that are multiprocessing's forkserver or resource tracker."""
    found = set()
    for task in Path("/proc/self/task").iterdir():
        for pid in (task / "children").read_text().split():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue  # ended meanwhile
            if b"multiprocessing.forkserver" in cmdline or b"multiprocessing.resource_tracker" in cmdline:
                found.add(int(pid))
    return found


def _ended(pids: set[int]) -> bool:
    deadline = time.monotonic() + WAIT
    while pids & _helpers() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not pids & _helpers()


def _working(pool: ParsePool) -> Executor:
    """The pool's workers, started if need be, once they have run a task."""
    executor = pool.get()
    assert executor is not None
    assert executor.submit(sum, [1, 2]).result(WAIT) == 3
    return executor


def test_a_poll_keeps_the_workers_it_is_using() -> None:
    pool = ParsePool(2, idle=0.05)
    try:
        with pool.in_use():
            executor = _working(pool)
            time.sleep(0.2)  # longer than the quiet period: no timer runs while a poll holds them
            assert pool.running
            assert executor.submit(sum, [3, 4]).result(WAIT) == 7
            helpers = _helpers()
        assert len(helpers) == 2  # multiprocessing's forkserver and resource tracker
        assert _gone(pool)
        assert _ended(helpers)  # they leave with the workers, not at the app's exit
        with pool.in_use():  # the next poll starts them again
            assert _working(pool) is not executor
    finally:
        pool.close()
    assert not pool.running
    assert not _helpers()


def test_one_worker_parses_in_this_process() -> None:
    pool = ParsePool(1)
    with pool.in_use():
        assert pool.get() is None
    assert not pool.running


def test_a_pool_closing_leaves_the_helpers_another_pool_uses() -> None:
    first, second = ParsePool(2), ParsePool(2)
    try:
        with second.in_use():
            busy = _working(second)
            with first.in_use():
                _working(first)
                helpers = _helpers()
            closing = threading.Thread(target=first.close, daemon=True)
            closing.start()
            closing.join(WAIT)
            assert not closing.is_alive()  # (stopping the tracker would wait on the second's workers)
            assert _helpers() == helpers  # still serving the second pool
            assert busy.submit(sum, [5, 6]).result(WAIT) == 11
    finally:
        first.close()
        second.close()
    assert _ended(helpers)
