"""The authorities of authorities.yml compiled once: names, acronyms, descriptions, country words
and the verb frames around them, as the patterns authorities.py reads an item with."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from monitor.analysis.name_rules import authorities_data, per_language
from monitor.analysis.text import Rule, alternation, fold_lower, phrase_leads


@dataclass(frozen=True, slots=True)
class Authority:
    code: str
    country: str
    language: str
    kind: str  # dpa, competition, consumer, court, government or prosecutor
    # False for a body that rules on others' fines without imposing one (a court, the EDPB).
    fines: bool = True


@dataclass(frozen=True, slots=True)
class Compiled:
    by_code: dict[str, Authority]
    names: Rule
    owners: dict[str, tuple[str, ...]]  # alias as written -> codes
    alias_patterns: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # for wildcard aliases
    weak: re.Pattern[str]
    weak_owner: dict[str, str]
    weak_vetoes: re.Pattern[str]
    countries: Rule
    country_of: dict[str, str]
    country_patterns: tuple[tuple[re.Pattern[str], str], ...]
    # A description is found from its regulator word ("watchdog", "autorité"), the country
    # before it ("Norway's data watchdog") or after it ("l'autorité irlandaise").
    regulators: Rule
    regulator_end: re.Pattern[str]  # a regulator word closing a text: "… European regulators"
    country_after: re.Pattern[str]
    # The words of a description after its country word ("autoridad francesa de protección de
    # datos"): the description covers them, so that they are not read as a name of their own.
    gap_after: re.Pattern[str]
    competition: re.Pattern[str]
    consumer: re.Pattern[str]
    deciding_after: re.Pattern[str]
    agents: frozenset[str]
    passing: frozenset[str]
    locative_before: re.Pattern[str]
    agent_before: re.Pattern[str]
    country_authority: dict[str, dict[str, str]]
    leads: Rule
    lead_of: dict[str, str]


def owner_table(
    labelled: dict[str, list[str]],
) -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    exact: dict[str, str] = {}
    wild: list[tuple[re.Pattern[str], str]] = []
    for label, phrases in labelled.items():
        # Every spelling the patterns find ("Österreich" and a slug's "oesterreich") has its owner.
        for phrase in per_language(phrases):
            if "*" in phrase or "~" in phrase:
                wild.append((re.compile(alternation([phrase])), label))
            else:
                exact.setdefault(" ".join(fold_lower(phrase).replace("-", " ").split()), label)
    return exact, tuple(wild)


@cache
def compiled() -> Compiled:
    data = authorities_data()
    by_code: dict[str, Authority] = {}
    owners: dict[str, list[str]] = defaultdict(list)
    weak: dict[str, list[str]] = {}
    for entry in data["authorities"]:
        code = str(entry["code"])
        kind = str(entry["kind"])
        fines = bool(entry.get("fines", kind != "court"))
        by_code[code] = Authority(code, str(entry["country"]), str(entry["language"]), kind, fines)
        aliases = [*per_language(entry.get("names")), *per_language(entry.get("descriptions"))]
        for alias in [*aliases, *(entry.get("acronyms") or ())]:
            owners[alias].append(code)
        if entry.get("weak"):
            weak[code] = list(entry["weak"])
    for country, adjectives in data["supervisory_authority_adjectives"].items():
        for adjective in adjectives:  # "Irish SA": the EDPB's name for the country's authority
            owners[f"{adjective} sa"].append(str(data["country_authority"][country]["dpa"]))
    exact_owner: dict[str, tuple[str, ...]] = {}
    wild_owner: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
    for alias, codes in owners.items():
        if "*" in alias or "~" in alias:
            wild_owner.append((re.compile(alternation([alias])), tuple(dict.fromkeys(codes))))
        else:
            key = " ".join(fold_lower(alias).replace("-", " ").split())
            exact_owner[key] = tuple(dict.fromkeys([*exact_owner.get(key, ()), *codes]))
    country_exact, country_wild = owner_table({k: list(v) for k, v in data["countries"].items()})
    weak_exact, _ = owner_table(weak)
    country_words = alternation(per_language(data["countries"]))
    regulators = alternation(per_language(data["regulator_words"]))
    gap_words = alternation(per_language(data["description_gap_words"]))
    # "Norway's data regulator", "die Berliner Datenschutzbehörde": a country, up to three words,
    # the regulator word. "l'autorité irlandaise", "la agencia de datos española", "die
    # Beauftragte des Landes Hessen": the regulator word, words of a description only, a
    # country. Never across the title/summary line break.
    lead_exact, _ = owner_table({k: list(v) for k, v in data["lead_authorities"].items()})
    leads = per_language(data["lead_authorities"])
    country_after = rf"(?P<gap2>(?:[^\S\n]+{gap_words}){{0,6}})[^\S\n]+(?P<rc>{country_words})"
    return Compiled(
        by_code=by_code,
        names=Rule(alternation(list(owners)), phrase_leads(list(owners))),
        owners=exact_owner,
        alias_patterns=tuple(wild_owner),
        weak=re.compile(alternation(per_language(weak))),
        weak_owner=weak_exact,
        weak_vetoes=re.compile(alternation(per_language(data["weak_vetoes"]))),
        countries=Rule(country_words, phrase_leads(per_language(data["countries"]))),
        country_of=country_exact,
        country_patterns=country_wild,
        regulators=Rule(regulators, phrase_leads(per_language(data["regulator_words"]))),
        regulator_end=re.compile(rf"{regulators}\W*$"),
        country_after=re.compile(country_after),
        gap_after=re.compile(rf"(?:[^\S\n]+{gap_words})+(?=\W|$)"),
        competition=re.compile(alternation(data["competition_words"])),
        consumer=re.compile(alternation(data["consumer_words"])),
        deciding_after=re.compile(
            rf"(?:[^\S\n]*\([^)\n]{{1,40}}\))?(?:[^\S\n]+[\w'-]+){{0,2}}?[^\S\n]+{alternation(per_language(data['deciding_verbs']))}"
        ),
        agents=frozenset(" ".join(fold_lower(p).split()) for p in per_language(data["agents"])),
        passing=frozenset(" ".join(fold_lower(p).split()) for p in per_language(data["passing_mentions"])),
        locative_before=re.compile(
            rf"{alternation(per_language(data['locatives']))}(?:[^\S\n]+(?:the|la|le|l'))?[^\S\n]*$"
        ),
        # "multata dall'Italia": the elided article leaves no space before the country.
        agent_before=re.compile(
            rf"{alternation(per_language(data['country_agents']))}(?:[^\S\n]+(?:the|la|le|l'|el))?[^\S\n]*$"
        ),
        country_authority={str(k): dict(v) for k, v in data["country_authority"].items()},
        leads=Rule(alternation(leads), phrase_leads(leads)),
        lead_of=lead_exact,
    )
