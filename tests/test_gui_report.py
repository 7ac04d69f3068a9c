"""File → Export report… and the Settings dialog's Team group, through the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from monitor import settings
from monitor.gui.report_dialog import ReportDialog, SharingGroup, export_report
from monitor.store import Store
from tests.gui_support import QT_LOG_IGNORE, desktop_app, poll
from tests.report_support import polled_register
from tests.support.feedserver import FeedServer

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


def test_the_file_menu_offers_the_report_and_writes_it_as_html_and_pdf(
    qtbot: QtBot, feed_server: FeedServer, tmp_path: Path
) -> None:
    db, feeds = polled_register(feed_server, tmp_path / "machine")
    with desktop_app(qtbot, db, feeds) as app:
        file_menu = app.window.menuBar().actions()[0].menu()
        assert "Export &report…" in [a.text() for a in file_menu.actions()]
        dialog = ReportDialog(app.window)
        qtbot.addWidget(dialog)
        assert not dialog.since.isEnabled()
        html = export_report(app.window, dialog, tmp_path / "out" / "week.html")
        assert html is not None and "Acme Robotics" in html.read_text(encoding="utf-8")
        dialog.period.setCurrentIndex(dialog.period.findData(0))
        assert dialog.since.isEnabled()
        dialog.since.setDate(dialog.since.date().fromString("2022-10-01", "yyyy-MM-dd"))
        assert dialog.since_day() == "2022-10-01"
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        pdf = export_report(app.window, dialog, tmp_path / "out" / "since-2022.pdf")
        assert pdf is not None and pdf.read_bytes().startswith(b"%PDF-")
        assert str(pdf) in app.window.statusBar().currentMessage()


def test_the_team_group_shows_and_saves_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "monitor.sqlite")
    try:
        settings.put(store, "report_format", "pdf")
        group = SharingGroup(store)
        qtbot.addWidget(group)
        assert group.report_format.currentData() == "pdf" and group.atom_path.text() == ""
        group.atom_path.setText(f"  {tmp_path / 'fines.atom'}  ")
        group.report_folder.setText(str(tmp_path / "reports"))
        group.save(store)
        assert settings.get(store, "atom_path") == str(tmp_path / "fines.atom")
        assert settings.get(store, "report_folder") == str(tmp_path / "reports")
        assert settings.get(store, "report_format") == "pdf"
    finally:
        store.close()


def test_the_window_s_poll_writes_the_atom_feed_and_the_weekly_pdf(
    qtbot: QtBot, feed_server: FeedServer, tmp_path: Path
) -> None:
    db, feeds = polled_register(feed_server, tmp_path / "machine")
    store = Store(db)
    settings.put(store, "atom_path", str(tmp_path / "www" / "fines.atom"))
    settings.put(store, "report_folder", str(tmp_path / "reports"))
    settings.put(store, "report_format", "pdf")
    store.close()
    with desktop_app(qtbot, db, feeds) as app:
        poll(qtbot, app)  # in the poll thread, as every scheduled poll
        (report,) = (tmp_path / "reports").glob("fines-report-*.pdf")
        assert report.read_bytes().startswith(b"%PDF-")
        assert b"Acme Robotics" in (tmp_path / "www" / "fines.atom").read_bytes()
        assert settings.get(app.store, "report_last_written")
