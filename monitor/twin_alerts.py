"""Which of a decision's possible twins the register announces, whatever order they were filed in.

Reports that name too little to be folded into one event (the party misread, a sum in another
currency) must not make the user hear of one decision twice, so of two events that may be one
(`twins.may_be_same`) only one is announced and the other's alert is held. Which one used to be
whichever was filed first, and so the same reports filed in other batches (the poll writes the
feeds ready together, as fast as they answered) raised other alerts, and other numbers of them:
in a chain A ~ B ~ C, B first announces one, A and C first announce two (issue #12). So after
each batch the events it touched, and every event held or alerted of their twins, are settled
again in one canonical order: each is announced unless a twin before it is, or was shown to the
user; an alert nobody has seen yet is taken back, one the user saw stays announced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from monitor.events import STATUS_CHANGE_WINDOW, Candidate, FineFacts, when
from monitor.models import EventRow
from monitor.twins import may_be_same, rivals

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store


def shift(iso: str, delta: timedelta) -> str:
    return (when(iso) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def neighbours(store: Store, event: FineFacts, whole: bool = True) -> list[Candidate]:
    """The events within a status move of this item or event, not of another authority."""
    if event.date is None:
        return list(store.candidate_events(None, None, authority=event.authority, whole=whole))
    since, until = shift(event.date, -STATUS_CHANGE_WINDOW), shift(event.date, STATUS_CHANGE_WINDOW)
    return list(store.candidate_events(since, until, authority=event.authority, whole=whole))


def announced_twin(store: Store, event_id: int, since: str, again: set[int]) -> bool:
    """A decision that may be one announced since `since` is filed, not announced again.

    An announced event that may as well be another decision this one is not holds back neither
    (`twins.rivals`); those others go into `again`, to be looked at again.
    """
    found = store.candidate_events(None, None, ids=[event_id])
    if not found:
        return False
    event = found[0]
    near = {n.id: n for n in neighbours(store, event) if n.id != event_id and may_be_same(event, n)}
    for twin_id in store.alerted_since(sorted(near), since):
        others = rivals(event, near[twin_id], neighbours(store, near[twin_id]))
        if not others:
            return True
        again.update(o.id for o in others)
    return False


def rank(event: Candidate) -> tuple[str, float, str, str]:
    """The canonical order of possible twins: the earliest, then the larger sum, then by names."""
    return (event.date or "~", -(event.amount_eur or 0.0), event.authority or "", event.target_key or "")


def settle(
    store: Store,
    touched: set[int],
    since: str,
    may_announce: Callable[[EventRow], bool],
    announce: Callable[[EventRow], None],
) -> None:
    """Hold or announce the touched events and their twins as if filed in canonical order.

    `may_announce`: whether a held event earns its alert (the user's rules, news, named), twins aside.
    """
    pool: dict[int, Candidate] = {}
    twins: dict[int, list[Candidate]] = {}
    queue = sorted(touched, reverse=True)
    while queue:
        event_id = queue.pop()
        found = [] if event_id in pool else store.candidate_events(None, None, ids=[event_id])
        if not found:
            continue
        event = pool[event_id] = found[0]
        near = [n for n in neighbours(store, event) if n.id != event_id]
        twins[event_id] = [n for n in near if may_be_same(event, n)]
        # Its twins held or announced; and, touched (its facts changed), every event held near it:
        # one held behind it as a twin may be none now.
        reach = sorted({n.id for n in twins[event_id] if n.id not in pool})
        held = sorted({n.id for n in near if n.id not in pool}) if event_id in touched else reach
        queue += set(store.held_events(held)) | set(store.alerted_since(reach, since))
    alerted = set(store.alerted_since(sorted(pool), since))
    shown = set(store.alerted_since(sorted(pool), since, shown=True))
    # What the user was shown holds its twins back wherever it ranks: it cannot be unsaid. (Every
    # twin with an alert of this window was drawn into the pool; those outside it have none.)
    announced = set(shown)
    for event in sorted(pool.values(), key=rank):
        if event.id in shown:
            continue
        blocked = any(
            t.id in announced and not rivals(event, t, neighbours(store, t)) for t in twins[event.id]
        )
        row = store.event(event.id)
        if row is None:
            continue
        if event.id in alerted and blocked:
            store.withdraw_pending_alerts(event.id, "new_fine")
            store.set_held(event.id, True)
        elif event.id in alerted:
            announced.add(event.id)
        elif not blocked and store.held_events([event.id]) and may_announce(row):
            store.set_held(event.id, False)
            announce(row)
            announced.add(event.id)
