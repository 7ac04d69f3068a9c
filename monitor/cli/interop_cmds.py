"""Moving data out: `monitor export`, `monitor install-desktop` (`feeds import|export` are in feeds_cmds)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from monitor.cli import register_options

# One way of building a subcommand (help, description, examples) for the whole CLI.
from monitor.cli.browse_cmds import known_tags
from monitor.cli.context import Context, subcommand
from monitor.cli.output import write_document
from monitor.cli.values import DATE_HELP, known_value, since_day
from monitor.export import FORMATS, Format, Subject, render, write_atomically


def register(commands: Any, common: argparse.ArgumentParser) -> None:
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
