"""Dates as authorities print them in their listings: "20 October 2022", "20. Oktober 2022",
"20 października 2023", "20 Οκτωβρίου 2022", "20.10.2022", "2022-10-20".

Written-out dates are read by dates.py (month names from CLDR, resources/dates.yml; the page's own
language first, then any). A listing line is not a feed date on its own, so the numeric forms are
searched for within the text here: ISO first, then day-first numbers as every European authority
writes them.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from monitor import dates

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4})(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= datetime.now(tz=UTC).year + 1:
        return None  # a date that far off is a page's other number, not its news
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, language: str | None = None) -> date | None:
    """The first date written in `text`, or None."""
    if not text:
        return None
    text = text[:2000]
    for stated in dates.stated_dates(text, language):
        if found := _valid(stated.year, stated.month, stated.day):
            return found
    iso = _ISO.search(text)
    if iso and (found := _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))):
        return found
    if numeric := _NUMERIC.search(text):
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        if month > 12 >= day:  # 10/20/2022: only a month-first date can be read
            day, month = month, day
        return _valid(year, month, day)
    return None


def iso_date(value: date | None) -> str | None:
    """The date as the ISO 8601 UTC moment the store keeps (midnight, since listings give no time)."""
    return None if value is None else f"{value.isoformat()}T00:00:00Z"
