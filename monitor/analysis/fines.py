"""Whether an item reports a fine: which sum is the fine, its periodic penalty, and its status."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.amounts import Money, find_money, money_spans, to_eur
from monitor.analysis.index import Rule, Scan
from monitor.analysis.leads import phrase_leads
from monitor.analysis.matcher import Matcher
from monitor.analysis.phrases import alternation, flatten, grouped
from monitor.analysis.sentences import sentences
from monitor.models import Fine, FineStatus, PeriodicPenalty

_STATUS_ORDER: tuple[FineStatus, ...] = ("overturned", "mention_of_past", "proposed", "imposed")
_STATUS_RANK: dict[str, int] = {status: rank for rank, status in enumerate(_STATUS_ORDER)}
# What may stand between a sum and its converted equivalent: "£17 million ($22.6 million)".
_EQUIVALENT_GAP = re.compile(
    r"\s*[(,/]\s*(?:or|about|around|approx\.?|approximately|roughly|some|nearly|almost|unos|"
    r"environ|soit|circa|ca\.|rund|etwa|ongeveer|ossia|i\.e\.|equivalent to)?\s*$"
)
_WINDOW = 40


@dataclass(frozen=True, slots=True)
class _Compiled:
    fine_words: Rule
    context: Rule
    negations: Rule
    status: Matcher
    periodic_after: re.Pattern[str]
    periodic_after_groups: dict[str, str]
    periodic_before: Rule
    periodic_before_groups: dict[str, str]
    not_fine_before: Rule
    not_fine_before_groups: dict[str, str]
    not_fine_after: re.Pattern[str]
    not_fine_after_groups: dict[str, str]
    # periodic_after, else not_fine_after, in one match: "a" groups are not_fine_after's.
    after: re.Pattern[str]
    after_roles: dict[str, str]  # a group of after -> the role it gives ("periodic:day", "maximum")
    aggregate_sentence: Rule
    penalty_payment: Rule
    liquidation: Rule
    non_payment: Rule
    abbreviations: frozenset[str]
    country_currency: dict[str, str]


def _rule(phrases: list[str]) -> Rule:
    return Rule(alternation(phrases), phrase_leads(phrases))


@cache
def _compiled() -> _Compiled:
    fines = rules.load("fines")
    money = rules.load("money")
    status = Matcher({s: flatten(fines["status"].get(s)) for s in _STATUS_ORDER})
    pa_src, pa_groups = grouped(money["periodic_after"])
    pb_src, pb_groups = grouped(money["periodic_before"])
    nb_src, nb_groups = grouped(money["not_fine_before"])
    na_src, na_groups = grouped(money["not_fine_after"])
    na2_src, na2_groups = grouped(money["not_fine_after"], prefix="a")
    words = r"(?:[\w'.\-]+\s+){0,3}?"
    gap = alternation(money["periodic_gap_words"])
    pa = rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:{gap}\s+)?(?:{pa_src})"
    return _Compiled(
        fine_words=_rule(flatten(fines["fine_words"])),
        context=_rule(flatten(fines["penalty_context"])),
        negations=_rule(flatten(fines["negations"])),
        status=status,
        # A per-unit phrase right after the sum, past a bracketed conversion and a word or two:
        # "€100,000 fine per day", "one million crowns ($98,500) per day".
        periodic_after=re.compile(pa),
        periodic_after_groups=pa_groups,
        periodic_before=Rule(
            rf"(?:{pb_src})\s+(?:of\s+|de\s+|von\s+|di\s+)?{words}$",
            phrase_leads([p for ps in money["periodic_before"].values() for p in ps]),
        ),
        periodic_before_groups=pb_groups,
        not_fine_before=Rule(
            rf"(?:{nb_src})\s+(?:of\s+|de\s+|von\s+)?{words}$",
            phrase_leads([p for ps in money["not_fine_before"].values() for p in ps]),
        ),
        not_fine_before_groups=nb_groups,
        not_fine_after=re.compile(rf"\s*(?:{na_src})"),
        not_fine_after_groups=na_groups,
        # The first branch is tried in full before the second: a match of it is periodic_after's.
        after=re.compile(rf"(?:{pa})|\s*(?:{na2_src})"),
        after_roles={
            **{name: f"periodic:{label}" for name, label in pa_groups.items()},
            **na2_groups,
        },
        aggregate_sentence=_rule(money["aggregate_sentence"]),
        penalty_payment=_rule(flatten(fines["penalty_payment_words"])),
        liquidation=_rule(flatten(fines["liquidation_words"])),
        non_payment=_rule(flatten(fines["non_payment_words"])),
        abbreviations=frozenset(fines["abbreviations"]),
        country_currency={str(k): str(v) for k, v in money["country_currency"].items()},
    )


@dataclass(slots=True)
class _Mention:
    money: Money
    segment: int
    role: str  # "fine", "periodic:<unit>", "equivalent", "maximum", "revenue", "aggregate"


def _label(groups: dict[str, str], m: re.Match[str] | None) -> str | None:
    return groups.get(m.lastgroup or "") if m else None


def _ending_at(rule: Rule, scan: Scan, lo: int, hi: int) -> re.Match[str] | None:
    """A match of a pattern anchored at the end ("$") of the window text[lo:hi]: the window is
    short, so it is searched on its own (a word cut at lo counts as a word of the window)."""
    return rule.pattern.search(scan.text[lo:hi]) if hi > lo else None


def _classify(
    c: _Compiled, scan: Scan, found: list[Money], segment: int, span: tuple[int, int]
) -> list[_Mention]:
    """The role of each sum of one segment (text[span[0]:span[1]]) of the item's text."""
    out: list[_Mention] = []
    if not found:
        return out
    text = scan.text
    start, end = span
    previous: Money | None = None
    for money in found:
        if previous is not None and _EQUIVALENT_GAP.match(text, previous.end, money.start):
            out.append(_Mention(money, segment, "equivalent"))
            continue
        # What follows the sum: a periodic unit (wins), or a word saying it is no fine.
        after = c.after.match(text, money.end, end)
        role = c.after_roles.get(after.lastgroup or "") if after is not None else None
        if role is None or not role.startswith("periodic:"):
            lo = max(start, money.start - _WINDOW)
            unit = _label(c.periodic_before_groups, _ending_at(c.periodic_before, scan, lo, money.start))
            if unit:
                role = f"periodic:{unit}"
            elif role is None:
                before = _ending_at(c.not_fine_before, scan, lo, money.start)
                role = _label(c.not_fine_before_groups, before) or "fine"
        out.append(_Mention(money, segment, role))
        previous = money
    return out


def _status_in(scan: Scan, span: tuple[int, int]) -> FineStatus | None:
    found = _compiled().status.best(scan, _STATUS_RANK, *span)
    return found  # type: ignore[return-value]  # a label of the status matcher


def _status_in_any(scan: Scan, spans: list[tuple[int, int]]) -> FineStatus | None:
    """The status of the first of the spans that has one."""
    for span in spans:
        status = _status_in(scan, span)
        if status is not None:
            return status
    return None


def _currency(money: Money, country: str | None) -> str | None:
    if money.choices and country:
        local = _compiled().country_currency.get(country.split("-")[0])
        if local in money.choices:
            return local
    return money.currency


def _rounds_to(precise: float, rough: Money) -> bool:
    """Whether a precise sum, rounded as the rough one was written, gives the rough one."""
    if precise <= 0 or rough.value <= 0:
        return False
    magnitude = 10.0 ** (len(str(int(rough.value))) - rough.significant)
    return bool(abs(round(precise / magnitude) * magnitude - rough.value) < magnitude / 2)


def _slug_twin(chosen: Money, others: list[_Mention]) -> Money | None:
    """The same sum written with its decimal mark, when a URL slug has dropped it ("52 millions")."""
    for other in others:
        m = other.money
        if m.decimal and not chosen.decimal and m.digits == chosen.digits and m.value != chosen.value:
            return m
    return None


def _per_segment(
    scan: Scan, spans: list[tuple[int, int, Money | None]], segments: list[tuple[int, int]]
) -> list[list[Money]]:
    """The sums of each segment, from the sums of the whole summary: the same as searching each
    segment on its own unless a match runs over a segment's end (then they are searched so)."""
    out: list[list[Money]] = [[] for _ in segments]
    i = 0
    for start, end, money in spans:
        while i < len(segments) and start >= segments[i][1]:
            i += 1
        if i == len(segments) or start < segments[i][0] or end > segments[i][1]:
            return [find_money(scan, *segment) for segment in segments]
        if money is not None:
            out[i].append(money)
    return out


def detect_fine(scan: Scan, title_end: int, summary_cased: str, country: str | None) -> Fine | None:
    """The fine an item reports, or None.

    scan holds the lower-cased folded title, a newline and the summary; title_end is where the
    title ends; summary_cased is the folded summary with its capitals (for sentence ends).
    """
    c = _compiled()
    text = scan.text
    title = (0, title_end)
    summary = (title_end + 1, len(text))
    # The sums of title and summary in one pass, unless one runs over the newline between them
    # (then each is searched on its own, as its bounds cut it).
    in_title: list[Money] = []
    in_summary: list[tuple[int, int, Money | None]] = []
    summed = False  # a sum in the summary
    for span in money_spans(scan):
        at, to, money = span
        if at > title_end:
            in_summary.append(span)
            if money is not None:
                summed = True
        elif to <= title_end:
            if money is not None:
                in_title.append(money)
        else:
            in_title = [money for _, _, money in money_spans(scan, *title) if money is not None]
            in_summary = money_spans(scan, *summary)
            summed = any(money for _, _, money in in_summary)
            break
    mentions = _classify(c, scan, in_title, 0, title)
    if not mentions and not summed:
        # No sum anywhere (most items): only a title naming a monetary penalty reports a fine.
        if not c.fine_words.search(scan, *title) or c.negations.search(scan, *title):
            return None
        status = _status_in(scan, title) or _status_in(scan, summary) or "imposed"
        return Fine(None, None, None, status)
    spans = sentences(summary_cased, c.abbreviations) if summary_cased else []
    base = summary[0]
    sentence_spans = [(base + s, base + e) for s, e in spans]
    segments = [title, *sentence_spans]
    for index, found in enumerate(_per_segment(scan, in_summary, sentence_spans), start=1):
        if found:
            mentions.extend(_classify(c, scan, found, index, segments[index]))
    penalty_in: dict[int, bool] = {}

    def penalised(m: _Mention) -> bool:
        found = penalty_in.get(m.segment)
        if found is None:
            seg = segments[m.segment]
            found = penalty_in[m.segment] = bool(
                c.fine_words.search(scan, *seg) or c.context.search(scan, *seg)
            )
        return found

    # "Insgesamt wurden in den vergangenen zehn Jahren Bußgelder … verhängt": a running total.
    for m in mentions:
        if m.role == "fine" and c.aggregate_sentence.search(scan, *segments[m.segment]):
            m.role = "aggregate"
    # A bare title sum that the summary gives as a conversion or a daily rate is that, too.
    for m in mentions:
        if m.role == "fine" and m.segment == 0 and m.money.currency is None:
            same = next(
                (
                    o
                    for o in mentions
                    if o.segment > 0
                    and o.role != "fine"
                    and abs(o.money.value - m.money.value) <= 0.02 * m.money.value
                ),
                None,
            )
            if same is not None:
                m.role = same.role
    aggregate: _Mention | None = None
    fines: list[_Mention] = []
    periodic: _Mention | None = None
    for m in mentions:
        role = m.role
        if role == "fine":
            if penalised(m):
                fines.append(m)
        elif role == "aggregate":
            if aggregate is None and penalised(m):
                aggregate = m
        elif periodic is None and role.startswith("periodic:"):
            periodic = m

    chosen: Money | None = None
    chosen_segment = -1
    if fines:
        # A sum with its currency beats a bare one; then the title; then the first.
        best = min(fines, key=lambda m: (m.money.currency is None, m.segment, m.money.start))
        chosen, chosen_segment = best.money, best.segment
        rest = [m for m in fines if m is not best]
        twin = _slug_twin(chosen, rest)
        if twin is not None:
            chosen = twin
        else:
            # A title rounds ("35 Millionen"); the summary may give the exact sum.
            precise = [
                m.money
                for m in rest
                if m.money.significant > chosen.significant
                and m.money.currency in (chosen.currency, None)
                and _rounds_to(m.money.value, chosen)
            ]
            if precise:
                currency = chosen.currency
                chosen = max(precise, key=lambda m: m.significant)
                if chosen.currency is None and currency:
                    chosen = Money(
                        chosen.value,
                        currency,
                        (),
                        chosen.start,
                        chosen.end,
                        chosen.digits,
                        chosen.decimal,
                        chosen.significant,
                    )

    penalty: PeriodicPenalty | None = None
    if periodic is not None:
        unit = periodic.role.split(":", 1)[1]
        currency = _currency(periodic.money, country)
        if currency:
            penalty = PeriodicPenalty(periodic.money.value, currency, unit)

    focus = [title] + [segments[i] for i in {chosen_segment, periodic.segment if periodic else -1} if i > 0]
    if chosen is None and penalty is None:
        if aggregate is not None:
            return Fine(None, None, None, "mention_of_past")
        # Without a sum only a title naming a monetary penalty reports a fine.
        if not c.fine_words.search(scan, *title) or c.negations.search(scan, *title):
            return None
        focus = segments
    status = _status_in(scan, title) or _status_in_any(scan, focus[1:]) or "imposed"
    if chosen is None:
        return Fine(None, None, None, status, penalty)
    currency = _currency(chosen, country)
    if currency is None and country:
        currency = c.country_currency.get(country.split("-")[0])
    eur = to_eur(chosen.value, currency) if currency else None
    return Fine(chosen.value, currency, eur, status, penalty)


# How far after a penalty-payment word its sum may stand: "une astreinte de 5,2 millions d'euros".
_PENALTY_SUM_WINDOW = 40


def penalty_liquidation(scan: Scan) -> bool:
    """Whether an item's news is a penalty payment falling due (see is_penalty_liquidation)."""
    c = _compiled()
    text = scan.text
    hits = c.penalty_payment.findall(scan)
    if not hits:
        # "seeks EUR 5.2 million from Clearview for not paying its fine": a sum for non-payment is
        # a penalty payment falling due even when the outlet does not use the legal term.
        return c.non_payment.search(scan) is not None
    if c.liquidation.search(scan) is not None:
        return True
    # "réclame une astreinte de 5,2 millions d'euros": a lump sum owed under the penalty's name,
    # not a rate ("une astreinte de 100 000 euros par jour", which comes with the fine itself).
    for hit in hits:
        end = min(len(text), hit.end() + _PENALTY_SUM_WINDOW)
        newline = text.find("\n", hit.end(), end)
        for money in find_money(scan, hit.end(), end if newline < 0 else newline):
            if c.periodic_after.match(text, money.end) is None:
                return True
            break
    return False
