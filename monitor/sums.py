"""How two reports' sums compare: the figures as told in one currency (each may be the other
rounded), euros at each report's rate across two, a precise figure repeated exactly. Pure.

A report rounds ("€1.8bn" for €1.84bn), converts at its own day's rate, or leaves the currency
out; two decisions' sums differ by more than any of that (EUR 390M and EUR 405M, both told).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the shape only; events.py imports this module
    from monitor.events import FineFacts

SAME_CURRENCY_TOLERANCE = 0.06  # "EUR 2.5 million" for EUR 2,520,000; "€1.8bn" for €1.84bn
# Outlets convert at their own day's rate; beyond this, two sums in two currencies (GBP 18.4M and
# EUR 27M) are two decisions, which 20% had let a vague report join.
CROSS_CURRENCY_TOLERANCE = 0.12
# A figure told to this many significant digits ("$1.375 billion", "EUR 14.5 million") is rarely
# another decision's: its exact repetition counts as a fact shared, where "EUR 20 million" does not.
SPECIFIC_DIGITS = 3


def close(a: float | None, b: float | None, tolerance: float) -> bool | None:
    """True/False when both amounts are known, None when either is missing."""
    if a is None or b is None:
        return None
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def tolerance(a: FineFacts, b: FineFacts) -> float:
    """Euro values of one sum agree closely in one currency, loosely across two (rates differ)."""
    same_currency = a.currency is not None and a.currency == b.currency
    return SAME_CURRENCY_TOLERANCE if same_currency else CROSS_CURRENCY_TOLERANCE


def raw_sums(a: FineFacts, b: FineFacts) -> tuple[float | None, float | None]:
    """The figures as written, when one side's currency is unknown ("50 millones" for EUR 50M):
    a report that leaves out the currency most often means the decision's own."""
    if (a.currency is None) == (b.currency is None):
        return None, None
    return a.fine.amount, b.fine.amount


# Regrouping compares every report of a component with the sums of every event (issue #17): the
# same few hundred figures, so their digits are counted once.
@lru_cache(maxsize=4096)
def rounding(amount: float) -> float:
    """Half a unit of the figure's last significant digit: how far "EUR 2.5 million" may be from
    the exact sum it rounds (EUR 50,000), and "EUR 405 million" from its own (EUR 500,000)."""
    return float(10 ** (len(f"{abs(amount):.0f}") - significant_digits(amount))) / 2


def rounded_alike(a: FineFacts, b: FineFacts) -> bool | None:
    """Two figures in one currency agree when each may be the other rounded ("€1.8bn" and €1.84bn),
    never beyond the same-currency tolerance: EUR 390M and EUR 405M are two sums, not one rounded."""
    x, y = a.fine.amount, b.fine.amount
    if x is None or y is None or a.currency is None or a.currency != b.currency:
        return None
    return _as_rounded(x, y)


def _as_rounded(x: float, y: float) -> bool:
    return abs(x - y) <= min(rounding(x) + rounding(y), SAME_CURRENCY_TOLERANCE * max(abs(x), abs(y)))


def told_near(x: float | None, y: float | None, a: FineFacts, b: FineFacts) -> bool:
    """Two sums (in euros) sources of two decisions gave are near: as rounded when both decisions
    are in euros (then the euros are the figures as told), else within the tolerance."""
    if x is None or y is None:
        return False
    if a.currency == b.currency == "EUR":
        return _as_rounded(x, y)
    return close(x, y, tolerance(a, b)) is True


def amounts_agree(a: FineFacts, b: FineFacts, slack: float | None = None) -> bool | None:
    """The lump sums (or, when either lacks one, the periodic penalties) agree; None: not comparable.
    In one currency the figures as told are compared (the euros of each depend on its day's rate)."""
    allowed = tolerance(a, b) if slack is None else slack
    lump = rounded_alike(a, b) if slack is None else None
    if lump is None:
        lump = close(a.amount_eur, b.amount_eur, allowed)
    if lump is None:
        lump = close(*raw_sums(a, b), SAME_CURRENCY_TOLERANCE)
    if lump is not None:
        return lump
    return close(a.penalty_eur, b.penalty_eur, allowed)


@lru_cache(maxsize=4096)
def significant_digits(amount: float) -> int:
    """How precisely a figure is told: 1375000000 -> 4, 20000000 -> 1."""
    digits = f"{abs(amount):.0f}".rstrip("0")
    return len(digits)


def specific_match(a: FineFacts, b: FineFacts) -> bool:
    """Both give the same precise figure in one currency (or one leaves the currency out)."""
    x, y = a.fine.amount, b.fine.amount
    if x is None or y is None or conflict(a.currency, b.currency):
        return False
    return x == y and significant_digits(x) >= SPECIFIC_DIGITS


def conflict(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b
