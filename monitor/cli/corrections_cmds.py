"""Correcting the register: `monitor fines edit/merge/split/not-a-fine/undo/corrections/show`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from monitor import correction_input as given
from monitor.alerts import format_money
from monitor.cli.context import Context, UsageError, subcommand
from monitor.cli.output import print_json, print_table, say
from monitor.correcting import Done, current_value, edit, merge, not_a_fine, split, undo
from monitor.correction_input import CorrectionError

if TYPE_CHECKING:  # the type only
    from monitor.models import EventRow, ListedCorrection
    from monitor.store import Store
from monitor.fine_records import corrected_fields

ID_LIMIT = 10**12  # ids are SQLite rowids; a longer number is a typo, never a decision


def _id(text: str) -> int:
    if not text.isascii() or not text.isdigit() or int(text) < 1 or int(text) > ID_LIMIT:
        raise argparse.ArgumentTypeError(f"must be a number from 1 (see `monitor fines`), not {text[:30]!r}")
    return int(text)


def _action(actions: Any, common: argparse.ArgumentParser, name: str, help_text: str, example: str) -> Any:
    return subcommand(actions, common, name, help_text, f"  {example}\n")


def _note(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--note", metavar="TEXT", help="why (kept with the correction)")


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    actions = commands.choices["fines"].get_default("fines_actions")
    change = _action(
        actions,
        common,
        "edit",
        "correct a decision's facts; the analysis is kept, the register shows yours",
        "monitor fines edit 12 --party 'Clearview AI' --amount 20000000 --currency EUR",
    )
    change.add_argument("event", type=_id, metavar="EVENT", help="the decision's number (`monitor fines`)")
    change.add_argument("--party", metavar="NAME", help="the fined party")
    change.add_argument("--amount", metavar="SUM", help="the fine: 20000000, 20,000,000, 20 million, 1.84bn")
    change.add_argument("--currency", metavar="CODE", help="ISO code of the amount (default: as it was)")
    change.add_argument("--status", metavar="STATUS", help="imposed, proposed or overturned")
    change.add_argument("--domain", metavar="DOMAIN", help="data_protection, competition, consumer or other")
    _note(change)
    change.set_defaults(handler=run_edit)

    join = _action(actions, common, "merge", "make two decisions one", "monitor fines merge 12 15")
    join.add_argument("events", type=_id, nargs=2, metavar="EVENT", help="the two decisions' numbers")
    _note(join)
    join.set_defaults(handler=run_merge)

    apart = _action(
        actions, common, "split", "split a report off into a decision of its own", "monitor fines split 301"
    )
    apart.add_argument("item", type=_id, metavar="ITEM", help="the report's item id (`monitor fines show`)")
    _note(apart)
    apart.set_defaults(handler=run_split)

    no_fine = _action(
        actions,
        common,
        "not-a-fine",
        "mark an item as reporting no fine: out of the register for good",
        "monitor fines not-a-fine 301",
    )
    no_fine.add_argument("item", type=_id, metavar="ITEM", help="the item's id")
    _note(no_fine)
    no_fine.set_defaults(handler=run_not_a_fine)

    back = _action(actions, common, "undo", "take a correction back", "monitor fines undo 4")
    back.add_argument(
        "correction", type=_id, metavar="ID", help="the correction's id (`monitor fines corrections`)"
    )
    back.set_defaults(handler=run_undo)

    listing = _action(
        actions, common, "corrections", "list your corrections, newest first", "monitor fines corrections"
    )
    listing.add_argument("--all", action="store_true", help="also those undone")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_corrections)

    show = _action(
        actions,
        common,
        "show",
        "one decision with its sources' item ids and corrections",
        "monitor fines show 12",
    )
    show.add_argument("event", type=_id, metavar="EVENT")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)


def _correct(ctx: Context, role: str, action: Any) -> int:
    from monitor.lock import InstanceLock

    with InstanceLock(ctx.db_path, role=f"monitor fines {role}"):
        store = ctx.open_store()
        try:
            done: Done = action(store)
        except CorrectionError as exc:
            raise UsageError(str(exc)) from exc
        finally:
            store.close()
    if role == "undo":
        say(done.message)
    else:
        ids = ", ".join(str(i) for i in done.corrections)
        say(f"{done.message} (correction {ids}; `monitor fines undo {done.corrections[0]}` takes it back)")
    return 0


def changes_from(args: argparse.Namespace, event: EventRow) -> dict[str, Any]:
    """The facts given on the command line, checked; the currency alone re-labels the sum."""
    from monitor.analysis.rates import known_currencies

    changes: dict[str, Any] = {}
    try:
        if args.party is not None:
            changes["party"] = given.party(args.party)
        if args.amount is not None or args.currency is not None:
            was = current_value(event, "amount") or {}
            if args.amount is None and not was:
                raise CorrectionError("this decision has no amount yet: give --amount with --currency")
            changes["amount"] = {
                "amount": given.amount(args.amount) if args.amount is not None else was["amount"],
                "currency": given.currency(args.currency, known_currencies())
                if args.currency is not None
                else (was.get("currency") or "EUR"),
            }
        if args.status is not None:
            changes["status"] = given.status(args.status)
        if args.domain is not None:
            changes["domain"] = given.domain(args.domain)
    except CorrectionError as exc:
        raise UsageError(str(exc)) from exc
    if not changes:
        raise UsageError("give at least one of --party, --amount, --currency, --status, --domain")
    return changes


def run_edit(ctx: Context, args: argparse.Namespace) -> int:
    def action(store: Store) -> Done:
        event = store.event(args.event)
        if event is None:
            raise CorrectionError(f"there is no decision {args.event} in the register (see `monitor fines`)")
        return edit(store, args.event, changes_from(args, event), args.note)

    return _correct(ctx, "edit", action)


def run_merge(ctx: Context, args: argparse.Namespace) -> int:
    return _correct(ctx, "merge", lambda store: merge(store, args.events[0], args.events[1], args.note))


def run_split(ctx: Context, args: argparse.Namespace) -> int:
    return _correct(ctx, "split", lambda store: split(store, args.item, args.note))


def run_not_a_fine(ctx: Context, args: argparse.Namespace) -> int:
    return _correct(ctx, "not-a-fine", lambda store: not_a_fine(store, args.item, args.note))


def run_undo(ctx: Context, args: argparse.Namespace) -> int:
    return _correct(ctx, "undo", lambda store: undo(store, args.correction))


def value_text(value: Any) -> str:
    """A correction's value as one cell: a sum with its currency, a name, a status."""
    if isinstance(value, dict):
        return format_money(value.get("amount"), value.get("currency"))
    return "" if value is None else str(value)


def correction_json(row: ListedCorrection) -> dict[str, Any]:
    return {
        "id": row["id"],
        "kind": row["kind"],
        "field": row["field"],
        "item": row["item_id"],
        "other_item": row["other_item_id"],
        "event": row["item_event"],  # where its report is filed now
        "event_when_corrected": row["event_id"],
        "other_event_when_corrected": row["other_event_id"],
        "old": json.loads(row["old_value"]) if row["old_value"] is not None else None,
        "new": json.loads(row["new_value"]) if row["new_value"] is not None else None,
        "note": row["note"],
        "at": row["created_at"],
        "undone_at": row["undone_at"],
    }


def _what(row: dict[str, Any]) -> str:
    if row["kind"] == "edit":
        return f"{row['field']}: {value_text(row['old'])} → {value_text(row['new'])}"
    if row["kind"] == "merge":
        return f"merged decisions {row['event_when_corrected']} and {row['other_event_when_corrected']}"
    if row["kind"] == "split":
        return f"item {row['item']} split off decision {row['event_when_corrected']}"
    return f"item {row['item']} is not a fine"


def run_corrections(ctx: Context, args: argparse.Namespace) -> int:
    store = ctx.open_store(readonly=True)
    try:
        rows = [correction_json(r) for r in store.list_corrections(include_undone=args.all)]
    finally:
        store.close()
    if args.json:
        print_json(rows)
        return 0
    print_table(
        ("id", "when", "decision", "correction", "note", "undone"),
        [
            (
                r["id"],
                r["at"][:16].replace("T", " "),
                r["event"] or "",
                _what(r),
                r["note"] or "",
                (r["undone_at"] or "")[:16].replace("T", " "),
            )
            for r in rows
        ],
        flexible=(3, 4),
    )
    return 0


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.fine_records import event_json

    store = ctx.open_store(readonly=True)
    try:
        event = store.event(args.event)
        if event is None:
            raise UsageError(f"there is no decision {args.event} in the register (see `monitor fines`)")
        out = event_json(store, event)
    finally:
        store.close()
    if args.json:
        print_json(out)
        return 0
    corrected = corrected_fields(out["corrections"])
    say(
        f"decision {out['id']}: {out['authority'] or '?'} · {out['target'] or '(undisclosed)'} · "
        f"{format_money(out['amount'], out['currency'])} · {out['status']} · {out['decision_date'][:10]}"
        + (f"  [corrected: {', '.join(corrected)}]" if corrected else "")
    )
    for c in out["corrections"]:
        if c["kind"] == "edit":
            say(
                f"  correction {c['id']}: {c['field']} was {value_text(c['old'])}, now {value_text(c['new'])}"
            )
    print_table(
        ("item", "published", "feed", "title"),
        [(s["id"], (s["published"] or "")[:10], s["feed"], s["title"]) for s in out["sources"]],
        flexible=(2, 3),
    )
    return 0
