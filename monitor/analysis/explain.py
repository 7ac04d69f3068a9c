"""Why the analysis read what it read: per fact, the rule and the words that produced it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.analysis.amounts import Money


@dataclass(frozen=True, slots=True)
class Evidence:
    """One fact of an analysis and what produced it."""

    fact: str  # "tag", "amount", "status", "periodic_penalty", "authority", "party", "rejected", …
    value: str  # what was read ("EUR 20000000", "imposed", "CNIL")
    rule: str  # the rule, as a place in resources/analysis/ ("fines.yml status.imposed")
    words: str  # the words of the item it matched ("a infligé")


class Trace:
    """Collects Evidence while an item is analysed; a disabled trace costs one test per fact."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[Evidence] = []

    def add(self, fact: str, value: object, rule: str, words: str) -> None:
        self.items.append(Evidence(fact, str(value), rule, " ".join(words.split())))


def money_text(money: Money) -> str:
    """A sum as --explain shows it: "EUR 20,000,000", "? 5,000" for one of no currency."""
    return f"{money.currency or '?'} {money.value:,.0f}"
