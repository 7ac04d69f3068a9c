"""Which authority an item is about: names, acronyms and "Norway's data regulator" descriptions."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.text import Matcher, Rule, Scan, alternation, flatten, phrase_leads, scan_of


@dataclass(frozen=True, slots=True)
class Authority:
    code: str
    country: str
    language: str
    kind: str  # dpa, competition or consumer


@dataclass(frozen=True, slots=True)
class _Compiled:
    by_code: dict[str, Authority]
    names: Matcher
    weak: Matcher
    described: Rule
    countries: Matcher
    competition: re.Pattern[str]
    consumer: re.Pattern[str]
    weak_vetoes: Matcher
    country_authority: dict[str, dict[str, str]]


@cache
def _compiled() -> _Compiled:
    data = rules.load("authorities")
    by_code: dict[str, Authority] = {}
    owners: dict[str, list[str]] = defaultdict(list)
    weak: dict[str, list[str]] = defaultdict(list)
    for entry in data["authorities"]:
        code = str(entry["code"])
        by_code[code] = Authority(
            code, str(entry["country"]), str(entry["language"]), str(entry.get("kind", "dpa"))
        )
        for alias in [*flatten(entry.get("names")), *(entry.get("acronyms") or ())]:
            owners[alias].append(code)
        weak[code].extend(entry.get("weak") or ())
    # One group per set of owners, so that a name two authorities share ("CNPD") is seen as such.
    by_owners: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for alias, codes in owners.items():
        by_owners[tuple(dict.fromkeys(codes))].append(alias)
    countries = Matcher(data["countries"])
    country_words = alternation(flatten(data["countries"]))
    reg = alternation(data["regulator_words"])
    # Country word, then up to three words, then a regulator word; or the Romance order
    # "autorité française", "autoridad italiana". Never across the title/summary line break:
    # "... transfers to the US" + "Regulators said ..." names no US regulator.
    described = (
        rf"(?P<c>{country_words})(?:'s|s)?(?P<gap>(?:(?:[^\S\n]|-)+[\w'.&]+){{0,3}}?)(?:[^\S\n]|-)+{reg}"
        rf"|{reg}(?P<gap2>(?:\s+[\w']+)?)\s+(?P<rc>{country_words})"
    )
    return _Compiled(
        by_code=by_code,
        names=Matcher({"|".join(k): v for k, v in by_owners.items()}),
        weak=Matcher(weak),
        described=Rule(
            described, phrase_leads(flatten(data["countries"])) | phrase_leads(data["regulator_words"])
        ),
        countries=countries,
        competition=re.compile(alternation(data["competition_words"])),
        consumer=re.compile(alternation(data["consumer_words"])),
        weak_vetoes=Matcher({"veto": flatten(data.get("weak_vetoes"))}),
        country_authority={str(k): dict(v) for k, v in data["country_authority"].items()},
    )


def authority(code: str | None) -> Authority | None:
    return _compiled().by_code.get(code) if code else None


def _countries_in(text: Scan) -> set[str]:
    return _compiled().countries.labels(text)


def _described(scan: Scan) -> str | None:
    compiled = _compiled()
    text = scan.text
    for m in compiled.described.findall(scan):
        if m.group("rc"):
            country = compiled.countries.label(text, m.start("rc"), m.end("rc"))
            # "l'autorité française de la concurrence": the kind follows the country word.
            gap = (m.group("gap2") or "") + text[m.end() : m.end() + 25]
        else:
            country = compiled.countries.label(text, m.start("c"), m.end("c"))
            gap = m.group("gap") or ""
        if country is None:
            continue
        kind = "dpa"
        if compiled.competition.search(gap):
            kind = "competition"
        elif compiled.consumer.search(gap):
            kind = "consumer"
        table = compiled.country_authority.get(country, {})
        code = table.get(kind) or table.get("dpa")
        if code:
            return code
    return None


def find_authority(text: str | Scan, reports_fine: bool = False) -> str | None:
    """The authority named in lower-cased folded text (title first), else None.

    Names and acronyms win over descriptions; a weak name ("EU") counts only for an item that
    reports a fine and names nothing better.
    """
    compiled = _compiled()
    text = scan_of(text)
    owners = compiled.names.search(text)
    if owners:
        codes = tuple(owners.split("|"))
        if len(codes) > 1:
            named = _countries_in(text)
            return next((c for c in codes if compiled.by_code[c].country in named), codes[0])
        return codes[0]
    code = _described(text)
    if code or not reports_fine:
        return code
    return find_weak_authority(text)


def find_weak_authority(text: Scan) -> str | None:
    """find_authority(text, reports_fine=True) of a text where find_authority(text) found none:
    a weak name ("EU"), unless vetoed."""
    compiled = _compiled()
    if compiled.weak_vetoes.search(text):
        return None  # "EU fines Meta over data transfers": a privacy fine, decided by a national DPA
    return compiled.weak.search(text)
