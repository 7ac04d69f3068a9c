"""Penalty payments falling due: a sum owed for not complying with an order (per day, per week),
liquidated, claimed or paid, is a decision of its own, distinct from the fine that came with
the order. Words from fines.yml (penalty_payment_words, liquidation_words, non_payment_words)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.amounts import find_money
from monitor.analysis.index import Rule, Scan
from monitor.analysis.leads import phrase_leads
from monitor.analysis.phrases import alternation, flatten
from monitor.analysis.roles import classify, periodic_unit_after


@dataclass(frozen=True, slots=True)
class _Compiled:
    penalty_payment: Rule
    liquidation: Rule
    non_payment: Rule


def _rule(phrases: list[str]) -> Rule:
    return Rule(alternation(phrases), phrase_leads(phrases))


@cache
def _compiled() -> _Compiled:
    fines = rules.load("fines")
    return _Compiled(
        penalty_payment=_rule(flatten(fines["penalty_payment_words"])),
        liquidation=_rule(flatten(fines["liquidation_words"])),
        non_payment=_rule(flatten(fines["non_payment_words"])),
    )


# How far after a penalty-payment word its sum may stand: "astreinte de 7,4 millions".
_PENALTY_SUM_WINDOW = 40
# Roles of a sum that bound the penalties an order threatens, and owe nothing yet (money.yml).
_CAPS = frozenset({"maximum", "aggregate"})


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
    # "réclame l'astreinte, soit 7,4 millions": a lump sum owed under the penalty's name,
    # not a rate (an "astreinte" of 3 000 € "par jour", which comes with the fine itself).
    for hit in hits:
        end = min(len(text), hit.end() + _PENALTY_SUM_WINDOW)
        newline = text.find("\n", hit.end(), end)
        stop = end if newline < 0 else newline
        for money in find_money(scan, hit.end(), stop):
            if classify(scan, [money], 0, (hit.start(), stop))[0].role in _CAPS:
                continue  # "dwangsommen van in totaal ruim 5 miljoen": the cap of the order's penalty
            return not periodic_unit_after(text, money.end)
    return False
