"""analyze(): one item's title and summary in, an Analysis out (tags, fine, authority, target)."""

from __future__ import annotations

from functools import cache

from monitor.analysis import amounts, authorities, fines, parties, tags
from monitor.analysis.fold import fold_lower, fold_nfc, nfc
from monitor.analysis.index import RuleIndex, Scan, rules_in
from monitor.models import Analysis


@cache
def rule_index() -> RuleIndex:
    """Every rule set compiled from resources/analysis/, indexed once per process."""
    return RuleIndex(
        rules_in(
            tags._compiled(),
            authorities._compiled(),
            amounts._tables(),
            fines._compiled(),
            parties._compiled(),
        )
    )


def analyze(
    title: str,
    summary: str,
    lang: str | None = None,
    feed_authority: str | None = None,
) -> Analysis:
    """Read tags, fine, authority and target out of an item.

    lang is accepted for callers that know it; the rules are matched in every language anyway,
    because feeds often declare the wrong one. feed_authority is the authority whose own feed the
    item came from, used when the text names none.
    """
    del lang
    index = rule_index()
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
    scan = Scan(f"{title_l}\n{summary_l}", index)

    found_tags = tags.find_tags(scan)
    named = authorities.find_authority(scan)
    country_of = authorities.authority(named or feed_authority)
    fine = fines.detect_fine(scan, len(title_l), summary_c, country_of.country if country_of else None)
    if named is None and fine is not None and fine.status in ("imposed", "proposed"):
        named = authorities.find_weak_authority(scan)  # = find_authority(scan, reports_fine=True)
    matched = bool(fine or named or tags.is_watched(found_tags, scan))
    # Looking for the party costs more than the rest together: only for items that matter.
    target = parties.find_target(title_n, summary_n, scan) if matched else None
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
    title_l = fold_lower(nfc(title or ""))
    summary_l = fold_lower(nfc(summary or ""))
    return fines.penalty_liquidation(Scan(f"{title_l}\n{summary_l}", rule_index()))


def clear_caches() -> None:
    """Forget what was learnt about words and sums seen so far (the rules stay compiled): for
    measuring the cost of items made of words never seen before."""
    rule_index().clear()
    amounts.clear_cache()
    parties.clear_caches()
