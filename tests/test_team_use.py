"""A team on one register: the systemd unit, the Atom feed and weekly report after each poll, Datasette."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest

from monitor import settings
from monitor.cli import main
from monitor.paths import resource_path
from monitor.service import UNIT_NAME, exec_argument, poll_command, unit_text
from monitor.store import Store
from monitor.team_outputs import LAST_REPORT, after_poll
from tests.report_support import polled_register
from tests.support.feedserver import FeedServer


@pytest.fixture
def register(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    found = polled_register(feed_server, tmp_path / "machine")
    capsys.readouterr()
    return found


# -- the systemd user service ----------------------------------------------------------------------


def _verify(unit: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian package systemd, see .ci/debian-packages.txt)")
    return subprocess.run(
        ["systemd-analyze", "verify", str(unit)], check=False, capture_output=True, text=True
    )


def test_the_unit_quotes_paths_with_spaces_percent_and_dollar_as_systemd_reads_them(tmp_path: Path) -> None:
    # An interpreter in a folder with a space: systemd must find it, so the quoting is checked by
    # systemd itself (verify fails on a command that is not executable).
    venv = tmp_path / "team venv 50%" / "bin"
    venv.mkdir(parents=True)
    python = venv / "python"
    python.symlink_to(sys.executable)
    command = [
        str(python),
        *poll_command(tmp_path / "my $HOME" / "monitor.sqlite", tmp_path / "feeds.yml")[1:],
    ]
    unit = tmp_path / UNIT_NAME
    unit.write_text(unit_text(command), encoding="utf-8")
    result = _verify(unit)
    assert result.returncode == 0, result.stderr
    line = next(x for x in unit.read_text().splitlines() if x.startswith("ExecStart="))
    assert line.startswith(f'ExecStart="{str(python).replace("%", "%%")}" -m monitor --db ')
    assert '"' + str(tmp_path / "my $$HOME" / "monitor.sqlite") + '"' in line
    assert line.endswith("poll --every --quiet")
    # The same unit with the path left unquoted is refused: the check above can fail.
    unit.write_text(unit.read_text().replace(f'"{str(python).replace("%", "%%")}"', str(python)))
    assert _verify(unit).returncode != 0


def test_exec_arguments_escape_quotes_and_backslashes() -> None:
    assert exec_argument("plain") == "plain"
    assert exec_argument('a "b"\\c') == '"a \\"b\\"\\\\c"'
    assert exec_argument("") == '""'


def test_install_service_writes_the_unit_with_this_machine_s_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shared dir" / "monitor.sqlite"
    assert main(["--db", str(db), "install-service", "--every", "30m"]) == 0
    out = capsys.readouterr().out
    unit = Path(out.split("installed ", 1)[1].split("\n", 1)[0])
    assert unit.name == UNIT_NAME and unit.parent.name == "user" and unit.parent.parent.name == "systemd"
    text = unit.read_text()
    assert f'--db "{db}"' in text and "--every 30m" in text and sys.executable in text
    assert "systemctl --user enable --now" in out
    assert main(["install-service", "--every", "soon"]) == 2


# -- after every poll ------------------------------------------------------------------------------


def test_each_poll_writes_the_data_protection_atom_feed_where_the_setting_says(
    register: tuple[Path, Path], tmp_path: Path
) -> None:
    db, feeds = register
    atom = tmp_path / "published" / "fines.atom"
    store = Store(db)
    settings.put(store, "atom_path", str(atom))
    store.close()
    assert main(["--db", str(db), "--feeds", str(feeds), "poll", "--quiet"]) == 0
    parsed = feedparser.parse(atom.read_bytes())
    assert not parsed.bozo
    titles = " ".join(e.title for e in parsed.entries)
    assert "Acme Robotics" in titles and "Brightside" in titles
    assert "Widget" not in titles  # the FTC's decision is not data protection


def test_the_weekly_report_is_written_once_a_week_and_the_time_recorded(
    register: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = register
    folder = tmp_path / "reports"
    store = Store(db)
    try:
        settings.put(store, "report_folder", str(folder))
        first = after_poll(store, now="2026-12-02T09:00:00Z")
        assert [p.name for p in first.written] == ["fines-report-2026-12-02.html"] and not first.problems
        assert settings.get(store, LAST_REPORT) == "2026-12-02T09:00:00Z"
        assert after_poll(store, now="2026-12-08T09:00:00Z").written == []  # six days: not yet
        again = after_poll(store, now="2026-12-09T09:00:00Z")
        assert [p.name for p in again.written] == ["fines-report-2026-12-09.html"]
    finally:
        store.close()
    html = (folder / "fines-report-2026-12-09.html").read_text(encoding="utf-8")
    assert "2026-12-02 09:00 to 2026-12-09" in html


def test_an_unwritable_report_folder_is_reported_and_tried_again(
    register: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = register
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    store = Store(db)
    try:
        settings.put(store, "report_folder", str(blocker))
        result = after_poll(store, now="2026-12-02T09:00:00Z")
        assert result.written == [] and "could not write the weekly report" in result.problems[0]
        assert settings.get(store, LAST_REPORT) == ""  # not recorded: the next poll tries again
    finally:
        store.close()


# -- Datasette over the polled database ------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def datasette(register: tuple[Path, Path]) -> Iterator[str]:
    executable = Path(sys.executable).parent / "datasette"
    if not executable.exists():
        pytest.skip("datasette is not installed: pip install -e '.[test]'")
    db, _ = register
    port = _free_port()
    metadata = resource_path("datasette-metadata.yml")
    server = subprocess.Popen(
        [str(executable), "serve", str(db), "-m", str(metadata), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        server.stderr.read().decode() if server.stderr else "no start"
                    ) from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr is not None:
            server.stderr.close()


def _rows(url: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(url, timeout=10) as response:
        data: list[dict[str, Any]] = json.loads(response.read())
    return data


def test_datasette_serves_the_register_totals_and_a_search_through_its_json_api(datasette: str) -> None:
    register = _rows(f"{datasette}/monitor/fines_register.json?_shape=array")
    parties = {row["target"] for row in register}
    assert {"Acme Robotics", "Brightside", "Old"} <= parties
    acme = next(r for r in register if r["target"] == "Acme Robotics")
    assert acme["amount_eur"] == 3_000_000 and acme["first_source"] == "https://garante.example/acme"
    totals = _rows(f"{datasette}/monitor/totals_by_party.json?_shape=array")
    assert totals[0]["party"] == "Brightside" and totals[0]["decisions"] == 1
    found = _rows(f"{datasette}/monitor/search.json?_shape=array&q=" + urllib.parse.quote("robotics"))
    assert [r["link"] for r in found] == ["https://garante.example/acme"]
    # The table's own full-text search (fts_table in the metadata) answers too.
    items = _rows(f"{datasette}/monitor/items.json?_shape=array&_search=brightside")
    assert [r["link"] for r in items] == ["https://news.example/brightside"]
