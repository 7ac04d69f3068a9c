"""Dates as authorities print them in their listings: "20 October 2022", "20. Oktober 2022",
"20 października 2022", "20 Οκτωβρίου 2022", "20.10.2022", "2022-10-20".

The month names are data (resources/dates/months.yml), one list per language; the text is folded
(lower case, accents removed) before matching so that "Décembre", "decembre" and "DÉC." all read.
A page's own language is tried first, then every other language, so a Danish page that prints an
English date still gets it. Numeric dates are read day first, as every European authority writes them.
This is the one place of listing dates; a feed-date module can share the month table.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from functools import cache

import yaml

from monitor.paths import resource_path


def fold(text: str) -> str:
    """Lower case without accents: what month names are matched against."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def month_names() -> dict[str, dict[str, int]]:
    """language -> folded month name -> month number, from the resource file (checked as it loads)."""
    path = resource_path("dates/months.yml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of languages")
    out: dict[str, dict[str, int]] = {}
    for language, months in data.items():
        if not isinstance(months, list) or len(months) != 12:
            raise ValueError(f"{path}: {language}: expected twelve months")
        names: dict[str, int] = {}
        for number, forms in enumerate(months, start=1):
            if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
                raise ValueError(f"{path}: {language}: month {number} must be a list of names")
            for form in forms:
                names[fold(form.strip())] = number
        out[str(language)] = names
    return out


_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4})(?!\d)")
_WORD = r"[^\W\d_]+"
# 20 October 2022 · 20. Oktober 2022 · 1er octobre 2022 · 20 de octubre de 2022 · 20 Oct. 2022
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th|\.|º|ª)?\s+(?:de\s+)?({_WORD})\.?,?\s+(?:de\s+)?(\d{{4}})(?!\d)"
)
# October 20, 2022 · Oct 20 2022
_MONTH_DAY_YEAR = re.compile(rf"({_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= datetime.now(tz=UTC).year + 1:
        return None  # a date that far off is a page's other number, not its news
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _languages(language: str | None) -> list[dict[str, int]]:
    table = month_names()
    first = [table[language]] if language in table else []
    return first + [names for lang, names in table.items() if lang != language]


def find_date(text: str, language: str | None = None) -> date | None:
    """The first date written in `text`, or None."""
    if not text:
        return None
    folded = fold(text[:2000])
    for names in _languages(language):
        for match in _DAY_MONTH_YEAR.finditer(folded):
            month = names.get(match.group(2))
            if month and (found := _valid(int(match.group(3)), month, int(match.group(1)))):
                return found
        for match in _MONTH_DAY_YEAR.finditer(folded):
            month = names.get(match.group(1))
            if month and (found := _valid(int(match.group(3)), month, int(match.group(2)))):
                return found
    iso = _ISO.search(folded)
    if iso and (found := _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))):
        return found
    if numeric := _NUMERIC.search(folded):
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        if month > 12 >= day:  # 10/20/2022: only a month-first date can be read
            day, month = month, day
        return _valid(year, month, day)
    return None


def iso_date(value: date | None) -> str | None:
    """The date as the ISO 8601 UTC moment the store keeps (midnight, since listings give no time)."""
    return None if value is None else f"{value.isoformat()}T00:00:00Z"
