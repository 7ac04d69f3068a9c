"""SIGINT and SIGTERM during a poll: stop at the next safe point rather than die in the middle.

The first signal sets an Event the poller checks between feeds (and cuts the fetches in flight), so
the poll ends within a second with every feed either written whole or untouched, and pending alerts
pending. A second signal is impatience: it raises KeyboardInterrupt at once (a transaction in
progress rolls back, so even then nothing is half written).
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType

HANDLED = (signal.SIGINT, signal.SIGTERM)


class Interruption:
    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum: int | None = None
        self._previous: dict[int, object] = {}

    @property
    def exit_status(self) -> int:
        """128 + the signal's number, as a shell reports a process that a signal ended."""
        return 128 + (self.signum or signal.SIGINT)

    @property
    def name(self) -> str:
        return signal.Signals(self.signum or signal.SIGINT).name

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt
        self.signum = signum
        self.event.set()

    def __enter__(self) -> Interruption:
        if threading.current_thread() is threading.main_thread():  # only there can Python set handlers
            for signum in HANDLED:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        self._previous.clear()
