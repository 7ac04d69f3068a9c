"""The main window's menus and shortcuts, and the accessible names of its controls (kept apart so
the window module stays about layout and behaviour). Their texts are in the MainWindow context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from monitor.gui.report_dialog import export_report

if TYPE_CHECKING:
    from monitor.gui.window import MainWindow

translate = QCoreApplication.translate


def _action(
    window: QMainWindow,
    menu: QObject,
    text: str,
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)  # type: ignore[attr-defined]
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.poll_action = _action(
        window,
        file_menu,
        translate("MainWindow", "&Poll now"),
        lambda: window.poll_requested.emit(None),
        "F5",
    )
    _action(
        window,
        file_menu,
        translate("MainWindow", "&Settings…"),
        window.settings_requested.emit,
        QKeySequence.StandardKey.Preferences,
    )
    _action(window, file_menu, translate("MainWindow", "Export &report…"), lambda: export_report(window))
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        translate("MainWindow", "&Close window"),
        window.close,
        QKeySequence.StandardKey.Close,
    )
    _action(
        window,
        file_menu,
        translate("MainWindow", "&Quit"),
        window.quit_requested.emit,
        QKeySequence.StandardKey.Quit,
    )

    feeds = bar.addMenu(translate("MainWindow", "F&eeds"))
    _action(
        window,
        feeds,
        translate("MainWindow", "&Add feed…"),
        window.add_feed_requested.emit,
        QKeySequence.StandardKey.New,
    )
    window.edit_action = _action(
        window,
        feeds,
        translate("MainWindow", "&Edit feed…"),
        lambda: window._with_feed(window.edit_feed_requested),
    )
    window.toggle_action = _action(
        window,
        feeds,
        translate("MainWindow", "&Disable / enable feed"),
        lambda: window._with_feed(window.toggle_feed_requested),
    )
    window.remove_action = _action(
        window,
        feeds,
        translate("MainWindow", "&Remove feed"),
        lambda: window._with_feed(window.remove_feed_requested),
    )
    _action(
        window, feeds, translate("MainWindow", "Poll this &feed now"), window._poll_selected_feed, "Shift+F5"
    )
    feeds.addSeparator()
    _action(window, feeds, translate("MainWindow", "&Import OPML…"), window.import_opml_requested.emit)
    _action(window, feeds, translate("MainWindow", "E&xport OPML…"), window.export_opml_requested.emit)

    items = bar.addMenu(translate("MainWindow", "&Items"))
    _action(window, items, translate("MainWindow", "&Next item"), lambda: window.step_item(1), "J")
    _action(window, items, translate("MainWindow", "&Previous item"), lambda: window.step_item(-1), "K")
    _action(window, items, translate("MainWindow", "Toggle &read"), window.toggle_read, "M")
    _action(window, items, translate("MainWindow", "&Open original"), window.detail.open_original, "Return")
    _action(window, items, translate("MainWindow", "Mark &all read"), window.mark_all_read, "Ctrl+Shift+R")
    # The item reports no fine: out of the register for good (undone from Fines → Corrections…).
    _action(window, items, translate("MainWindow", "Not a &fine"), lambda: _not_a_fine(window))
    # Single-letter shortcuts belong to the lists, not to the search box where they are letters.
    for action in items.actions():
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.table.addAction(action)

    view = bar.addMenu(translate("MainWindow", "&View"))
    _action(window, view, translate("MainWindow", "&News"), lambda: window.tabs.setCurrentIndex(0), "Ctrl+1")
    _action(
        window,
        view,
        translate("MainWindow", "&Fines register"),
        lambda: window.tabs.setCurrentIndex(1),
        "Ctrl+2",
    )
    _action(
        window, view, translate("MainWindow", "&Find"), window.focus_search, QKeySequence.StandardKey.Find
    )
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    _action(window, help_menu, translate("MainWindow", "&Keyboard shortcuts"), window._show_help)
    _action(window, help_menu, translate("MainWindow", "&About Regulatory Monitor"), window.show_about)


def _not_a_fine(window: MainWindow) -> None:
    item = window.current_item_id()
    if item is not None:
        window.fines.corrections.not_a_fine(item)


def name_window_controls(window: MainWindow) -> None:
    """What a screen reader says for each control (the visible text names the plain buttons)."""
    for widget, name, description in (
        (
            window.sources,
            translate("MainWindow", "Sources"),
            translate("MainWindow", "Saved views and feeds; choose one to list its items"),
        ),
        (
            window.search,
            translate("MainWindow", "Search"),
            translate("MainWindow", "Search titles and summaries"),
        ),
        (
            window.tag_filter,
            translate("MainWindow", "Topic"),
            translate("MainWindow", "Show only items with this topic"),
        ),
        (
            window.table,
            translate("MainWindow", "Items"),
            translate("MainWindow", "News items, newest first; Enter opens the original"),
        ),
        (
            window.detail.browser,
            translate("MainWindow", "Reading pane"),
            translate("MainWindow", "The selected item"),
        ),
        (
            window.tabs,
            translate("MainWindow", "Views"),
            translate("MainWindow", "News and the Fines register"),
        ),
        (window.count_label, translate("MainWindow", "Item count"), ""),
        (window.progress, translate("MainWindow", "Poll progress"), ""),
        (window.last_poll, translate("MainWindow", "Last poll"), ""),
        (window.next_poll, translate("MainWindow", "Next poll"), ""),
        (window.errors, translate("MainWindow", "Feed errors"), ""),
        # The register's controls (its module is the register's; the names are the window's).
        (window.fines.search, translate("MainWindow", "Search the register"), ""),
        (window.fines.status, translate("MainWindow", "Status of the decision"), ""),
        (
            window.fines.table,
            translate("MainWindow", "Decisions"),
            translate("MainWindow", "One row per decision"),
        ),
        (window.fines.sources_view, translate("MainWindow", "Sources of the decision"), ""),
        (window.fines.headline, translate("MainWindow", "Decision"), ""),
        (window.fines.totals_view, translate("MainWindow", "Totals by party"), ""),
        (window.fines.chart_measure, translate("MainWindow", "Chart measure"), ""),
        (window.fines.lower_tabs, translate("MainWindow", "Sources, totals and chart"), ""),
    ):
        widget.setAccessibleName(name)
        if description:
            widget.setAccessibleDescription(description)


def show_keys(window: MainWindow) -> None:
    window.banner.add(
        translate("MainWindow", "Keys"),
        translate(
            "MainWindow",
            "j/k or ↓/↑: next/previous · Space: page, then next · Enter: open · m: toggle read · "
            "F5: poll · Ctrl+F: search · Ctrl+1/2: News/Fines · F6: next pane · Tab: next control",
        ),
        None,
    )


def save_state(window: MainWindow) -> None:
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
    # A window never shown (started in the tray) keeps the user's panes as they were.
    splitter = (
        window._pending_splitter if window._pending_splitter is not None else window.splitter.saveState()
    )
    window.settings.setValue("window/splitter", splitter)
    window.settings.setValue("window/tab", window.tabs.currentIndex())
    window.fines.save_state(window.settings)
    window.settings.sync()
