"""Counting a filter's items off the GUI thread: the first page shows, the exact count follows.

Counting every match of a search over 100,000 items costs as much as listing the first page again;
the window needs the page at once and the count a moment later, for the scroll bar and the status line.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from monitor.store import Store, StoreError


@dataclass(frozen=True)
class Totals:
    matching: int  # the rows of the filter
    hidden: int  # unmatched items the filter leaves out (0 when it shows them)


Job = Callable[[Store], Totals]
Deliver = Callable[[Totals | None], None]  # None: the count failed (the caller counts itself)


class _Relay(QObject):
    """The signal the count thread emits. It has no parent and is only ever a sender, so the
    Counter may be deleted with its window while a count runs: Qt drops the connection, and the
    thread emits into nothing instead of through a deleted object."""

    done = Signal(object, object)  # deliver, Totals | None


class Counter(QObject):
    """One thread with its own read-only connection per job: the GUI's connection stays free for
    the pages, and a database moved aside meanwhile is never read through a stale handle."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-count")
        self._latest: Deliver | None = None
        self._relay = _Relay()
        # The receiver lives in the GUI thread: an emit from the count thread is queued to it.
        self._relay.done.connect(self._deliver)

    def submit(self, job: Job, deliver: Deliver) -> None:
        self._latest = deliver
        self._pool.submit(self._run, self._relay, job, deliver)

    def cancel(self) -> None:
        """Whatever is counting now is delivered to nobody (the table was counted another way)."""
        self._latest = None

    def stop(self) -> None:
        """For an owner going away (a test, a closing model): no count starts or is delivered any more."""
        self._latest = None
        self._pool.shutdown(wait=False, cancel_futures=True)

    @Slot(object, object)
    def _deliver(self, deliver: Deliver, totals: Totals | None) -> None:
        if deliver is self._latest:  # a count overtaken by a newer filter is dropped
            self._latest = None
            deliver(totals)

    def _run(self, relay: _Relay, job: Job, deliver: Deliver) -> None:
        # Only plain Python attributes are read here: this thread never calls into the Counter.
        if deliver is not self._latest:
            return  # typed over before it started: only the newest filter is worth counting
        try:
            store = Store(self._path, readonly=True)
            try:
                totals: Totals | None = job(store)
            finally:
                store.close()
        except (StoreError, sqlite3.Error):
            totals = None
        relay.done.emit(deliver, totals)
