"""Correcting the register through the real window: Edit…, Merge, Split off, Not a fine, Undo; the
corrections marked in the table, surviving a poll with a new report and `monitor reanalyze`,
and never raising an alert (counted in the store and at the notifier)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_support import QT_LOG_IGNORE, RecordingNotifier, desktop_app, open_register, poll, write_feeds
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from monitor.gui.app import DesktopApp
from monitor.gui.fines_model import EVENT_ID
from monitor.gui.fines_view import FinesView
from monitor.reanalysis import reanalyze_all
from monitor.store import Store
from tests.corrections_support import ACME_1, ACME_2, GLOBEX, Register
from tests.support.feedserver import FeedServer

# The dialogs are shown on the offscreen platform, which has no window manager to hint sizes to.
pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, feed_server: FeedServer) -> Iterator[tuple[DesktopApp, Register]]:
    register = Register(tmp_path / "m.sqlite", feed_server)
    feeds = write_feeds(tmp_path / "feeds.yml", [(f.name, f.url, "en") for f in register.feeds])
    notifier = RecordingNotifier()
    with desktop_app(qtbot, register.db, feeds, notifier) as app:
        app.start(poll=False)
        notifier.alerts.clear()  # what was pending from the polls before the window
        app.notifier_under_test = notifier  # type: ignore[attr-defined]
        yield app, register


def row_of(fines: FinesView, event_id: int) -> int:
    for row in range(fines.proxy.rowCount()):
        if fines.proxy.index(row, 0).data(EVENT_ID) == event_id:
            return row
    raise AssertionError(f"decision {event_id} is not shown")


def trigger(menu: QMenu, text: str) -> None:
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert action.isEnabled(), text
    action.trigger()


def select_rows(fines: FinesView, *event_ids: int) -> None:
    fines.table.clearSelection()
    for event_id in event_ids:
        fines.table.selectionModel().select(
            fines.proxy.index(row_of(fines, event_id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_edit_in_the_window_is_marked_and_survives_a_poll_and_reanalyze(
    window: tuple[DesktopApp, Register], qtbot: QtBot
) -> None:
    app, register = window
    fines = app.window.fines
    acme = register.event_of(ACME_1["link"])
    assert acme is not None
    alerts = register.alerts()
    fines.select_event(acme)
    select_rows(fines, acme)
    trigger(fines.corrections.table_menu(), "Edit decision…")
    dialog = fines.corrections.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.party.setText("Acme\x1b[31m")  # type: ignore[attr-defined]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "U+001B" in dialog.error.text()  # type: ignore[attr-defined]
    dialog.party.setText("Acme Vision Holding")  # type: ignore[attr-defined]
    dialog.amount.setText("2.15 million")  # type: ignore[attr-defined]
    dialog.status.setCurrentIndex(dialog.status.findData("proposed"))  # type: ignore[attr-defined]
    dialog.note.setText("per the decision")  # type: ignore[attr-defined]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()

    def shown() -> None:
        fines.reload()
        row = row_of(fines, acme)
        party = fines.proxy.index(row, 2)
        assert party.data() == "Acme Vision Holding ✎"
        assert "Acme Vision" in party.data(Qt.ItemDataRole.ToolTipRole)
        assert fines.proxy.index(row, 3).data().endswith("✎")
        assert fines.proxy.index(row, 5).data().endswith("✎")
        fines.select_event(acme)
        fines.show_sources(acme)
        fines.corrections._annotate(acme)
        assert "Acme Vision Holding" in fines.headline.text() and "✎" in fines.headline.text()

    shown()
    assert fines.table.currentIndex().data(EVENT_ID) == acme
    register.publish(wire=[ACME_1, GLOBEX], daily=[ACME_2, {**ACME_1, "link": "https://daily.example/n"}])
    poll(qtbot, app)
    assert register.event_of("https://daily.example/n") == acme  # a new report joined the decision
    shown()
    store = Store(register.db)
    try:
        reanalyze_all(store)
    finally:
        store.close()
    shown()
    assert register.alerts() == alerts and app.notifier_under_test.kinds("new_fine") == []  # type: ignore[attr-defined]

    # Undone from the list of corrections: the analysis's party again, with no alert.
    listing = fines.corrections.show_corrections()
    party_row = next(
        r for r in range(listing.table.rowCount()) if "Acme Vision Holding" in listing.table.item(r, 2).text()
    )
    listing.table.selectRow(party_row)
    listing.undo.click()
    assert fines.proxy.index(row_of(fines, acme), 2).data() == "Acme Vision"
    assert register.alerts() == alerts


def test_merge_split_and_not_a_fine_from_the_menus(window: tuple[DesktopApp, Register], qtbot: QtBot) -> None:
    app, register = window
    fines = open_register(app)
    acme, globex = register.event_of(ACME_1["link"]), register.event_of(GLOBEX["link"])
    assert acme is not None and globex is not None
    alerts = register.alerts()
    assert fines.proxy.rowCount() == 2

    select_rows(fines, acme, globex)
    trigger(fines.corrections.table_menu(), "Merge the selected decisions")
    assert fines.proxy.rowCount() == 1
    merged = fines.proxy.index(0, 0).data(EVENT_ID)
    assert fines.sources.rowCount() == 3

    # The Globex report split off from the merged decision's sources.
    fines.select_event(merged)
    row = next(r for r in range(fines.sources.rowCount()) if "Globex" in fines.sources.item(r, 2).text())
    fines.sources_view.setCurrentIndex(fines.sources.index(row, 0))
    trigger(fines.corrections.sources_menu(), "Split this report off into its own decision")
    assert fines.proxy.rowCount() == 2
    apart = register.event_of(GLOBEX["link"])
    assert apart != merged and fines.table.currentIndex().data(EVENT_ID) == apart

    # An Acme report is no fine.
    fines.select_event(merged)
    row = next(r for r in range(fines.sources.rowCount()) if "hit with" in fines.sources.item(r, 2).text())
    fines.sources_view.setCurrentIndex(fines.sources.index(row, 0))
    trigger(fines.corrections.sources_menu(), "Not a fine")
    assert register.event_of(ACME_2["link"]) is None
    assert fines.sources.rowCount() == 1

    poll(qtbot, app)  # the same reports polled again, and the register as corrected
    store = Store(register.db)
    try:
        reanalyze_all(store)
    finally:
        store.close()
    fines.reload()
    assert fines.proxy.rowCount() == 2 and register.event_of(ACME_2["link"]) is None
    assert register.event_of(GLOBEX["link"]) != register.event_of(ACME_1["link"])
    assert register.alerts() <= alerts and app.notifier_under_test.alerts == []  # type: ignore[attr-defined]

    # The decision's own Undo menu takes the split back.
    fines.select_event(apart)
    select_rows(fines, apart)
    undo = next(a.menu() for a in fines.corrections.table_menu().actions() if a.menu() is not None)
    trigger(undo, "Split")
    assert register.event_of(GLOBEX["link"]) == register.event_of(ACME_1["link"])


def test_the_correction_dialogs_name_every_control_and_speak_the_window_language(
    window: tuple[DesktopApp, Register],
) -> None:
    from PySide6.QtCore import QCoreApplication

    from monitor.gui import i18n
    from monitor.gui.keyboard import unnamed

    app, register = window
    fines = open_register(app)
    acme = register.event_of(ACME_1["link"])
    assert acme is not None
    edit = fines.corrections.edit(acme)
    listing = fines.corrections.show_corrections()
    assert edit is not None
    for dialog in (edit, listing):
        assert unnamed(dialog) == [], (type(dialog).__name__, unnamed(dialog))
        dialog.reject()
    translator = i18n.TsTranslator(i18n.translations_dir() / "monitor_fr.ts")
    QCoreApplication.installTranslator(translator)
    try:
        select_rows(fines, acme)
        texts = [a.text() for a in fines.corrections.table_menu().actions() if a.text()]
        assert "&Modifier la décision…" in texts and "&Fusionner les décisions sélectionnées" in texts
    finally:
        QCoreApplication.removeTranslator(translator)


def test_not_a_fine_from_the_items_menu_of_the_news_list(window: tuple[DesktopApp, Register]) -> None:
    app, register = window
    alerts = register.alerts()
    item = register.item(ACME_2["link"])
    assert app.window.select_item(item)
    items_menu = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&Items")
    trigger(items_menu, "Not a fine")
    assert register.event_of(ACME_2["link"]) is None
    fines = app.window.fines
    fines.select_event(register.event_of(ACME_1["link"]) or 0)
    assert fines.sources.rowCount() == 1 and register.alerts() == alerts
    listing = fines.corrections.show_corrections()
    assert listing.table.rowCount() == 1 and "Acme Vision hit with" in listing.table.item(0, 2).text()
    listing.table.selectRow(0)
    listing.undo.click()
    assert register.event_of(ACME_2["link"]) == register.event_of(ACME_1["link"])
    assert register.alerts() == alerts
