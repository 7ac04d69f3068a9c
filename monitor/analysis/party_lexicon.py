"""The words the party reader knows: articles, descriptions, legal forms, countries and the
heads of glued compounds, read once from resources/analysis/parties.yml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from monitor.analysis.name_rules import authorities_data, parties_data, per_language
from monitor.analysis.text import fold, fold_lower


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of parties.yml (and the countries of authorities.yml) as the reader uses them."""

    articles: frozenset[str]
    descriptors: frozenset[str]
    compound_heads: tuple[str, ...]
    body_heads: tuple[str, ...]  # a bare compound ending so names a body: "Belastingdienst"
    # "employee", "Mitarbeiter", "rival": a name before one is the employer, or the one rivalled
    persons: frozenset[str]
    subsidiaries: frozenset[str]  # "Tochter von X", "la controllata di X": X is the name read
    courts: frozenset[str]  # "court", "tribunale": a name holding one is a court's
    court_endings: tuple[str, ...]  # "*gericht": "Landgericht", "Verwaltungsgericht"
    suffixes: frozenset[str]
    not_party: frozenset[str]
    countries: frozenset[str]
    coordinators: frozenset[str]
    appositives: frozenset[str]
    never_endings: tuple[str, ...]
    never_beginnings: tuple[str, ...]
    currency_codes: frozenset[str]
    name_heads: frozenset[str]
    function_words: frozenset[str]
    # English headlines in Title Case capitalise their prepositions ("Fines X Over Y", "Hits X
    # With"): capitalised, one still ends a name and opens none. "For" and "of" stay inside one
    # ("Tools For Humanity", "Bank Of America"), as in any case.
    title_case_breaks: frozenset[str]
    place_words: tuple[str, ...]  # "US-based", "Chinese-owned": said of a name, never part of it


@cache
def lexicon() -> Lexicon:
    data = parties_data()
    countries = authorities_data()["countries"]
    return Lexicon(
        articles=frozenset(fold_lower(w) for w in data["articles"]),
        descriptors=frozenset(fold_lower(w) for w in [*data["descriptor_nouns"], *data["person_nouns"]]),
        persons=frozenset(fold_lower(w) for w in [*data["person_nouns"], *data["relation_nouns"]]),
        subsidiaries=frozenset(fold_lower(w) for w in data["subsidiary_nouns"]),
        compound_heads=tuple(fold_lower(w) for w in per_language(data["compound_heads"])),
        courts=frozenset(fold_lower(w) for w in per_language(data["court_nouns"]) if w[0] != "*"),
        court_endings=tuple(fold_lower(w[1:]) for w in per_language(data["court_nouns"]) if w[0] == "*"),
        body_heads=tuple(fold_lower(w) for w in per_language(data["compound_name_heads"])),
        suffixes=frozenset(fold_lower(w) for w in data["legal_suffixes"]),
        not_party=frozenset(fold(w) for w in data["not_party"]),
        countries=frozenset(fold_lower(w).rstrip("*") for w in per_language(countries)),
        coordinators=frozenset(fold_lower(w) for w in data["coordinators"]),
        appositives=frozenset(fold_lower(w) for w in data["appositive_nouns"]),
        never_endings=tuple(fold_lower(w) for w in per_language(data["never_name_endings"])),
        never_beginnings=tuple(fold_lower(w) for w in per_language(data["never_name_beginnings"])),
        currency_codes=frozenset(data["currency_codes"]),
        name_heads=frozenset(fold_lower(w) for w in data["name_heads"]),
        function_words=frozenset(
            fold_lower(w)
            for w in (
                *data["articles"],
                *data["coordinators"],
                *per_language(data["slug_prepositions"]),
                *per_language(data["auxiliaries"]),
            )
        ),
        title_case_breaks=frozenset(data["slug_prepositions"]["en"]) - {"for", "of"},
        place_words=tuple(fold_lower(w) for w in data["place_compounds"]),
    )
