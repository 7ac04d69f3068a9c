"""`monitor poll --every` as a systemd user service: the unit file, written with this machine's paths.

One machine of a team polls; the rest read what it writes (Datasette, the Atom feed, the weekly
report). A user service needs no root, starts at login (or at boot with `loginctl enable-linger`),
and is stopped with SIGTERM, which the poller turns into a clean stop between feeds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs.unix import Unix

UNIT_NAME = "regulatory-monitor-poll.service"


def exec_argument(argument: str) -> str:
    """One ExecStart argument per systemd.service(5) ("Command lines"): quoted when it must be.

    systemd splits at whitespace, reads double quotes and C-style backslash escapes, expands
    `%` specifiers and `$VARIABLES`: a literal % is %%, a literal $ is $$, a backslash or a quote
    is escaped inside the quotes.
    """
    text = argument.replace("%", "%%").replace("$", "$$")
    if text and not any(c.isspace() or c in "\"'\\;" for c in text):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def poll_command(db_path: Path, feeds_path: Path, every: str | None = None) -> list[str]:
    """This interpreter running the package: a venv install works without activating it."""
    command = [sys.executable, "-m", "monitor", "--db", str(db_path), "--feeds", str(feeds_path), "poll"]
    return [*command, "--every", *([every] if every else []), "--quiet"]


def unit_text(command: list[str]) -> str:
    exec_start = " ".join(exec_argument(part) for part in command)
    return (
        "# Written by `monitor install-service`; run it again after moving the database or the venv.\n"
        "[Unit]\n"
        "Description=Regulatory Monitor: poll regulators' feeds and file fines in the register\n"
        "Documentation=man:systemd.service(5)\n"
        "\n"
        "[Service]\n"
        "Type=exec\n"
        f"ExecStart={exec_start}\n"
        # Status 1 is a held lock (the window polls this database): restarting would not help.
        "Restart=on-failure\n"
        "RestartSec=60\n"
        "RestartPreventExitStatus=1 2\n"
        # SIGTERM stops between feeds (cli/signals.py); what was polled is saved.
        "KillSignal=SIGTERM\n"
        "TimeoutStopSec=60\n"
        "Environment=PYTHONUNBUFFERED=1 QT_QPA_PLATFORM=offscreen\n"
        "Nice=10\n"
        "\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def unit_path() -> Path:
    return Unix().user_config_path / "systemd" / "user" / UNIT_NAME


def install_unit(text: str, path: Path | None = None) -> Path:
    target = path or unit_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
