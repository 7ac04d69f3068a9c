"""`monitor report`: the digest of a period as one HTML or PDF file a team can circulate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from monitor.alerts import DOMAINS
from monitor.cli.context import Context, UsageError, subcommand
from monitor.cli.output import write_document
from monitor.cli.values import DATE_HELP, since_day
from monitor.digest import ALL_DOMAINS, DEFAULT_DOMAIN, Digest, build_digest
from monitor.team_outputs import REPORT_FORMATS, ReportFormat, format_of, write_report


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    report = subcommand(
        commands,
        common,
        "report",
        "write a digest of the period's decisions (facts, sources, totals, chart) as HTML or PDF",
        "  monitor report --since 7d -o digest.html\n"
        "  monitor report --since 2w -o digest.pdf\n"
        "  monitor report --since 2024-01-01 --until 2024-06-30 --domain all -o first-half.html\n"
        "  monitor report --since yesterday > today.html\n",
    )
    report.add_argument(
        "--since", metavar="DATE", default="7d", help=f"first day of the period ({DATE_HELP}; default 7d)"
    )
    report.add_argument("--until", metavar="DATE", help="last day of the period (default: today)")
    report.add_argument(
        "--domain",
        choices=(*DOMAINS, ALL_DOMAINS),
        default=DEFAULT_DOMAIN,
        help=f"the decisions of this domain of law (default {DEFAULT_DOMAIN}; 'all' for every domain)",
    )
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (.html or .pdf), replaced in one step (default: HTML on standard output)",
    )
    report.add_argument(
        "--format", choices=REPORT_FORMATS, help="html or pdf (default: from the file's extension)"
    )
    report.set_defaults(handler=run_report)


def pdf_writer(digest: Digest, path: Path) -> None:
    """Qt's PDF writer, imported only when a PDF is written: every other command stays Qt-free."""
    from monitor.gui.pdf_report import write_pdf

    write_pdf(digest, path)


def _format(args: argparse.Namespace) -> ReportFormat:
    if args.format:
        fmt: ReportFormat = args.format
        return fmt
    if not args.output:
        return "html"
    guessed = format_of(Path(args.output))
    if guessed is None:
        raise UsageError(f"--output {args.output!r}: end it in .html or .pdf, or give --format html|pdf")
    return guessed


def run_report(ctx: Context, args: argparse.Namespace) -> int:
    since = since_day(args.since)
    until = since_day(args.until, "--until")
    assert since is not None
    if until is not None and until[:10] < since[:10]:
        raise UsageError(f"--until {args.until!r} is before --since {args.since!r}")
    fmt = _format(args)
    if fmt == "pdf" and not args.output and sys.stdout.isatty():
        raise UsageError("a PDF is not for the terminal: give -o FILE.pdf or redirect standard output")
    store = ctx.open_store(readonly=True)  # no database: a clear message and status 2, nothing created
    try:
        digest = build_digest(store, since, until, domain=args.domain)
    finally:
        store.close()
    if args.output:
        path = Path(args.output).expanduser()
        try:
            write_report(digest, path, fmt, pdf_writer)
        except OSError as exc:
            print(f"monitor: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        count = len(digest.decisions)
        print(f"wrote {path}: {count} decision{'s' * (count != 1)} since {since[:10]}", file=sys.stderr)
        return 0
    if fmt == "pdf":
        from monitor.gui.pdf_report import pdf_bytes

        write_document(pdf_bytes(digest))
        return 0
    from monitor.digest_html import render_html

    write_document(render_html(digest))
    return 0
