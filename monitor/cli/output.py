"""Printing rows as aligned text columns or as JSON."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Sequence
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return str(value)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], wide: int | None = None) -> None:
    """Columns sized to their content; the `wide` column takes what the terminal has left."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    if wide is not None:
        width = shutil.get_terminal_size((140, 24)).columns
        others = sum(w + 2 for i, w in enumerate(widths) if i != wide)
        widths[wide] = max(20, min(widths[wide], width - others))
    line = "  ".join(h.ljust(widths[i]) for i, h in enumerate(headers))
    print(line.rstrip())
    for row in cells:
        parts = []
        for i, value in enumerate(row):
            shown = value if len(value) <= widths[i] else value[: widths[i] - 1] + "…"
            parts.append(shown.ljust(widths[i]))
        print("  ".join(parts).rstrip())
