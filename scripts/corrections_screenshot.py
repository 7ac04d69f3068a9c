"""Screenshots of correcting the register, for the README: the Edit dialog over a decision, and
the register with the corrected values marked. Feeds served locally with invented reports
(tests/corrections_support.py), a real X window, grabWindow.

Run under an X server:  xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.corrections_screenshot
Writes docs/screenshots/fines-correction-dialog.png and fines-corrected.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from monitor.config import load_feeds
from monitor.gui.app import DesktopApp
from tests.corrections_support import ACME_1, Register
from tests.support.feedserver import FeedServer

ROOT = Path(__file__).resolve().parent.parent
# A real X window (under xvfb-run), not the offscreen platform the tests use.
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="monitor-shots-"))
    os.environ["MONITOR_DATA_DIR"] = str(work / "data")
    os.environ["MONITOR_CONFIG_DIR"] = str(work / "config")
    qt = QApplication([sys.argv[0]])
    qt.setApplicationName("Regulatory Monitor")
    with FeedServer() as server:
        register = Register(work / "m.sqlite", server)
        feeds = work / "feeds.yml"
        feeds.write_text(
            "feeds:\n" + "".join(f"  - {{name: {f.name}, url: '{f.url}'}}\n" for f in register.feeds),
            encoding="utf-8",
        )
        app = DesktopApp(register.db, feeds, load_feeds(feeds), interval=3600)
        app.window.resize(1200, 700)
        app.start(poll=False)
        window = app.window
        window.banner.dismiss()
        window.tabs.setCurrentIndex(1)
        fines = window.fines
        acme = register.event_of(ACME_1["link"])
        assert acme is not None
        fines.select_event(acme)
        dialog = fines.corrections.edit(acme)
        assert dialog is not None
        dialog.party.setText("Acme Vision Holding SAS")
        dialog.amount.setText("2.15 million")
        dialog.status.setCurrentIndex(dialog.status.findData("proposed"))
        dialog.note.setText("per the authority's own decision")
        for _ in range(20):
            qt.processEvents()
        screen = window.screen()
        screen.grabWindow(0).copy(window.frameGeometry()).save(str(out / "fines-correction-dialog.png"))
        dialog.accept()
        fines.select_event(acme)
        for _ in range(20):
            qt.processEvents()
        screen.grabWindow(window.winId()).save(str(out / "fines-corrected.png"))
        app.quit()
    print(f"wrote fines-correction-dialog.png and fines-corrected.png in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
