"""The day an item states for the decision it reports.

An article often recounts more than the decision: when a breach happened, when contracts were
signed, when an inquiry opened. The decision's day is a date written where the decision is
told: in a title or sentence that names a fine or a penalty act ("On 14 November 2024,
the CNIL fined …", "Le 3 mars 2025, la formation restreinte a sanctionné …"), never in one that
only recounts another event ("on 12 April 2017 the company signed a contract")."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from monitor import dates
from monitor.analysis import rules
from monitor.analysis.engine import item_text
from monitor.analysis.fines import penalty_sentences
from monitor.analysis.phrases import alternation, flatten


@cache
def _decision_nouns() -> re.Pattern[str]:
    """fines.yml decision_nouns: the act that records a decision ("délibération", "Bescheid")."""
    return re.compile(alternation(flatten(rules.load("fines")["decision_nouns"])))


def decision_day(
    title: str, summary: str, language: str | None, before: dt.datetime | None = None
) -> dt.date | None:
    """The latest date, not after `before`, stated where the item tells of its decision."""
    if dates.stated_date(f"{title}\n{summary}", language, before) is None:
        return None  # most texts state none: neither their rules' text nor sentences are needed
    item = item_text(title, summary)
    whole = f"{item.title}\n{item.summary}"  # offsets as in item.scan.text
    spans = penalty_sentences(item.scan, item.title_end, item.summary_cased, _decision_nouns())
    told = [whole[at:to] for at, to in spans]
    # An item whose penalty is told in no words the rules know (a language beyond the six, "Decyzja
    # z 3 listopada 2024 r.") is dated by any date it states, as the dates module reads them all.
    return dates.stated_date("\n".join(told) if told else whole, language, before)
