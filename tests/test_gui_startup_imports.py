"""Opening the window loads neither the poll's machinery nor the analysis: they come with the
first poll (the worker imports the poller), so the window is shown sooner (issue #17; times are
in benchmarks/, this pins the behaviour)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from monitor.store import Store

HEAVY = (
    "monitor.poller",
    "monitor.fetch",
    "monitor.parse",
    "monitor.analysis",
    "monitor.discovery",
    "feedparser",
)

PROBE = """
import json, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from monitor.gui.app import DesktopApp
app = QApplication(["monitor"])
db = Path(sys.argv[1])
desktop = DesktopApp(db, db.with_suffix(".yml"), [])
desktop.start(minimized=False, poll=False)
app.processEvents()
print(json.dumps({"shown": desktop.window.isVisible(), "modules": sorted(sys.modules)}), flush=True)
desktop.controller.stop()
os._exit(0)
"""


def test_the_window_opens_without_the_poller_or_the_analysis(tmp_path: Path) -> None:
    db = tmp_path / "monitor.sqlite"
    Store(db).close()  # a database of earlier runs (creating one migrates, with the analysis)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MONITOR_CONFIG_DIR": str(tmp_path),
        "MONITOR_DATA_DIR": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["shown"]
    loaded = [m for m in report["modules"] if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == []
