"""The Qt binding installed keeps Python's reference counts: a binding that drops references to
None or True aborts the app ("Fatal Python error: none_dealloc") after some thousands of calls,
that is after a few polls of a real feed list. Run in a child process, since it aborts."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()


class Emitter(QObject):
    flag = Signal(bool)


emitter = Emitter()
emitter.flag.connect(lambda value: None)
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(200):
    label.setText("x")  # returns nothing: None
    emitter.flag.emit(True)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_qt_calls_and_bool_signals_keep_reference_counts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    none_lost, true_lost = (int(n) for n in done.stdout.split())
    # A few references may come and go with the interpreter's own work; a leak of one per call
    # would show as -200.
    assert none_lost > -50 and true_lost > -50, done.stdout
