"""A notification body reaches a markup-reading server escaped: a real dunst on a private D-Bus session.

dunst advertises `body-markup`, so a title like <a href="file:///etc/passwd"> would become a link it
offers to open. dbus-monitor shows what was really sent over the bus.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import ROOT

TOOLS = ("xvfb-run", "dbus-run-session", "dunst", "dbus-monitor")
pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

PROBE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from monitor.gui.notifications import DBusNotifications

sender = DBusNotifications("Regulatory Monitor", "regulatory-monitor", "regulatory-monitor")
markup = "body-markup" in sender.capabilities
print("markup" if markup else "plain", "available" if sender.available else "missing", flush=True)
sender.notify("Feed <b>& Co</b>", sys.argv[1])
QTimer.singleShot(2500, app.quit)
app.exec()
"""

SESSION = r"""
dunst >"$WORK/dunst.log" 2>&1 &
dbus-monitor "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
    >"$WORK/monitor.log" 2>&1 &
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true && break
  sleep 0.1
done
"$PYTHON" -c "$PROBE" "$BODY"
"""


@pytest.mark.parametrize(
    ("body", "sent"),
    [
        (
            '<a href="file:///etc/passwd">open me</a> & more',
            '&lt;a href="file:///etc/passwd"&gt;open me&lt;/a&gt; &amp; more',
        ),
        ("<img src='file:///etc/hosts'/>", "&lt;img src='file:///etc/hosts'/&gt;"),
        ("CNIL fines X €20,000,000 · <b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
    ],
)
def test_a_markup_server_gets_an_escaped_body(tmp_path: Path, body: str, sent: str) -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"missing in CI: {missing} (see .ci/debian-packages.txt)")
        pytest.skip(f"needs {', '.join(missing)}")
    env = {**os.environ, "WORK": str(tmp_path), "PYTHON": sys.executable, "PROBE": PROBE, "BODY": body}
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # our own session bus, never the developer's
    done = subprocess.run(
        ["xvfb-run", "-a", "dbus-run-session", "--", "sh", "-c", SESSION],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["markup", "available"], done.stdout + done.stderr[-2000:]
    calls = [c for c in (tmp_path / "monitor.log").read_text().split("method call")[1:] if "Notify" in c]
    assert len(calls) == 1, calls
    assert sent in calls[0], calls[0]
    assert "<a href" not in calls[0] and "<img" not in calls[0] and "<b>bold" not in calls[0]
    assert 'string "Feed <b>& Co</b>"' in calls[0]  # the summary is plain text by the spec: sent as is
