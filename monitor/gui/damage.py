"""A damaged database met while the window runs: moved aside, a new one started, the user told where.

The poll thread finds the damage (quick_check on its first poll, or SQLite's SQLITE_CORRUPT later);
the move happens here, on the GUI thread, on the window's own Store object (`Store.reopen`), so every
view keeps its store and simply shows the new, empty database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from monitor.gui.window import MainWindow
from monitor.models import FeedConfig
from monitor.store import DatabaseCorrupt, Store, StoreError, utc_now

MOVED = "The database was moved aside"


def open_window(store: Store, feeds: Sequence[FeedConfig], build: Callable[[], MainWindow]) -> MainWindow:
    """The window's first reads, on a database damaged where they look, move it aside and start anew."""

    def attempt() -> MainWindow:
        with store.translated("reading the database"):
            with store.transaction():
                store.sync_feeds(feeds, utc_now())
            return build()

    try:
        return attempt()
    except DatabaseCorrupt:
        store.reopen(check=True)
        if store.notice is None:
            raise
    window = attempt()
    window.banner.add(MOVED, store.notice, None)
    return window


def replace_damaged(store: Store, window: MainWindow, poll_now: Callable[[], None], message: str) -> None:
    try:
        store.reopen(check=True)
    except StoreError as exc:  # it could not be moved, or no new database could start: left in place
        window.errors.setText(f"⚠ {exc}")
        return
    if store.notice is None:  # quick_check finds nothing wrong: SQLite's error stays the news
        window.errors.setText(f"⚠ {message}")
        return
    window.banner.add(MOVED, store.notice, None)
    window.errors.setText("")
    window.refresh()
    poll_now()
