"""Reading what is stored: `monitor items`, `monitor feeds`, `monitor fines`, `monitor alerts`."""

from __future__ import annotations

import argparse
from typing import Any

from monitor.cli import register_options
from monitor.cli.context import Context, UsageError, subcommand
from monitor.cli.output import print_json, print_table
from monitor.cli.values import known_value
from monitor.models import ItemRow
from monitor.store import DatabaseMissing, Store
from monitor.store.feeds import FeedHealth, configured_health
from monitor.store.items import ItemFilter

MAX_LIMIT = 1_000_000


def _limit(text: str) -> int:
    """--limit N: checked as it enters, so a 20-digit N is a message and never reaches SQLite."""
    if not text.isascii() or not text.isdigit() or len(text) > 7 or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_LIMIT:,}, not {text[:30]!r}")
    return int(text)


def _wide_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wide",
        action="store_true",
        help="show every column in full (default: fit the terminal, cutting with …)",
    )


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    items = subcommand(
        commands,
        common,
        "items",
        "list stored items, newest first",
        "  monitor items --search clearview --limit 20\n"
        "  monitor items --feed 'CNIL (FR)' --tag facial_recognition --json\n",
    )
    items.add_argument("--feed", metavar="NAME", help="only this feed's items")
    items.add_argument("--search", metavar="TEXT", help="full-text search in titles and summaries")
    items.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only items with this tag (repeatable: all must match)",
    )
    items.add_argument(
        "--matched",
        action="store_true",
        help="only items matching the watch list (tags, fines, authorities, GDPR)",
    )
    items.add_argument("--fines", action="store_true", help="only items that report a fine")
    items.add_argument("--limit", type=_limit, default=50, metavar="N", help="at most N items (default 50)")
    items.add_argument("--json", action="store_true", help="print JSON")
    _wide_option(items)
    items.set_defaults(handler=run_items)

    feeds = subcommand(
        commands, common, "feeds", "list feeds with their health", "  monitor feeds\n  monitor feeds --json\n"
    )
    feeds.add_argument("--json", action="store_true", help="print JSON")
    _wide_option(feeds)
    feeds.set_defaults(handler=run_feeds)
    feeds_actions = feeds.add_subparsers(dest="feeds_action", metavar="ACTION")
    feeds.set_defaults(feeds_actions=feeds_actions)

    fines = subcommand(
        commands,
        common,
        "fines",
        "list fine events (one per decision) or totals per party",
        "  monitor fines\n  monitor fines --tag facial_recognition --since 2022-01-01\n"
        "  monitor fines --by-target\n  monitor fines --authority CNIL --json\n",
    )
    fines.add_argument("--authority", metavar="CODE", help="only this authority's decisions (e.g. CNIL)")
    fines.add_argument("--target", metavar="PARTY", help="only decisions against this party")
    register_options.add_options(fines)
    fines.add_argument("--by-target", action="store_true", help="one line per fined party with totals")
    fines.add_argument("--json", action="store_true", help="print JSON, with each event's sources")
    _wide_option(fines)
    fines.set_defaults(handler=run_fines)
    fines_actions = fines.add_subparsers(dest="fines_action", metavar="ACTION")  # corrections_cmds
    fines.set_defaults(fines_actions=fines_actions)

    alerts = subcommand(
        commands,
        common,
        "alerts",
        "list recorded alerts",
        "  monitor alerts\n  monitor alerts --pending --json\n",
    )
    alerts.add_argument("--pending", action="store_true", help="only alerts not yet shown")
    alerts.add_argument("--json", action="store_true", help="print JSON")
    alerts.add_argument("--limit", type=_limit, default=100, metavar="N")
    _wide_option(alerts)
    alerts.set_defaults(handler=run_alerts)


def _open(ctx: Context) -> Store:
    return ctx.open_store(readonly=True)


def known_tags(store: Store) -> set[str]:
    """Topics of the rules and the watch list, and any tag stored (feeds' own tags)."""
    from monitor.alerts import KnownValues

    return set(KnownValues.load().topics) | set(store.tag_counts())


def _tags(row: ItemRow) -> list[str]:
    return sorted((row.get("tags") or "").split())


def run_items(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.alerts import format_money  # the alerts' wording: not for `monitor feeds`

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    store = _open(ctx)
    try:
        tags = known_tags(store) if args.tag else set()
        feeds = [f["name"] for f in store.feeds_health()] if args.feed else []
        flt = ItemFilter(
            feed=known_value(args.feed, feeds, "feed", fold_case=True),
            search=args.search,
            tags=tuple(str(known_value(tag, tags, "tag")) for tag in args.tag),
            matched_only=args.matched,
            fines_only=args.fines,
        )
        rows = store.list_items(flt, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                dict(
                    row,
                    tags=_tags(row),
                    read=bool(row["read"]),
                    matched=bool(row["matched"]),
                    published_known=bool(row["published_known"]),
                )
                for row in rows
            ]
        )
        return 0
    table = [
        (
            row["published"][:10],
            row["feed"],
            row["title"],
            " ".join(_tags(row)),
            format_money(row["fine_amount"], row["fine_currency"]),
        )
        for row in rows
    ]
    print_table(("date", "feed", "title", "tags", "fine"), table, wide=args.wide, flexible=(1, 2, 3))
    return 0


def _health(row: FeedHealth) -> str:
    if not row["enabled"]:
        return "disabled"
    if row["gone"]:
        return "gone"
    if row["last_status"] is None:
        return "new"
    if row["consecutive_failures"]:
        return f"failing ×{row['consecutive_failures']}"
    return "ok"


def run_feeds(ctx: Context, args: argparse.Namespace) -> int:
    feeds = ctx.load_feeds()  # a broken feeds file is reported even when only listing
    try:
        store = _open(ctx)
    except DatabaseMissing:
        if ctx.db_given and not ctx.db_path.parent.is_dir():
            raise  # a mistyped --db, most likely: say so rather than list every feed as new
        stored: list[FeedHealth] = []  # nothing polled yet: the feeds file alone, every feed new
    else:
        try:
            stored = store.feeds_health()
        finally:
            store.close()
    rows = configured_health(stored, feeds)
    if args.json:
        # The health after the columns; the flags as JSON booleans.
        print_json(
            [
                {**row, "health": _health(row), "enabled": bool(row["enabled"]), "gone": bool(row["gone"])}
                for row in rows
            ]
        )
        return 0
    table = [
        (
            row["name"],
            row["kind"],
            _health(row),
            (row["last_success_at"] or "")[:16].replace("T", " "),
            row["items"],
            (row["next_poll_at"] or "now")[:16].replace("T", " "),
            row["last_error"] or "",
        )
        for row in rows
    ]
    headers = ("feed", "kind", "health", "last success", "items", "next poll", "last error")
    print_table(headers, table, wide=args.wide, flexible=(0, 6))
    return 0


def run_fines(ctx: Context, args: argparse.Namespace) -> int:
    # The register's shapes (events, grouping, corrections): only the commands listing decisions.
    from monitor.alerts import format_money
    from monitor.fine_records import corrected_fields, event_json
    from monitor.register_filter import decided

    store = _open(ctx)
    try:
        criteria = register_options.register_filter(store, args, known_tags)
        if args.by_target:
            totals = store.totals_by_target(criteria)
            if args.json:
                print_json(totals)
            else:
                print_table(
                    ("party", "decisions", "imposed", "total imposed (EUR)", "authorities", "first", "last"),
                    [
                        (
                            t["target"],
                            t["events"],
                            t["imposed"],
                            t["total_eur"],
                            t["authorities"],
                            t["first"][:10],
                            t["last"][:10],
                        )
                        for t in totals
                    ],
                    wide=args.wide,
                    flexible=(0, 4),
                )
            return 0
        events = store.list_events(criteria=criteria)
        if args.json:
            print_json([event_json(store, e) for e in events])
            return 0
    finally:
        store.close()
    print_table(
        ("id", "date", "authority", "party", "amount", "EUR", "status", "sources", "tags", "corrected"),
        [
            (
                e["id"],
                str(decided(e))[:10],
                f"{e['authority']} ({e['country']})" if e["authority"] and e["country"] else e["authority"],
                e["target"],
                format_money(e["amount"], e["currency"]),
                e["amount_eur"],
                e["status"],
                e["sources"],
                " ".join(e["tags"]),
                " ".join(corrected_fields(e["corrections"])),
            )
            for e in events
        ],
        wide=args.wide,
        flexible=(3, 8),
    )
    return 0


def run_alerts(ctx: Context, args: argparse.Namespace) -> int:
    store = _open(ctx)
    try:
        alerts = store.list_alerts(pending_only=args.pending, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "id": a["id"],
                    "kind": a["kind"],
                    "time": a["created_at"],
                    "title": a["title"],
                    "delivered": a["delivered_at"] is not None,
                    "delivered_at": a["delivered_at"],
                    "event": (
                        {
                            "id": a["event_id"],
                            "authority": a["authority"],
                            "party": a["target"],
                            "amount": a["amount"],
                            "currency": a["currency"],
                            "amount_eur": a["amount_eur"],
                            "status": a["status"],
                            "tags": a["tags"],
                        }
                        if a["event_id"]
                        else None
                    ),
                }
                for a in alerts
            ]
        )
        return 0
    print_table(
        ("time", "kind", "delivered", "alert"),
        [
            (
                a["created_at"][:16].replace("T", " "),
                a["kind"],
                "yes" if a["delivered_at"] else "no",
                a["title"],
            )
            for a in alerts
        ],
        wide=args.wide,
        flexible=(3,),
    )
    return 0
