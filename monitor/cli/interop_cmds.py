"""Moving data in and out: `monitor feeds import|export`, `monitor export`, `monitor install-desktop`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from monitor.cli import register_options

# One way of building a subcommand (help, description, examples) for the whole CLI.
from monitor.cli.browse_cmds import known_tags
from monitor.cli.context import Context, UsageError, subcommand
from monitor.cli.output import say, write_document
from monitor.cli.values import DATE_HELP, known_value, since_day
from monitor.config import save_feeds
from monitor.export import FORMATS, Format, Subject, render, write_atomically
from monitor.opml import OpmlError, merge_feeds, read_capped, read_opml, write_opml


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    feeds_actions = commands.choices["feeds"].get_default("feeds_actions")
    importer = subcommand(
        feeds_actions,
        common,
        "import",
        "add the feeds of an OPML file (from Newsboat, Feedly, Miniflux...) to the feeds file",
        "  monitor feeds import subscriptions.opml\n"
        "  newsboat -e > newsboat.opml && monitor feeds import newsboat.opml\n"
        "  monitor feeds import feedly.opml --dry-run\n",
    )
    importer.add_argument("file", metavar="FILE", help="the OPML file ('-' reads standard input)")
    importer.add_argument("--dry-run", action="store_true", help="report what would be added; change nothing")
    importer.set_defaults(handler=run_feeds_import)

    exporter = subcommand(
        feeds_actions,
        common,
        "export",
        "write the feeds as OPML 2.0, for another feed reader",
        "  monitor feeds export                 # to standard output\n"
        "  monitor feeds export feeds.opml\n"
        "  monitor feeds export feeds.opml && newsboat -i feeds.opml\n",
    )
    exporter.add_argument("file", metavar="FILE", nargs="?", help="where to write (default: standard output)")
    exporter.set_defaults(handler=run_feeds_export)

    export = subcommand(
        commands,
        common,
        "export",
        "export stored items or the fines register as CSV, JSON or Atom",
        "  monitor export fines --format csv -o fines.csv\n"
        "  monitor export fines --format atom -o /var/www/html/fines.atom\n"
        "  monitor export items --format json --tag facial_recognition --since 2024-01-01\n",
    )
    subjects = export.add_subparsers(dest="export_subject", metavar="WHAT", required=True)
    items = subcommand(
        subjects,
        common,
        "items",
        "export stored items (one row per article) as CSV or JSON",
        "  monitor export items --format csv -o items.csv\n"
        "  monitor export items --format json --matched --since 2024-01-01\n",
    )
    items.add_argument(
        "--matched", action="store_true", help="only items matching the watch list (tags, fines, GDPR)"
    )
    fines = subcommand(
        subjects,
        common,
        "fines",
        "export the fines register (one row per decision) as CSV, JSON or an Atom feed",
        "  monitor export fines --format csv -o fines.csv\n"
        "  monitor export fines --format atom --self-url https://intranet.example/fines.atom -o fines.atom\n"
        "  monitor export fines --format json --tag facial_recognition\n"
        "  monitor export fines --format atom --domain any -o all-fines.atom\n",
    )
    fines.add_argument(
        "--self-url", metavar="URL", help="Atom only: the address the feed is published at (rel=self)"
    )
    fines.add_argument("--authority", metavar="CODE", help="only this authority's decisions (e.g. CNIL)")
    register_options.add_options(fines, since_and_tag=False)
    for subject, parser in (("items", items), ("fines", fines)):
        parser.add_argument(
            "--format",
            choices=FORMATS[subject],  # type: ignore[index]
            default="csv",
            help="output format (default: csv)",
        )
        parser.add_argument("--since", metavar="DATE", help=f"only from DATE on ({DATE_HELP})")
        parser.add_argument("--tag", metavar="TAG", help="only with this tag (e.g. facial_recognition)")
        parser.add_argument(
            "-o", "--output", metavar="FILE", help="write to FILE, replaced in one step (default: stdout)"
        )
        parser.add_argument(
            "--bom",
            action="store_true",
            help="CSV only: start with a UTF-8 byte-order mark, so Excel reads accents and € right",
        )
        parser.set_defaults(handler=run_export, export_subject=subject)

    if "install-desktop" not in commands.choices:  # the GUI's commands may have registered it first
        desktop = subcommand(
            commands,
            common,
            "install-desktop",
            "add Regulatory Monitor to the application menu (desktop entry and icon)",
            "  monitor install-desktop\n  monitor install-desktop --autostart\n",
        )
        desktop.add_argument(
            "--autostart", action="store_true", help="also start it minimized when the session starts"
        )
        desktop.set_defaults(handler=run_install_desktop)


def run_feeds_import(ctx: Context, args: argparse.Namespace) -> int:
    source = "<stdin>" if args.file == "-" else args.file
    problems: list[str] = []
    try:
        # Capped while reading: `monitor feeds import /dev/zero` stops at the cap, not at memory's end.
        data = read_capped(sys.stdin.buffer if args.file == "-" else Path(args.file).expanduser(), source)
        incoming = read_opml(data, source, problems)
    except OpmlError as exc:
        raise UsageError(str(exc)) from exc
    existing = ctx.load_feeds()
    merged, added, skipped = merge_feeds(existing, incoming)
    for problem in problems:
        say(f"monitor: {source}: {problem}", sys.stderr)
    if added and not args.dry_run:
        save_feeds(ctx.feeds_path, merged)
    verb = "would add" if args.dry_run else "added"
    say(f"{verb} {len(added)} feed{'s' * (len(added) != 1)} to {ctx.feeds_path}")
    for feed in added:
        say(f"  + {feed.name}  <{feed.url}>  ({feed.kind}{', ' + ', '.join(feed.tags) if feed.tags else ''})")
    if skipped:
        say(f"skipped {len(skipped)} already in the feeds file")
        for feed in skipped:
            say(f"  = {feed.name}  <{feed.url}>")
    return 0


def _html_urls(ctx: Context) -> dict[str, str]:
    # Sites' own pages are learnt while polling; without a database the export simply lacks them.
    if not ctx.db_path.exists():
        return {}
    store = ctx.open_store(readonly=True)
    try:
        return store.site_links()
    finally:
        store.close()


def run_feeds_export(ctx: Context, args: argparse.Namespace) -> int:
    feeds = ctx.load_feeds()
    # Page sources are left out: OPML cannot say so, and other readers would take a page for a feed.
    pages = [f.name for f in feeds if f.type == "page"]
    text = write_opml([f for f in feeds if f.type == "feed"], html_urls=_html_urls(ctx))
    if pages:
        print(
            f"left out {len(pages)} page sources (OPML lists feeds only): {', '.join(pages)}", file=sys.stderr
        )
    if args.file:
        write_atomically(Path(args.file).expanduser(), text.encode("utf-8"))
        print(f"wrote {text.count('xmlUrl=')} feeds to {args.file}", file=sys.stderr)
    else:
        write_document(text)
    return 0


def run_export(ctx: Context, args: argparse.Namespace) -> int:
    subject: Subject = args.export_subject
    fmt: Format = args.format
    store = ctx.open_store(readonly=True)  # no database: a clear message and status 2, nothing created
    try:
        data = render(
            store,
            subject,
            fmt,
            since=since_day(args.since),
            tag=known_value(args.tag, known_tags(store), "tag") if args.tag else None,
            matched_only=getattr(args, "matched", False),
            self_url=getattr(args, "self_url", None),
            criteria=(
                register_options.register_filter(store, args, known_tags) if subject == "fines" else None
            ),
        )
    finally:
        store.close()
    if args.bom and fmt == "csv":
        data = b"\xef\xbb\xbf" + data
    if args.output:
        write_atomically(Path(args.output).expanduser(), data)
    else:
        write_document(data)
    return 0


def run_install_desktop(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.desktop import install_desktop_entry, set_autostart

    for path in install_desktop_entry():
        print(f"installed {path}")
    if args.autostart:
        print(f"installed {set_autostart(True)}")
    return 0
