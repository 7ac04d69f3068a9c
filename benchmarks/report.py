"""BENCHMARKS.md from a run's results: the table, the method, and the hand-written sections kept."""

from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path
from typing import Any

TARGETS = {"cold": 0.5, "warm": 0.2, "steady": 0.3}
LABELS = {
    "cold": "cold poll, 300 feeds, empty database",
    "warm": "warm poll, 300 × 304",
    "steady": "steady state, 300 × 1 new item",
}
HAND_WRITTEN = "## What is not met, and why"
STARTUP_TARGET = 0.15
HEADERS = ["measure", "Regulatory Monitor", "Newsboat", "ratio (range of runs)", "target", "status"]


def _s(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f} s"


def _met(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**not met**")


def ratios(mine: list[float], theirs: list[float]) -> list[float]:
    """Run by run: both tools measured within the same run share its load."""
    return [a / b for a, b in zip(mine, theirs, strict=False) if b]


def _ratio_cell(values: list[float]) -> str:
    if not values:
        return "—"
    return f"{statistics.median(values):.2f}× ({min(values):.2f}–{max(values):.2f})"


def poll_rows(poll: dict[str, Any]) -> list[list[str]]:
    rows = []
    ours, inproc = poll.get("ours", {}), poll.get("inprocess", {})
    for phase, label in LABELS.items():
        if phase not in ours:
            continue
        for tool, who in (("newsboat2", "reload-threads 2"), ("newsboat1", "default, 1 thread")):
            theirs = poll.get(tool, {}).get(phase)
            if theirs is None and tool == "newsboat1":
                continue
            r = ratios(ours[phase], theirs or [])
            status = _met(statistics.median(r) <= TARGETS[phase]) if r else "—"
            first = tool == "newsboat2"
            rows.append(
                [
                    f"{label} (`monitor poll`) vs Newsboat {who}" if first else f"  same, vs Newsboat {who}",
                    _s(statistics.median(ours[phase])),
                    _s(statistics.median(theirs)) if theirs else "—",
                    _ratio_cell(r),
                    f"≤ {TARGETS[phase]}× Newsboat" if first else "(information)",
                    status if first else "",
                ]
            )
        if phase in inproc:
            theirs = poll.get("newsboat2", {}).get(phase, [])
            rows.append(
                [
                    f"  same, inside the running app (pool {'started' if phase == 'cold' else 'warm'})",
                    _s(statistics.median(inproc[phase])),
                    _s(statistics.median(theirs)) if theirs else "—",
                    _ratio_cell(ratios(inproc[phase], theirs)),
                    "(information)",
                    "",
                ]
            )
    alerts = poll.get("cold_alerts")
    if alerts:
        worst = max(alerts)
        rows.append(
            [
                "cold poll: alerts printed (fine alerts, summaries)",
                f"{worst[0]}, {worst[1]}",
                "",
                "",
                "0 fine alerts, 1 summary",
                _met(all(a == (0, 1) for a in alerts)),
            ]
        )
    return rows


def table(results: dict[str, Any]) -> list[list[str]]:
    rows = [HEADERS, *poll_rows(results.get("polls", {}))]
    for name, seconds in results.get("startup", {}).items():
        rows.append(
            [
                f"100k items: `monitor {name}` (wall, fresh process)",
                _s(seconds),
                "",
                "",
                f"≤ {STARTUP_TARGET} s",
                _met(seconds <= STARTUP_TARGET),
            ]
        )
    if "analysis" in results:
        rate = results["analysis"]
        rows.append(
            [
                "analysis, items/s on one core",
                "—" if rate is None else f"{rate:,.0f}",
                "",
                "",
                "≥ 20,000",
                _met(None if rate is None else rate >= 20_000),
            ]
        )
    if "gui" in results:
        g = results["gui"]
        rows += [
            [
                "100k items: window start → table populated",
                _s(g["window"]),
                "",
                "",
                "≤ 1 s",
                _met(g["window"] <= 1),
            ],
            [
                "  same, against the window on an empty database (same run)",
                f"{g['window_ratio']:.2f}×",
                "",
                "",
                "(information)",
                "",
            ],
            [
                "100k items: search through the window",
                f"{g['search']:.1f} ms",
                "",
                "",
                "≤ 50 ms",
                _met(g["search"] <= 50),
            ],
            [
                "100k items: GUI peak memory (VmHWM)",
                f"{g['hwm']:.0f} MB",
                "",
                "",
                "≤ 150 MB",
                _met(g["hwm"] <= 150),
            ],
        ]
    for row in results.get("idle_rows", []):
        rows.append(row)
    if "store_search" in results:
        s = results["store_search"]
        worst = max(s.values())
        rows.append(
            [
                "100k items: `list_items(search=…, limit=100)`",
                f"{statistics.median(s.values()):.1f} ms (worst {worst:.1f})",
                "",
                "",
                "≤ 50 ms",
                _met(worst <= 50),
            ]
        )
    if "db_size" in results:
        rows.append(["database size per 100,000 items", f"{results['db_size']:.0f} MB", "", "", "", ""])
    return rows


def markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def plain(rows: list[list[str]]) -> str:
    clean = [[c.replace("**", "").replace("`", "") for c in r] for r in rows]
    widths = [max(len(r[i]) for r in clean) for i in range(len(clean[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in clean)


METHOD = """\
- {feeds} generated feeds (half RSS 2.0, half Atom; 50 items each, ~35 KB; HTML summaries of a few
  hundred characters; one item in five reports a fine, in en/fr/de/es/it/nl), served by {server}
  on 127.0.0.1: static files, with ETag and Last-Modified answered by 304.
- Ours: `python -m monitor poll --db … --feeds …`, a fresh process each time (interpreter start and
  imports included), as `newsboat -x reload -u urls -c cache.db -C config` is. "Inside the running
  app" is `Poller.poll()` timed in one process, as the window polls (its parse pool started in the
  cold poll and reused afterwards).
- Cold: empty database or cache. Warm: the same feeds again, every one answers 304. Steady: every
  feed gains one item (and drops its oldest), then each tool polls.
- Newsboat: with `reload-threads 2` (the targets' reference) and with its default (1). Each run
  polls with every tool, in an order that alternates from run to run; a ratio is taken within each
  run and the table gives the median over runs and, in brackets, the lowest and highest.
- Start-up: `python -m monitor items --limit 10`, `fines`, `feeds` on the 100,000-item database
  (2,000 feeds; `feeds` with its 2,000-feed feeds.yml), median of the runs, each a fresh process.
- Analysis: `monitor.analysis.analyze` over the dev corpus repeated, one process.
- 100,000 items: generated items stored through the real path (`benchmarks/bigdb.py`: `store_items`
  and the fines register), 2,000 feeds; the window is the real `DesktopApp` started offscreen
  (`benchmarks/gui_probe.py`), timed from process start to the items table shown with rows painted;
  search types each word in the window's search box and applies the filter (count, first page,
  repaint); peak memory is the probe's VmHWM after the searches. Idle: `benchmarks/idle.py`."""


def write_report(
    path: Path, info: dict[str, str], rows: list[list[str]], args: argparse.Namespace, notes: list[str]
) -> None:
    # What people wrote below the generated sections ("What is not met, and why", …) survives a rerun,
    # and so do the rows of measures this run skipped (--no-gui), marked as older.
    previous = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = previous[previous.index(HAND_WRITTEN) :] if HAND_WRITTEN in previous else ""
    rows = rows + _skipped_rows(previous, rows)
    machine_lines = "\n".join(f"- {k}: {v}" for k, v in info.items())
    notes_text = "\n".join(f"- {n}" for n in notes)
    method = METHOD.format(feeds=args.feeds, server=args.server_name)
    path.write_text(
        f"""# Benchmarks

Written by `python -m benchmarks.run` (options: `--runs`, `--quick`, `--no-gui`, `--no-newsboat`,
`--server python`); every figure is the median of {args.runs} runs, Newsboat measured in the same
runs as ours.

## Machine

{machine_lines}

## Results

{markdown(rows)}

## Method

{method}

## Notes

{notes_text}
"""
        + (f"\n{kept.rstrip()}\n" if kept else ""),
        encoding="utf-8",
    )


def _skipped_rows(previous: str, rows: list[list[str]]) -> list[list[str]]:
    """Table rows of the previous report whose measure this run did not take, marked with its date."""
    measured = {r[0].strip() for r in rows}
    date = re.search(r"^- date: (.+)$", previous, re.MULTILINE)
    when = f" (run of {date.group(1)})" if date else " (earlier run)"
    out = []
    for line in previous.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) != len(rows[0]) or cells[0] == "measure":
            continue
        older = re.fullmatch(r"(.*) \(run of .+\)", cells[0])  # carried over before: keep its date
        name = older.group(1) if older else cells[0]
        if name in measured or name.startswith("same,") or name.startswith("cold poll"):
            continue
        if name.startswith(("warm poll", "steady state")):
            continue  # poll rows of the older format: not comparable with this run's server
        out.append([cells[0] if older else cells[0] + when, *cells[1:]])
    return out
