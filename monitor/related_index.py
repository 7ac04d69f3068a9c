"""Where the reports `grouping.related` may link to a report can be, so that a component grows
without comparing every pair of reports in the register.

`related` links two reports only through the same authority (when neither names another party),
a shared party, or sums close enough to be one decision. So the reports worth comparing with one
are: its authority's reports without a party (all of its authority's when it names none), the
reports that share a word of its party key (`events.same_party` is word containment), those that
name no party with a euro sum within the cross-currency tolerance of its own, and, when it names
a party, its authority's reports of another party with a sum within the same-currency tolerance
(a misread party is taken only on the same sum). A few are
comparable in ways not indexed here (a sum with no euro value, a periodic penalty only) and are
always offered. The index only narrows the search: `related` still decides each pair.

`RelatedGraph` keeps the pairs `related` links between the batches one writer files: a batch of a
steady poll adds a few reports to a register of thousands, and searching the index again for every
report of a large component after every batch was most of the writer's time (issue #17). It is
checked against the rows the regrouping reads every time, so a report changed or removed by
anything else (reanalysis, retention, another process) is compared again, never trusted.

Pure: rows in, rows out; no database.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence

from monitor.analysis import party_key
from monitor.events import FineFacts
from monitor.grouping import related
from monitor.models import ReportRow
from monitor.sums import CROSS_CURRENCY_TOLERANCE, SAME_CURRENCY_TOLERANCE, conflict

Row = ReportRow


def _key(row: Row) -> str | None:
    # As regrouping.report_facts makes a stored report's party key: stored with it since schema v12.
    if row["fine_liquidation"] is not None:
        return str(row["target_key"]) if row["target_key"] is not None else None
    return party_key(row["target"]) if row["target"] else None


class _Sums:
    """Reports in order of their euro sum, to take those within a tolerance of one sum."""

    def __init__(self, entries: list[tuple[float, int, Row]]) -> None:
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        self._sums = [entry[0] for entry in entries]
        self._rows = [entry[2] for entry in entries]

    def around(self, eur: float, tolerance: float) -> list[Row]:
        # `sums.close`: |a - b| <= tolerance * max(a, b), for positive sums.
        low, high = eur * (1 - tolerance), eur / (1 - tolerance)
        return self._rows[bisect_left(self._sums, low) : bisect_right(self._sums, high)]


class RelatedIndex:
    """Reports indexed by authority, party word and euro sum.

    The sums are indexed as `related` compares them: two reports that name different parties only
    within SAME_CURRENCY_TOLERANCE and under one authority; a report that names none within the
    cross-currency tolerance; two that share a party are found by its words whatever their sums."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self._all: list[Row] = list(rows)
        self._by_authority: dict[str, list[Row]] = {}
        self._unnamed: dict[str, list[Row]] = {}  # by authority: the reports that name no party
        self._by_word: dict[str, list[Row]] = {}
        self._always: list[Row] = []
        every: list[tuple[float, int, Row]] = []
        unnamed: list[tuple[float, int, Row]] = []
        named: dict[str, list[tuple[float, int, Row]]] = {}  # by authority
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
                entry = (float(eur), int(row["id"]), row)
                every.append(entry)
                if key is None:
                    unnamed.append(entry)
                elif authority is not None:
                    named.setdefault(authority, []).append(entry)
            elif row["fine_amount"] is not None or row["penalty_amount"] is not None:
                self._always.append(row)  # compared by its raw figure or its penalty
        self._every = _Sums(every)
        self._unnamed_sums = _Sums(unnamed)
        self._named_sums = {authority: _Sums(entries) for authority, entries in named.items()}

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
        if eur is not None and key_words is None:
            groups.append(self._every.around(eur, CROSS_CURRENCY_TOLERANCE))
        elif eur is not None:
            groups.append(self._unnamed_sums.around(eur, CROSS_CURRENCY_TOLERANCE))
            if facts.authority is not None and facts.authority in self._named_sums:
                groups.append(self._named_sums[facts.authority].around(eur, SAME_CURRENCY_TOLERANCE))
        for rows in groups:
            for row in rows:
                found[row["id"]] = row
        return list(found.values())


def _signature(row: Row) -> tuple[object, ...]:
    """Every column regrouping.report_facts reads: two rows equal in these have the same facts."""
    return (
        row["fine_status"], row["fine_amount"], row["fine_currency"], row["fine_amount_eur"],
        row["penalty_amount"], row["penalty_currency"], row["penalty_per"], row["authority"],
        row["target"], row["target_key"], row["fine_liquidation"], row["stated_date"], row["penalty_eur"],
        row["published"], row["published_known"], row["title"], row["summary_text"], row["language"],
    )  # fmt: skip


class RelatedGraph:
    """The reports `related` links to each report, found once and kept while neither changes.

    `update` takes every report as stored now; a report's neighbours are then found when first
    asked for, and a report that is new, changed or gone since the last update is compared again
    (only it: the pairs between unchanged reports stand, `related` being a function of the two)."""

    def __init__(self) -> None:
        self._signature: dict[int, tuple[object, ...]] = {}
        self._facts: dict[int, FineFacts] = {}
        self._neighbours: dict[int, set[int]] = {}
        self._index: RelatedIndex | None = None
        self._make: Callable[[Row], FineFacts] | None = None
        self._rows: dict[int, Row] = {}

    def update(self, rows: Sequence[Row], make: Callable[[Row], FineFacts]) -> None:
        self._make = make
        current = {int(row["id"]): row for row in rows}
        changed = {i for i in self._signature if i not in current}
        for item_id, row in current.items():
            signature = _signature(row)
            if self._signature.get(item_id) != signature:
                changed.add(item_id)
                self._signature[item_id] = signature
                self._facts.pop(item_id, None)
        for item_id in changed - current.keys():
            del self._signature[item_id]
            self._facts.pop(item_id, None)
        self._rows = current
        self._index = RelatedIndex(rows)
        if not changed:
            return
        for item_id in changed:
            self._neighbours.pop(item_id, None)
        for known in self._neighbours.values():
            known.difference_update(changed)
        # A changed report may now be related to reports whose neighbours are already known: they
        # learn of it here, so that what is known stays the whole truth.
        if not self._neighbours:
            return  # nothing known yet (the writer's first batch): every neighbour is found when asked
        fresh = frozenset(changed)
        for item_id in changed & current.keys():
            found = self._neighbours[item_id] = self._find(item_id, fresh)
            for other in found:
                if other in self._neighbours:
                    self._neighbours[other].add(item_id)

    def facts(self, item_id: int) -> FineFacts:
        if item_id not in self._facts:
            assert self._make is not None, "update() first"
            self._facts[item_id] = self._make(self._rows[item_id])
        return self._facts[item_id]

    def size(self) -> tuple[int, int]:
        """The reports known and the links kept (each counted from both ends): what keeping the
        graph costs in memory."""
        return len(self._signature), sum(len(found) for found in self._neighbours.values())

    def row(self, item_id: int) -> Row:
        return self._rows[item_id]

    def neighbours(self, item_id: int) -> set[int]:
        """The reports `related` links to this one (itself excluded)."""
        if item_id not in self._neighbours:
            self._neighbours[item_id] = self._find(item_id)
        return self._neighbours[item_id]

    def _find(self, item_id: int, fresh: frozenset[int] = frozenset()) -> set[int]:
        """The report's neighbours. `related` is symmetric and every known neighbour set is whole,
        so a report whose set is known is related to this one exactly when it lists it: a component
        met for the first time compares each pair once, not twice. Only the reports in `fresh`
        (changed since their neighbours' sets were made) are always compared."""
        assert self._index is not None, "update() first"
        facts = self.facts(item_id)
        found: set[int] = set()
        for row in self._index.near(facts):
            other = int(row["id"])
            # Most reports offered by their party words or sums name another authority: `related`
            # links none of them, and this settles them without their facts (issue #17).
            if other == item_id or conflict(facts.authority, row["authority"]):
                continue
            known = None if item_id in fresh else self._neighbours.get(other)
            if (item_id in known) if known is not None else related(facts, self.facts(other)):
                found.add(other)
        return found
