"""Dates as feeds and articles write them, in the EU languages; a date that cannot be read is None.

Feeds are supposed to carry RFC 822 or RFC 3339 dates, and many localise them instead:
`jeu., 06 janv. 2022 10:00:00 +0100`, `Seg, 24 Set 2018`, `06.01.2022`, `2022-01-06 10:00`.
`parse_date` reads those; `stated_dates` finds the dates an article's text states ("le 1er septembre
2025", "am 3. Mai 2024", "on 12 March 2023", "March 12, 2023"), which can date a decision whose feed
gave none. Month and day names are data (`resources/dates.yml`, from CLDR); nothing here guesses
"now" for a date it cannot read: the caller stores the date as unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

from monitor.paths import load_resource_yaml


def fold(text: str) -> str:
    """Lower case without accents or a trailing dot: 'Févr.' and 'fevr' are one spelling."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


@dataclass(frozen=True)
class Names:
    """Folded month and day names: per language, and for all languages at once."""

    months: dict[str, dict[str, int]]  # language -> spelling -> month (1-12)
    days: dict[str, frozenset[str]]  # language -> weekday spellings
    timezones: dict[str, int]  # abbreviation -> minutes east of UTC

    def month(self, token: str, language: str | None = None) -> int | None:
        """The month a word names, in the given language first; None when unknown or ambiguous."""
        word = fold(token)
        tables = [self.months[language]] if language in self.months else []
        tables.append(self.months[""])
        for table in tables:
            if word in table:
                return table[word] or None  # 0: names two months in different languages
            if len(word) < 3:
                continue
            found = {month for name, month in table.items() if name.startswith(word)}
            if len(found) == 1 and 0 not in found:
                return found.pop()  # an abbreviation CLDR does not list: "sept", "janv", "Thurs"
            if found:
                return None
        return None

    def is_day(self, token: str, language: str | None = None) -> bool:
        word = fold(token)
        names = self.days.get(language or "", frozenset()) | self.days[""]
        return word in names or any(len(word) >= 2 and name.startswith(word) for name in names)


@cache
def names() -> Names:
    data = load_resource_yaml("dates.yml")
    months: dict[str, dict[str, int]] = {"": {}}
    days: dict[str, frozenset[str]] = {}
    every_day: set[str] = set()
    for language, spec in data["languages"].items():
        if len(spec["months"]) != 12 or len(spec["days"]) != 7:
            raise ValueError(f"dates.yml: {language} needs 12 months and 7 days")
        table: dict[str, int] = {}
        for number, spellings in enumerate(spec["months"], 1):
            for spelling in spellings:
                table[fold(str(spelling))] = number
                merged = months[""].get(fold(str(spelling)))
                # The same word for two months in two languages (Croatian "listopad" is October,
                # Czech November) names no month unless the feed's language says which.
                months[""][fold(str(spelling))] = number if merged in (None, number) else 0
        months[language] = table
        days[language] = frozenset(fold(str(s)) for spellings in spec["days"] for s in spellings)
        every_day |= days[language]
    days[""] = frozenset(every_day)
    return Names(months, days, {str(k).upper(): int(v) for k, v in data["timezones"].items()})


# Between a date and its time: a space, a comma, "T", a dash (Drupal's default), or the word for
# "at" of the feed's language ("December 7, 2022 at 10:00 am", "7 décembre 2022 à 10h00").
_AT = r"(?:[\s,T]+(?:(?:at|à|às|a|um|alle|ore|a\s+las|om)\s+)?|\s+-\s+)"
# A clock, with a 12-hour clock's "am"/"pm" when it has one.
_CLOCK = r"(?P<time>\d{1,2}[:h.]\d{2}(?:[:.]\d{2})?)(?:\s*(?P<half>[ap])\.?m\.?(?!\w))?"
# A day's ordinal ending: "7th December 2022", "1er septembre 2025", "December 7th, 2022", and the
# ordinal sign Italian, Spanish and Portuguese write after the first day ("1° ottobre", "1º de marzo").
_NTH = r"(?:st|nd|rd|th|er|re|°|º)?"
# A feed's date: [weekday,] day month year [time [zone]], any language, any punctuation between.
_NAMED = re.compile(
    # Spanish and Portuguese join day, month and year with "de" ("6 de diciembre de 2024").
    rf"^(?:(?P<dow>[^\W\d_]{{2,}}(?:-[^\W\d_]+)?)\.?,?\s+)?(?P<day>\d{{1,2}}){_NTH}\.?[\s-]+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})\.?[\s,-]+"
    rf"(?:de\s+)?(?P<year>\d{{4}}|\d{{2}})(?:{_AT}{_CLOCK})?\s*(?P<zone>.*)$",
    re.IGNORECASE,
)
# month day, year (US order): "March 12, 2023 10:00 EST", "Wednesday, March 12, 2023 - 10:00"
# (Drupal's default), JavaScript's "Wed Mar 12 2023 10:00:00 GMT+0100 (CET)"; or C's asctime,
# the year last: "Wed Mar 12 10:00:00 UTC 2023".
_US = re.compile(
    rf"^(?:(?P<dow>[^\W\d_]{{2,}})\.?,?\s+)?(?P<month>[^\W\d_]{{3,}})\.?\s+(?P<day>\d{{1,2}}){_NTH},?\s+"
    rf"(?P<year>\d{{4}})(?:{_AT}{_CLOCK})?\s*(?P<zone>.*)$",
    re.IGNORECASE,
)
_ASCTIME = re.compile(
    r"^(?P<dow>[^\W\d_]{2,})\s+(?P<month>[^\W\d_]{3,})\s+(?P<day>\d{1,2})\s+"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s+(?:(?P<zone>[A-Za-z]{1,5}|[+-]\d{4})\s+)?(?P<year>\d{4})$"
)
_NUMERIC = re.compile(
    r"^(?:(?P<dow>[^\W\d_]{2,})\.?,?\s+)?(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,4})"
    r"(?:[\s,T]+(?P<time>\d{1,2}[:h.]\d{2}(?:[:.]\d{2})?))?\s*(?P<zone>.*)$"
)
_CLOCK_WORDS = frozenset({"uhr", "h", "hrs", "horas", "ore", "uur"})
_OFFSET = re.compile(r"^(?:(?:GMT|UTC|UT)\s*)?(?P<sign>[+-])(?P<h>\d{1,2}):?(?P<m>\d{2})?$")
_TIME = re.compile(r"(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?")
_NAMED_AFTER_OFFSET = re.compile(r"(?<=\d)\s*\([^()]*\)$")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
        year += 2000 if year < 50 else 1900
    return year


def _zone(text: str) -> timezone | None:
    # A zone's name in brackets after its offset says nothing more: "GMT+0100 (CET)".
    text = _NAMED_AFTER_OFFSET.sub("", text.strip()).strip("()")
    if text.lower() in _CLOCK_WORDS:  # "09:15 Uhr": "o'clock", no zone
        text = ""
    if not text:
        return UTC  # no zone: RFC 822 readers take it as UTC, and so does feedparser
    if match := _OFFSET.match(text.upper()):
        minutes = int(match["h"]) * 60 + int(match["m"] or 0)
        if minutes > 18 * 60:
            return None
        return timezone(timedelta(minutes=minutes if match["sign"] == "+" else -minutes))
    minutes_east = names().timezones.get(text.upper().split()[0])
    return None if minutes_east is None else timezone(timedelta(minutes=minutes_east))


def _build(
    year: int, month: int, day: int, clock: str | None, zone: str, half: str | None = None
) -> datetime | None:
    tz = _zone(zone)
    if tz is None:
        return None
    hour = minute = second = 0
    if clock:
        parts = _TIME.fullmatch(clock)
        if parts is None:
            return None
        hour, minute, second = int(parts[1]), int(parts[2]), int(parts[3] or 0)
        if half is not None:  # "12:30 am" is half past midnight, "12:30 pm" half past noon
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz).astimezone(UTC)
    except ValueError:
        return None


def _iso(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def parse_date(text: str, language: str | None = None) -> datetime | None:
    """A feed's date as an aware UTC datetime; None when it cannot be read for sure."""
    text = " ".join(text.split())
    if not text or len(text) > 80:
        return None
    if (moment := _iso(text)) is not None:
        return moment
    table = names()
    for pattern in (_NAMED, _US, _ASCTIME):
        if match := pattern.match(text):
            if match["dow"] and not table.is_day(match["dow"], language):
                continue
            month = table.month(match["month"], language)
            if month is None:
                continue
            half = match["half"] if pattern is not _ASCTIME else None
            return _build(
                _year(match["year"]), month, int(match["day"]), match["time"], match["zone"] or "", half
            )
    if match := _NUMERIC.match(text):
        if match["dow"] and not table.is_day(match["dow"], language):
            return None
        a, b, c = match["a"], match["b"], match["c"]
        if len(a) == 4:  # 2022-01-06, 2022/01/06
            year, month, day = int(a), int(b), int(c)
        elif len(c) in (2, 4):
            # Day first, as everywhere in Europe; month first only when the day cannot be first.
            first, second = int(a), int(b)
            day, month = (second, first) if second > 12 >= first else (first, second)
            year = _year(c)
        else:
            return None
        if not 1 <= month <= 12:
            return None
        return _build(year, month, day, match["time"], match["zone"])
    return None


# --- dates stated in an article's text --------------------------------------------------------------

_ORDINAL = r"(?:er|re|eme|st|nd|rd|th|º|°|o|\.)?"
_WORD = r"[^\W\d_]{3,}\.?"
_STATED = re.compile(
    rf"\b(?P<day>[0-3]?\d){_ORDINAL}\s+(?:de\s+|di\s+)?(?P<month>{_WORD})\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<month2>{_WORD})\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def stated_dates(text: str, language: str | None = None) -> Iterator[date]:
    """Calendar dates written out in the text, in the order they appear."""
    table = names()
    for match in _STATED.finditer(text):
        day, month_word, year = (
            (match["day"], match["month"], match["year"])
            if match["day"]
            else (match["day2"], match["month2"], match["year2"])
        )
        month = table.month(month_word.rstrip("."), language)
        if month is None:
            continue
        try:
            yield date(int(year), month, int(day))
        except ValueError:
            continue


def stated_date(text: str, language: str | None, before: datetime | None = None) -> date | None:
    """The latest date the text states that is not after `before` (a decision is not in the future)."""
    limit = (before or datetime.now(tz=UTC)).date()
    found = [d for d in stated_dates(text, language) if d <= limit]
    return max(found) if found else None
