"""Alerts through the desktop: one notification per new fine, shown after a restart when missed, a
banner when there is no tray; closing to the tray; quitting in the middle of a poll."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from gui_support import (
    COOKIES,
    FINE,
    QT_LOG_IGNORE,
    RecordingNotifier,
    desktop_app,
    poll,
    serve_news,
    write_feeds,
)
from pytestqt.qtbot import QtBot

from monitor.config import load_feeds
from monitor.gui.app import NO_TRAY, DesktopApp
from monitor.gui.fines_model import EVENT_ID
from monitor.gui.tray import DesktopNotifier
from monitor.poller import Poller
from monitor.store import Store
from tests.support.feedserver import FeedServer, rss

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)


def publish_fine(server: FeedServer) -> None:
    server.add("/cnil.xml", rss([FINE, COOKIES], title="CNIL actualités", language="fr"))


def test_a_new_fine_reaches_the_notifier_exactly_once(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    db = tmp_path / "m.sqlite"
    notifier = RecordingNotifier()
    with desktop_app(qtbot, db, feeds, notifier) as app:
        app.start(poll=False)
        poll(qtbot, app)
        assert notifier.kinds("new_fine") == []  # the first poll is a backlog, and it had no fine
        publish_fine(feed_server)
        poll(qtbot, app)
        fines = notifier.kinds("new_fine")
        assert len(fines) == 1
        assert fines[0]["title"].startswith("CNIL fines Clearview AI €20,000,000")
        assert "facial recognition" in fines[0]["title"]
        poll(qtbot, app)  # the same article again: no second alert
        assert len(notifier.kinds("new_fine")) == 1
        assert app.tray.unread_fines == 0 or not app.tray.available
        assert "(1 unread decision)" in app.window.windowTitle()
    again = RecordingNotifier()
    with desktop_app(qtbot, db, feeds, again) as app:
        app.start(poll=False)
        assert again.alerts == []  # delivered before: never shown twice across a restart


def test_alerts_raised_while_the_app_was_closed_are_shown_at_start(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    db = tmp_path / "m.sqlite"
    poller = Poller(db, load_feeds(feeds), parse_workers=1)
    try:
        poller.poll(force=True)
        publish_fine(feed_server)
        report = poller.poll(force=True)
    finally:
        poller.close()
    assert len(report.alerts) == 1
    notifier = RecordingNotifier()
    with desktop_app(qtbot, db, feeds, notifier) as app:
        app.start(poll=False)
        assert [a["kind"] for a in notifier.alerts] == ["new_fine"]
        assert app.store.list_alerts(pending_only=True) == []


def test_without_a_tray_alerts_become_a_banner_that_opens_the_fine(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds) as app:
        assert not app.tray.available  # offscreen has no tray: this is the fallback path
        app.start(poll=False)
        assert app.window.banner.messages == [NO_TRAY]
        poll(qtbot, app)
        publish_fine(feed_server)
        poll(qtbot, app)
        banner = app.window.banner
        assert banner.isVisibleTo(app.window)
        assert any(m.startswith("CNIL fines Clearview AI €20,000,000") for m in banner.messages)
        assert app.store.list_alerts(pending_only=True) == []
        banner.show_button.click()
        assert app.window.tabs.currentIndex() == 1
        assert app.window.fines.table.currentIndex().data(EVENT_ID) == app.store.list_events()[0]["id"]


def test_without_a_tray_a_desktop_notification_and_the_banner_carry_each_alert_once(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    sent: list[tuple[str, str]] = []

    def desktop(title: str, body: str, _event_id: int | None) -> bool:
        sent.append((title, body))
        return True

    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds) as app:
        notifier = DesktopNotifier(app.tray, app.window.banner.add, desktop)
        app.notifier = notifier
        app.start(poll=False)
        poll(qtbot, app)
        publish_fine(feed_server)
        poll(qtbot, app)
        poll(qtbot, app)
        assert [t for t, _b in sent if "Clearview" in t] == [notifier.shown[0]["title"]]
        assert len(sent) == 1 and notifier.desktop_sent == 1
        assert sum("Clearview" in m for m in app.window.banner.messages) == 1  # and always the banner
    # The tray's absence was said at the first start; the next start does not say it again.
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds) as app:
        assert NO_TRAY not in app.window.banner.messages and not app.window.banner.isVisibleTo(app.window)


def test_closing_the_window_keeps_the_app_in_the_tray_and_quit_quits(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds) as app:
        app.start(poll=False)
        app.window.keep_in_tray = True  # as when the desktop has a tray
        app.window.close()
        assert not app.window.isVisible() and not app.quitting
        assert app.controller.poll_thread.isRunning()
        assert app.settings.value("told_tray", False, type=bool)  # said once, then remembered
        app.toggle_window()
        assert app.window.isVisible()
        app.tray.quit_action.trigger()
        assert app.quitting and app.controller.poll_thread.isFinished()


def test_closing_without_a_tray_quits(qtbot: QtBot, tmp_path: Path, feed_server: FeedServer) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds) as app:
        app.start(poll=False)
        app.window.close()
        assert app.quitting and app.controller.poll_thread.isFinished()


def test_quitting_during_a_poll_stops_it_with_nothing_half_written(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    release = threading.Event()

    def hang(request: BaseHTTPRequestHandler) -> None:
        release.wait(30)
        request.send_response(200)
        request.send_header("Content-Length", "0")
        request.end_headers()

    feed_server.add("/slow.xml", handler=hang)
    feeds = [*serve_news(feed_server, [FINE, COOKIES]), ("Slow", feed_server.url("/slow.xml"), "en")]
    feeds_file = write_feeds(tmp_path / "feeds.yml", feeds)
    db = tmp_path / "m.sqlite"
    with desktop_app(qtbot, db, feeds_file) as app:
        app.start(poll=False)
        # Not waitSignal on the worker: its timer would be stopped from the worker's thread.
        app.controller.poll_now(None, force=True)
        qtbot.waitUntil(lambda: feed_server.hits["/slow.xml"] >= 1, timeout=10_000)
        assert app.window.progress.isVisibleTo(app.window)
        timer = threading.Timer(1.0, release.set)
        timer.start()
        app.quit()
        timer.join()
        assert app.controller.poll_thread.isFinished()
    store = Store(db)
    try:
        assert store.integrity_ok()
        counts = {f["name"]: f["items"] for f in store.feeds_health()}
        assert counts["CNIL (FR)"] in (0, 2) and counts["World news"] in (0, 2)  # whole feeds or none
    finally:
        store.close()


def test_interval_option_and_the_gui_command_are_registered() -> None:
    from monitor.cli import build_parser

    args = build_parser().parse_args(["gui", "--interval", "5", "--db", "x.sqlite", "--minimized"])
    assert args.interval == 5 and args.db == "x.sqlite" and args.minimized
    with pytest.raises(SystemExit):
        build_parser().parse_args(["gui", "--interval", "0"])


def test_pending_alert_rules_from_settings_silence_small_fines(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    from monitor.alerts import AlertRules
    from monitor.gui.settings_dialog import DesktopSettings

    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    notifier = RecordingNotifier()
    with desktop_app(qtbot, tmp_path / "m.sqlite", feeds, notifier) as app:
        app.start(poll=False)
        app.apply_settings(DesktopSettings(interval=3600), AlertRules(min_amount_eur=50_000_000))
        poll(qtbot, app)
        publish_fine(feed_server)
        poll(qtbot, app)
        assert notifier.kinds("new_fine") == []
        assert isinstance(app, DesktopApp) and len(app.store.list_events()) == 1


def test_monitor_alone_with_window_options_means_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.cli import gui_cmds, main

    seen: list[tuple[int | None, bool]] = []

    def fake_run(ctx: object, args: object) -> int:
        seen.append((getattr(args, "interval", None), getattr(args, "minimized", False)))
        return 0

    monkeypatch.setattr(gui_cmds, "run_gui", fake_run)
    assert main(["--interval", "5", "--minimized"]) == 0
    assert main([]) == 0
    assert seen == [(5, True), (None, False)]


def test_settings_refuse_an_unknown_domain_and_keep_a_known_one(qtbot: QtBot) -> None:
    from monitor.alerts import AlertRules
    from monitor.gui.settings_dialog import DesktopSettings, SettingsDialog

    dialog = SettingsDialog(DesktopSettings(interval=900), AlertRules(domains=("competition",)))
    qtbot.addWidget(dialog)
    assert dialog.domains.text() == "competition"
    dialog.domains.setText("data-protection")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "unknown domain 'data-protection'; did you mean 'data_protection'?" in dialog.rule_problem.text()
    dialog.domains.setText("data_protection, consumer")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.rules().domains == ("data_protection", "consumer")
