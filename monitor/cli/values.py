"""Option values checked where they enter the command line: dates, and names that must name something.

A filter that matches nothing because of a typo looks exactly like a register with nothing in it, so
`--since 2022/10/01`, `--since yesterdy` or `--tag facial-recognition` are refused (exit status 2)
with what was meant, rather than answered with an empty table.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable

from monitor.cli.context import UsageError

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:?\d{2})?)?")
_RELATIVE = re.compile(r"(\d{1,4})\s*(d|w|days?|weeks?)")
_SLASHED = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
DATE_HELP = "YYYY-MM-DD, or relative: today, yesterday, 7d, 2w"


def since_day(value: str | None, option: str = "--since", today: dt.date | None = None) -> str | None:
    """The first day a `--since`-like option keeps, as YYYY-MM-DD; refused with a hint if unreadable.

    Relative forms count back from today in local time, as a user reading "7d" means it: the last
    seven days, today included.
    """
    if value is None:
        return None
    text = value.strip().lower()
    today = today or dt.date.today()
    if text == "today":
        return today.isoformat()
    if text == "yesterday":
        return (today - dt.timedelta(days=1)).isoformat()
    relative = _RELATIVE.fullmatch(text)
    if relative:
        count = int(relative.group(1))
        days = count * 7 if relative.group(2).startswith("w") else count
        try:
            return (today - dt.timedelta(days=days)).isoformat()
        except OverflowError:
            raise UsageError(f"{option} {value!r} reaches before year 1") from None
    iso = _ISO.fullmatch(text.upper().replace("t", "T"))
    if iso:
        try:
            day = dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            raise UsageError(f"{option} {value!r} is not a day of the calendar") from None
        if iso.group(4) is None:
            return day.isoformat()
        hour, minute, second = int(iso.group(4)), int(iso.group(5)), int(iso.group(6) or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise UsageError(f"{option} {value!r} is not a time of day")
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    slashed = _SLASHED.fullmatch(text)
    hint = (
        f"; did you mean {int(slashed.group(1)):04d}-{int(slashed.group(2)):02d}-{int(slashed.group(3)):02d}?"
        if slashed
        else ""
    )
    raise UsageError(f"{option} must be a date ({DATE_HELP}), not {value!r}{hint}")


def known_value(value: str | None, known: Iterable[str], kind: str, *, fold_case: bool = False) -> str | None:
    """`value` when it names one of `known`, spelt as known; else a UsageError naming the closest.

    Case is folded for names people type in any case (authority codes, feed names); tags are
    identifiers and keep theirs, but "facial-recognition" still finds "facial_recognition".
    """
    if value is None:
        return None
    names = sorted(set(known))

    def key(name: str) -> str:
        return name.casefold() if fold_case else name

    by_key = {key(name): name for name in names}
    if key(value) in by_key:
        return by_key[key(value)]
    loose = {re.sub(r"[\W_]+", "", name.casefold()): name for name in names}
    wanted = re.sub(r"[\W_]+", "", value.casefold())
    close = [loose[wanted]] if wanted in loose else []
    close += [by_key[c] for c in difflib.get_close_matches(key(value), list(by_key), n=3, cutoff=0.6)]
    close = list(dict.fromkeys(close))
    if close:
        hint = "did you mean " + " or ".join(repr(c) for c in close) + "?"
    elif names:
        shown = names if len(names) <= 12 else [*names[:12], "…"]
        hint = "known: " + ", ".join(shown)
    else:
        hint = "none is known yet"
    raise UsageError(f"no {kind} {value!r}; {hint}")
