"""analyze(): one item's title and summary in, an Analysis out.

The pipeline, in order (each step a module of its own):
1. fold.py      - NFC, accents and typography folded, offsets kept; text cut to the item budget
2. index.py     - the rules of resources/analysis/ compiled once (rule_index()), each item
                  split once into the positions where each rule may start (a Scan)
3. candidates   - tags.py (topics), amounts.py (sums of money), authorities.py (who decided),
                  parties.py (who is fined), sentences.py (where sentences end)
4. fines.py     - the decision: is it a fine, which sum is the fine, its status and its euros
The party finder is reached through _party() below: the one seam through which its
implementation may change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from monitor.analysis import (
    amounts,
    authorities,
    authority_guess,
    fines,
    liquidation,
    parties,
    party_frames,
    party_reader,
    roles,
    rules,
    slug_sums,
    status,
    tags,
)
from monitor.analysis.explain import Trace
from monitor.analysis.fold import fold_nfc, nfc
from monitor.analysis.gazetteer import Gazetteer
from monitor.analysis.headlines import without_wire_label
from monitor.analysis.index import RuleIndex, Scan, rules_in
from monitor.analysis.party_finding import Finding
from monitor.analysis.phrases import alternation, flatten
from monitor.models import Analysis

# The budget of one item: news states a fine in its title and first sentences; a longer text
# (a whole page pasted into a feed) is cut at a space before these many characters, so that
# no item can cost more than a bounded amount of work.
MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 6000


@cache
def rule_index() -> RuleIndex:
    """Every rule set compiled from resources/analysis/, indexed once per process."""
    return RuleIndex(
        rules_in(
            tags._compiled(),
            authorities._compiled(),
            amounts._tables(),
            roles._compiled(),
            fines._compiled(),
            status._compiled(),
            liquidation._compiled(),
            party_frames.frames(),
        )
    )


def within_budget(text: str, limit: int) -> str:
    """text, or its first `limit` characters cut back to the last space."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit]


@dataclass(frozen=True, slots=True)
class ItemText:
    """An item as the rules read it. NFC keeps offsets equal between the original (names are cut
    from it, accents and all), its folded form (sentences) and the folded lower-case form in the
    Scan (rules are matched there: title and summary in one text, split into words once)."""

    title: str  # NFC, within the item budget
    summary: str
    summary_cased: str  # folded, capitals kept
    title_end: int  # where the title ends in scan.text
    scan: Scan


def item_text(title: str, summary: str, index: RuleIndex | None = None) -> ItemText:
    title_n = without_wire_label(nfc(within_budget(title or "", MAX_TITLE_CHARS)))
    summary_n = nfc(within_budget(summary or "", MAX_SUMMARY_CHARS))
    summary_c = fold_nfc(summary_n)
    title_l = lowered(fold_nfc(title_n))
    scan = Scan(_glued(f"{title_l}\n{lowered(summary_c)}"), index if index is not None else rule_index())
    return ItemText(title_n, summary_n, summary_c, len(title_l), scan)


@cache
def _one_word() -> re.Pattern[str]:
    return re.compile(alternation(flatten(rules.load("fines")["one_word_phrases"])))


def _glued(text: str) -> str:
    """The folded lower-case text with each of fines.yml one_word_phrases made one word, its spaces
    underscores (offsets kept): the Italian "alla fine" is an end, and its "fine" no fine word."""
    return _one_word().sub(lambda m: m.group() if "\n" in m.group() else m.group().replace(" ", "_"), text)


def lowered(folded: str) -> str:
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded  # a rare length-changing lower()


def _party(title: str, summary: str, scan: Scan, known_parties: Gazetteer | None) -> Finding | None:
    """The fined party and how it was found; known_parties: the register's and the watch list's."""
    return parties.explain_party(title, summary, known_parties=known_parties, scan=scan)


@cache
def _largest_tariff() -> float:
    return float(rules.load("fines")["largest_tariff_eur"])


def _only_paid(scan: Scan, tagged: bool) -> bool:
    """Whether an item tells only of money paid: no penalty, fining act, regulator or personal
    data named ("pays $5 million over a data breach" names one): a purchase or a price."""
    return fines.only_a_payment(scan) and not (authorities.names_a_regulator(scan) or _personal(scan, tagged))


def _nobody(item: ItemText) -> bool:
    """Whether an item names no fining act, no regulator and no one to fine, not even by a
    description ("a regulator", "the insurer", "Toezichthouder geeft datahandelaar …") in a
    sentence that names the penalty: "Fine weather … after the central bank held rates" describes
    a bank, but not as anyone fined."""
    scan = item.scan
    text = scan.text
    title = (0, item.title_end)
    return not (
        status.act_in(scan, title)
        or status.act_in(scan, (title[1], len(text)))
        or authorities.names_a_regulator(scan)
        or any(
            party_reader.describes_a_party(text[at:to])
            for at, to in fines.penalty_sentences(scan, item.title_end, item.summary_cased)
        )
    )


def analyze(
    title: str,
    summary: str,
    lang: str | None = None,
    feed_authority: str | None = None,
    *,
    published: dt.date | str | None = None,
    known_parties: Gazetteer | None = None,
    index: RuleIndex | None = None,
    trace: Trace | None = None,
) -> Analysis:
    """Read tags, fine, authority, party and domain out of an item.

    lang is accepted for callers that know it; the rules are matched in every language anyway,
    because feeds often declare the wrong one. feed_authority is the authority whose own feed the
    item came from, used when the text names none. published (the item's date) dates the euro
    rate. trace, when given, collects the rule and words behind every fact (--explain).
    """
    del lang
    item = item_text(title, summary, index)
    title_n, summary_n, summary_c, scan = item.title, item.summary, item.summary_cased, item.scan
    title_l = scan.text[: item.title_end]

    found_tags = tags.find_tags(scan, trace)
    named = authorities.find_authority(scan)
    stated = named or feed_authority  # not a guess from a weak name or a company's lead authority
    country_of = authorities.authority(named or feed_authority)
    country = country_of.country if country_of else authority_guess.deciding_country(scan)
    fine = fines.detect_fine(scan, len(title_l), summary_c, country, published, trace)
    suit = status.private_suit(scan) if fine is not None and not (named or feed_authority) else None
    if suit is not None and not (
        authorities.names_a_regulator(scan) or authority_guess.find_weak_authority(scan, lead=False)
    ):
        # A class action and no authority, not even "a regulator", a country or "EU" that decided:
        # damages or a settlement between private parties (a lead authority settles no lawsuit).
        if trace is not None:
            trace.add("fine", "none", "a private lawsuit, no authority: no penalty", suit)
        fine = None
    if fine is not None and not (named or feed_authority) and _only_paid(scan, bool(found_tags)):
        if trace is not None:
            trace.add("fine", "none", "a payment, no penalty and no authority: no fine", "")
        fine = None
    if named is None and fine is not None and fine.status in ("imposed", "proposed"):
        # A fine whose text names no authority: the feed's own before the country the item names
        # or a weak name ("EU"), then the company's lead authority. The country that decided names
        # the currency too ("Italia multa a X con 15 millones"); the lead authority, a guess, does not.
        placed = authority_guess.find_weak_authority(scan, lead=False)
        named = feed_authority or placed or authority_guess.lead_authority(scan)
        decider = authorities.authority(placed)
        if decider is not None and fine.currency is None:
            fine = slug_sums.with_currency(fine, fines.local_currency(decider.country), published)
    if fine is not None and fine.amount is None and title_n == title_n.lower():
        # A slug dropped the currency sign ("fined-450000-by"): the deciding authority's currency.
        decider = authorities.authority(named or feed_authority)
        currency = fines.local_currency(decider.country if decider else None)
        fine = slug_sums.with_bare_sum(fine, title_l, currency, published)
    matched = bool(fine or named or tags.is_watched(found_tags, scan))
    # Looking for the party costs more than the rest together: only for items that matter.
    party = _party(title_n, summary_n, scan, known_parties) if matched else None
    target = party.name if party else None
    authority = named or feed_authority
    if authority is None and target and fine is not None and fine.status in ("imposed", "proposed"):
        authority = authority_guess.lead_of_party(scan, target)  # "EU fines Meta over data transfers"
    no_one = (
        fine is not None
        and fine.status == "imposed"
        # A sum of no stated currency ("6 millones" in a headline) counts at its face value.
        and (fine.amount_eur if fine.amount_eur is not None else fine.amount or 0.0) <= _largest_tariff()
        # A guessed authority decides nothing: "UK fines for late tax returns rise to £100".
        and not (stated or target)
    )
    if no_one and _nobody(item):
        # Nobody fined and nobody fining, not even described ("Fine dining: …", "Bußgeldkatalog:
        # …", "Multa de 200 euros por aparcar"): a fine word, with no sum or a tariff's, names no
        # decision a reader could file.
        if trace is not None:
            trace.add("fine", "none", "no sum, act, authority or party: no decision", "")
        fine = None
    if trace is not None:
        if authority:
            how = (
                "authorities.yml (named in the item)"
                if named
                else "the feed's authority"
                if feed_authority
                else "authorities.yml lead_authorities (the party's)"
            )
            trace.add("authority", authority, how, authorities.words_naming(scan, authority))
        if party:
            trace.add("party", party.name, party.rule, party.words)
    return Analysis(
        tags=found_tags,
        fine=fine,
        authority=authority,
        target=target,
        matched=matched,
        domain=_domain(authority, matched, scan, bool(found_tags)) if fine is not None else None,
    )


def domain_of(analysis: Analysis) -> str:
    """data_protection, competition, consumer or other, from the authority's kind."""
    return analysis.domain or _domain(analysis.authority, analysis.matched, None)


def domain_in_text(authority: str | None, title: str, summary: str) -> str:
    """The domain of a fine this item reports, as analyze() gives it (for a stored item)."""
    return _domain(authority, True, item_text(title, summary).scan)


def _domain(authority: str | None, matched: bool, scan: Scan | None, tagged: bool | None = None) -> str:
    """A data protection authority's fine is data_protection, and so is a prosecutor's about
    personal data; otherwise the item's own words (a merger, a cartel, misleading consumers) and
    then the authority's kind decide. A fine of no named authority is data protection only when
    the item is about personal data: a football club's or an oil company's fine in general news
    is not. `tagged`: whether the item has a tags.yml topic (read from the scan when not given)."""
    found = authorities.authority(authority)
    if found is not None and found.kind == "dpa":
        return "data_protection"
    if found is not None and found.kind == "prosecutor" and scan is not None and _personal(scan, tagged):
        return "data_protection"  # a state attorney general's privacy or biometrics case
    hint = fines.domain_hint(scan) if scan is not None else None
    if hint is not None:
        return hint
    if found is not None and found.kind == "consumer" and scan is not None and _personal(scan, tagged):
        # The FTC's privacy case: where no data protection authority exists, it enforces privacy
        # (the labelled corpus files the FTC's settlements as data protection, too).
        return "data_protection"
    if found is None:
        personal = scan is None or _personal(scan, tagged)  # no text to tell: as before
        return "data_protection" if matched and personal else "other"
    return {"dpa": "data_protection", "competition": "competition", "consumer": "consumer"}.get(
        found.kind, "other"
    )


def _personal(scan: Scan, tagged: bool | None) -> bool:
    """Whether an item is about personal data: its words (authority_guess.about_data) or a topic."""
    if authority_guess.about_data(scan):
        return True
    return tagged if tagged is not None else bool(tags.find_tags(scan, None))


def is_penalty_liquidation(title: str, summary: str) -> bool:
    """Whether an item reports an overdue or liquidated penalty payment ("overdue penalty payment",
    "astreinte", "Zwangsgeld", "dwangsom", "penalità di mora", "multa coercitiva") falling due: a
    decision of its own, distinct from the fine that came with the order, though it names the
    same authority and party. A per-day rate announced with a fine is not one (that is the
    fine's periodic_penalty)."""
    return liquidation.penalty_liquidation(item_text(title, summary).scan)


def clear_caches() -> None:
    """Forget what was learnt about words and sums seen so far (the rules stay compiled): for
    measuring the cost of items made of words never seen before."""
    rule_index().clear()
    amounts.clear_cache()
    parties.clear_caches()
