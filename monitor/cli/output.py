"""Everything the CLI prints goes through here: tables fitted to the terminal, JSON, messages, documents.

Text from feeds, servers and files is escaped for the terminal at this last step (monitor/escape.py),
so no title, name, error message or Location header can send an escape sequence to the terminal.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from monitor.escape import terminal, terminal_json

MIN_COLUMN = 4  # a column shrunk below this says nothing; the table overflows instead


class TerminalText:
    """A text stream that escapes what is written to it for the terminal (lines kept)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(terminal(text, one_line=False))

    def flush(self) -> None:
        self.stream.flush()


def say(text: object, file: TextIO | None = None) -> None:
    """Print a line of text that may carry remote content."""
    print(terminal(text, one_line=False), file=file or sys.stdout)


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(terminal_json(_encodable(text, data)) + "\n")


def json_line(data: Any) -> str:
    """One JSON document on one line, safe on a terminal and exact when parsed."""
    return terminal_json(_encodable(json.dumps(data, ensure_ascii=False), data)) + "\n"


def _encodable(text: str, data: Any) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: keep it as a \ud800 escape
        return json.dumps(data, indent=2 if "\n" in text else None)
    return text


def write_document(data: bytes | str) -> None:
    """A document (CSV, OPML, Atom) to stdout: exact into a pipe or file, escaped on a terminal."""
    if sys.stdout.isatty():
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        sys.stdout.write(terminal(text, one_line=False))
        sys.stdout.flush()
        return
    if isinstance(data, str):
        data = data.encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    if isinstance(value, int):
        return str(value)  # digits: nothing to escape (2,000 feeds' counts skip two regex passes)
    return terminal(value)


def width(text: str) -> int:
    """Columns a string takes on a terminal: wide East Asian characters 2, combining marks 0."""
    if text.isascii():  # one column a character: most cells, and 2,000 feeds' rows cost 0.4 s per char
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def clip(text: str, limit: int) -> str:
    """The text cut to `limit` terminal columns, ending in … when something was cut."""
    if width(text) <= limit:
        return text
    if text.isascii():  # one column a character, none combining
        return text[: max(limit - 1, 0)] + "…"
    out, used = [], 0
    for char in text:
        step = 0 if unicodedata.combining(char) else (2 if unicodedata.east_asian_width(char) in "WF" else 1)
        if used + step > limit - 1:
            break
        out.append(char)
        used += step
    return "".join(out) + "…"


def terminal_columns(stream: TextIO | None = None) -> int | None:
    """The width to fit: $COLUMNS or the terminal's; None (no limit) when writing to a pipe or file."""
    if os.environ.get("COLUMNS", "").isdigit():
        return max(int(os.environ["COLUMNS"]), 20)
    stream = stream or sys.stdout
    if not stream.isatty():
        return None
    return shutil.get_terminal_size((80, 24)).columns


def fit(widths: list[int], headers: Sequence[str], available: int, flexible: Sequence[int] = ()) -> list[int]:
    """Column widths within `available`: the widest column gives up a column at a time.

    The `flexible` columns (free text: titles, names, errors) give way first, down to their
    header's width; then every column down to its header's; then headers too, down to MIN_COLUMN.
    Past that the table overflows rather than become unreadable.
    """
    fitted = list(widths)
    total = sum(fitted) + 2 * (len(fitted) - 1)
    header = [min(w, max(width(h), MIN_COLUMN)) for w, h in zip(widths, headers, strict=True)]
    floors = [
        [header[i] if i in flexible else w for i, w in enumerate(widths)],
        header,
        [min(w, MIN_COLUMN) for w in widths],
    ]
    for floor in floors:
        while total > available:
            shrinkable = [i for i, w in enumerate(fitted) if w > floor[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: fitted[i])
            fitted[widest] -= 1
            total -= 1
    return fitted


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    wide: bool = False,
    flexible: Sequence[int] = (),
) -> None:
    """Columns sized to their content, fitted to the terminal (cells cut with …) unless `wide`.

    `flexible` names the free-text columns that give way first, so dates and amounts stay whole.
    """
    cells = [list(headers), *([_cell(v) for v in row] for row in rows)]
    used = [[width(cell) for cell in row] for row in cells]  # measured once: 2,000 feeds are 14,000 cells
    widths = [max(column) for column in zip(*used, strict=True)]
    available = None if wide else terminal_columns()
    if available is not None:
        widths = fit(widths, headers, available, flexible)

    def line(values: Sequence[str], measured: Sequence[int]) -> str:
        parts = []
        for value, size, room in zip(values, measured, widths, strict=True):
            shown, shown_size = value, size
            if size > room:
                shown = clip(value, room)
                shown_size = len(shown) if value.isascii() else width(shown)  # "…" takes one column
            parts.append(shown + " " * (room - shown_size))
        return "  ".join(parts).rstrip()

    # One write for the table, not a print() for each of 2,000 feeds' lines.
    sys.stdout.write("".join(line(row, measured) + "\n" for row, measured in zip(cells, used, strict=True)))
