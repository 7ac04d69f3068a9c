"""Polling off the GUI thread: a QThread that owns the core Poller and reports by signals."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from monitor.models import FeedConfig
from monitor.store import DatabaseCorrupt, Store, StoreError

if TYPE_CHECKING:
    from monitor.poller import FeedReport, Poller, PollReport


class PollWorker(QObject):
    """Lives in its own thread; every slot runs there, so the window never waits on the network."""

    started = Signal()
    progress = Signal(int, int, object)  # done, total, FeedReport
    finished = Signal(object)  # PollReport
    failed = Signal(str)
    damaged = Signal(str)  # the database failed quick_check or SQLite found damage: move it aside
    outputs_failed = Signal(str)  # the Atom feed or the weekly report could not be written (why)

    def __init__(self, db_path: Path, feeds: Sequence[FeedConfig], interval: int) -> None:
        super().__init__()
        self._db_path = db_path
        self._feeds = list(feeds)
        self._interval = interval
        self._poller: Poller | None = None
        self._checked = False  # the first poll checks the database, here rather than in the GUI thread
        self.cancel = threading.Event()

    @Slot(object)
    def set_feeds(self, feeds: list[FeedConfig]) -> None:
        self._feeds = list(feeds)
        if self._poller is not None:
            self._poller.feeds = list(feeds)

    @Slot(int)
    def set_interval(self, seconds: int) -> None:
        self._interval = seconds
        if self._poller is not None:
            self._poller.default_interval = seconds

    @Slot(object, bool)
    def poll(self, names: list[str] | None, force: bool) -> None:
        if self.cancel.is_set():
            return
        if self._poller is None:
            # Created in this thread so its fetcher and parse pool never cross threads; imported
            # here, so that the window opens without fetching, parsing and the analysis loaded.
            from monitor.poller import Poller

            self._poller = Poller(self._db_path, self._feeds, default_interval=self._interval)
        self.started.emit()

        def report(done: int, total: int, feed: FeedReport) -> None:
            self.progress.emit(done, total, feed)

        try:
            result: PollReport = self._poller.poll(
                names, force=force, progress=report, cancel=self.cancel, check=not self._checked
            )
        except Exception as exc:  # the poll failing must not kill the thread or the app
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._checked = True
        if isinstance(result.store_error, DatabaseCorrupt):
            self._checked = False  # the app moves it aside; the next database is checked in turn
            self.damaged.emit(str(result.store_error))
            return
        if result.store_error is not None:
            # Disk full, locked, read-only: said as it is; the timer polls again later.
            self.failed.emit(str(result.store_error))
            return
        self._team_outputs()
        self.finished.emit(result)

    def _team_outputs(self) -> None:
        # Here in the poll thread: a PDF or a large register must not hold the window.
        from monitor.gui.pdf_report import write_pdf
        from monitor.team_outputs import after_poll

        try:
            store = Store(self._db_path)
            try:
                outputs = after_poll(store, pdf=write_pdf)
            finally:
                store.close()
        except StoreError as exc:
            self.outputs_failed.emit(str(exc))
            return
        for problem in outputs.problems:
            self.outputs_failed.emit(problem)

    @Slot()
    def shutdown(self) -> None:
        if self._poller is not None:
            self._poller.close()
            self._poller = None


class PollController(QObject):
    """The GUI side: schedules polls, forwards requests to the worker thread, stops it cleanly."""

    request = Signal(object, bool)
    feeds_changed = Signal(object)
    interval_changed = Signal(int)
    busy_changed = Signal(bool)
    database_damaged = Signal(str)

    def __init__(self, db_path: Path, feeds: Sequence[FeedConfig], interval: int) -> None:
        super().__init__()
        self.interval = interval
        self.paused = False
        self.busy = False
        self._pending: tuple[list[str] | None, bool] | None = None
        self.poll_thread = QThread()
        self.poll_thread.setObjectName("poller")
        self.worker = PollWorker(db_path, feeds, interval)
        self.worker.moveToThread(self.poll_thread)
        self.request.connect(self.worker.poll)
        self.feeds_changed.connect(self.worker.set_feeds)
        self.interval_changed.connect(self.worker.set_interval)
        self.worker.started.connect(self._on_started)
        self.worker.finished.connect(self._on_done)
        self.worker.failed.connect(self._on_done)
        self.worker.damaged.connect(self._on_damaged)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.scheduled)
        self.poll_thread.start()

    def start_schedule(self) -> None:
        # The timer only asks; the core polls the feeds that are due, so ticks are cheap.
        self.timer.start(max(self.interval, 1) * 1000)

    def set_interval(self, seconds: int) -> None:
        self.interval = seconds
        self.interval_changed.emit(seconds)
        if self.timer.isActive():
            self.start_schedule()

    def set_feeds(self, feeds: Sequence[FeedConfig]) -> None:
        self.feeds_changed.emit(list(feeds))

    def set_paused(self, paused: bool) -> None:
        self.paused = paused

    def scheduled(self) -> None:
        if not self.paused:
            self.poll_now(force=False)

    def poll_now(self, names: list[str] | None = None, force: bool = True) -> None:
        """Poll now, or right after the poll that runs (never two at once on one database)."""
        if self.busy:
            self._pending = (names, force)
            return
        self.busy = True
        self.busy_changed.emit(True)
        self.request.emit(names, force)

    def _on_started(self) -> None:
        pass

    def _on_damaged(self, message: str) -> None:
        # The app moves the file aside (a direct call, in this thread) before any pending poll runs.
        self.database_damaged.emit(message)
        self._on_done(message)

    def _on_done(self, _result: object) -> None:
        self.busy = False
        self.busy_changed.emit(False)
        if self._pending is not None:
            names, force = self._pending
            self._pending = None
            self.poll_now(names, force)

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Cancel a running poll (each feed's transaction is whole or absent) and end the thread."""
        self.timer.stop()
        self._pending = None
        self.worker.cancel.set()
        self.poll_thread.quit()
        stopped = bool(self.poll_thread.wait(timeout_ms))
        if stopped:
            # The thread has ended, so closing its poller here cannot race with it.
            self.worker.shutdown()
        return stopped
