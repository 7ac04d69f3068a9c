"""The day an item states for the decision it reports.

An article often recounts more than the decision: when a breach happened, when contracts were
signed, when an inquiry opened. The decision's day is a date written where the decision is
told: in the title, or in a sentence that names a fine or a penalty act ("On 14 November 2024,
the CNIL fined …", "Le 3 mars 2025, la formation restreinte a sanctionné …"), never in one that
only recounts another event ("on 12 April 2017 the company signed a contract")."""

from __future__ import annotations

import datetime as dt

from monitor import dates
from monitor.analysis.engine import lowered, rule_index
from monitor.analysis.fines import penalty_sentences
from monitor.analysis.fold import fold_nfc, nfc
from monitor.analysis.index import Scan


def decision_day(
    title: str, summary: str, language: str | None, before: dt.datetime | None = None
) -> dt.date | None:
    """The latest date, not after `before`, stated where the item tells of its decision."""
    title_n, summary_n = nfc(title or ""), nfc(summary or "")
    if dates.stated_date(f"{title_n}\n{summary_n}", language, before) is None:
        return None  # most texts state none: their sentences need not be read
    summary_c = fold_nfc(summary_n)
    title_l = lowered(fold_nfc(title_n))
    scan = Scan(f"{title_l}\n{lowered(summary_c)}", rule_index())
    # NFC keeps the offsets of the folded text equal to the original's, month names and all.
    text = f"{title_n}\n{summary_n}"
    told = [text[at:to] for at, to in penalty_sentences(scan, len(title_l), summary_c)]
    # An item whose penalty is told in no words the rules know (a language beyond the six, "Decyzja
    # z 3 listopada 2024 r.") is dated by any date it states, as the dates module reads them all.
    return dates.stated_date("\n".join(told) if told else text, language, before)
