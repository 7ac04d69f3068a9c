"""`monitor gui` (also `monitor` alone): the desktop window, tray icon and notifications."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from monitor.cli.context import Context, UsageError


def _seconds(value: str) -> int:
    try:
        seconds = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--interval takes whole seconds, not {value!r}") from None
    if seconds < 1:
        raise argparse.ArgumentTypeError("--interval must be at least 1 second")
    return seconds


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    gui: argparse.ArgumentParser = commands.add_parser(
        "gui",
        parents=[common],
        help="open the window (the default with no command)",
        description="Open the desktop window; it polls on schedule and notifies new fines from the tray.",
        epilog="examples:\n  monitor\n  monitor gui --interval 60 --db demo.sqlite\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    gui.add_argument(
        "--interval",
        type=_seconds,
        metavar="SECONDS",
        help="poll every SECONDS instead of the configured interval (demos and tests)",
    )
    gui.add_argument("--minimized", action="store_true", help="start in the tray, without the window")
    gui.add_argument(
        "url",
        nargs="?",
        metavar="URL",
        help="a feed to add (feed:, feed://, feed:https://… or http(s)://, as a browser's subscribe link "
        "passes it): the add dialog opens filled in, in the running window if there is one",
    )
    gui.set_defaults(handler=run_gui)


def run_gui(ctx: Context, args: argparse.Namespace) -> int:
    try:
        from monitor.gui.app import run
    except ImportError as exc:  # Qt missing or its system libraries absent
        raise UsageError(f"the desktop window needs Qt (PySide6), which could not load: {exc}") from exc
    from monitor.desktop import feed_url

    url = None
    if args.url is not None:
        url = feed_url(args.url)
        if url is None:
            raise UsageError(f"not a feed link: {args.url!r} (expected feed:, feed:// or an http(s) URL)")
    feeds = ctx.load_feeds()
    return run(
        ctx.db_path,
        ctx.feeds_path,
        feeds,
        interval=args.interval,
        minimized=True if args.minimized else None,
        argv=sys.argv[:1],
        url=url,
    )


def main() -> int:
    """The `regulatory-monitor` gui-script (desktop entries, file managers): `monitor gui` and its options."""
    from monitor.cli import main as cli_main

    return int(cli_main(["gui", *sys.argv[1:]]) or 0)
