"""parties.yml and authorities.yml, read once and checked against a schema: a typo in a key, a
value of the wrong type or an unknown language fails loudly instead of silently matching nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from monitor.analysis import rules

# The languages the phrase lists are written in (the six of the app, plus those of authorities'
# own names). A list under any other key is a typo.
LANGUAGES = frozenset(
    {"en", "fr", "de", "es", "it", "nl", "pt", "sv", "pl", "fi", "cs", "el", "da", "no", "ko", "tr"}
)


class SchemaError(ValueError):
    """A data file does not have the shape its schema describes."""


@dataclass(frozen=True, slots=True)
class Opt:
    """An optional key of a record."""

    spec: Any


@dataclass(frozen=True, slots=True)
class PerLanguage:
    """A mapping from a language code (LANGUAGES) to spec."""

    spec: Any


@dataclass(frozen=True, slots=True)
class MapOf:
    """A mapping from any string key to spec."""

    spec: Any


@dataclass(frozen=True, slots=True)
class OneOf:
    """A string from a fixed set."""

    values: frozenset[str]


PHRASES = [str]

PARTIES_SCHEMA: dict[str, Any] = {
    "legal_suffixes": PHRASES,
    "key_generic_words": PHRASES,
    "articles": PHRASES,
    "auxiliaries": PerLanguage(PHRASES),
    "coordinators": PHRASES,
    "slug_prepositions": PerLanguage(PHRASES),
    "descriptor_nouns": PHRASES,
    "compound_heads": PerLanguage(PHRASES),
    "compound_name_heads": PerLanguage(PHRASES),
    "court_nouns": PerLanguage(PHRASES),
    "person_nouns": PHRASES,
    "relation_nouns": PHRASES,
    "subsidiary_nouns": PHRASES,
    "indefinite_articles": PHRASES,
    "never_name_endings": PerLanguage(PHRASES),
    "never_name_beginnings": PerLanguage(PHRASES),
    "currency_codes": PHRASES,
    "appositive_nouns": PHRASES,
    "frames": PerLanguage(PHRASES),
    "nominal_frames": PerLanguage(PHRASES),
    "headline_topic_marks": [str],
    "not_party": PHRASES,
    "clause_openers": PerLanguage(PHRASES),
    "place_compounds": PHRASES,
    "official_titles": PerLanguage(PHRASES),
    "aliases": [PHRASES],
    "name_heads": PHRASES,
}

KINDS = OneOf(frozenset({"dpa", "competition", "consumer", "court", "government", "prosecutor"}))

AUTHORITY_SCHEMA: dict[Any, Any] = {
    "code": str,
    "country": str,
    "language": str,
    "kind": KINDS,
    Opt("acronyms"): PHRASES,
    Opt("names"): PerLanguage(PHRASES),
    Opt("descriptions"): PerLanguage(PHRASES),
    Opt("weak"): PHRASES,
    Opt("fines"): bool,
}

AUTHORITIES_SCHEMA: dict[str, Any] = {
    "authorities": [AUTHORITY_SCHEMA],
    "weak_vetoes": PerLanguage(PHRASES),
    "regulator_words": PerLanguage(PHRASES),
    "competition_words": PHRASES,
    "consumer_words": PHRASES,
    "country_authority": MapOf(MapOf(str)),
    "countries": MapOf(PHRASES),
    "description_gap_words": PerLanguage(PHRASES),
    "deciding_verbs": PerLanguage(PHRASES),
    "agents": PerLanguage(PHRASES),
    "locatives": PerLanguage(PHRASES),
    "country_agents": PerLanguage(PHRASES),
    "lead_authorities": MapOf(PHRASES),
    "supervisory_authority_adjectives": MapOf(PHRASES),
    "passing_mentions": PerLanguage(PHRASES),
    "us_states": MapOf(PHRASES),
    "state_attorney_general": PerLanguage(PHRASES),
}


def check(value: Any, spec: Any, where: str) -> None:
    """Raise SchemaError naming the first place where value does not fit spec."""
    if spec is str:
        if not isinstance(value, str) or not value.strip():
            raise SchemaError(f"{where}: expected a non-empty string, got {value!r}")
    elif spec is bool:
        if not isinstance(value, bool):
            raise SchemaError(f"{where}: expected true or false, got {value!r}")
    elif isinstance(spec, OneOf):
        if value not in spec.values:
            raise SchemaError(f"{where}: {value!r} is not one of {', '.join(sorted(spec.values))}")
    elif isinstance(spec, list):
        if not isinstance(value, list):
            raise SchemaError(f"{where}: expected a list, got {type(value).__name__}")
        for index, item in enumerate(value):
            check(item, spec[0], f"{where}[{index}]")
    elif isinstance(spec, PerLanguage | MapOf):
        if not isinstance(value, Mapping):
            raise SchemaError(f"{where}: expected a mapping, got {type(value).__name__}")
        for key, item in value.items():
            if not isinstance(key, str):  # YAML 1.1's unquoted NO (Norway) is the boolean False
                raise SchemaError(f"{where}: key {key!r} must be text: quote it")
            if isinstance(spec, PerLanguage) and key not in LANGUAGES:
                raise SchemaError(
                    f"{where}: unknown language {key!r} (known: {', '.join(sorted(LANGUAGES))})"
                )
            check(item, spec.spec, f"{where}.{key}")
    elif isinstance(spec, dict):
        _check_record(value, spec, where)
    else:  # pragma: no cover - a schema written wrong is a programming error
        raise TypeError(f"unknown schema spec {spec!r}")


def _check_record(value: Any, spec: dict[Any, Any], where: str) -> None:
    if not isinstance(value, Mapping):
        raise SchemaError(f"{where}: expected a mapping, got {type(value).__name__}")
    known = {k.spec if isinstance(k, Opt) else k: k for k in spec}
    for key in value:
        if key not in known:
            raise SchemaError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(known))})")
    for name, key in known.items():
        if name in value:
            check(value[name], spec[key], f"{where}.{name}" if where else name)
        elif not isinstance(key, Opt):
            raise SchemaError(f"{where or 'top level'}: missing key {name!r}")


@cache
def parties_data() -> dict[str, Any]:
    data = rules.load("parties")
    check(data, PARTIES_SCHEMA, "")
    return data


@cache
def authorities_data() -> dict[str, Any]:
    """authorities.yml checked, with an authority for each US state's attorney general."""
    data = rules.load("authorities")
    check(data, AUTHORITIES_SCHEMA, "")
    data = {**data, "authorities": [*data["authorities"], *_state_attorneys_general(data)]}
    codes = [entry["code"] for entry in data["authorities"]]
    if len(codes) != len(set(codes)):
        raise SchemaError("authorities: a code is used twice")
    for code in data["lead_authorities"]:
        if code not in codes:
            raise SchemaError(f"lead_authorities: unknown authority {code!r}")
    for country, table in data["country_authority"].items():
        for kind, code in table.items():
            check(kind, KINDS, f"country_authority.{country}")
            if code not in codes:
                raise SchemaError(f"country_authority.{country}.{kind}: unknown authority {code!r}")
        if country not in data["countries"]:
            raise SchemaError(f"country_authority.{country}: no words for this country under countries")
    for country in data["supervisory_authority_adjectives"]:
        if "dpa" not in data["country_authority"].get(country, {}):
            raise SchemaError(f"supervisory_authority_adjectives.{country}: no dpa under country_authority")
    return data


def _state_attorneys_general(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One authority per state of `us_states`, named by the `state_attorney_general` templates."""
    templates: dict[str, list[str]] = data.get("state_attorney_general", {})
    for lang, phrases in templates.items():
        for phrase in phrases:
            if "{state}" not in phrase:
                raise SchemaError(f"state_attorney_general.{lang}: {phrase!r} has no {{state}}")
    made = []
    for abbreviation, names in data.get("us_states", {}).items():
        title = " ".join(word.capitalize() for word in names[0].split())
        made.append(
            {
                "code": f"{title} Attorney General",
                "country": f"US-{abbreviation}",
                "language": "en",
                "kind": "prosecutor",
                "names": {
                    lang: [p.replace("{state}", name) for p in phrases for name in names]
                    for lang, phrases in templates.items()
                },
            }
        )
    return made


# German written without its letters (URL slugs, old systems, Swiss keyboards) spells the umlauts
# and ß out (DIN 5007-2): "Datenschutzbehörde" is also "datenschutzbehoerde", "Bußgeld" "bussgeld".
# Folding gives the other spelling ("datenschutzbehorde"); a phrase written with them has both.
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _spellings(phrase: str) -> list[str]:
    spelt = phrase.translate(_SPELT_OUT)
    return [phrase] if spelt == phrase else [phrase, spelt]


def per_language(value: Mapping[str, list[str]] | list[str] | None) -> list[str]:
    """Every phrase of a list, or of a per-language mapping of lists; a phrase written with
    umlauts or ß also as German spells it without them."""
    if value is None:
        return []
    phrases = [p for ps in value.values() for p in ps] if isinstance(value, Mapping) else list(value)
    return [spelt for p in phrases for spelt in _spellings(p)]
