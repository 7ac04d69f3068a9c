"""Where the analysis's text helpers used to live; kept so that modules written against it keep
importing. New code imports from fold, phrases, leads, index, matcher and sentences."""

from __future__ import annotations

from monitor.analysis.fold import fold, fold_lower, fold_nfc, nfc
from monitor.analysis.index import Rule, RuleIndex, Scan, rules_in, scan_of
from monitor.analysis.leads import FREE, Follow, Leads, phrase_leads
from monitor.analysis.matcher import Matcher
from monitor.analysis.phrases import alternation, flatten, grouped, phrase_pattern
from monitor.analysis.sentences import sentences

__all__ = [
    "FREE",
    "Follow",
    "Leads",
    "Matcher",
    "Rule",
    "RuleIndex",
    "Scan",
    "alternation",
    "flatten",
    "fold",
    "fold_lower",
    "fold_nfc",
    "grouped",
    "nfc",
    "phrase_leads",
    "phrase_pattern",
    "rules_in",
    "scan_of",
    "sentences",
]
