"""One app per database: a second start brings the first window forward over a local socket and exits;
the OS file lock stays the guard, so a killed instance (and the socket it leaves) never blocks a start."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gui_support import COOKIES, QT_LOG_IGNORE, RecordingNotifier, desktop_app, serve_news, write_feeds
from pytestqt.qtbot import QtBot

from monitor.gui.instance import ActivationServer, socket_path
from monitor.holders import decode_record
from monitor.lock import InstanceLock
from tests.support.feedserver import FeedServer

pytestmark = pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)
ROOT = Path(__file__).resolve().parent.parent


ASK = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "from monitor.gui.instance import request_activation; app = QCoreApplication([]); "
    "sys.exit(0 if request_activation(Path(sys.argv[1])) else 3)"
)


def ask(qtbot: QtBot, db: Path) -> bool:
    """The second instance's side, in a process of its own as in real use: its blocking waits hold
    the GIL, so on a thread of this process they would starve the server they are waiting for."""
    asker = subprocess.Popen([sys.executable, "-c", ASK, str(db)], cwd=ROOT)
    try:
        qtbot.waitUntil(lambda: asker.poll() is not None, timeout=30_000)
    finally:
        if asker.poll() is None:
            asker.kill()
        asker.wait()
    return asker.returncode == 0


def test_an_activation_request_shows_and_raises_the_hidden_window(
    qtbot: QtBot, tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = write_feeds(tmp_path / "feeds.yml", serve_news(feed_server, [COOKIES]))
    db = tmp_path / "m.sqlite"
    with desktop_app(qtbot, db, feeds, RecordingNotifier()) as app:
        app.start(poll=False)
        app.window.hide()  # as when the app lives in the tray
        channel = ActivationServer(db, app.window.bring_forward, app)
        assert channel.listen()
        assert ask(qtbot, db)
        qtbot.waitUntil(app.window.isVisible, timeout=5000)
        assert channel.requests == 1
        app.window.showMinimized()
        assert ask(qtbot, db)
        qtbot.waitUntil(lambda: app.window.isVisible() and not app.window.isMinimized(), timeout=5000)
        channel.close()


def test_a_socket_left_by_a_killed_instance_does_not_stop_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    stale = socket_path(db)
    # What a SIGKILLed app leaves: a socket file with nobody listening behind it.
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(stale)
    leftover.close()
    assert Path(stale).exists()
    shown: list[int] = []
    with InstanceLock(db):
        channel = ActivationServer(db, lambda: shown.append(1))
        assert channel.listen()
        assert ask(qtbot, db)
        qtbot.waitUntil(lambda: shown == [1], timeout=5000)
        channel.close()


def test_sockets_are_per_database_and_in_the_runtime_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    one, two = socket_path(tmp_path / "a.sqlite"), socket_path(tmp_path / "b.sqlite")
    assert one != two and Path(one).parent == tmp_path
    assert socket_path(tmp_path / "x" / ".." / "a.sqlite") == one  # one database, one name


def _holder_pid(lock_file: Path) -> int | None:
    holder = decode_record(lock_file.read_bytes())
    return holder.pid if holder else None


class Gui:
    """`monitor gui` as a user starts it, offscreen, on one database and a feeds file served locally."""

    def __init__(self, tmp_path: Path, server: FeedServer) -> None:
        self.db = tmp_path / "m.sqlite"
        feeds = write_feeds(tmp_path / "feeds.yml", serve_news(server, [COOKIES]))
        self.command = [sys.executable, "-m", "monitor", "gui", "--db", str(self.db), "--feeds", str(feeds)]
        self.command += ["--interval", "3600"]
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def start(self) -> subprocess.Popen[str]:
        quiet = subprocess.DEVNULL
        return subprocess.Popen(self.command, env=self.env, cwd=ROOT, text=True, stdout=quiet, stderr=quiet)

    def run(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command, env=self.env, cwd=ROOT, text=True, capture_output=True, timeout=60, check=False
        )


@pytest.mark.slow
def test_a_second_monitor_gui_brings_the_first_forward_and_exits(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    gui = Gui(tmp_path, feed_server)
    first = gui.start()
    try:
        lock_file = gui.db.with_name(gui.db.name + ".lock")
        deadline = time.monotonic() + 60
        # The lock file names its holder once the first has the lock: only then is it "running".
        while not (lock_file.exists() and _holder_pid(lock_file) == first.pid):
            assert first.poll() is None, "the first instance ended"
            assert time.monotonic() < deadline, "the first instance never took the lock"
            time.sleep(0.05)
        second = gui.run()
        err = second.stderr
        assert second.returncode == 0, err
        assert "already running" in err and f"process {first.pid}" in err
        assert "the window" in err  # what holds the database, not only a number
        assert "brought forward" in err
        assert first.poll() is None  # the first keeps running
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    # Killed without any clean-up: the lock died with it and the next start may take it.
    with InstanceLock(gui.db):
        pass


@pytest.mark.slow
def test_a_second_start_that_cannot_reach_the_first_says_so_and_fails(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    gui = Gui(tmp_path, feed_server)
    # `monitor poll --every` holds the lock the same way, with no window to bring forward.
    with InstanceLock(gui.db):
        second = gui.run()
    err = second.stderr
    assert second.returncode == 1, err
    assert "already running on" in err and f"process {os.getpid()}" in err
