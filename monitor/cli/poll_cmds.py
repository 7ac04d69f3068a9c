"""`monitor poll`: one cycle (or a loop with --every), printed per feed, then the new alerts."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import Any, TextIO

from monitor import settings
from monitor.alerts import PrintNotifier, deliver_pending
from monitor.cli.context import Context, UsageError
from monitor.cli.output import TerminalText, say
from monitor.config import parse_interval
from monitor.escape import terminal
from monitor.lock import InstanceLock
from monitor.poller import FeedReport, Poller, PollReport
from monitor.schedule import DEFAULT_INTERVAL, parse_iso
from monitor.store import utc_now

EXAMPLES = """examples:
  monitor poll
  monitor poll --db work.sqlite --feeds my-feeds.yml
  monitor poll --every 15m      # keep polling, as the window does
"""


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "poll",
        parents=[common],
        help="poll the feeds once (or every N minutes with --every)",
        description="Poll every enabled feed, store new items, file fines, print new alerts.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--every",
        metavar="DURATION",
        nargs="?",
        const="",
        help="keep running: poll due feeds on their schedule, this being the default interval (e.g. 15m, 1h);"
        " with no duration, the interval set in the window (poll_interval)",
    )
    parser.add_argument("--feed", action="append", metavar="NAME", help="poll only this feed (repeatable)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the total and alerts")
    parser.set_defaults(handler=run_poll)


class Progress:
    """One self-rewriting line on a terminal; silence when stderr is a file or a pipe."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()

    def __call__(self, done: int, total: int, feed: FeedReport) -> None:
        if self.live:
            # Our own control sequence, then the feed's name escaped: only ours may act.
            self.stream.write(f"\r\033[K[{done}/{total}] {terminal(feed.name)}: {feed.outcome}")
            self.stream.flush()

    def clear(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()


def describe(feed: FeedReport) -> str:
    if feed.outcome == "error":
        return f"error: {feed.error}"
    if feed.outcome == "not_modified":
        return "not modified (304)"
    if feed.outcome == "unchanged":
        return "no new items" if feed.items or feed.status != 200 else "unchanged"
    text = f"{feed.new} new"
    if feed.updated:
        text += f", {feed.updated} updated"
    return text


def print_report(report: PollReport, quiet: bool, out: TextIO) -> None:
    if not quiet:
        for feed in sorted(report.feeds, key=lambda f: f.name.casefold()):
            say(f"{terminal(feed.name)}: {terminal(describe(feed))}", out)
            for link in feed.alternates:
                say(f"    this page links to the feed {terminal(link)}", out)
    errors = len(report.errors)
    not_modified = sum(1 for f in report.feeds if f.outcome == "not_modified")
    line = (
        f"Polled {len(report.feeds)} feeds in {report.elapsed:.1f} s: {report.new_items} new items, "
        f"{not_modified} not modified, {errors} failed, {report.new_events} new fine events"
    )
    if report.pruned:
        line += f", {report.pruned} old unmatched items pruned"
    if report.cancelled:
        line += " (interrupted)"
    print(line + ".", file=out)
    if report.appears_offline:
        say(OFFLINE, out)
    elif report.feeds and all(f.error_kind == "proxy" for f in report.feeds):
        say(PROXY_DOWN, out)


PROXY_DOWN = (
    "No feed could be fetched through the proxy: check the proxy setting (File → Settings → Network)"
    " or the https_proxy, http_proxy and no_proxy variables."
)
OFFLINE = (
    "No feed could be reached: no host name could be resolved. This computer appears to be offline"
    " (or its DNS is not working); the feeds will be polled again on schedule."
)


def run_poll(ctx: Context, args: argparse.Namespace) -> int:
    feeds = ctx.load_feeds()
    if args.feed:
        known = {f.name for f in feeds}
        unknown = [name for name in args.feed if name not in known]
        if unknown:
            raise UsageError(f"no feed named {', '.join(map(repr, unknown))} in {ctx.feeds_path}")
    try:
        every = parse_interval(args.every) if args.every else None
    except ValueError as exc:  # 999999999d, "soon": a usage error with the reason, not a traceback
        raise UsageError(f"--every: {exc}") from None
    with InstanceLock(ctx.db_path):
        store = ctx.open_store()  # reports a database moved aside before the first cycle
        if args.every == "":
            every = int(settings.get(store, "poll_interval"))
        store.close()
        poller = Poller(ctx.db_path, feeds, default_interval=every or DEFAULT_INTERVAL)
        try:
            if every is None:
                return _once(ctx, poller, args, force=True)
            return _loop(ctx, poller, args, every)
        finally:
            poller.close()


def _once(ctx: Context, poller: Poller, args: argparse.Namespace, force: bool) -> int:
    progress = Progress(sys.stderr)
    cancel = threading.Event()
    try:
        report = poller.poll(args.feed, force=force, progress=progress, cancel=cancel)
    finally:
        progress.clear()
    print_report(report, args.quiet, sys.stdout)
    store = ctx.open_store()
    try:
        deliver_pending(store, PrintNotifier(TerminalText(sys.stdout)), utc_now())
    finally:
        store.close()
    sys.stdout.flush()
    return 0


def _loop(ctx: Context, poller: Poller, args: argparse.Namespace, every: int) -> int:
    first = True
    while True:
        _once(ctx, poller, args, force=first)
        first = False
        store = ctx.open_store()
        try:
            due = store.next_due()
        finally:
            store.close()
        wait = float(every)
        if due:
            wait = min(wait, max(5.0, (parse_iso(due) - parse_iso(utc_now())).total_seconds()))
        time.sleep(wait)
