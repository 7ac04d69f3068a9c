"""`monitor poll`: one cycle (or a loop with --every), printed per feed, then the new alerts."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from monitor import settings
from monitor.alerts import PrintNotifier, deliver_pending
from monitor.cli.context import Context, UsageError
from monitor.cli.output import TerminalText, say
from monitor.cli.report_cmds import pdf_writer
from monitor.cli.signals import Interruption
from monitor.config_values import parse_interval
from monitor.escape import terminal
from monitor.lock import POLL_EVERY, InstanceLock
from monitor.poller import FeedReport, Poller, PollReport
from monitor.schedule import DEFAULT_INTERVAL, parse_iso
from monitor.store import Store, StoreError, utc_now
from monitor.store.errors import EXIT_TEMPORARY
from monitor.team_outputs import after_poll

RETRY_FIRST = 5.0  # seconds before the first retry after a full disk or a lock; doubled each time
RETRY_MAX = 600.0
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
    role = POLL_EVERY if args.every is not None else "monitor poll"
    with InstanceLock(ctx.db_path, role=role), Interruption() as stop:
        store = _first_open(ctx, stop, keep_trying=every is not None or args.every == "")
        if store is None:
            return stop.exit_status
        if args.every == "":
            every = int(settings.get(store, "poll_interval"))
        store.close()
        poller = Poller(ctx.db_path, feeds, default_interval=every or DEFAULT_INTERVAL)
        try:
            if every is None:
                return _once(ctx, poller, args, stop, force=True)
            return _loop(ctx, poller, args, stop, every)
        finally:
            poller.close()


def _first_open(ctx: Context, stop: Interruption, keep_trying: bool) -> Store | None:
    """Checked at start (quick_check): a damaged database is moved aside and the user told where.

    `--every` waits out a full disk or a lock here too, as it does between polls.
    """
    retry = RETRY_FIRST
    while True:
        try:
            return ctx.open_store(check=True)
        except StoreError as exc:
            if not (keep_trying and exc.retry_later):
                raise
            print(f"monitor: {exc}\nmonitor: trying again in {retry:.0f} s", file=sys.stderr)
        if stop.event.wait(retry):
            return None
        retry = min(retry * 2, RETRY_MAX)


def _once(ctx: Context, poller: Poller, args: argparse.Namespace, stop: Interruption, force: bool) -> int:
    progress = Progress(sys.stderr)
    try:
        report = poller.poll(args.feed, force=force, progress=progress, cancel=stop.event)
    finally:
        progress.clear()
    if report.feeds or report.store_error is None:  # a poll stopped before any feed has nothing to sum
        print_report(report, args.quiet, sys.stdout)
    sys.stdout.flush()
    if report.store_error is not None:
        print(f"monitor: the poll stopped: {report.store_error}", file=sys.stderr)
        return report.store_error.exit_status
    if report.cancelled:
        # Alerts stay pending: they are shown by the next poll or the window, never lost.
        print(
            f"monitor: stopped by {stop.name}; the feeds polled so far are saved, the others are "
            "polled next time.",
            file=sys.stderr,
        )
        return stop.exit_status
    store = ctx.open_store()
    try:
        with store.translated("delivering alerts"):
            deliver_pending(store, PrintNotifier(TerminalText(sys.stdout)), utc_now())
        with store.translated("writing the team's feed and report"):
            outputs = after_poll(store, pdf=pdf_writer)  # the Atom feed and weekly report asked for
        for problem in outputs.problems:
            print(f"monitor: {problem}", file=sys.stderr)
    finally:
        store.close()
    sys.stdout.flush()
    return 0


def _next_due(ctx: Context) -> str | None:
    store = ctx.open_store(readonly=True)
    try:
        with store.translated("reading the schedule"):
            return store.next_due()
    finally:
        store.close()


def _loop(ctx: Context, poller: Poller, args: argparse.Namespace, stop: Interruption, every: int) -> int:
    first = True
    retry = RETRY_FIRST
    while True:
        try:
            status = _once(ctx, poller, args, stop, force=first)
            due = _next_due(ctx) if status == 0 else None
        except StoreError as exc:
            if not exc.retry_later:
                raise
            print(f"monitor: {exc}", file=sys.stderr)
            status, due = exc.exit_status, None
        if stop.event.is_set():
            return stop.exit_status
        if status not in (0, EXIT_TEMPORARY):
            return status  # a damaged database: stop writing to it (the next start moves it aside)
        first = False
        wait = float(every)
        if status == EXIT_TEMPORARY:
            # Disk full, locked, read-only: the database is as it was; try again, less often each time.
            wait, retry = min(wait, retry), min(retry * 2, RETRY_MAX, float(every))
            print(f"monitor: trying again in {wait:.0f} s", file=sys.stderr)
        else:
            retry = RETRY_FIRST
            if due:
                wait = min(wait, max(5.0, (parse_iso(due) - parse_iso(utc_now())).total_seconds()))
        if stop.event.wait(wait):
            return stop.exit_status
