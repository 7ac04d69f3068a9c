"""`monitor analyze` (JSON Lines in, analysis out) and `monitor reanalyze` (after the rules change)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from monitor.analysis import Gazetteer, analyze
from monitor.analysis.explain import Trace
from monitor.cli.context import Context
from monitor.cli.output import json_line
from monitor.models import Analysis


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "analyze",
        parents=[common],
        help="analyse JSON Lines items from stdin",
        description='Read one JSON object a line ({"id", "title", "summary", "lang"?, '
        '"feed_authority"?}) and write one JSON line each with tags, fine, authority '
        "and target. A bad line gets an error object; the run goes on. The fined parties of "
        "the register given with --db and the watch list's `parties:` are recognised by name.",
        epilog='examples:\n  echo \'{"id": 1, "title": "CNIL fines Clearview AI EUR 20 million", '
        '"summary": ""}\' | monitor analyze\n'
        '  echo \'{"title": "CNIL fines Clearview AI EUR 20 million"}\' | monitor analyze --explain',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print, per fact, the rule and the words of the item that produced it (text, not JSON)",
    )
    parser.set_defaults(handler=run_analyze)
    again = commands.add_parser(
        "reanalyze",
        parents=[common],
        help="recompute the analysis of every stored item",
        description="Run the current rules over every stored item and refile fine events.",
        epilog="examples:\n  monitor reanalyze\n  monitor reanalyze --db work.sqlite",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    again.set_defaults(handler=run_reanalyze)


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "tags": list(analysis.tags),
        "fine": asdict(analysis.fine) if analysis.fine else None,
        "authority": analysis.authority,
        "target": analysis.target,
        "matched": analysis.matched,
        "domain": analysis.domain,
    }


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string")
    return value


def analyze_line(
    line: str, number: int, trace: Trace | None = None, known_parties: Gazetteer | None = None
) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": number, "error": f"not valid JSON: {exc.msg} at column {exc.colno}"}
    except RecursionError:  # [[[[…: the decoder recurses once per level
        return {"line": number, "error": "not valid JSON here: nested too deeply"}
    if not isinstance(record, dict):
        return {"line": number, "error": "each line must be a JSON object"}
    try:
        title = _optional_text(record, "title") or ""
        summary = _optional_text(record, "summary") or ""
        if not title and not summary:
            raise ValueError("needs a 'title' or a 'summary'")
        result = analyze(
            title,
            summary,
            _optional_text(record, "lang"),
            _optional_text(record, "feed_authority"),
            published=_optional_text(record, "published"),
            trace=trace,
            known_parties=known_parties,
        )
    except ValueError as exc:
        return {"id": record.get("id"), "line": number, "error": str(exc)}
    return {"id": record.get("id"), **analysis_json(result)}


def _json_line(out: dict[str, Any]) -> str:
    return json_line(out)  # C1 and bidi characters as \u escapes, lone surrogates too


def _plain(text: object) -> str:
    """Item text made safe for a terminal: control characters, escapes and bidi overrides shown
    as U+FFFD."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in str(text))


def _explained(out: dict[str, Any], trace: Trace) -> str:
    """One item's facts, each with the rule and the words behind it."""
    fine = out.get("fine")
    lines = [
        f"item {_plain(out.get('id'))}: {'fine' if fine else 'no fine'}, domain {out.get('domain') or '-'}"
    ]
    for e in trace.items:
        words = f'"{_plain(e.words)}"' if e.words else "(no words: default)"
        lines.append(f"  {e.fact:<17} {_plain(e.value):<24} {e.rule}\n  {'':<17} words: {words}")
    if not trace.items:
        lines.append("  nothing recognised")
    return "\n".join(lines) + "\n"


def _stdin_lines() -> Iterator[bytes]:
    binary = getattr(sys.stdin, "buffer", None)
    if binary is not None:
        yield from binary
    else:  # a text stream without bytes beneath (a test's StringIO)
        for line in sys.stdin:
            yield line.encode("utf-8", "surrogatepass")


def _known_parties(ctx: Context, args: argparse.Namespace) -> Gazetteer:
    """The register's fined parties when --db names an existing database, and the watch list's."""
    from monitor.analysis.gazetteer import build_gazetteer
    from monitor.analysis.rules import user_watchlist_path

    register: list[str] = []
    if getattr(args, "db", None) and ctx.db_path.is_file():
        store = ctx.open_store()
        try:
            register = store.known_parties()
        finally:
            store.close()
    # Unlike a poll, a command given a watch list it cannot read says so.
    return build_gazetteer(register, user_watchlist_path())


def run_analyze(ctx: Context, args: argparse.Namespace) -> int:
    failures = 0
    try:
        known = _known_parties(ctx, args)
    except ValueError as exc:  # a watch list that cannot be read
        print(f"monitor analyze: {exc}", file=sys.stderr)
        return 1
    # Bytes, decoded line by line: one line of bad UTF-8 is that line's error, not the run's end.
    for number, raw in enumerate(_stdin_lines(), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            out: dict[str, Any] = {"line": number, "error": f"not UTF-8 text (byte {exc.start + 1})"}
        else:
            if not line.strip():
                continue
            trace = Trace() if args.explain else None
            out = analyze_line(line, number, trace, known)
            if trace is not None and "error" not in out:
                sys.stdout.write(_explained(out, trace))
                continue
        failures += "error" in out
        sys.stdout.write(_json_line(out))
    if failures:
        print(f"monitor analyze: {failures} line(s) could not be analysed", file=sys.stderr)
    return 0


def run_reanalyze(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.lock import InstanceLock
    from monitor.reanalysis import reanalyze_all

    with InstanceLock(ctx.db_path, role="monitor reanalyze"):
        store = ctx.open_store(check=True)
        try:
            count, events = reanalyze_all(store)
        finally:
            store.close()
    print(f"Reanalysed {count} items; {events} fine events in the register.")
    return 0
