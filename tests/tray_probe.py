"""Run by test_gui_tray_xvfb inside Xvfb and a D-Bus session: the real app, a real tray, one new fine.

Prints one line of JSON: whether the tray was available, which alerts were shown through it, what the
banner said and how many desktop notifications went over D-Bus without a tray.
Usage: python tray_probe.py WORKDIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from monitor.config import load_feeds
from monitor.gui.app import DesktopApp
from tests.gui_support import COOKIES, FINE, serve_news, write_feeds
from tests.support.feedserver import FeedServer, rss


def main() -> int:
    work = Path(sys.argv[1])
    os.environ["MONITOR_DATA_DIR"] = str(work / "data")
    os.environ["MONITOR_CONFIG_DIR"] = str(work / "config")
    qt = QApplication([sys.argv[0]])
    qt.setQuitOnLastWindowClosed(False)
    out: dict[str, object] = {"tray": QSystemTrayIcon.isSystemTrayAvailable()}
    with FeedServer() as server:
        feeds = write_feeds(work / "feeds.yml", serve_news(server, [COOKIES]))
        app = DesktopApp(work / "m.sqlite", feeds, load_feeds(feeds), interval=3600)
        polls: list[int] = []
        clicked: list[object] = []
        if app.desktop_notifications is not None:
            app.desktop_notifications.action_invoked.connect(clicked.append)

        def finished(_report: object) -> None:
            polls.append(1)
            if len(polls) == 1:
                server.add("/cnil.xml", rss([FINE, COOKIES], title="CNIL actualités", language="fr"))
                app.controller.poll_now(None, force=True)
            elif len(polls) == 2:
                # One more poll of the same feeds: it must not notify again.
                app.controller.poll_now(None, force=True)
            elif app.desktop_notifications is not None and app.desktop_notifications.available:
                # The user clicks the notification: dunst invokes its default action over D-Bus.
                subprocess.run(["dunstctl", "action", "0"], check=False, timeout=10)
                QTimer.singleShot(2000, app.quit)
            else:
                QTimer.singleShot(1500, app.quit)

        app.poll_finished.connect(finished)
        app.start(poll=True)
        QTimer.singleShot(60_000, app.quit)  # a stuck session must end
        qt.exec()
        notifier = app.notifier
        shown = getattr(notifier, "shown", [])
        out.update(
            tray_used=app.tray.icon is not None,
            shown=[a["title"] for a in shown],
            polls=len(polls),
            banner=app.window.banner.messages,
            desktop_sent=getattr(notifier, "desktop_sent", 0),
            clicked=clicked,
            tab=app.window.tabs.currentIndex(),
        )
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
