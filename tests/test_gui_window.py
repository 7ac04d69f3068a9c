"""The real main window, offscreen: polling through a local server fills the tables; filters, search,
reading, keyboard, the Fines register, feed management and settings."""

from __future__ import annotations

# mypy: disable-error-code="no-untyped-call"
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_support import (
    COOKIES,
    FINE,
    QT_LOG_IGNORE,
    RecordingNotifier,
    desktop_app,
    numbered_items,
    open_register,
    poll,
    serve_news,
    write_feeds,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor.alerts import AlertRules
from monitor.config import load_feeds
from monitor.gui.app import DesktopApp
from monitor.gui.fines_model import EVENT_ID
from monitor.gui.item_model import PAGE, ROW_DICT, ItemTableModel
from monitor.gui.settings_dialog import DesktopSettings, SettingsDialog
from monitor.schedule import RETENTION_DAYS
from monitor.store import Store
from monitor.store.items import ItemFilter
from tests.support.feedserver import FeedServer, rss

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


def titles(app: DesktopApp) -> list[str]:
    model = app.window.model
    return [model.row_dict(r)["title"] for r in range(model.rowCount())]  # type: ignore[index]


@pytest.fixture
def polled(qtbot: QtBot, tmp_path: Path, feed_server: FeedServer) -> Iterator[DesktopApp]:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [FINE, COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        assert app.window.model.rowCount() == 0
        report = poll(qtbot, app)
        assert report.new_items == 4 and not report.errors
        yield app


def test_a_poll_fills_the_items_table_and_the_sources(polled: DesktopApp) -> None:
    window = polled.window
    # Matching items by default (the fine, the fingerprints); the cookie guide and the weather are
    # stored, counted as hidden, and one click away.
    assert titles(polled) == ["Employer ordered to stop fingerprint scanning of staff", FINE["title"]]
    assert window.count_label.text() == "2 items · 2 unmatched hidden"
    assert window.sources.label_of("all") == "All items 2"
    assert window.sources.label_of("feed:CNIL (FR)") == "CNIL (FR) 1"
    assert "Last poll" in window.last_poll.text() and "4 new items" in window.last_poll.text()
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    window.show_unmatched.click()
    assert window.model.rowCount() == 4 and window.count_label.text() == "4 items"
    assert titles(polled)[0] == "Employer ordered to stop fingerprint scanning of staff"  # newest first
    fine_row = next(r for r in range(4) if window.model.row_dict(r)["guid"] == FINE["guid"])  # type: ignore[index]
    assert window.model.index(fine_row, 4).data() == "€20,000,000"
    assert "face" in window.model.index(fine_row, 3).data()
    assert window.model.index(fine_row, 0).data(Qt.ItemDataRole.FontRole).bold()  # unread is bold


def test_saved_views_feeds_tag_filter_and_search(polled: DesktopApp, qtbot: QtBot) -> None:
    window = polled.window
    window.sources.select("view:fines")
    assert titles(polled) == [FINE["title"]]
    window.sources.select("view:biometrics")
    assert set(titles(polled)) == {FINE["title"], "Employer ordered to stop fingerprint scanning of staff"}
    window.sources.select("feed:World news")
    assert titles(polled) == ["Employer ordered to stop fingerprint scanning of staff"]
    window.show_unmatched.setChecked(True)
    assert len(titles(polled)) == 2 and FINE["title"] not in titles(polled)
    window.sources.select("all")
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("facial_recognition"))
    assert titles(polled) == [FINE["title"]]
    window.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(window.search, "guide cook")
    qtbot.waitUntil(lambda: titles(polled) == ["Guide sur les cookies"], timeout=5000)
    assert window.count_label.text() == "1 item"
    window.search.clear()
    window.apply_filter()
    assert len(titles(polled)) == 4
    window.show_unmatched.setChecked(False)
    assert len(titles(polled)) == 2


def test_selecting_an_item_shows_it_sanitized_and_marks_it_read(polled: DesktopApp) -> None:
    window = polled.window
    window.show_unmatched.setChecked(True)
    window.search.setText("cookies")
    window.apply_filter()
    window.select_row(0)
    shown = window.detail.browser.toPlainText()
    assert "Guide sur les cookies" in shown and "CNIL (FR)" in shown and "Un nouveau guide pratique" in shown
    assert "alert(1)" not in window.detail.browser.toHtml()
    assert window.model.row_dict(0)["read"] == 1  # type: ignore[index]
    assert polled.store.count_items(ItemFilter(unread_only=True)) == 3
    assert window.sources.label_of("all") == "All items 2"  # unread matching items, unchanged
    assert window.detail.open_button.isEnabled()
    assert not window.detail.event_button.isVisible()


def test_keyboard_moves_toggles_read_and_pages(polled: DesktopApp, qtbot: QtBot) -> None:
    window = polled.window
    window.show()
    window.table.setFocus()
    window.select_row(0)
    first = window.current_item_id()
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.table.currentIndex().row() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.current_item_id() == first
    assert window.model.row_dict(0)["read"] == 1  # type: ignore[index]
    qtbot.keyClick(window.table, Qt.Key.Key_M)
    assert window.model.row_dict(0)["read"] == 0  # type: ignore[index]
    assert polled.store.item(first)["read"] == 0  # type: ignore[index,arg-type]
    qtbot.keyClick(window.table, Qt.Key.Key_Space)  # a short item: Space goes on to the next
    assert window.table.currentIndex().row() == 1
    window.mark_all_read()  # what the list shows: the matching items
    assert polled.store.count_items(ItemFilter(unread_only=True, matched_only=True)) == 0
    assert window.sources.label_of("all") == "All items"


def test_the_register_is_read_when_its_tab_is_shown_not_at_start_or_each_poll(
    polled: DesktopApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading the register costs the window's start ~80 ms at 100,000 items: it waits until the
    # user opens the tab, and a poll while the News tab is shown leaves it for then too.
    reads: list[object] = []
    list_events = polled.store.list_events
    monkeypatch.setattr(polled.store, "list_events", lambda **kw: reads.append(kw) or list_events(**kw))
    polled.window.show()
    poll(qtbot, polled)
    assert reads == [] and polled.window.fines.proxy.rowCount() == 0
    fines = open_register(polled)
    assert len(reads) == 1 and fines.proxy.rowCount() == 1  # the decision of the polls so far
    poll(qtbot, polled)
    assert len(reads) == 2  # on screen: read again after the poll, as before
    polled.window.tabs.setCurrentIndex(0)
    poll(qtbot, polled)
    assert len(reads) == 2


def test_the_fines_register_shows_the_event_its_sources_and_totals(polled: DesktopApp) -> None:
    fines = open_register(polled)
    assert fines.proxy.rowCount() == 1
    row = [fines.proxy.index(0, c).data() for c in range(8)]
    assert row[1] == "CNIL" and row[2] == "Clearview AI" and row[3] == "€20,000,000"
    assert row[5] == "imposed" and row[7] == "1"
    fines.table.setCurrentIndex(fines.proxy.index(0, 0))
    assert fines.sources.rowCount() == 1 and fines.sources.item(0, 1).text() == "CNIL (FR)"
    assert "CNIL fines Clearview AI €20,000,000" in fines.headline.text()
    assert fines.totals.rowCount() == 1 and fines.totals.index(0, 3).data() == "€20,000,000"
    year = str((datetime.now(tz=UTC) - timedelta(days=3)).year)  # FINE's date
    assert fines.chart.years == [year] and fines.chart.authorities == ["CNIL"]
    fines.search.setText("garante")
    assert fines.proxy.rowCount() == 0 and fines.summary.text().startswith("0 decisions")
    fines.search.setText("clearview")
    assert fines.proxy.rowCount() == 1
    # From an item to its event, as a notification click does.
    polled.window.tabs.setCurrentIndex(0)
    polled.window.sources.select("view:fines")
    polled.window.select_row(0)
    assert polled.window.detail.event_button.isVisibleTo(polled.window.detail)
    polled.window.detail.event_button.click()
    assert polled.window.tabs.currentIndex() == 1
    assert fines.table.currentIndex().data(EVENT_ID) == polled.store.list_events()[0]["id"]


def test_adding_a_feed_discovers_its_title_writes_the_file_and_polls_it(
    polled: DesktopApp, qtbot: QtBot, feed_server: FeedServer
) -> None:
    from monitor.gui.feed_dialog import FeedDialog

    url = feed_server.add("/ico.xml", rss([{"title": "ICO news", "guid": "ico-1"}], title="ICO updates"))
    dialog = FeedDialog({f.name for f in polled.feeds}, None, polled.window)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.start_discovery()
    qtbot.waitUntil(lambda: dialog.name.text() == "ICO updates", timeout=30_000)
    assert "with 1 item." in dialog.status.text()
    feed = dialog.build()
    with qtbot.waitSignal(polled.poll_finished, timeout=60_000):
        assert polled.save_feed(feed)
    assert [f.name for f in load_feeds(polled.feeds_path)][-1] == "ICO updates"
    assert "feed:ICO updates" in polled.window.sources.source_keys()
    polled.window.sources.select("feed:ICO updates")
    assert titles(polled) == ["ICO news"]

    dialog = FeedDialog({f.name for f in polled.feeds}, None, polled.window)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.name.setText("ico updates")
    with pytest.raises(ValueError, match="exists already"):
        dialog.build()


def test_disable_remove_and_opml_round_trip(polled: DesktopApp, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.waitSignal(polled.poll_finished, timeout=60_000):
        polled.toggle_feed("World news")
    assert not next(f for f in load_feeds(polled.feeds_path) if f.name == "World news").enabled
    assert polled.window.sources.label_of("feed:World news").startswith("⏸ World news")
    exported = polled.export_opml(tmp_path / "out.opml")
    assert exported is not None and "CNIL (FR)" in exported.read_text()
    with qtbot.waitSignal(polled.poll_finished, timeout=60_000):
        polled.remove_feed("CNIL (FR)", confirm=False)
    assert [f.name for f in load_feeds(polled.feeds_path)] == ["World news"]
    text = exported.read_text()
    assert 'rm:kind="news"' in text and '<outline text="News"' in text  # the core's writer
    with qtbot.waitSignal(polled.poll_finished, timeout=60_000):
        assert polled.import_opml(tmp_path / "out.opml") == ["CNIL (FR)"]
    assert [f.name for f in load_feeds(polled.feeds_path)] == ["World news", "CNIL (FR)"]
    assert polled.last_import_notes == ["World news: already in the feeds file"]
    assert "Imported 1 feed; skipped 1" in polled.window.statusBar().currentMessage()


def test_opml_import_refuses_local_files_and_entities_as_the_core_does(
    polled: DesktopApp, tmp_path: Path
) -> None:
    outline = tmp_path / "theirs.opml"
    outline.write_text(
        '<opml version="2.0"><body><outline text="Local" xmlUrl="file:///etc/passwd"/></body></opml>'
    )
    assert polled.import_opml(outline) == []
    assert len(polled.last_import_notes) == 1 and "file://" in polled.last_import_notes[0]
    assert [f.name for f in load_feeds(polled.feeds_path)] == ["CNIL (FR)", "World news"]


def test_settings_persist_across_restarts(qtbot: QtBot, tmp_path: Path, feed_server: FeedServer) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    db = tmp_path / "m.sqlite"
    with desktop_app(qtbot, db, feeds) as app:
        assert app.interval == 3600  # --interval wins over the stored setting
        rules = AlertRules(min_amount_eur=1_000_000, tags=("facial_recognition",), authorities=("CNIL",))
        assert app.retention_days() == RETENTION_DAYS
        dialog = SettingsDialog(app.desktop_settings, rules, app.retention_days(), app.window)
        qtbot.addWidget(dialog)
        dialog.retention.setValue(90)
        assert dialog.retention_days() == 90
        app.apply_settings(
            DesktopSettings(interval=900, start_minimized=True, start_at_login=True),
            rules,
            dialog.retention_days(),
        )
        app.window.resize(780, 560)  # within the offscreen screen, so the geometry comes back as it is
        app.window.show()
        app.window.splitter.setSizes([111, 400, 250])
        app.window.tabs.setCurrentIndex(1)
    from monitor.desktop import autostart_path

    assert autostart_path().is_file() and "--minimized" in autostart_path().read_text()
    app = DesktopApp(db, feeds, load_feeds(feeds), notifier=RecordingNotifier())
    qtbot.addWidget(app.window)
    try:
        assert app.interval == 900 and app.desktop_settings.start_minimized
        assert app.alert_rules() == rules
        assert app.retention_days() == 90
        assert app.store.get_setting("retention_days") == 90  # where the poller's prune reads it
        assert app.window.tabs.currentIndex() == 1
        app.window.show()
        app.window.tabs.setCurrentIndex(0)  # the panes get their saved sizes when first seen
        assert app.window.splitter.sizes()[0] == 111
    finally:
        app.quit()


def test_the_items_model_reads_only_the_pages_it_shows(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "big.sqlite")
    numbered_items(store, 0, 3 * PAGE + 10)
    model = ItemTableModel(store)
    assert model.rowCount() == PAGE  # a page counted at once; the rest off the GUI thread
    qtbot.waitUntil(lambda: model.totals is not None)
    assert model.rowCount() == 3 * PAGE + 10
    assert list(model._pages) == [0]  # the first page, which also counted a short result; no other
    last = model.index(model.rowCount() - 1, 2)
    assert last.data() and list(model._pages) == [0, 3]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 2).data() == "Item 00000"
    assert model.index(0, 0).data(ROW_DICT)["title"] == "Item 00000"
    assert model.rowCount() == 3 * PAGE + 10  # a new order keeps the count
    model.counter.stop()
    store.close()


def test_the_chart_counts_decisions_or_shows_euros_on_a_log_scale(qtbot: QtBot) -> None:
    from monitor.gui.chart import FinesChart

    events: list[dict[str, Any]] = [
        {"status": "imposed", "decision_date": "2022-10-20", "authority": "CNIL", "amount_eur": 20e6},
        {"status": "imposed", "decision_date": "2022-03-09", "authority": "Garante", "amount_eur": 20e6},
        {"status": "imposed", "decision_date": "2023-05-22", "authority": "DPC", "amount_eur": 1.2e9},
        {"status": "imposed", "decision_date": "2024-09-03", "authority": "AP-NL", "amount_eur": None},
        {"status": "proposed", "decision_date": "2024-01-01", "authority": "ICO", "amount_eur": 5e6},
    ]
    chart = FinesChart()
    qtbot.addWidget(chart)
    chart.set_events(events)
    assert chart.mode == "count"  # a record fine cannot flatten a count
    assert chart.years == ["2022", "2023", "2024"] and chart.values["2022"] == {"CNIL": 1, "Garante": 1}
    chart.set_mode("euros")
    assert chart.years == ["2022", "2023", "2024"]  # one axis in both modes; 2024 has no amount
    assert chart.values["2024"] == {}
    _ticks, share = chart.axis(1.2e9)
    # On the log axis a €40m year stands at about three quarters of the €1.2bn year's height.
    assert share(40e6) / share(1.2e9) > 0.7 and share(1.2e9) < 1
    chart.resize(700, 260)
    chart.grab()  # paints both ways without error
    chart.set_mode("count")
    chart.grab()


def test_sort_arrows_point_the_way_the_values_run(polled: DesktopApp) -> None:
    from PySide6.QtWidgets import QStyleOptionHeader

    from monitor.gui.style import HeaderArrowStyle, flip

    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    # Qt hands styles SortUp for a descending sort; the fix draws it as ▼ (newest first).
    assert flip(up) == down and flip(down) == up
    for view in (polled.window.table, polled.window.fines.table):
        header = view.horizontalHeader()
        assert isinstance(header.style(), HeaderArrowStyle)
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_window_opens_only_web_and_mail_links() -> None:
    from monitor.gui.fines_view import open_link

    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "java\tscript:x"):
        assert open_link(url) is False


def test_the_selected_item_stays_selected_after_a_refresh_and_a_filter_change(polled: DesktopApp) -> None:
    window = polled.window
    window.show_unmatched.setChecked(True)
    window.apply_filter()
    window.select_row(1)
    chosen = window.current_item_id()
    assert chosen is not None
    window.refresh()  # what a poll does: the table read again
    assert window.current_item_id() == chosen
    window.search.setText(str(window.model.row_dict(window.table.currentIndex().row())["title"]).split()[0])  # type: ignore[index]
    window.apply_filter()
    assert window.current_item_id() == chosen
