"""What a user may type as a correction (a party, a sum, a currency, a status, a domain), checked
where it enters: the command line and the window's dialog both pass their text through here, so a
value the register could not show, sort or convert never reaches it.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Sequence

from monitor.alerts import DOMAINS

# The statuses a user may give a decision; "mention_of_past" is how the analysis files a report
# that only mentions an earlier decision, not a state a decision can be in.
STATUSES = ("imposed", "proposed", "overturned")
MAX_PARTY = 200  # longer than any company's registered name, short enough for a table cell
# Above every fine ever imposed (EUR 4.3bn, USD 5bn), with room: a typo of three zeros is refused.
LARGEST_SUM = 1e12
# Letters, digits and the punctuation of company names ("AT&T", "Müller-Lüdenscheid GmbH & Co. KG",
# "Yahoo!", "O'Reilly"), in any script; no controls, no bidi overrides, no markup brackets.
_PARTY_CHARS = re.compile(r"[\w\s.,&'’\-+!/()@:#°ºª·]+")
_MULTIPLIERS = {
    "": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
    "billions": 1e9,
}
# 20000000 · 20,000,000 · 20 000 000 · 20'000'000 · 20_000_000 · 1.84 · 2.5 (the decimal point is
# a point: "1,5" is refused rather than read as 15 or 1.5).
_NUMBER = re.compile(
    r"(?P<int>\d{1,3}(?:(?P<sep>[, '_])\d{3})(?:(?P=sep)\d{3})*|\d+)(?:\.(?P<frac>\d+))?", re.ASCII
)


class CorrectionError(ValueError):
    """A correction refused, with a message the user can act on."""


def suggest(value: str, known: Sequence[str]) -> str:
    """ "did you mean …?" where a known value is close, and always the list of known values."""
    folded = {k.casefold(): k for k in known}
    close = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.6)
    hint = f"did you mean {folded[close[0]]!r}? " if close else ""
    return f"{hint}known values: {', '.join(known)}"


def _shown(text: str) -> str:
    """The user's text quoted in a message: cut, and with controls made visible by repr()."""
    return repr(text[:40] + ("…" if len(text) > 40 else ""))


def party(text: str) -> str:
    """A fined party's name as the register will show it: NFC, inner spaces collapsed."""
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise CorrectionError("the party's name is empty")
    if len(name) > MAX_PARTY:
        raise CorrectionError(f"the party's name is {len(name)} characters long; at most {MAX_PARTY}")
    if not _PARTY_CHARS.fullmatch(name) or not any(ch.isalnum() for ch in name):
        bad = sorted({ch for ch in name if not _PARTY_CHARS.fullmatch(ch)})
        what = ", ".join(f"U+{ord(ch):04X}" for ch in bad[:5]) or "no letter or digit"
        raise CorrectionError(
            f"the party's name {_shown(text)} has characters a company name does not ({what}): "
            "letters, digits, spaces and . , & ' - + ! / ( ) are accepted"
        )
    return name


def amount(text: str) -> float:
    """A sum as typed: "20000000", "20,000,000", "20 million", "1.84bn", "725k"."""
    cleaned = unicodedata.normalize("NFKC", text).strip().casefold()
    # ASCII digits only (NFKC has made full-width ones ASCII): other scripts' digits are refused
    # rather than read as a sum the user may not have meant.
    match = re.fullmatch(r"(?P<number>[\d., '_]+?)\s*(?P<unit>[a-z]*)", cleaned, re.ASCII)
    number = _NUMBER.fullmatch(match.group("number")) if match else None
    unit = match.group("unit") if match else ""
    if match is None or number is None or unit not in _MULTIPLIERS:
        raise CorrectionError(
            f"{_shown(text)} is not a sum: give digits, optionally grouped by thousands and with a "
            "decimal point, and optionally k, million or bn (20000000, 20,000,000, 20 million, 1.84bn)"
        )
    whole = re.sub(r"\D", "", number.group("int"))
    value = float(f"{whole}.{number.group('frac') or '0'}") * _MULTIPLIERS[unit]
    if not math.isfinite(value) or value <= 0:
        raise CorrectionError(f"{_shown(text)} is not a sum greater than zero")
    if value > LARGEST_SUM:
        raise CorrectionError(f"{_shown(text)} is more than {LARGEST_SUM:,.0f}: no fine is that large")
    return round(value, 2)


def currency(text: str, known: Sequence[str]) -> str:
    """An ISO 4217 code the register can value in euros."""
    code = text.strip().upper()
    if code not in known:
        raise CorrectionError(f"unknown currency {_shown(text)}: {suggest(code, known)}")
    return code


def status(text: str) -> str:
    value = text.strip().casefold()
    if value not in STATUSES:
        raise CorrectionError(f"unknown status {_shown(text)}: {suggest(value, STATUSES)}")
    return value


def domain(text: str) -> str:
    value = text.strip().casefold().replace("-", "_").replace(" ", "_")
    if value not in DOMAINS:
        raise CorrectionError(f"unknown domain {_shown(text)}: {suggest(value, DOMAINS)}")
    return value
