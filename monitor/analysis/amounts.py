"""Sums of money as people write them ("€20m", "35,3 Mio. Euro", "200 000 kronor")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from monitor.analysis import rates, rules
from monitor.analysis.fold import fold_lower
from monitor.analysis.index import Rule, Scan, scan_of
from monitor.analysis.leads import Leads, phrase_leads
from monitor.analysis.phrases import alternation


class Money(NamedTuple):
    """One sum found in lower-cased folded text (a tuple: made for every sum of every item)."""

    value: float
    currency: str | None  # ISO 4217; for an ambiguous word ("crowns") the fallback choice
    choices: tuple[str, ...]  # the currencies an ambiguous word may mean, else ()
    start: int
    end: int
    digits: str  # the digits as written, separators removed ("5,2" -> "52")
    decimal: bool  # written with a decimal separator
    significant: int  # significant digits written ("35,3" -> 3, "20" -> 1)


@dataclass(frozen=True, slots=True)
class _Tables:
    pattern: Rule
    before: dict[str, str]
    after: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]]  # after the number ("crowns") or before it ("$")
    factors: dict[str, float]
    number_words: dict[str, float]
    largest: float
    coordinator: re.Pattern[str]


# Grouped by thousands ("20.000.000", "20 000", "20'000"), or the Indian way, by lakhs and crores
# ("Rs 2,13,00,000": 21.3 million), or not grouped.
_NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:(?:[.,']|\s)\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SPACE_RUN = re.compile(r"[\s\-]+")


def _key(word: str) -> str:
    return _SPACE_RUN.sub(" ", fold_lower(word).strip()).replace("'", "")


@cache
def _tables() -> _Tables:
    data = rules.load("money")
    before = {_key(w): cur for cur, words in data["currency_before"].items() for w in words}
    after = {_key(w): cur for cur, words in data["currency_after"].items() for w in words}
    for cur, per_language in data.get("currency_names", {}).items():
        after.update({_key(w): cur for words in per_language.values() for w in words})
    ambiguous = {_key(w): tuple(curs) for w, curs in data["ambiguous_currency_after"].items()}
    factors = {
        _key(w).rstrip("."): float(factor) for factor, words in data["multipliers"].items() for w in words
    }
    number_words = {_key(w): float(n) for n, words in data["number_words"].items() for w in words}
    long_mult = [w for w in factors if len(w) > 2 or " " in w]
    short_mult = [w for w in factors if w not in long_mult]
    # A one- or two-letter multiplier ("20m", "1.2bn") must touch the digits, or sit between
    # them and a currency symbol ("20 M€"): on its own after a space it is too often a word.
    # A long multiplier may follow a space or, in a German compound, a hyphen ("50-Millionen-Euro-Strafe").
    # A long one may also touch the digits ("500mila euro", "2millions").
    long_alt = alternation(long_mult).replace(r"(?<!\w)", r"(?<![^\W\d])")
    short = "|".join(sorted(short_mult, key=len, reverse=True))
    post = alternation([*after, *ambiguous]).replace(r"(?<!\w)", "")
    ambiguous.update({_key(w): tuple(curs) for w, curs in data["ambiguous_currency_before"].items()})
    # A short one may also stand after a space when a currency word is on either side: "€1.5 m",
    # "EUR 2 bn", "1.5 mn euros" (a currency says the letters are money, not metres or minutes).
    mult = (
        rf"[\s-]?(?P<mult>{long_alt}\.?)"
        rf"|(?P<smult>{short})(?![\w])"
        rf"|\s(?P<smult2>{short})(?=[€£$])"
        rf"|(?(pre)\s(?P<smult3>{short})(?![\w])|(?!))"
        rf"|\s(?P<smult4>{short})(?=[\s-]?(?:{post}))"
        # A slug generator writes "€" as "e" (WordPress's remove_accents): "194me", "e20m".
        rf"|(?P<smult5>{short})(?P<epost>e)(?!\w)"
    )
    # "eur746m": a currency code may touch the digits; "deuros": a slug may glue "d'" on.
    pre = alternation(before).replace(r"(?!\w)", r"(?![^\W\d_])")
    words = alternation(number_words)
    half = alternation(data.get("half_after") or ["and a half"])
    # "20 millions de dollars", "20 milioni di euro"; an elision may be glued on in a slug ("deuros").
    connector = "|".join(
        rf"{re.escape(c[:-1])}(?:'\s?|\s?)" if c.endswith("'") else rf"{re.escape(c)}\s"
        for c in data["currency_connectors"]
    )
    # A URL slug turns a decimal mark into a space ("14-5-millionen" -> "14 5 millionen",
    # "1-2bn" -> "1 2bn"); a short multiplier must touch the digits there too.
    # The mark may be spelt out: "1 komma 4 miljard" (money.yml decimal_words).
    marks = alternation(data.get("decimal_words") or ["komma"])
    slug = rf"(?P<slug>\d{{1,3}} (?:{marks} )?\d{{1,2}})(?=[\s-]?{alternation(long_mult)}|(?:{short})(?!\w))"
    pattern = (
        rf"(?<![\w.,€£$])(?:(?P<pre>{pre})\s?|(?P<epre>e)(?=\d))?"
        # Dutch and German write no cents as ",-" ("500.000,- euro").
        rf"(?:(?:{slug}|(?P<num>{_NUMBER})(?:,-(?!\d))?)(?:{mult})?|(?P<wnum>{words})[\s-]+(?P<wmult>{alternation(long_mult)}))"
        rf"(?P<half>\s+{half})?"
        rf"(?:[\s-]?(?:{connector})?(?P<post>{post}))?"
    )
    # A sum starts at a currency word (which may touch the digits: "eur746m"), at digits, at a
    # number word or at a currency symbol.
    glued = [w for w in before if w.isalnum()] + ["e"]
    leads = (
        phrase_leads([w for w in before if w not in glued])
        | Leads(numbered=frozenset(glued), numbered_next=frozenset(phrase_leads(number_words).exact))
        | Leads(digits=True)
        | phrase_leads(number_words, then=long_mult)
    )
    largest = float(data["largest_plausible_sum"])
    coordinator = re.compile(rf"\s+{alternation(data['coordinators'])}\s+")
    return _Tables(
        Rule(pattern, leads), before, after, ambiguous, factors, number_words, largest, coordinator
    )


def _parse_number(raw: str) -> tuple[float, str, bool]:
    """Value, bare digits and whether a decimal separator was written."""
    s = raw.replace(" ", "").replace("'", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal_sep = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal_sep == "." else "."
    elif dots + commas == 0:
        return float(s), s, False
    else:
        sep = "." if dots else ","
        # One separator before exactly three digits groups thousands ("725.000 euro",
        # "1.800 millones"); otherwise it is the decimal mark ("35,3 Mio.", "€1.2bn").
        if dots + commas > 1 or len(s.rsplit(sep, 1)[1]) == 3:
            return float(s.replace(sep, "")), s.replace(sep, ""), False
        decimal_sep, thousands = sep, ""
    s = s.replace(thousands, "") if thousands else s
    digits = s.replace(decimal_sep, "")
    return float(s.replace(decimal_sep, ".")), digits, True


def _significant(digits: str) -> int:
    return max(1, len(digits.lstrip("0").rstrip("0")))


def money_spans(scan: Scan, start: int = 0, end: int | None = None) -> list[tuple[int, int, Money | None]]:
    """Every stretch the money pattern matches in scan.text[start:end], with the sum it reads
    (None for a bare number without currency or multiplier), in order."""
    # The fine and the party both read an item's sums: the last whole scan's are kept.
    whole = start == 0 and end is None
    if whole and _LAST_SCAN[0] is scan:
        return list(_LAST_SCAN[1])
    spans = _money_spans(scan, start, end)
    if whole:
        _LAST_SCAN[:] = [scan, spans]
    return list(spans) if whole else spans


_LAST_SCAN: list[Any] = [None, []]


def _money_spans(scan: Scan, start: int, end: int | None) -> list[tuple[int, int, Money | None]]:
    tables = _tables()
    out: list[tuple[int, int, Money | None]] = []
    unit = 1.0  # the multiplier of the sum before
    for m in tables.pattern.findall(scan, start, end):
        # The reading depends on the matched groups only, and sums recur: cached.
        groups = m.groups()
        reading = _PARSED.get(groups, _UNSEEN)
        if reading is _UNSEEN:
            reading = _read(m, tables)
            if len(_PARSED) >= 50_000:
                _PARSED.clear()
            _PARSED[groups] = reading
        at, to = m.span()
        money = None
        if reading is not None:
            # The cached reading, placed here: a NamedTuple's _replace costs ten times more.
            value, currency, choices, _, _, digits, decimal, significant = reading
            money = tuple.__new__(Money, (value, currency, choices, at, to, digits, decimal, significant))
            if out and _compound(scan.text, out, money, tables, unit):
                continue
            if out:
                _share_multiplier(scan.text, out, money, m, tables)
        out.append((at, to, money))
        unit = _unit(m, tables)
    return out


def _unit(m: re.Match[str], tables: _Tables) -> float:
    """The multiplier a sum was written with ("milioni": a million), 1 without one."""
    word = next((w for w in m.group("mult", "smult", "smult2", "smult3", "smult4", "wmult") if w), None)
    return tables.factors.get(_key(word).rstrip("."), 1.0) if word else 1.0


def _compound(
    text: str, out: list[tuple[int, int, Money | None]], money: Money, tables: _Tables, unit: float
) -> bool:
    """Whether money completes the sum before it (written with the multiplier unit), replacing
    that entry in out: a number of two units, the larger first and without a currency ("un
    miliardo e 200 milioni", "2 milioni e 500mila euro"). A second sum that reaches the first's
    unit is a sum of its own ("80 miljoen en 45 miljoen euro", "40 and 15 million")."""
    at, to, before = out[-1]
    joint = tables.coordinator.fullmatch(text, to, money.start)
    if before is None or before.currency is not None or joint is None or "respectively" in joint.group():
        return False
    if unit < 1000 or money.value >= unit:
        return False
    total = before.value + money.value
    digits = str(int(total)).rstrip("0") or "0"
    combined = Money(total, money.currency, money.choices, at, money.end, digits, False, len(digits))
    out[-1] = (at, money.end, combined)
    return True


def _share_multiplier(
    text: str, out: list[tuple[int, int, Money | None]], money: Money, m: re.Match[str], tables: _Tables
) -> None:
    """A number coordinated with a sum takes the multiplier it lacks and the currency, replacing
    its entry in out: "40 and 15 million euros", "40 miljoen en 15 miljoen euro"."""
    at, to, before = out[-1]
    if not tables.coordinator.fullmatch(text, to, money.start):
        return
    if before is not None:
        if before.currency is None and money.currency is not None:
            out[-1] = (at, to, before._replace(currency=money.currency, choices=money.choices))
        return
    mult = m.group("mult") or m.group("wmult")
    raw = text[at:to]
    if not mult or not raw.replace(",", "").replace(".", "").isdigit():
        return
    value, digits, decimal = _parse_number(raw)
    if value >= 1000:  # "in 2020 and 5 million": a year, not a sum in millions
        return
    factor = tables.factors.get(_key(mult).rstrip("."), 1.0)
    shared = Money(
        value * factor, money.currency, money.choices, at, to, digits, decimal, _significant(digits)
    )
    out[-1] = (at, to, shared)


def sums_as_words(scan: Scan) -> Scan:
    """The scan with the spaces inside each sum but its last made underscores (offsets kept), so
    that a phrase's gap of a few words counts a sum as two words, as cased text writes most
    ("900.000 Euro", "€ 5m"), however many words spell it ("due milioni e mezzo di euro", a slug's
    "900 000 euro"). The last word stays apart: frames may begin with it ("Euro gegen X")."""
    text = scan.text
    spans = [(at, to) for at, to, m in money_spans(scan) if m is not None and text.count(" ", at, to) > 1]
    if not spans:
        return scan
    parts: list[str] = []
    done = 0
    for at, to in spans:
        last = text.rindex(" ", at, to)
        parts += [text[done:at], text[at:last].replace(" ", "_"), text[last:to]]
        done = to
    parts.append(text[done:])
    return Scan("".join(parts), scan.index)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def exact_figure(scan: Scan, rough: Money, tellings: list[Money]) -> Money:
    """The sum to the unit where the item brackets it after any telling of the rounded one
    (tellings: every sum of the item): "per oltre 3 milioni (3.071.480,50)", a title's
    "£7.5m" over a lead's "£7.5m (£7,552,800)"; else the sum as chosen."""
    for told in tellings:
        if told.value == rough.value and told.currency in (None, rough.currency):
            exact = _in_brackets(scan, told)
            if exact is not None:
                return exact._replace(currency=rough.currency)
    return rough


def _in_brackets(scan: Scan, rough: Money) -> Money | None:
    """A bare number, or a sum in the same currency, in brackets right after a sum that it gives
    to more digits, rounded or cut as the rough one was written ("over €1 billion"); any other
    bracket (a year, a count, a conversion) is no exact figure."""
    text = scan.text
    opened = _BRACKET_OPEN.match(text, rough.end)
    if opened is None:
        return None
    inside = next(((at, to, m) for at, to, m in money_spans(scan) if at >= opened.end()), None)
    if inside is None or inside[0] != opened.end() or not _BRACKET_CLOSE.match(text, inside[1]):
        return None
    at, to, money = inside
    if money is not None and money.currency not in (None, rough.currency):
        return None
    if money is None:
        value, digits, decimal = _parse_number(text[at:to])
    else:
        value, digits, decimal = money.value, money.digits, money.decimal
    magnitude = _last_digit(rough)
    cut = value // magnitude * magnitude == rough.value
    if _significant(digits) <= rough.significant or not (cut or rounds_to(value, rough)):
        return None
    return rough._replace(value=value, digits=digits, decimal=decimal, significant=_significant(digits))


def find_money(text: str | Scan, start: int = 0, end: int | None = None) -> list[Money]:
    """Every sum with a currency or a multiplier in lower-cased folded text (or the part of it
    from start to end), in order; offsets are in the whole text."""
    return [money for _, _, money in money_spans(scan_of(text), start, end) if money is not None]


_UNSEEN = Money(0.0, None, (), -1, -1, "", False, 0)
_PARSED: dict[tuple[str | None, ...], Money | None] = {}


def clear_cache() -> None:
    _PARSED.clear()
    _LAST_SCAN[:] = [None, []]


def _read(m: re.Match[str], tables: _Tables) -> Money | None:
    pre, post = m.group("pre"), m.group("post")
    mult = (
        m.group("mult")
        or m.group("smult")
        or m.group("smult2")
        or m.group("smult3")
        or m.group("smult4")
        or m.group("smult5")
        or m.group("wmult")
    )
    slug_euro = m.group("epre") or m.group("epost")
    if not (pre or post or mult or slug_euro):
        return None
    if m.group("slug") is not None:
        whole, *_, part = m.group("slug").split()
        value, digits, decimal = _parse_number(f"{whole},{part}")
    elif m.group("num") is not None:
        value, digits, decimal = _parse_number(m.group("num"))
    else:
        value = tables.number_words.get(_key(m.group("wnum")), 1.0)
        digits, decimal = str(value).removesuffix(".0").replace(".", ""), value != int(value)
    currency: str | None = None
    choices: tuple[str, ...] = ()
    if pre:
        choices = tables.ambiguous.get(_key(pre), ())  # "$": the authority's country decides
        currency = choices[0] if choices else tables.before.get(_key(pre))
    elif slug_euro:
        currency = "EUR"
    if post and currency is None:
        key = _key(post)
        if key in tables.ambiguous:
            choices = tables.ambiguous[key]
            currency = choices[0]
        else:
            currency = tables.after.get(key)
    if mult:
        factor = tables.factors.get(_key(mult).rstrip("."), 1.0)
        if m.group("half"):
            value += 0.5
        raw = m.group("num") or ""
        if _plausible(value * factor, currency, tables) or value < 1000:
            value *= factor
        elif _lone_group(raw) and _plausible(value / 1000 * factor, currency, tables):
            # "€1.236bn": one separator before three digits groups thousands ("1.800 millones"),
            # unless that reading passes any fine, then it is the decimal mark of the multiplier.
            value, decimal = value / 1000 * factor, True
    return Money(value, currency, choices, 0, 0, digits, decimal, _significant(digits))


def _lone_group(raw: str) -> bool:
    """Whether a number has one dot or comma, then three digits not all zeros ("1.236")."""
    marks = [c for c in raw if c in ".,"]
    if len(marks) != 1 or " " in raw or "'" in raw:
        return False
    group = raw.rsplit(marks[0], 1)[1]
    return len(group) == 3 and group != "000"  # "3.000 milliards" is no decimal


def _plausible(value: float, currency: str | None, tables: _Tables) -> bool:
    """Whether a sum stays within the largest plausible fine, valued in euros when its currency
    is known: "3 000 milliards de wons" is about two billion euros, "3 000 milliards" of euros none."""
    if value <= tables.largest:
        return True
    if currency is None or currency == "EUR":
        return False
    eur = rates.to_eur(value, currency)
    return eur is not None and eur <= tables.largest


def rounds_to(precise: float, rough: Money) -> bool:
    """Whether a precise sum, rounded as the rough one was written, gives the rough one."""
    if precise <= 0 or rough.value <= 0:
        return False
    magnitude = _last_digit(rough)
    return bool(abs(round(precise / magnitude) * magnitude - rough.value) < magnitude / 2)


def _last_digit(rough: Money) -> float:
    """The value of the last digit a sum was written to ("€7.5m": 100,000)."""
    return 10.0 ** (len(str(int(rough.value))) - rough.significant)
