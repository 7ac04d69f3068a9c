"""The decision for an item: is it a fine, which sum is the fine, its periodic penalty, its
status and its euro value. Candidates come from amounts.py (sums) and roles.py (what each is)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.amounts import Money, exact_figure, money_spans
from monitor.analysis.authorities import mention_spans
from monitor.analysis.explain import Trace, money_text
from monitor.analysis.index import Rule, Scan
from monitor.analysis.leads import phrase_leads
from monitor.analysis.matcher import Matcher
from monitor.analysis.phrases import alternation, flatten
from monitor.analysis.rates import rate_day, to_eur
from monitor.analysis.roles import (
    Mention,
    choose,
    is_aggregate_sentence,
    mentions_by_segment,
    other_sums,
    refine,
    restated_in_summary,
    same_sum,
    stated_conversion,
)
from monitor.analysis.sentences import first_sentence, sentences
from monitor.analysis.status import act_in, acts_in, fine_status, is_fine_noun
from monitor.analysis.totals import group_total, part_or_total, several_fines_announced
from monitor.models import Fine, PeriodicPenalty

# The step budget of one item: sums and sentences looked at (news states its fine early).
_MAX_SUMS = 120
_MAX_SENTENCES = 200


@dataclass(frozen=True, slots=True)
class _Compiled:
    fine_words: Rule
    sum_nouns: Rule  # fine_words and sanction_nouns: a noun whose attached sum is a penalty
    context: Rule
    payments: frozenset[str]  # the verbs of paying among context's words
    negations: Rule
    other_senses: Rule
    sanction_acts: Rule
    abbreviations: frozenset[str]
    country_currency: dict[str, str]
    domains: Matcher
    noun_gap: re.Pattern[str]
    reprimands: Rule  # a sanction that is no money ("rappel à l'ordre", "ammonimento")
    sanction_by: re.Pattern[str]  # between a sanction noun and the authority that imposed it
    negators: frozenset[str]  # "non", "nicht": a sanction verb they deny states no act
    euro_multipliers: frozenset[str]


def _rule(phrases: list[str]) -> Rule:
    return Rule(alternation(phrases), phrase_leads(phrases))


@cache
def _compiled() -> _Compiled:
    fines = rules.load("fines")
    money = rules.load("money")
    amounting = sorted(flatten(fines.get("amounting_verbs")), key=len, reverse=True)
    connectors = sorted([*flatten(fines.get("fine_noun_connectors")), *amounting], key=len, reverse=True)
    return _Compiled(
        fine_words=_rule(flatten(fines["fine_words"])),
        sum_nouns=_rule(flatten(fines["fine_words"]) + flatten(fines.get("sanction_nouns"))),
        context=_rule(flatten(fines["penalty_context"]) + flatten(fines["payment_verbs"])),
        payments=frozenset(flatten(fines["payment_verbs"])),
        # A title with "fine dining" or "parking fines" names no fine, as one with "no fine".
        negations=_rule(flatten(fines["negations"]) + flatten(fines.get("other_senses"))),
        other_senses=_rule(flatten(fines.get("other_senses"))),
        sanction_acts=_rule(flatten(fines.get("sanction_acts"))),
        abbreviations=frozenset(fines["abbreviations"]),
        country_currency={str(k): str(v) for k, v in money["country_currency"].items()},
        domains=Matcher({d: flatten(words) for d, words in fines["domain_words"].items()}),
        # Between a fine noun and its sum: a connector right after the noun ("fine of", "amende
        # d'un montant de", "Bußgeld in Höhe von", "sanzione da"), or a verb of amounting up to
        # five words after it ("the fine against X amounts to"), then at most two more words.
        noun_gap=re.compile(
            rf"(?:\s*(?:{'|'.join(map(re.escape, connectors))})(?:\s+|(?<=')\s*)"
            rf"|(?:\s+[\w'’.-]+){{1,5}}?\s+(?:{'|'.join(map(re.escape, amounting))})\s+)(?:[\w']+\s+){{0,2}}"
        ),
        reprimands=_rule(flatten(fines["reprimands"])),
        # Optional: a mention may hold its own article or preposition ("del garante").
        sanction_by=re.compile(rf"\s*(?:(?:{alternation(flatten(fines['sanction_by']))})(?:\s+|(?<=')\s*))?"),
        negators=frozenset(flatten(fines["negators"])),
        euro_multipliers=frozenset(money.get("euro_multipliers") or ()),
    )


def _currency(money: Money, country: str | None) -> str | None:
    if money.choices and country:
        local = _compiled().country_currency.get(country.split("-")[0])
        if local in money.choices:
            return local
    return money.currency


def _euro_multiplier(scan: Scan, money: Money) -> str | None:
    """EUR for a sum of no currency with a multiplier only euro countries write ("5 milioni")."""
    words = scan.text[money.start : money.end].split()
    after = scan.text[money.end : money.end + 4].split()[:1]  # "5 milioni di yuan": a currency unread
    return "EUR" if words and words[-1] in _compiled().euro_multipliers and after != ["di"] else None


def local_currency(country: str | None) -> str | None:
    return _compiled().country_currency.get(country.split("-")[0]) if country else None


def _segments(scan: Scan, title_end: int, summary_cased: str) -> list[tuple[int, int]]:
    """The title, then each sentence of the summary, as spans of scan.text."""
    base = title_end + 1
    spans = sentences(summary_cased, _compiled().abbreviations)[:_MAX_SENTENCES]
    return [(0, title_end), *((base + s, base + e) for s, e in spans)]


def domain_hint(scan: Scan) -> str | None:
    """competition, consumer or other (financial supervision) when the item speaks of that field
    (domain_words), else None; competition first, as a merger or cartel case names consumers."""
    found = _compiled().domains.labels(scan)
    return next((d for d in ("competition", "consumer", "other") if d in found), None)


# How far before and after a sum its fine noun may stand: "a fine of up to €X", "une amende
# d'un montant de X", "Bußgeld in Höhe von X" before; "€X fine", "X de sanction" after.
_NOUN_BEFORE = 48  # "sanzione amministrativa pecuniaria di" is 37 characters
_NOUN_AFTER = 16


def _beside_fine_noun(scan: Scan, m: Mention, segment: tuple[int, int]) -> bool:
    """Whether a fine noun is attached to the sum: the noun phrase itself states the penalty."""
    c = _compiled()
    lo = max(segment[0], m.money.start - _NOUN_BEFORE)
    hi = min(segment[1], m.money.end + _NOUN_AFTER)
    before = next(
        (
            h
            for h in reversed(c.sum_nouns.findall(scan, lo, m.money.start))
            if c.noun_gap.fullmatch(scan.text, h.end(), m.money.start)
        ),
        None,
    )
    return before is not None or (
        c.fine_words.search(scan, m.money.end, hi) is not None
        or c.context.search(scan, m.money.end, hi) is not None
    )


def _context_act(scan: Scan, span: tuple[int, int]) -> bool:
    """A payment or sanction verb of penalty_context ("ordered to pay", "sanctionne"), not its nouns."""
    c = _compiled()
    return any(not is_fine_noun(m.group()) for m in c.context.findall(scan, *span))


def only_a_payment(scan: Scan) -> bool:
    """Whether an item tells of money paid and names no penalty: no fine word, no fining act, no
    sanction or settlement word, only a verb of paying ("X pays $12 million for a start-up")."""
    c, whole = _compiled(), (0, len(scan.text))
    if _names_a_fine(scan, whole) or any(act not in c.payments for act in acts_in(scan, whole)):
        return False
    return all(m.group() in c.payments for m in c.context.findall(scan, *whole))


def _names_a_fine(scan: Scan, span: tuple[int, int]) -> bool:
    c = _compiled()
    return c.fine_words.search(scan, *span) is not None and c.negations.search(scan, *span) is None


def _penalty_sentence(scan: Scan, span: tuple[int, int]) -> bool:
    """Names a fine ("une amende de") or a payment or sanction act ("must pay", "sanctionne"), and
    no everyday offence ("pour excès de vitesse"): where a sum is a penalty, a date the decision's."""
    c = _compiled()
    other = c.other_senses.search(scan, *span) is not None
    return not other and (_names_a_fine(scan, span) or c.context.search(scan, *span) is not None)


def penalty_sentences(
    scan: Scan, title_end: int, summary_cased: str, decision: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """The title and summary sentences that tell of a penalty or name the `decision` (decision_dates)."""
    told = _segments(scan, title_end, summary_cased)
    return [s for s in told if _penalty_sentence(scan, s) or (decision and decision.search(scan.text, *s))]


def detect_fine(
    scan: Scan,
    title_end: int,
    summary_cased: str,
    country: str | None,
    on: dt.date | str | None = None,
    trace: Trace | None = None,
) -> Fine | None:
    """The fine an item reports, or None.

    scan holds the lower-cased folded title, a newline and the summary; title_end is where the
    title ends; summary_cased is the folded summary with its capitals (for sentence ends);
    country is the deciding authority's; on is the item's date (for the euro rate).
    """
    c = _compiled()
    title = (0, title_end)
    sums = [m for _, _, m in money_spans(scan) if m is not None][:_MAX_SUMS]
    if not sums:  # most items
        return _without_sum(scan, title_end, summary_cased, trace, country is not None)
    segments = _segments(scan, title_end, summary_cased)
    mentions = mentions_by_segment(scan, sums, segments)
    penalised: dict[int, bool] = {}
    sanctioned = _summary_sanctions(scan, title_end, country)

    def in_penalty_sentence(m: Mention) -> bool:  # what the sum is (roles.py) rules out the rest
        if m.segment not in penalised:
            headline = m.segment == 0 and sanctioned
            penalised[m.segment] = headline or _penalty_sentence(scan, segments[m.segment])
        return penalised[m.segment]

    totals = {
        i: is_aggregate_sentence(scan, segments[i]) for i in {m.segment for m in mentions if m.role == "fine"}
    }
    for m in mentions:
        if m.role == "fine" and totals[m.segment]:
            m.role, m.because = "aggregate", "money.yml aggregate_sentence"
    restated_in_summary(mentions)
    fines = [m for m in mentions if m.role == "fine" and in_penalty_sentence(m)]
    if fines and not (
        sanctioned
        or any(_beside_fine_noun(scan, m, segments[m.segment]) for m in fines)
        or _acted(scan, title, [segments[i] for i in sorted({m.segment for m in fines})])
    ):
        if trace is not None:
            trace.add("rejected sum", money_text(fines[0].money), "no fining act", "")
        fines = []
    aggregate = next((m for m in mentions if m.role == "aggregate" and in_penalty_sentence(m)), None)
    periodic = next((m for m in mentions if m.role.startswith("periodic:")), None)
    if trace is not None:
        for m in mentions:
            if m.role not in ("fine", "equivalent") and not m.role.startswith("periodic:"):
                why = f"{scan.text[m.money.start : m.money.end]} | {m.because}"
                trace.add("rejected sum", money_text(m.money), f"money.yml: {m.role}", why)

    chosen: Mention | None = None
    total: Mention | None = None  # the sum chosen first, when it is a total of parts
    if fines:
        chosen = choose(fines, local_currency(country), mentions)
        total, chosen = chosen, part_or_total(scan, chosen, fines, segments, (summary_cased, title_end + 1))
    penalty: PeriodicPenalty | None = None
    if periodic is not None:
        unit = periodic.role.split(":", 1)[1]
        currency = _currency(periodic.money, country)
        if currency:
            penalty = PeriodicPenalty(periodic.money.value, currency, unit)
            if trace is not None:
                trace.add(
                    "periodic_penalty",
                    f"{money_text(periodic.money)} per {unit}",
                    "money.yml periodic",
                    periodic.because,
                )

    if chosen is None and penalty is None:
        if aggregate is not None:
            several = several_fines_announced(scan, title, segments[aggregate.segment], trace)
            if several is not None:
                return several
            if trace is not None:
                trace.add(
                    "status", "mention_of_past", "money.yml aggregate (a running total)", aggregate.because
                )
            return Fine(None, None, None, "mention_of_past")
        # Without a sum only a title naming a monetary penalty reports a fine.
        if not _names_a_fine(scan, title):
            return None
        # "Companies face fines of up to 4% or €20 million": a title about fines over a
        # statutory maximum reports no fine unless some other sentence states a fining act.
        # Nor does one whose other sentences only threaten ("companies … face penalties").
        maxima = {m.segment for m in mentions if m.role in ("maximum", "revenue")}
        decided = ("imposed", "proposed", "recalled")
        others = [seg for i, seg in enumerate(segments) if i not in maxima]
        if maxima and not any(act_in(scan, seg, decided) for seg in others):
            return None
        if trace is not None:
            hit = c.fine_words.search(scan, *title)
            trace.add("fine", "no sum", "fines.yml fine_words (in the title)", hit.group() if hit else "")
        return Fine(None, None, None, fine_status(scan, title, segments[1:], None, trace), penalty)
    focus = sorted({m.segment for m in (chosen, periodic) if m is not None and m.segment > 0})
    lead = segments[1] if len(segments) > 1 and not other_sums(chosen, mentions, 1) else None
    status = fine_status(scan, title, [segments[i] for i in focus], lead, trace)
    if chosen is None:
        return Fine(None, None, None, status, penalty)
    # The total a part was read from (wherever it is repeated) is not the part written precisely.
    parted = total is not None and total is not chosen
    rest = [m for m in fines if m is not chosen and not (parted and same_sum(m, total))]
    money = refine(chosen.money, rest, mentions)
    money = exact_figure(scan, money, [m.money for m in mentions])
    if not parted and (whole := group_total(scan, chosen, fines, segments[chosen.segment])):
        money = money._replace(value=whole)
    currency = (
        _currency(money, country)
        or local_currency(country)
        or (penalty.currency if penalty else None)
        or _euro_multiplier(scan, money)
    )
    conversion = stated_conversion(chosen, mentions, currency)
    eur = to_eur(money.value, currency, on) if currency else None
    day = rate_day(currency, on) if currency and eur is not None else None
    if trace is not None:
        trace.add(
            "amount",
            f"{currency} {money.value:,.0f}",
            "money.yml (a sum in a sentence naming a fine)",
            scan.text[money.start : money.end],
        )
    local = local_currency(country)
    foreign = local if local and currency and currency != local and conversion is None else None
    return Fine(
        money.value, currency, eur, status, penalty, conversion, day.isoformat() if day else None, foreign
    )


def _summary_sanctions(scan: Scan, title_end: int, country: str | None) -> bool:
    """Whether a named authority's sanction verb in the summary makes the headline's sum its
    fine ("Garante: 26,5 mln a X" over "Il Garante ha sanzionato X"); a reprimand does not."""
    if country is None:
        return False
    c, summary = _compiled(), (title_end + 1, len(scan.text))
    # Not one denied ("il Garante non ha sanzionato"): no negator just before or inside the verb.
    said = (scan.text[max(0, m.start() - 8) : m.end()] for m in c.sanction_acts.findall(scan, *summary))
    sanction = any(c.negators.isdisjoint(_NEGATOR_WORD.findall(words)) for words in said)
    return sanction and c.reprimands.search(scan, *summary) is None


_NEGATOR_WORD = re.compile(r"\w+'?")


def _acted(scan: Scan, title: tuple[int, int], sentences: list[tuple[int, int]]) -> bool:
    """Whether an item states a fining act for its sums: a headline naming a monetary penalty
    ("€2 million fine for X"), or a fining verb in the sentence of a sum ("has fined", "must pay",
    "inflige"). A sum near the noun "penalties" alone ("warned of penalties for late orders",
    "penalties can reach $50,000") is none."""
    return (
        _names_a_fine(scan, title)
        or any(act_in(scan, s) or _context_act(scan, s) for s in (title, *sentences))
        or _authority_sanction(scan, title)
    )


def _authority_sanction(scan: Scan, title: tuple[int, int]) -> bool:
    """Whether a headline names a sanction and the authority that imposed it ("Sanction de la
    CNIL : …", "Stangata del Garante: …"): who punished whom is said, as a fining verb says it."""
    c = _compiled()
    nouns = c.sum_nouns.findall(scan, *title)  # the authorities' mentions only after a noun
    starts = [s for s, _ in mention_spans(scan) if s < title[1]] if nouns else []
    return any(c.sanction_by.fullmatch(scan.text, n.end(), s) for n in nouns for s in starts if s > n.end())


def _without_sum(
    scan: Scan, title_end: int, summary_cased: str, trace: Trace | None, authority: bool
) -> Fine | None:
    """A fine with no sum stated: a title naming a monetary penalty ("Bußgeld für …"), a lead
    sentence that names one with a fining act ("X muss eine Busse bezahlen"), or, when an
    authority is named, the perfect of a sanction verb in either ("la CNIL a sanctionné X");
    the lead's words settle the status a title leaves open ("fine for …" over "has requested")."""
    c = _compiled()
    title = (0, title_end)

    def named(span: tuple[int, int]) -> bool:  # "sanctionné d'un rappel à l'ordre" names no fine
        if _names_a_fine(scan, span):
            return True
        if not authority:
            return False
        # A sanction verb of a named authority, or its sanction noun ("anula la sanción de la
        # AEPD"), unless the sanction is a reprimand or escaped ("échappe à une amende de la CNIL").
        sanctioned = c.sanction_acts.search(scan, *span) is not None or _authority_sanction(scan, span)
        refused = c.reprimands.search(scan, *span) or c.negations.search(scan, *span)
        return sanctioned and not refused

    if (
        not named(title)
        and c.fine_words.search(scan, title_end + 1) is None
        and not (authority and c.sanction_acts.search(scan, title_end + 1))
    ):
        return None  # the usual item: no fine word anywhere, no sentences split
    first = first_sentence(summary_cased, c.abbreviations)
    lead = (title_end + 1, title_end + 1 + first[1]) if summary_cased else None
    if named(title):
        status = fine_status(scan, title, [lead] if lead else [], lead, trace)
    elif lead is not None and named(lead) and act_in(scan, lead):
        status = fine_status(scan, lead, [], None, trace)
    else:
        return None
    if trace is not None:
        hit = c.fine_words.search(scan, *title) or (lead and c.fine_words.search(scan, *lead))
        trace.add("fine", "no sum", "fines.yml fine_words", hit.group() if hit else "")
    return Fine(None, None, None, status)
