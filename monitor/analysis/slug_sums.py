"""The sum of a fine a URL slug states without its currency, and the currency of a sum stated
without one.

Slug generators drop currency signs and separators ("Twitter fined €450,000" ->
"twitter-fined-450000-by-irish-regulator", "€901,000" -> "901-000"); amounts.py reads a sum only
by its currency or multiplier, so such a number is left bare. In a slug title that reports a fine
without a sum, one bare number of five digits or more (or grouped in thousands) is that sum, in
the deciding authority's currency. A four-digit number is most often a year, so it is not read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from monitor.analysis.rates import rate_day, to_eur
from monitor.models import Fine

_BARE = re.compile(r"(?<![\w.,])(\d{1,3}(?: \d{3})+|\d{5,})(?![\w.,]| \d)")


def with_bare_sum(fine: Fine, slug_title: str, currency: str | None, on: dt.date | str | None) -> Fine:
    """fine with the sum its slug title states bare, when there is exactly one such number and
    the authority's currency is known; else fine as it is."""
    if fine.amount is not None or currency is None:
        return fine
    found = {int(m.group(1).replace(" ", "")) for m in _BARE.finditer(slug_title)}
    if len(found) != 1:
        return fine
    return with_currency(replace(fine, amount=float(found.pop())), currency, on)


def with_currency(fine: Fine, currency: str | None, on: dt.date | str | None) -> Fine:
    """fine's sum in `currency`, with its euro value, when the item stated none: the deciding
    authority's, once known (a country named after the sum: "Italia multa a X con 15 millones")."""
    if fine.amount is None or fine.currency is not None or currency is None:
        return fine
    eur = to_eur(fine.amount, currency, on)
    day = rate_day(currency, on) if eur is not None else None
    rated = day.isoformat() if day else None
    return replace(fine, currency=currency, amount_eur=eur, rate_date=rated)
