"""The status of a fine an item reports: imposed, proposed, overturned, or a mention of a past
fine, from the verb frames of fines.yml `status` (read in the title first, then in the sentences
that give the sum), and whether a span states a fining act at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.amounts import find_money
from monitor.analysis.explain import Trace
from monitor.analysis.index import Rule, Scan
from monitor.analysis.leads import phrase_leads
from monitor.analysis.matcher import Matcher
from monitor.analysis.phrases import alternation, flatten
from monitor.models import FineStatus

# When several statuses are named, the first in this order wins. "faces" is a headline's
# "X faces €345m fine": a proposal, unless the lead below it says the fine was imposed.
# "recalled" (a pluperfect) is resolved to mention_of_past or, in reported speech, imposed;
# "ranking" (the biggest fines) to mention_of_past, or after a partitive to the next status.
# "headline_future" is the headline's "EU to fine X" (an infinitive for the future, in the
# headline only: in a sentence "decided to fine" is no future), resolved as "faces" is.
_STATUS_ORDER = (
    "overturned",
    "mention_of_past",
    "ranking",
    "recalled",
    "proposed",
    "faces",
    "headline_future",
    "imposed",
)
_TITLE_RANK: dict[str, int] = {status: rank for rank, status in enumerate(_STATUS_ORDER)}
_STATUS_RANK = {status: rank for status, rank in _TITLE_RANK.items() if status != "headline_future"}
_RANK_PICKED = {status: rank for status, rank in _STATUS_RANK.items() if status != "ranking"}
_ACTS = ("imposed", "proposed", "faces", "recalled")


@dataclass(frozen=True, slots=True)
class _Compiled:
    status: Matcher
    fine_words: Rule
    reported_speech: Rule
    partitives: Rule
    fine_nouns: frozenset[str]
    question_opener: re.Pattern[str]
    private_suits: Rule
    commentary_label: re.Pattern[str]
    earlier_proposal: Rule


@cache
def _compiled() -> _Compiled:
    fines = rules.load("fines")
    words = flatten(fines["fine_words"])
    speech = flatten(fines.get("reported_speech"))
    partitives = flatten(fines.get("partitives"))
    suits = flatten(fines.get("private_suits"))
    earlier = flatten(fines.get("earlier_proposal"))
    return _Compiled(
        status=Matcher({s: flatten(fines["status"].get(s)) for s in _STATUS_ORDER}),
        fine_words=Rule(alternation(words), phrase_leads(words)),
        reported_speech=Rule(alternation(speech), phrase_leads(speech)),
        partitives=Rule(alternation(partitives), phrase_leads(partitives)),
        fine_nouns=frozenset(flatten(fines.get("fine_nouns"))),
        # At the headline's start, after an opening "¿" or quotation mark.
        question_opener=re.compile(r"[\s¿\"'“«]*" + alternation(flatten(fines.get("question_openers")))),
        private_suits=Rule(alternation(suits), phrase_leads(suits)),
        earlier_proposal=Rule(alternation(earlier), phrase_leads(earlier)),
        commentary_label=re.compile(
            r"[\s\"'“«]*" + alternation(flatten(fines.get("commentary_labels"))) + r"[^\S\n]*[:|–—-]"
        ),
    )


def status_matcher() -> Matcher:
    return _compiled().status


def fine_status(
    scan: Scan,
    title: tuple[int, int],
    focus: list[tuple[int, int]],
    lead: tuple[int, int] | None,
    trace: Trace | None,
) -> FineStatus:
    """The status the title states, else the first focus sentence that states one, else imposed.
    A headline that only "faces" a fine takes the word of the sentences that give the sum, or
    of the lead (the summary's first sentence), when they say it was imposed. A headline that
    asks a question ("are the fines real?") without a fining act or a sum of its own, or opens
    as an explainer ("Why the fines go unpaid", fines.yml question_openers) without a fining act,
    is commentary: the fines its text cites are not its news."""
    status = _compiled().status
    said: list[tuple[str, tuple[int, int]]] = []
    for span in (title, *focus):
        best = _best(scan, span, _TITLE_RANK if span == title else _STATUS_RANK)
        if best is not None:
            said.append(("faces" if best == "headline_future" else best, span))
    if not said and lead is not None:
        # A headline without a verb ("Record fine of 20 million for X") over a lead that says
        # what happened ("the authority intends to fine X"): the lead's word.
        best = _best(scan, lead)
        said = [(best, lead)] if best is not None else []
    found, where = said[0] if said else ("imposed", title)
    earlier = _compiled().earlier_proposal.search(scan, *where) if found == "proposed" else None
    if earlier is not None and find_money(scan, earlier.start(), earlier.end()):
        # "reduces the fine to £20m from £183m proposed": the proposal is the earlier sum's.
        found = "imposed"
    if found == "faces":
        below = [s for s in said[1:] if s[0] != "faces"]
        if not below and lead is not None:
            best = _best(scan, lead)
            below = [(best, lead)] if best is not None else []
        found, where = below[0] if below and below[0][0] == "imposed" else ("proposed", where)
    explains = _compiled().question_opener.match(scan.text, title[0], title[1]) is not None
    news = found in ("imposed", "proposed")
    label = _compiled().commentary_label.match(scan.text, title[0], title[1]) if news else None
    if label is not None:
        if trace is not None:
            trace.add("status", "mention_of_past", "fines.yml commentary_labels (commentary)", label.group())
        return "mention_of_past"
    if found == "imposed" and (
        (asks_a_question(scan, title) and not _reports_in(scan, title))
        or (explains and not act_in(scan, title))
    ):
        if trace is not None:
            trace.add("status", "mention_of_past", "a question headline (commentary)", "?")
        return "mention_of_past"
    if trace is not None:
        shown = (found, "faces", "headline_future", "recalled")
        words = next((m.group() for label, m in status.finditer(scan, *where) if label in shown), "")
        trace.add(
            "status", found, f"fines.yml status.{found}" if words else "no status phrase: imposed", words
        )
    return found  # type: ignore[return-value]  # a FineStatus, "faces" was resolved above


def _best(scan: Scan, span: tuple[int, int], rank: dict[str, int] = _STATUS_RANK) -> str | None:
    """The status a span states; a pluperfect ("had fined") is a past fine, unless a verb of
    saying stands before it in the span (reported speech shifts the tense back)."""
    c = _compiled()
    best = c.status.best(scan, rank, *span)
    if best == "ranking":
        if not _picks_one(scan, span):
            return "mention_of_past"
        best = c.status.best(scan, _RANK_PICKED, *span)
    if best != "recalled":
        return best
    hits = list(c.status.finditer(scan, *span))
    before = next((m.start() for label, m in hits if label == "recalled"), span[1])
    # A fining act stated before the pluperfect is the news, the pluperfect recalls an older
    # fine of the same party ("la CNIL inflige 50 000 euros à X, qui avait été condamnée …").
    acted = any(label == "imposed" and m.end() <= before for label, m in hits)
    return "imposed" if acted or c.reported_speech.search(scan, span[0], before) else "mention_of_past"


def _picks_one(scan: Scan, span: tuple[int, int]) -> bool:
    """Whether a partitive right before a ranking of fines ("one of the biggest fines") picks
    out the one fine that is the news; without it the ranking reviews old fines."""
    c = _compiled()
    # Overlapping, as best() found it: "issued ~ fines" can cover "the biggest fines".
    hit = next(m for label, m in c.status.finditer(scan, *span, overlapping=True) if label == "ranking")
    return bool(c.partitives.search(scan, max(span[0], hit.start() - 16), hit.start()))


def asks_a_question(scan: Scan, span: tuple[int, int]) -> bool:
    """Whether a span (a headline) ends in a question mark, the same sign in all six languages
    (Spanish opens with "¿" as well)."""
    return scan.text[span[0] : span[1]].rstrip().endswith("?")


def _reports_in(scan: Scan, span: tuple[int, int]) -> bool:
    """Whether a headline reports a fine itself: a fining act or the fine's sum."""
    return act_in(scan, span) or bool(find_money(scan, *span))


def act_in(scan: Scan, span: tuple[int, int], kinds: tuple[str, ...] = _ACTS) -> bool:
    """Whether a span states a fining act in words other than a fine noun ("fines" in "fines are
    one tool" is the noun; "has fined", "muss … bezahlen" are acts); kinds: the statuses that count."""
    return bool(acts_in(scan, span, kinds))


def acts_in(scan: Scan, span: tuple[int, int], kinds: tuple[str, ...] = _ACTS) -> list[str]:
    """The words of each fining act that a span states (see act_in)."""
    c = _compiled()
    hits = (m.group() for label, m in c.status.finditer(scan, *span) if label in kinds)
    return [words for words in hits if not is_fine_noun(words)]


def verb_after(scan: Scan, span: tuple[int, int], ends: list[int]) -> bool:
    """Whether a fine noun spelt like a verb ("fines", "multa") stands right after one of the
    given ends (an authority's mention): after its subject it is the verb, "CNIL fines X and Y"."""
    nouns = [
        m
        for label, m in _compiled().status.finditer(scan, *span)
        if label == "imposed" and is_fine_noun(m.group())
    ]
    return any(e <= m.start() and not scan.text[e : m.start()].strip() for m in nouns for e in ends)


def private_suit(scan: Scan) -> str | None:
    """The words by which an item reports a lawsuit of private parties (fines.yml private_suits):
    a class action, whose settlement or damages are no penalty unless an authority decided."""
    hit = _compiled().private_suits.search(scan)
    return hit.group() if hit is not None else None


def is_fine_noun(words: str) -> bool:
    """Whether a status or context hit is only a noun that is spelt like a verb ("fines",
    "multa", "sanctions"; fines.yml fine_nouns)."""
    return words in _compiled().fine_nouns
