"""The `monitor` command: argument parsing and dispatch; each subject's commands live beside it."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from importlib import import_module

from monitor import __version__
from monitor.cli.context import Context, UsageError
from monitor.cli.output import say
from monitor.config_values import ConfigError
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


# The modules that register commands, in the order `monitor --help` lists them. A module absent
# from an installation (a build without the desktop or interoperability parts) is skipped.
MODULES = (
    "poll_cmds",
    "browse_cmds",
    "analysis_cmds",
    "gui_cmds",
    "interop_cmds",
    "feeds_cmds",
    "watch_cmds",
    "corrections_cmds",
    "report_cmds",
    "service_cmds",
)
# The modules each command needs (its own, and those adding actions under it). A command imports
# only these, and each imports its heavy libraries in its handlers: `monitor items` starts without
# the poller, the analysis or feedparser. A command missing here still works: every module is
# imported for it, as for --help.
NEEDS: dict[str, tuple[str, ...]] = {
    "poll": ("poll_cmds",),
    "items": ("browse_cmds",),
    "feeds": ("browse_cmds", "feeds_cmds"),
    "fines": ("browse_cmds", "corrections_cmds"),
    "alerts": ("browse_cmds",),
    "analyze": ("analysis_cmds",),
    "reanalyze": ("analysis_cmds",),
    "gui": ("gui_cmds",),
    "export": ("browse_cmds", "interop_cmds"),
    "install-desktop": ("browse_cmds", "gui_cmds", "interop_cmds"),
    "watch": ("browse_cmds", "watch_cmds"),
    "report": ("browse_cmds", "report_cmds"),
    "install-service": ("browse_cmds", "service_cmds"),
}
_VALUED = {"--db", "--feeds"}  # the options before a command that take a value


def build_parser(modules: Sequence[str] = MODULES) -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Regulatory Monitor: data-protection fines, biometrics and facial-recognition "
        "news from regulators' feeds. With no command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        try:
            module = import_module(f"monitor.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"monitor.cli.{name}":
                raise
            continue
        module.register(commands, common)
    return parser


def modules_for(argv: Sequence[str]) -> Sequence[str]:
    """The command modules to import for these arguments: the named command's, else all of them."""
    args = iter(argv)
    for arg in args:
        if arg in _VALUED:
            next(args, None)
        elif not arg.startswith("-"):
            needed = set(NEEDS.get(arg, MODULES))
            return tuple(m for m in MODULES if m in needed)
    return MODULES


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(modules_for(given))
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
