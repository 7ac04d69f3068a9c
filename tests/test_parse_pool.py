"""The parse workers: started by the first document to parse, never by a poll of 304s, gone when quiet."""

from __future__ import annotations

import time
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


def test_a_poll_keeps_the_workers_it_is_using() -> None:
    pool = ParsePool(2, idle=0.05)
    try:
        with pool.in_use():
            executor = pool.get()
            assert executor is not None
            time.sleep(0.2)  # longer than the quiet period: no timer runs while a poll holds them
            assert pool.running
            assert executor.submit(sum, [1, 2]).result(WAIT) == 3
        assert _gone(pool)
        with pool.in_use():  # the next poll starts them again
            again = pool.get()
            assert again is not None and again is not executor
            assert again.submit(sum, [3, 4]).result(WAIT) == 7
    finally:
        pool.close()
    assert not pool.running


def test_one_worker_parses_in_this_process() -> None:
    pool = ParsePool(1)
    with pool.in_use():
        assert pool.get() is None
    assert not pool.running
