"""`monitor watch`: list, add and remove the user's own watch phrases (watchlist.yml, comments kept)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor.cli.context import Context, UsageError, subcommand

_AFTER = "stored items are read again with `monitor reanalyze`"


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    watch = subcommand(
        commands,
        common,
        "watch",
        "list your own watch phrases and topics (watchlist.yml in the config folder)",
        "  monitor watch\n"
        "  monitor watch add 'Worldcoin'\n"
        "  monitor watch add 'smart meter*' --tag smart_meters\n",
    )
    watch.set_defaults(handler=run_list)
    actions = watch.add_subparsers(dest="watch_action", metavar="ACTION")
    for name, verb, handler in (
        (
            "add",
            "add a watch phrase (with --tag, to one of your topics); the file keeps its comments",
            run_add,
        ),
        ("remove", "remove a watch phrase (with --tag, from one of your topics)", run_remove),
    ):
        parser = subcommand(
            actions, common, name, verb, f"  monitor watch {name} 'loyalty card*'\n"
            f"  monitor watch {name} 'smart meter*' --tag smart_meters\n",
        )  # fmt: skip
        parser.add_argument("phrase", metavar="PHRASE", help="words to watch; a final * lets a word continue")
        parser.add_argument("--tag", metavar="TOPIC", help="one of your topics (created when new)")
        parser.set_defaults(handler=handler)


def _path() -> Any:
    from monitor.analysis.rules import user_watchlist_path

    return user_watchlist_path()


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.cli.output import print_table
    from monitor.watchlist_file import WatchlistError, list_phrases

    try:
        rows = [(tag or "(any)", phrase) for tag, phrase in list_phrases(_path())]
    except WatchlistError as exc:
        raise UsageError(str(exc)) from exc
    if not rows:
        print(f"no watch phrases of your own in {_path()}; add one with `monitor watch add PHRASE`")
        return 0
    print_table(("topic", "phrase"), rows, flexible=(1,))
    return 0


def _edit(change: Callable[[Path, str, str | None], bool], args: argparse.Namespace) -> bool:
    """One change to the watch list file; what it refuses is the user's to fix."""
    from monitor.watchlist_file import WatchlistError

    try:
        return change(_path(), args.phrase, args.tag)
    except WatchlistError as exc:
        raise UsageError(str(exc)) from exc


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.watchlist_file import add_phrase

    added = _edit(add_phrase, args)
    print(f"{'added' if added else 'already watched:'} {args.phrase!r} in {_path()}; {_AFTER}")
    return 0


def run_remove(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.watchlist_file import remove_phrase

    removed = _edit(remove_phrase, args)
    if not removed:
        raise UsageError(f"{args.phrase!r} is not in {_path()} (`monitor watch` lists them)")
    print(f"removed {args.phrase!r} from {_path()}; {_AFTER}")
    return 0
