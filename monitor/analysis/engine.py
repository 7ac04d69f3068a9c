"""analyze(): one item's title and summary in, an Analysis out (tags, fine, authority, target)."""

from __future__ import annotations

from functools import cache

from monitor.analysis import amounts, authorities, fines, parties, tags
from monitor.analysis.gazetteer import Gazetteer
from monitor.analysis.text import LEXICON, Scan, fold_lower, fold_nfc, nfc
from monitor.models import Analysis


@cache
def _prepare() -> None:
    """Compile every rule set before the first item is split: the split records where each rule
    known at that time may start, and a rule compiled later would have to scan the whole text."""
    tags._compiled()
    authorities._compiled()
    amounts._tables()
    fines._compiled()
    parties._frames()


def analyze(
    title: str,
    summary: str,
    lang: str | None = None,
    feed_authority: str | None = None,
    known_parties: Gazetteer | None = None,
) -> Analysis:
    """Read tags, fine, authority and target out of an item.

    lang is accepted for callers that know it; the rules are matched in every language anyway,
    because feeds often declare the wrong one. feed_authority is the authority whose own feed the
    item came from, used when the text names none. known_parties: the parties the register
    and the watch list know (a gazetteer built once per poll).
    """
    del lang
    _prepare()
    # NFC keeps offsets equal between the original (names are cut from it, accents and all),
    # its folded form (sentences) and the folded lower-case form (rules are matched there).
    title_n, summary_n = nfc(title or ""), nfc(summary or "")
    summary_c = fold_nfc(summary_n)
    title_l = fold_nfc(title_n).lower()
    if len(title_l) != len(title_n):
        title_l = fold_nfc(title_n)  # = fold_lower(title_n), whose rare length-changing lower() is undone
    summary_l = summary_c.lower()  # = fold_lower(summary_n), folding once
    if len(summary_l) != len(summary_c):
        summary_l = summary_c  # a rare length-changing lower() is undone, as fold_lower does
    # Title and summary are looked up in one text, split into words once for every rule.
    scan = Scan(f"{title_l}\n{summary_l}")

    found_tags = tags.find_tags(scan)
    named = authorities.find_authority(scan)
    country_of = authorities.authority(named or feed_authority)
    fine = fines.detect_fine(scan, len(title_l), summary_c, country_of.country if country_of else None)
    if named is None and fine is not None and fine.status in ("imposed", "proposed"):
        # The feed's own authority before the country the item names or a weak name ("EU").
        named = feed_authority or authorities.find_weak_authority(scan)
    matched = bool(fine or named or tags.is_watched(found_tags, scan))
    # Looking for the party costs more than the rest together: only for items that matter.
    target = (
        parties.find_party(title_n, summary_n, known_parties=known_parties, scan=scan) if matched else None
    )
    return Analysis(
        tags=found_tags,
        fine=fine,
        authority=named or feed_authority,
        target=target,
        matched=matched,
    )


def domain_of(analysis: Analysis) -> str:
    """data_protection, competition, consumer or other, from the authority's kind."""
    found = authorities.authority(analysis.authority)
    if found is None:
        return "data_protection" if analysis.matched else "other"
    return {"dpa": "data_protection", "competition": "competition", "consumer": "consumer"}.get(
        found.kind, "other"
    )


def is_penalty_liquidation(title: str, summary: str) -> bool:
    """Whether an item reports an overdue or liquidated penalty payment ("overdue penalty payment",
    "astreinte", "Zwangsgeld", "dwangsom", "penalità di mora", "multa coercitiva") falling due: a
    decision of its own, distinct from the fine that came with the order, though it names the
    same authority and party. A per-day rate announced with a fine is not one (that is the
    fine's periodic_penalty)."""
    _prepare()
    title_l = fold_lower(nfc(title or ""))
    summary_l = fold_lower(nfc(summary or ""))
    return fines.penalty_liquidation(Scan(f"{title_l}\n{summary_l}"))


def clear_caches() -> None:
    """Forget what was learnt about words and sums seen so far (the rules stay compiled): for
    measuring the cost of items made of words never seen before."""
    LEXICON.cache.clear()
    LEXICON.first_words.clear()
    amounts.clear_cache()
    parties.clear_caches()
