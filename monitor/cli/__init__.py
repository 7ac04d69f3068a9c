"""The `monitor` command: argument parsing and dispatch; each subject's commands live beside it."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from monitor import __version__
from monitor.cli import analysis_cmds, browse_cmds, poll_cmds
from monitor.cli.context import Context, UsageError
from monitor.cli.output import say
from monitor.config import ConfigError
from monitor.lock import AlreadyRunning
from monitor.store import StoreError
from monitor.store.errors import classify

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("files")
    group.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the SQLite database (default: in the user's data directory)",
    )
    group.add_argument(
        "--feeds",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the feeds file (default: feeds.yml in the user's config directory)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Regulatory Monitor: data-protection fines, biometrics and facial-recognition "
        "news from regulators' feeds. With no command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (poll_cmds, browse_cmds, analysis_cmds):
        module.register(commands, common)
    _register_optional(commands, common)
    return parser


def _register_optional(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    # The desktop and interoperability commands register themselves when their modules are present.
    from importlib import import_module

    for name in (
        "monitor.cli.gui_cmds",
        "monitor.cli.interop_cmds",
        "monitor.cli.feeds_cmds",
        "monitor.cli.watch_cmds",
        "monitor.cli.report_cmds",
        "monitor.cli.service_cmds",
    ):
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(commands, common)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    names = _command_names(parser)
    # `monitor --interval 5` means the window: its options are gui's, so no command means gui.
    if given and "gui" in names and not ({"-h", "--help", "--version"} | names) & set(given):
        argv = ["gui", *given]
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
    ctx = Context.from_args(args)
    try:
        result: int = args.handler(ctx, args)
        return result
    except ConfigError as exc:
        say(f"monitor: the feeds file has errors; nothing was polled.\n{exc}", sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        say(f"monitor: {exc}", sys.stderr)
        return EXIT_USAGE
    except AlreadyRunning as exc:
        say(f"monitor: {exc}", sys.stderr)
        return EXIT_FAIL
    except StoreError as exc:
        say(f"monitor: {exc}", sys.stderr)
        return exc.exit_status
    except sqlite3.Error as exc:
        # A failing environment (damaged page, full disk) met outside the store's own checks gets a
        # line like the others; anything classify() does not know is a bug and keeps its traceback.
        known = classify(exc, ctx.db_path, "reading the database")
        if known is None:
            raise
        say(f"monitor: {known}", sys.stderr)
        return known.exit_status
    except KeyboardInterrupt:
        print("monitor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
