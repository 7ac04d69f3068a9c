"""The shapes of a fine decision that `events.py` decides over.

`FineFacts` is the one shape a fine has from the analysis to the register: the analysed
`models.Fine` plus who, when and which topics. `Candidate` is a stored event in the same shape,
with every sum and party its sources gave. `Decision` is what the decider tells the register.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.models import Fine, FineStatus

__all__ = ["Candidate", "Decision", "FineFacts"]


@dataclass(frozen=True, kw_only=True)
class FineFacts:
    """What one item (or one stored event) says about a fine decision."""

    fine: Fine
    authority: str | None = None
    target: str | None = None  # as written
    target_key: str | None = None  # the key spellings of one party share (analysis.party_key)
    penalty_eur: float | None = None  # the periodic penalty in euros
    date: str | None = None  # ISO 8601 UTC; None when no source gave one
    # `date` is one the text states, not a feed's: often an earlier day (a law's entry into force,
    # the start of an inquiry), so it bounds the decision's day from below and never sets it apart.
    stated: bool = False
    tags: frozenset[str] = frozenset()
    liquidation: bool = False  # an overdue penalty payment falling due, not the fine itself

    @property
    def amount_eur(self) -> float | None:
        return self.fine.amount_eur

    @property
    def currency(self) -> str | None:
        return self.fine.currency

    @property
    def status(self) -> FineStatus:
        return self.fine.status

    @property
    def named(self) -> bool:
        """Both who fined and who was fined are known."""
        return self.authority is not None and self.target_key is not None


@dataclass(frozen=True, kw_only=True)
class Candidate(FineFacts):
    """A stored event the item may belong to."""

    id: int
    # Every sum its sources gave (in euros): a report agreeing with any of them agrees with the
    # event, so the first report's rounding does not decide what later ones must match.
    sums_eur: tuple[float, ...] = ()
    # Every party its sources named: one report's "Facebook" and another's "Meta" both agree with it.
    parties: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decision:
    event_id: int | None  # None: start a new event
    new_status: FineStatus | None = None  # set when the item moves the event's status on
    # Events the item shows to be this same decision: each knew half of it (one the party, one the
    # sum) when it was started by a vaguer report. They fold into event_id.
    merge: tuple[int, ...] = ()
    partial: bool = False  # joined although the party or the sum could not be compared
