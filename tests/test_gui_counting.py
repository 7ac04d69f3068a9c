"""The items table of a large result: its first page at once, the exact count off the GUI thread
(monitor/gui/counting.py) after it, in the status line and the scroll range; a failed count counted
on the GUI thread instead; a count overtaken by a newer filter, or outliving its window, delivered
to nobody."""

from __future__ import annotations

# mypy: disable-error-code="no-untyped-call"
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_support import QT_LOG_IGNORE, numbered_items
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from monitor.gui import i18n
from monitor.gui.counting import Counter, Totals
from monitor.gui.item_model import PAGE, ItemTableModel
from monitor.gui.window import MainWindow
from monitor.store import Store
from monitor.store.items import ItemFilter

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)

TOTAL = 3 * PAGE + 10  # more than a page, so the window counts it off its thread
BUDGET = 2 * PAGE  # items whose summary says "budget", the first BUDGET of them
UNMATCHED = 40  # the last ones: stored but matching none of the watched topics


def add_items(store: Store, first: int, count: int, unmatched_from: int = TOTAL - UNMATCHED) -> None:
    budget = lambda n: "council budget" if n < BUDGET else ""  # noqa: E731
    numbered_items(store, first, count, budget, lambda n: n < unmatched_from)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "big.sqlite")
    add_items(opened, 0, TOTAL)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, store: Store, tmp_path: Path) -> Iterator[MainWindow]:
    i18n.install("en")  # the plural forms, as the app installs them
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(store, settings)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.model.totals is not None)
    yield shown
    shown.model.counter.stop()


def counted(qtbot: QtBot, model: ItemTableModel) -> Totals:
    qtbot.waitUntil(lambda: model.totals is not None)
    assert model.totals is not None
    return model.totals


def test_a_large_search_shows_its_first_page_then_its_count(qtbot: QtBot, window: MainWindow) -> None:
    matched = TOTAL - UNMATCHED
    assert window.count_label.text() == f"{matched} items · {UNMATCHED} unmatched hidden"
    window.search.setText("budget")
    window.apply_filter()
    # The count is delivered through the event loop, which has not run yet: the first page only.
    model = window.model
    assert model.totals is None and model.rowCount() == PAGE
    assert model.index(0, 2).data() == f"Item {BUDGET - 1:05d}"  # the newest match, on screen
    assert window.count_label.text() == f"{PAGE} items or more, counting…"
    assert counted(qtbot, model) == Totals(BUDGET, 0)
    assert model.rowCount() == BUDGET and model.index(BUDGET - 1, 2).data() == "Item 00000"
    assert window.count_label.text() == f"{BUDGET} items"
    window.show_unmatched.click()  # every item: none hidden, counted all the same
    assert counted(qtbot, model) == Totals(BUDGET, 0) and model.filter.search == "budget"


def test_a_small_result_is_counted_at_once(window: MainWindow) -> None:
    window.search.setText("00012")
    window.apply_filter()
    assert window.model.totals == Totals(1, 0) and window.count_label.text() == "1 item"


def test_a_failed_count_is_counted_on_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.model.counter._path = tmp_path / "gone.sqlite"  # the count thread finds no database
    window.search.setText("budget")
    window.apply_filter()
    assert window.count_label.text().endswith("counting…")
    assert counted(qtbot, window.model) == Totals(BUDGET, 0)
    assert window.count_label.text() == f"{BUDGET} items" and window.model.rowCount() == BUDGET


def test_after_a_poll_the_table_keeps_its_rows_until_the_new_count(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    before = window.count_label.text()
    add_items(store, TOTAL, 5, unmatched_from=TOTAL + 5)  # five more matching items, as a poll writes them
    window.refresh()
    # Neither the scroll range nor the status line falls back to the first page meanwhile.
    assert window.model.rowCount() == TOTAL - UNMATCHED and window.count_label.text() == before
    qtbot.waitUntil(lambda: window.model.rowCount() == TOTAL - UNMATCHED + 5)
    assert window.count_label.text() == f"{TOTAL - UNMATCHED + 5} items · {UNMATCHED} unmatched hidden"


def blocked_job(started: threading.Event, release: threading.Event) -> Totals:
    started.set()
    release.wait(10)
    return Totals(1, 0)


def test_only_the_newest_filter_is_delivered(qtbot: QtBot, store: Store) -> None:
    counter = Counter(store.path)
    started, release = threading.Event(), threading.Event()
    got: list[tuple[str, Totals | None]] = []
    counter.submit(lambda _s: blocked_job(started, release), lambda t: got.append(("old", t)))
    assert started.wait(10)  # the old count runs: it is overtaken, not skipped
    counter.submit(lambda s: Totals(s.count_items(ItemFilter()), 0), lambda t: got.append(("new", t)))
    release.set()
    qtbot.waitUntil(lambda: bool(got))
    qtbot.wait(50)
    assert got == [("new", Totals(TOTAL, 0))]
    counter.stop()


def test_a_count_outliving_its_window_is_delivered_to_nobody(qtbot: QtBot, store: Store) -> None:
    model = ItemTableModel(store)
    started, release = threading.Event(), threading.Event()
    got: list[Totals | None] = []
    model.counter.submit(lambda _s: blocked_job(started, release), got.append)
    assert started.wait(10)
    pool = model.counter._pool
    model.deleteLater()  # the window closed, its model and counter deleted while counting
    qtbot.waitUntil(lambda: not _alive(model))
    release.set()
    pool.shutdown(wait=True)  # the count thread emitted, into nothing
    qtbot.wait(50)
    assert got == []


def _alive(model: ItemTableModel) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(model))
