"""`monitor install-service`: `monitor poll --every` as a systemd user service (monitor/service.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from monitor.cli.context import Context, UsageError, subcommand
from monitor.config_values import parse_interval
from monitor.service import UNIT_NAME, install_unit, poll_command, unit_text


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    service = subcommand(
        commands,
        common,
        "install-service",
        "install `monitor poll --every` as a systemd user service, with this machine's paths",
        "  monitor install-service && systemctl --user enable --now " + UNIT_NAME + "\n"
        "  monitor install-service --every 30m --db /srv/team/monitor.sqlite\n"
        "  monitor install-service --print > " + UNIT_NAME + "\n",
    )
    service.add_argument(
        "--every", metavar="DURATION", help="poll interval (default: the poll_interval setting)"
    )
    service.add_argument("--print", action="store_true", help="print the unit instead of installing it")
    service.add_argument("--output", metavar="FILE", help="write the unit to FILE")
    service.set_defaults(handler=run_install_service)


def run_install_service(ctx: Context, args: argparse.Namespace) -> int:
    if args.every:
        try:
            parse_interval(args.every)
        except ValueError as exc:
            raise UsageError(f"--every: {exc}") from None
    # Absolute paths: the service runs from another directory and environment than this shell.
    text = unit_text(poll_command(ctx.db_path.resolve(), ctx.feeds_path.resolve(), args.every))
    if args.print:
        sys.stdout.write(text)
        return 0
    path = install_unit(text, Path(args.output).expanduser() if args.output else None)
    print(f"installed {path}")
    if not args.output:
        print(
            "start it now and at every login:\n"
            "  systemctl --user daemon-reload\n"
            f"  systemctl --user enable --now {UNIT_NAME}\n"
            "keep it running while you are logged out:  loginctl enable-linger\n"
            f"its output:  journalctl --user -u {UNIT_NAME}"
        )
    return 0
