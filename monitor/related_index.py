"""Where the reports `grouping.related` may link to a report can be, so that a component grows
without comparing every pair of reports in the register.

`related` links two reports only through the same authority (when neither names another party),
a shared party, or sums close enough to be one decision (NAMED_TOLERANCE at most). So the reports
worth comparing with one are: its authority's reports without a party (all of its authority's
when it names none), the reports that share a word of its party key (`events.same_party` is word
containment), and those whose euro sum lies within the widest tolerance of its own. A few are
comparable in ways not indexed here (a sum with no euro value, a periodic penalty only) and are
always offered. The index only narrows the search: `related` still decides each pair.

Pure: rows in, rows out; no database.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from monitor.analysis import party_key
from monitor.events import NAMED_TOLERANCE, FineFacts
from monitor.models import ReportRow

Row = ReportRow

WIDEST = NAMED_TOLERANCE  # the loosest comparison of sums `grouping.related` makes


def _key(row: Row) -> str | None:
    # As regrouping.report_facts makes a stored report's party key.
    return party_key(row["target"]) if row["target"] else None


class RelatedIndex:
    """Reports indexed by authority, party word and euro sum."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self._all: list[Row] = list(rows)
        self._by_authority: dict[str, list[Row]] = {}
        self._unnamed: dict[str, list[Row]] = {}  # by authority: the reports that name no party
        self._by_word: dict[str, list[Row]] = {}
        self._always: list[Row] = []
        sums: list[tuple[float, int, Row]] = []
        for row in self._all:
            key = _key(row)
            authority = row["authority"]
            if authority is not None:
                self._by_authority.setdefault(authority, []).append(row)
                if key is None:
                    self._unnamed.setdefault(authority, []).append(row)
            if key is not None:
                words = set(key.split())
                if not words:
                    self._always.append(row)
                for word in words:
                    self._by_word.setdefault(word, []).append(row)
            eur = row["fine_amount_eur"]
            if eur is not None and eur > 0:
                sums.append((float(eur), int(row["id"]), row))
            elif row["fine_amount"] is not None or row["penalty_amount"] is not None:
                self._always.append(row)  # compared by its raw figure or its penalty
        sums.sort(key=lambda entry: (entry[0], entry[1]))
        self._sums = [entry[0] for entry in sums]
        self._sum_rows = [entry[2] for entry in sums]

    def near(self, facts: FineFacts) -> list[Row]:
        """Every report `related(facts, ...)` may be true for (and others), each once."""
        eur = facts.amount_eur
        key_words = set(facts.target_key.split()) if facts.target_key is not None else None
        unindexed = (
            (eur is None and (facts.fine.amount is not None or facts.penalty_eur is not None))
            or (eur is not None and eur <= 0)
            or key_words == set()
        )
        if unindexed:
            return self._all
        found: dict[int, Row] = {}
        groups: list[list[Row]] = [self._always]
        if facts.authority is not None:
            by_authority = self._by_authority if key_words is None else self._unnamed
            groups.append(by_authority.get(facts.authority, []))
        for word in key_words or ():
            groups.append(self._by_word.get(word, []))
        if eur is not None:
            low, high = eur * (1 - WIDEST), eur / (1 - WIDEST)
            groups.append(self._sum_rows[bisect_left(self._sums, low) : bisect_right(self._sums, high)])
        for rows in groups:
            for row in rows:
                found[row["id"]] = row
        return list(found.values())
