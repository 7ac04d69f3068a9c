"""Run by test_gui_tray_xvfb under Xvfb: the real window saves its size at one scale factor and is
restored at another (QT_SCALE_FACTOR comes from the caller).

Prints one line of JSON: the window's geometry and the screen's available geometry, in logical pixels.
Usage: python geometry_probe.py WORKDIR save|restore WIDTH HEIGHT
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtWidgets import QApplication

from monitor.config import load_feeds
from monitor.gui.app import DesktopApp
from tests.gui_support import RecordingNotifier, write_feeds


def main() -> int:
    work, step = Path(sys.argv[1]), sys.argv[2]
    work.mkdir(parents=True, exist_ok=True)
    os.environ["MONITOR_DATA_DIR"] = str(work / "data")
    os.environ["MONITOR_CONFIG_DIR"] = str(work / "config")
    qt = QApplication([sys.argv[0]])
    feeds = write_feeds(work / "feeds.yml", [("A", "http://127.0.0.1:9/feed", "en")])
    app = DesktopApp(work / "m.sqlite", feeds, load_feeds(feeds), interval=3600, notifier=RecordingNotifier())
    window = app.window
    if step == "save":
        window.show()
        window.setGeometry(40, 40, int(sys.argv[3]), int(sys.argv[4]))  # nearly the whole screen at scale 1
    window.show()
    for _ in range(20):
        qt.processEvents()
    screen = window.screen().availableGeometry()
    frame = window.geometry()
    out = {
        "window": [frame.x(), frame.y(), frame.width(), frame.height()],
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
    }
    app.quit()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
