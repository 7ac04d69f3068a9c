"""What each sum of an item is: the fine, a periodic penalty, a conversion of the sum before it,
a statutory maximum, revenue, or a running total. Words from resources/analysis/money.yml."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.amounts import Money, rounds_to
from monitor.analysis.index import Rule, Scan
from monitor.analysis.leads import Leads, phrase_leads
from monitor.analysis.party_lexicon import lexicon
from monitor.analysis.phrases import alternation, flatten, grouped

# How far before a sum its "daily penalty of", "up to" may stand (characters).
_WINDOW = 40


@dataclass(frozen=True, slots=True)
class _Compiled:
    equivalent_gap: re.Pattern[str]
    bare_equivalent_gap: re.Pattern[str]
    periodic_after: re.Pattern[str]
    periodic_before: Rule
    periodic_before_groups: dict[str, str]
    not_fine_before: Rule
    not_fine_before_groups: dict[str, str]
    # periodic_after, else not_fine_after, in one match
    after: re.Pattern[str]
    after_roles: dict[str, str]  # a group of after -> the role it gives ("periodic:day", "maximum")
    aggregate_sentence: Rule
    aggregate_periods: Rule
    counted_fines: Rule
    range_from: re.Pattern[str]
    range_to: re.Pattern[str]
    conversion_currencies: frozenset[str | None]
    distributive: Rule
    # A name, up to three more words, a coordinator (and an article) and a name of the same first
    # word; a lookahead, so that "die Alpha Bank und die Alpha …" is tried at "alpha" after "die".
    group_names: re.Pattern[str]


@cache
def _compiled() -> _Compiled:
    money = rules.load("money")
    pa_src, pa_groups = grouped(money["periodic_after"])
    pb_src, pb_groups = grouped(money["periodic_before"])
    nb_src, nb_groups = grouped(money["not_fine_before"])
    na_src, na_groups = grouped(money["not_fine_after"], prefix="a")
    connector = rf"(?:{alternation(money['connectors'])}\s+)?"
    words = r"(?:[\w'.\-]+\s+){0,3}?"
    gap = alternation(money["periodic_gap_words"])
    # A per-unit phrase right after the sum, past a bracketed conversion and a word or two:
    # "€50,000 fine per day", "two million crowns ($190,000) per day".
    pa = rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:{gap}\s+)?(?:{pa_src})"
    about = alternation(flatten(money["equivalent_words"]))
    return _Compiled(
        # What may stand between a sum and its converted equivalent: "£9 million ($11.7 million)",
        # "500 000 couronnes, soit environ 44 000 euros".
        equivalent_gap=re.compile(rf"\s*[(,/]\s*(?:{about}\s*){{0,2}}$"),
        # Without punctuation only between two currencies: "$4.2m or ₩5.5bn".
        bare_equivalent_gap=re.compile(rf"\s+(?:{about})\s+$"),
        periodic_after=re.compile(pa),
        periodic_before=Rule(
            rf"(?:{pb_src})\s+{connector}{words}$", phrase_leads(flatten(money["periodic_before"]))
        ),
        periodic_before_groups=pb_groups,
        not_fine_before=Rule(
            rf"(?:{nb_src})\s+{connector}{words}$", phrase_leads(flatten(money["not_fine_before"]))
        ),
        not_fine_before_groups=nb_groups,
        # The first branch is tried in full before the second: a match of it is periodic.
        after=re.compile(rf"(?:{pa})|\s*(?:{na_src})"),
        after_roles={**{name: f"periodic:{label}" for name, label in pa_groups.items()}, **na_groups},
        aggregate_sentence=Rule(
            alternation(money["aggregate_sentence"]), phrase_leads(money["aggregate_sentence"])
        ),
        aggregate_periods=Rule(
            alternation(money["aggregate_periods"]), phrase_leads(money["aggregate_periods"])
        ),
        counted_fines=Rule(rf"\d+\s+{alternation(flatten(money['counted_fines']))}", Leads(digits=True)),
        range_from=re.compile(rf"{alternation(money['range_from'])}\s*$"),
        range_to=re.compile(rf"\s*\)?\s*{alternation(money['range_to'])}\s*$"),
        conversion_currencies=frozenset(money.get("conversion_currencies") or ()),
        distributive=Rule(alternation(money["distributive"]), phrase_leads(money["distributive"])),
        group_names=re.compile(
            rf"(?=\b([a-z0-9][\w&-]{{2,}})(?:\s+[\w&.'-]+){{0,3}}?\s+"
            rf"{alternation(sorted(lexicon().coordinators))}\s+"
            rf"(?:{alternation(sorted(lexicon().articles))}\s+)?\1\b)"
        ),
    )


@dataclass(slots=True)
class Mention:
    """A sum of the item, where it stands (0: the title, n: the summary's n-th sentence), its role
    and the words that gave the role."""

    money: Money
    segment: int
    role: str  # "fine", "periodic:<unit>", "equivalent", "earlier", "maximum", "revenue", "aggregate"
    because: str = ""


def _label(groups: dict[str, str], m: re.Match[str] | None) -> str | None:
    return groups.get(m.lastgroup or "") if m else None


def ending_at(rule: Rule, scan: Scan, lo: int, hi: int) -> re.Match[str] | None:
    """The first match of a pattern anchored at the end ("$") of the window text[lo:hi] that
    starts where the rule may start (a word of the text, not a cut one) at or after lo."""
    if hi <= lo:
        return None
    positions = scan.starts_of(rule)
    if positions is None:
        return rule.pattern.search(scan.text, lo, hi)
    match = rule.pattern.match
    for k in range(bisect_left(positions, lo), len(positions)):
        at = positions[k]
        if at >= hi:
            break
        m = match(scan.text, at, hi)
        if m is not None:
            return m
    return None


def classify(scan: Scan, found: list[Money], segment: int, span: tuple[int, int]) -> list[Mention]:
    """The role of each sum of one segment (text[span[0]:span[1]]) of the item's text."""
    c = _compiled()
    out: list[Mention] = []
    text = scan.text
    start, end = span
    previous: Money | None = None
    primary: Mention | None = None  # the last sum that is not a conversion of the one before
    for money in found:
        gap = c.equivalent_gap.match(text, previous.end, money.start) if previous is not None else None
        if gap is None and previous is not None and _two_currencies(previous, money):
            gap = c.bare_equivalent_gap.match(text, previous.end, money.start)
        if gap is not None:
            # The conversion of a sum that is no fine (a total, a maximum) is none either.
            of = out[-1].role if out else "fine"
            kept = of == "fine" or of.startswith(("periodic:", "equivalent"))
            out.append(
                Mention(
                    money, segment, "equivalent" if kept else of, gap.group() if kept else out[-1].because
                )
            )
            previous = money
            continue
        if (
            primary is not None
            and previous is not None
            and c.range_to.match(text, previous.end, money.start)
            and c.range_from.search(text, max(start, primary.money.start - 8), primary.money.start)
        ):
            primary.role, primary.because = "earlier", "money.yml range_from/range_to"
        # What follows the sum: a periodic unit (wins), or a word saying it is no fine.
        after = c.after.match(text, money.end, end)
        role = c.after_roles.get(after.lastgroup or "") if after is not None else None
        because = after.group() if after is not None and role else ""
        if role is None or not role.startswith("periodic:"):
            lo = max(start, money.start - _WINDOW)
            before = ending_at(c.periodic_before, scan, lo, money.start)
            unit = _label(c.periodic_before_groups, before)
            if unit:
                role, because = f"periodic:{unit}", before.group() if before else ""
            elif role is None:
                before = ending_at(c.not_fine_before, scan, lo, money.start)
                role = _label(c.not_fine_before_groups, before) or "fine"
                because = before.group() if before is not None and role != "fine" else ""
        primary = Mention(money, segment, role, because)
        out.append(primary)
        previous = money
    return out


def mentions_by_segment(scan: Scan, sums: list[Money], segments: list[tuple[int, int]]) -> list[Mention]:
    """Every sum of the item with its role, bucketed by segment (a sum that runs over a
    segment's end is left out: it belongs to neither)."""
    by_segment: list[list[Money]] = [[] for _ in segments]
    i = 0
    for money in sums:
        while i < len(segments) and money.start >= segments[i][1]:
            i += 1
        if i < len(segments) and segments[i][0] <= money.start and money.end <= segments[i][1]:
            by_segment[i].append(money)
    out: list[Mention] = []
    for index, found in enumerate(by_segment):
        if found:
            out.extend(classify(scan, found, index, segments[index]))
    return out


def _two_currencies(a: Money, b: Money) -> bool:
    return a.currency is not None and b.currency is not None and a.currency != b.currency


def is_aggregate_sentence(scan: Scan, span: tuple[int, int]) -> bool:
    """Whether a sentence reports a running total ("over the past five years fines totalled")
    or counts several fines ("27 millions in the 242 fines imposed")."""
    c = _compiled()
    return c.aggregate_sentence.search(scan, *span) is not None or any(
        _whole_number(scan.text, m.start()) for m in c.counted_fines.findall(scan, *span)
    )


def over_a_period(scan: Scan, span: tuple[int, int]) -> bool:
    """Whether a sentence stating a total of several fines says the period it covers ("last
    year", "el año pasado"): a running total, not an announcement of several new fines."""
    return _compiled().aggregate_periods.search(scan, *span) is not None


def _whole_number(text: str, at: int) -> bool:
    """Whether the digits at `at` begin a number (not the tail of "1,242" or "a242")."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in ".,")


def periodic_unit_after(text: str, at: int) -> bool:
    """Whether a per-unit phrase ("per day") follows position at."""
    return _compiled().periodic_after.match(text, at) is not None


def restated_in_summary(mentions: list[Mention]) -> None:
    """A title's fine sum that the summary gives as a conversion is that, too ("1,1 Millionen
    Euro" over "12 Millionen Kronen (1,1 Millionen Euro)"); a title's sum without a currency
    takes the role of the same figure in the summary (a daily rate, a maximum)."""
    for m in mentions:
        if m.role != "fine" or m.segment != 0:
            continue
        if m.money.currency is not None:
            conversion = next(
                (
                    o
                    for o in mentions
                    if o.segment > 0
                    and o.role == "equivalent"
                    and o.money.currency == m.money.currency
                    and rounds_to(o.money.value, m.money)
                ),
                None,
            )
            if conversion is not None:
                m.role, m.because = "equivalent", "the summary's conversion"
            continue
        other = next(
            (o for o in mentions if o.segment > 0 and o.role != "fine" and same_sum(o, m)),
            None,
        )
        if other is not None:
            m.role = other.role


def stated_conversion(chosen: Mention, mentions: list[Mention], currency: str | None) -> str | None:
    """The same fine as the item also states it in another currency: the equivalent right after
    the chosen sum, or another fine sum of the item in a foreign currency."""
    after = False
    for m in mentions:
        if m is chosen:
            after = True
            continue
        other = m.money.currency
        if other and other != currency and (m.role == "fine" or (after and m.role == "equivalent")):
            return f"{other} {m.money.value:,.0f}"
        if after and m.role != "equivalent":
            after = False
    return None


def other_sums(chosen: Mention | None, mentions: list[Mention], segment: int) -> bool:
    """Whether a sentence gives sums in the currency of a title's fine, none of them that fine:
    its status words are about those ("proposed €50m" in the lead under a "€225m fine" title)."""
    if chosen is None or chosen.segment != 0:
        return False
    same = [
        m.money.value for m in mentions if m.segment == segment and m.money.currency == chosen.money.currency
    ]
    return bool(same) and all(abs(v - chosen.money.value) > 0.02 * chosen.money.value for v in same)


def same_sum(m: Mention, other: Mention | None) -> bool:
    """Whether two sums are one within 2% (the scorer's and the corpus's tolerance)."""
    return other is not None and abs(m.money.value - other.money.value) <= 0.02 * other.money.value


def choose(fines: list[Mention], local: str | None, mentions: Sequence[Mention] = ()) -> Mention:
    """The fine among the item's fine sums: the deciding authority's own currency beats a
    conversion (a "$33 million" headline over a "€30.5 million" lead); a sum in a conversion
    currency (money.yml conversion_currencies) loses to one in another currency, the authority's
    own excepted (a dollar headline over crowns of an authority the item does not name); then a
    sum with its currency; then the title; then the first. A sum in the authority's currency
    bracketed after the chosen one in another is the original, the outside one the outlet's
    conversion ("$5.4 million (€5 million)" from an Italian fine); with no authority named, so is
    one in a currency no outlet converts to after one in a conversion currency ("$6.5 million
    (NOK 65 million)")."""
    converted = _compiled().conversion_currencies - {local}
    other = any(m.money.currency not in converted and m.money.currency is not None for m in fines)
    best = min(
        fines,
        key=lambda m: (
            bool(local) and m.money.currency not in (local, None),
            other and m.money.currency in converted,
            m.money.currency is None,
            m.segment,
            m.money.start,
        ),
    )
    if best.money.currency in (local, None) or not (local or best.money.currency in converted):
        return best

    def is_original(currency: str | None) -> bool:
        return currency == local if local else currency is not None and currency not in converted

    bracketed = (m for m in mentions if m.role == "equivalent" and is_original(m.money.currency))
    return next((m for m in bracketed if 0 <= m.money.start - best.money.end <= 4), best)


def refine(chosen: Money, rest: list[Mention], every: list[Mention]) -> Money:
    """The same sum written more precisely elsewhere: with the decimal mark a URL slug dropped
    ("52 millions" for 5,2; the same digits in the same currency, or for a sum without one, are
    proof enough in any sentence: "NOK 65 million ($6.5 million)" is a conversion), or exact
    where the title rounds ("35 Millionen", among the fine's sums `rest`)."""
    for other in every:
        m = other.money
        # A sum in another currency is a conversion whose digits may match ("$6.5m" of "NOK 65m").
        same = chosen.currency in (None, m.currency) or (other in rest and m.currency is None)
        alike = same and m.digits == chosen.digits
        if alike and m.decimal and not chosen.decimal and m.value != chosen.value:
            return m
    precise = [
        m.money
        for m in rest
        if m.money.significant > chosen.significant
        and m.money.currency in (chosen.currency, None)
        and rounds_to(m.money.value, chosen)
    ]
    if not precise:
        return chosen
    best = max(precise, key=lambda m: m.significant)
    return best if best.currency else best._replace(currency=chosen.currency)
