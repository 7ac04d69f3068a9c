"""Starts the real desktop app (offscreen) on a database and reports when the items table shows rows.

python -m benchmarks.gui_probe DB [WORD ...] — prints, each on its own line as it happens:
"populated ROWS" once the window is shown with the items table filled and painted,
"search WORD MS ROWS" per word through the window's own search path (filter, count, first page, paint),
"counted WORD MS ROWS" when the status line has that search's exact count (counted off the GUI thread
for a result of more than a page; the same moment as "search" for a smaller one),
"hwm KB" the process's peak resident memory (VmHWM). The parent times the lines as they arrive.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _vm(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def main() -> int:
    db = Path(sys.argv[1])
    words = sys.argv[2:]
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from monitor.gui.app import DesktopApp
    from monitor.models import FeedConfig
    from monitor.store import Store

    store = Store(db, readonly=True)
    feeds = [
        FeedConfig(name=r[0], url=r[1], kind=r[2], language=r[3], authority=r[4])
        for r in store.conn.execute(
            "SELECT name, url, kind, language, authority FROM feeds WHERE enabled = 1"
        )
    ]
    store.close()
    app = QApplication.instance() or QApplication(["monitor"])
    desktop = DesktopApp(db, db.with_suffix(".yml"), feeds)
    desktop.start(minimized=False, poll=False)
    window = desktop.window
    app.processEvents()
    table = window.table
    rows = window.model.rowCount()
    first = table.indexAt(table.viewport().rect().topLeft())
    shown = window.model.data(window.model.index(0, 2)) if rows else None
    if rows and first.isValid() and shown:
        table.viewport().repaint()
        print(f"populated {rows}", flush=True)
    else:
        print(f"empty {rows}", flush=True)
    for word in words:
        started = time.perf_counter()
        window.search.setText(word)
        window.apply_filter()
        table.viewport().repaint()
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        print(f"search {word} {elapsed:.2f} {window.model.rowCount()}", flush=True)
        while window.model.totals is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        elapsed = (time.perf_counter() - started) * 1000
        print(f"counted {word} {elapsed:.2f} {window.model.rowCount()}", flush=True)
    window.search.setText("")
    window.apply_filter()
    app.processEvents()
    print(f"hwm {_vm('VmHWM')}", flush=True)
    desktop.controller.stop()
    # Measured and reported: skip interpreter teardown, where PySide's object graph can crash.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
