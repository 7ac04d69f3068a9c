"""The real tray, end to end: Xvfb (platform xcb), a private D-Bus session, a StatusNotifierWatcher,
dunst drawing notifications and dbus-monitor watching the bus. A new fine must make exactly one
org.freedesktop.Notifications.Notify call that carries the fine. Without the watcher there is no tray:
the same fine must then be one Notify call straight to the notification server (no program needed:
the app speaks D-Bus itself), whose "Show" action opens the fine, and a banner."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
TOOLS = ("Xvfb", "dbus-run-session", "status-notifier-watcher", "dunst", "dbus-monitor", "dunstctl")

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

SESSION = r"""
if [ -z "$NO_TRAY" ]; then status-notifier-watcher >"$WORK/snw.log" 2>&1 & fi
dunst >"$WORK/dunst.log" 2>&1 &
dbus-monitor "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
    >"$WORK/monitor.log" 2>&1 &
owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true
}
for _ in $(seq 100); do
  { [ -n "$NO_TRAY" ] || owned org.kde.StatusNotifierWatcher; } \
    && owned org.freedesktop.Notifications && break
  sleep 0.1
done
"$PYTHON" "$PROBE" "$WORK" >"$WORK/probe.json"
code=$?
dunstctl count displayed >"$WORK/displayed.txt" 2>&1
exit $code
"""


@contextmanager
def xvfb(screen: str = "1280x800x24") -> Iterator[str]:
    """A private X server; its display name."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"missing in CI: {missing} (see .ci/debian-packages.txt)")
        pytest.skip(f"needs {', '.join(missing)}")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not report a display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def run_session(display: str, tmp_path: Path, no_tray: bool = False) -> tuple[dict[str, Any], list[str]]:
    """The probe in a private session; its JSON and the Notify calls dbus-monitor saw."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "WORK": str(tmp_path),
        "PYTHON": sys.executable,
        "PROBE": str(HERE / "tray_probe.py"),
        "PYTHONPATH": str(HERE.parent),  # the probe imports tests.support, as the tests do
        "QT_QPA_PLATFORM": "xcb",
        "NO_TRAY": "1" if no_tray else "",
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # our own session bus, never the developer's
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    probe: dict[str, Any] = json.loads((tmp_path / "probe.json").read_text())
    monitor = (tmp_path / "monitor.log").read_text()
    calls = monitor.split("method call")[1:]
    return probe, [c for c in calls if "member=Notify" in c]


def test_a_new_fine_is_one_desktop_notification_through_the_tray(display: str, tmp_path: Path) -> None:
    probe, notify = run_session(display, tmp_path)
    assert probe["tray"] is True and probe["tray_used"] is True and probe["polls"] == 3
    assert probe["banner"] == []
    fines = [c for c in notify if "Clearview AI" in c]
    assert len(fines) == 1, notify
    assert "CNIL fines Clearview AI €20,000,000 · facial recognition" in fines[0]
    assert len(notify) == 1  # nothing else was announced: the app is quiet
    assert (tmp_path / "displayed.txt").read_text().strip() == "1"  # dunst drew it


def test_without_a_tray_a_new_fine_is_one_dbus_notification_and_a_banner(
    display: str, tmp_path: Path
) -> None:
    probe, notify = run_session(display, tmp_path, no_tray=True)
    assert probe["tray"] is False and probe["tray_used"] is False and probe["polls"] == 3
    assert probe["desktop_sent"] == 1
    assert len(notify) == 1, notify  # Notify with the types the spec wants, or dunst would refuse it
    assert "CNIL fines Clearview AI €20,000,000 · facial recognition" in notify[0]
    assert "uint32 0" in notify[0]
    assert 'string "default"' in notify[0] and 'string "Show"' in notify[0]  # one action: show the fine
    assert 'string "desktop-entry"' in notify[0] and "org.regulatorymonitor.RegulatoryMonitor" in notify[0]
    # Clicking the notification opened the fine in the register.
    assert len(probe["clicked"]) == 1 and isinstance(probe["clicked"][0], int) and probe["tab"] == 1
    banner = probe["banner"]
    assert banner[0].startswith("The desktop has no system tray: alerts will appear as desktop notifications")
    assert sum("Clearview AI" in m for m in banner) == 1
    assert (tmp_path / "displayed.txt").read_text().strip() == "1"  # dunst drew it


@pytest.mark.parametrize(
    ("screen", "saved_size"), [("1280x800x24", (1200, 740)), ("2560x1600x24", (2400, 1500))]
)
def test_a_window_saved_at_scale_1_is_restored_within_the_screen_at_scale_2(
    tmp_path: Path, screen: str, saved_size: tuple[int, int]
) -> None:
    def probe(display: str, work: Path, step: str, scale: str) -> dict[str, Any]:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale}
        env["PYTHONPATH"] = str(HERE.parent)  # the probe imports tests.gui_support, as the tests do
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        done = subprocess.run(
            [sys.executable, str(HERE / "geometry_probe.py"), str(work), step, *map(str, saved_size)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    def within(result: dict[str, Any]) -> bool:
        x, y, width, height = result["window"]
        sx, sy, swidth, sheight = result["screen"]
        return sx <= x and sy <= y and x + width <= sx + swidth and y + height <= sy + sheight

    width, height = (int(n) for n in screen.split("x")[:2])
    with xvfb(screen) as display:
        saved = probe(display, tmp_path / "a", "save", "1")
        assert saved["window"][2:] == list(saved_size) and saved["screen"][2:] == [width, height]
        restored = probe(display, tmp_path / "a", "restore", "2")
        fresh = probe(display, tmp_path / "b", "restore", "2")  # nothing saved: the default size
    assert restored["screen"][2:] == [width // 2, height // 2]  # logical pixels at scale 2
    assert within(restored), restored  # the saved size was twice too large
    assert within(fresh), fresh
