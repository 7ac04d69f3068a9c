"""When a sum is the total of several fines: the parts it adds up from, whether they are one
party's or one group's decisions announced together (one fine of their total, as the corpus
labels a grouped announcement) or several parties' (the item's news is the first part)."""

from __future__ import annotations

import re
from itertools import pairwise

from monitor.analysis import roles
from monitor.analysis.authorities import mention_spans
from monitor.analysis.explain import Trace
from monitor.analysis.index import Scan
from monitor.analysis.party_lexicon import lexicon
from monitor.analysis.roles import Mention, is_aggregate_sentence, over_a_period
from monitor.analysis.status import act_in, fine_status, verb_after
from monitor.models import Fine


def first_part(chosen: Mention, fines: list[Mention]) -> Mention:
    """The first of the parts when the chosen sum is their total: a headline's "€135 million"
    over a lead that fines one party €100 million and another €35 million (or a sentence that
    gives the total, then the parts). The item's news is then the first party's fine, and a
    total of several fines is no one fine's amount."""
    parts = parts_of(chosen, fines)
    if not parts:
        return chosen
    part = parts[0]
    if part.money.currency is None:  # "et Y à 35 millions": the total's currency
        return Mention(
            part.money._replace(currency=chosen.money.currency), part.segment, part.role, part.because
        )
    return part


def part_or_total(
    scan: Scan, chosen: Mention, fines: list[Mention], segments: list[tuple[int, int]], cased: tuple[str, int]
) -> Mention:
    """The chosen sum, or its first part when it is the total of several parties' fines (see
    first_part). One group's parts (one_group) or one party's (one_party) keep their total.
    `cased`: the folded summary with its capitals and its offset in the scanned text."""
    part = first_part(chosen, fines)
    if part is chosen:
        return chosen
    if one_group(scan, segments[chosen.segment]) or one_party(*cased, parts_of(chosen, fines)):
        return chosen
    return part


def parts_of(chosen: Mention, fines: list[Mention]) -> list[Mention]:
    """The parts the chosen sum is the total of, or none: two or more consecutive later fine sums
    in its currency (or none) that add up to it within 2%."""
    later = [
        m
        for m in fines
        if (m.segment, m.money.start) > (chosen.segment, chosen.money.start)
        and m.money.currency in (chosen.money.currency, None)
    ]
    total = chosen.money.value
    for i in range(len(later)):
        running = 0.0
        for j in range(i, len(later)):
            running += later[j].money.value
            if j > i and abs(running - total) <= 0.02 * total:
                return later[i : j + 1]
            if running > total * 1.02:
                break
    return []


def one_party(cased: str, offset: int, parts: list[Mention]) -> bool:
    """Whether the parts of a total are one party's, given in one sentence of the summary with no
    name between them ("issued X a fine of €460 million and a fine of €430 million"): two
    decisions announced together on one party are one fine of their total. `cased`: the folded
    summary with its capitals, at `offset` in the scanned text."""
    if len(parts) < 2 or len({m.segment for m in parts}) > 1 or parts[0].segment == 0:
        return False
    between = (cased[a.money.end - offset : b.money.start - offset] for a, b in pairwise(parts))
    return not any(word[0].isupper() for text in between for word in _WORD.findall(text))


_WORD = re.compile(r"[^\W\d_]\w*")


def one_group(scan: Scan, span: tuple[int, int]) -> bool:
    """Whether a sentence coordinates two names of one group, sharing their first word ("Alpha
    Bank and Alpha Insurance", "ALPHA TELECOM et ALPHA"): two decisions announced together on one
    group are one fine of their total."""
    words = lexicon()
    common = {m.group(1) for m in roles._compiled().group_names.finditer(scan.text, *span)}
    return bool(common - words.function_words - words.descriptors)


def group_total(scan: Scan, chosen: Mention, fines: list[Mention], span: tuple[int, int]) -> float | None:
    """The total of parts that one group was fined in one sentence: "ALPHA TELECOM et ALPHA
    condamnées à 20 et 12 millions d'euros respectivement". The parts are the fine sums of
    the chosen one's sentence, all in its currency (or none), given to the names in turn by a
    distributive word (money.yml distributive). None when the parties are no one group: each
    part is then its party's decision, the first the item's."""
    parts = [m for m in fines if m.segment == chosen.segment]
    alike = all(m.money.currency in (chosen.money.currency, None) for m in parts)
    distributed = roles._compiled().distributive.search(scan, *span) is not None
    if len(parts) < 2 or not alike or not distributed or not one_group(scan, span):
        return None
    return sum(m.money.value for m in parts)


def several_fines_announced(
    scan: Scan, title: tuple[int, int], sentence: tuple[int, int], trace: Trace | None
) -> Fine | None:
    """Several fines stated as one total in a sentence that imposes them ("issued $90 million in
    fines against two retailers"), not over a period ("over the past year", "last year"): a new
    decision of several parties, whose total is no one fine's amount."""
    acted = act_in(scan, sentence) or verb_after(scan, sentence, [e for _, e in mention_spans(scan)])
    if not acted or is_aggregate_sentence(scan, sentence) or over_a_period(scan, sentence):
        return None
    status = fine_status(scan, title, [sentence], sentence, trace)
    if trace is not None:
        trace.add("fine", "several fines, no one amount", "money.yml aggregate with a fining act", "")
    return Fine(None, None, None, status)
