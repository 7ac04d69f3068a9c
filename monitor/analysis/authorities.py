"""Which authority decided: names, acronyms, "Norway's data regulator" / "l'autorité irlandaise"
descriptions, and, for an item that reports a fine and names none, the country it names.

Every mention is collected, then the deciding one is chosen: the subject of a deciding verb
("the CNIL fined", "ha multado") or the agent of a passive ("fined by the ICO") beats one
mentioned in passing ("a complaint to the Garante", "like the ICO before it"); then the title's
beats the summary's, a name beats a description, the earlier beats the later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from monitor.analysis.name_rules import authorities_data, per_language
from monitor.analysis.text import alternation, fold_lower


@dataclass(frozen=True, slots=True)
class Authority:
    code: str
    country: str
    language: str
    kind: str  # dpa, competition, consumer, court, government or prosecutor


class _HasText(Protocol):
    text: str


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    codes: tuple[str, ...]
    named: bool  # a name or acronym (not a description)


@dataclass(frozen=True, slots=True)
class _Compiled:
    by_code: dict[str, Authority]
    names: re.Pattern[str]
    owners: dict[str, tuple[str, ...]]  # alias as written -> codes
    alias_patterns: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # for wildcard aliases
    weak: re.Pattern[str]
    weak_owner: dict[str, str]
    weak_vetoes: re.Pattern[str]
    countries: re.Pattern[str]
    country_of: dict[str, str]
    country_patterns: tuple[tuple[re.Pattern[str], str], ...]
    described: re.Pattern[str]
    competition: re.Pattern[str]
    consumer: re.Pattern[str]
    deciding_after: re.Pattern[str]
    agent_before: re.Pattern[str]
    passing_before: re.Pattern[str]
    locative_before: re.Pattern[str]
    country_authority: dict[str, dict[str, str]]


def _owner_table(
    labelled: dict[str, list[str]],
) -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    exact: dict[str, str] = {}
    wild: list[tuple[re.Pattern[str], str]] = []
    for label, phrases in labelled.items():
        for phrase in phrases:
            if "*" in phrase or "~" in phrase:
                wild.append((re.compile(alternation([phrase])), label))
            else:
                exact.setdefault(" ".join(fold_lower(phrase).replace("-", " ").split()), label)
    return exact, tuple(wild)


@cache
def _compiled() -> _Compiled:
    data = authorities_data()
    by_code: dict[str, Authority] = {}
    owners: dict[str, list[str]] = defaultdict(list)
    weak: dict[str, list[str]] = {}
    for entry in data["authorities"]:
        code = str(entry["code"])
        by_code[code] = Authority(code, str(entry["country"]), str(entry["language"]), str(entry["kind"]))
        for alias in [*per_language(entry.get("names")), *(entry.get("acronyms") or ())]:
            owners[alias].append(code)
        if entry.get("weak"):
            weak[code] = list(entry["weak"])
    exact_owner: dict[str, tuple[str, ...]] = {}
    wild_owner: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
    for alias, codes in owners.items():
        if "*" in alias:
            wild_owner.append((re.compile(alternation([alias])), tuple(dict.fromkeys(codes))))
        else:
            key = " ".join(fold_lower(alias).replace("-", " ").split())
            exact_owner[key] = tuple(dict.fromkeys([*exact_owner.get(key, ()), *codes]))
    country_exact, country_wild = _owner_table({k: list(v) for k, v in data["countries"].items()})
    weak_exact, _ = _owner_table(weak)
    country_words = alternation(per_language(data["countries"]))
    regulators = alternation(per_language(data["regulator_words"]))
    gap_words = alternation(per_language(data["description_gap_words"]))
    # "Norway's data regulator", "die Berliner Datenschutzbehörde": country, up to three words,
    # a regulator word. "l'autorité irlandaise", "la autoridad de protección de datos española",
    # "die Datenschutzbeauftragte des Landes Berlin": a regulator word, words of a description
    # only, a country. Never across the title/summary line break.
    described = (
        rf"(?P<c>{country_words})(?:'s|s)?(?P<gap>(?:(?:[^\S\n]|-)+[\w'.&]+){{0,3}}?)(?:[^\S\n]|-)+{regulators}"
        rf"|{regulators}(?P<gap2>(?:[^\S\n]+{gap_words}){{0,5}})[^\S\n]+(?P<rc>{country_words})"
    )
    return _Compiled(
        by_code=by_code,
        names=re.compile(alternation(list(owners))),
        owners=exact_owner,
        alias_patterns=tuple(wild_owner),
        weak=re.compile(alternation(per_language(weak))),
        weak_owner=weak_exact,
        weak_vetoes=re.compile(alternation(per_language(data["weak_vetoes"]))),
        countries=re.compile(country_words),
        country_of=country_exact,
        country_patterns=country_wild,
        described=re.compile(described),
        competition=re.compile(alternation(data["competition_words"])),
        consumer=re.compile(alternation(data["consumer_words"])),
        deciding_after=re.compile(
            rf"(?:[^\S\n]*\([^)\n]{{1,40}}\))?(?:[^\S\n]+[\w'-]+){{0,2}}?[^\S\n]+{alternation(per_language(data['deciding_verbs']))}"
        ),
        agent_before=re.compile(
            rf"{alternation(per_language(data['agents']))}(?:[^\S\n]+[\w']+){{0,2}}[^\S\n]*$"
        ),
        passing_before=re.compile(
            rf"{alternation(per_language(data['passing_mentions']))}(?:[^\S\n]+[\w']+){{0,3}}[^\S\n]*$"
        ),
        locative_before=re.compile(
            rf"{alternation(per_language(data['locatives']))}(?:[^\S\n]+(?:the|la|le|l'))?[^\S\n]*$"
        ),
        country_authority={str(k): dict(v) for k, v in data["country_authority"].items()},
    )


def authority(code: str | None) -> Authority | None:
    return _compiled().by_code.get(code) if code else None


def _label(text: str, table: dict[str, str], wild: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    key = " ".join(text.replace("-", " ").split())
    found = table.get(key)
    if found is None:
        found = next((label for pattern, label in wild if pattern.fullmatch(text)), None)
    return found


def country_of(word: str) -> str | None:
    """The country code of a country word ("irlandaise" -> IE), or None."""
    compiled = _compiled()
    return _label(fold_lower(word), compiled.country_of, compiled.country_patterns)


def is_country(word: str) -> bool:
    return country_of(word) is not None


def _countries_in(text: str) -> list[str]:
    compiled = _compiled()
    found = (
        _label(m.group(), compiled.country_of, compiled.country_patterns)
        for m in compiled.countries.finditer(text)
    )
    return [c for c in found if c]


def _names(text: str) -> list[_Mention]:
    compiled = _compiled()
    mentions = []
    for m in compiled.names.finditer(text):
        key = " ".join(m.group().replace("-", " ").split())
        codes = compiled.owners.get(key) or next(
            (c for pattern, c in compiled.alias_patterns if pattern.fullmatch(m.group())), None
        )
        if codes:
            mentions.append(_Mention(m.start(), m.end(), codes, named=True))
    return mentions


def _descriptions(text: str) -> list[_Mention]:
    compiled = _compiled()
    mentions = []
    for m in compiled.described.finditer(text):
        if m.group("rc"):
            country = country_of(m.group("rc"))
            # "l'autorité française de la concurrence": the kind follows the country word.
            gap = (m.group("gap2") or "") + text[m.end() : m.end() + 25]
        else:
            country = country_of(m.group("c"))
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
            mentions.append(_Mention(m.start(), m.end(), (code,), named=False))
    return mentions


def _score(text: str, mention: _Mention, title_end: int) -> tuple[int, int, int, int]:
    compiled = _compiled()
    deciding = bool(
        compiled.deciding_after.match(text, mention.end, min(len(text), mention.end + 60))
        or compiled.agent_before.search(text, max(0, mention.start - 30), mention.start)
    )
    passing = bool(compiled.passing_before.search(text, max(0, mention.start - 40), mention.start))
    in_title = mention.start < title_end
    return (int(deciding) - int(passing), int(in_title), int(mention.named), -mention.start)


def _resolve(text: str, codes: tuple[str, ...]) -> str:
    """Of an acronym several authorities share ("CNPD"), the one of a country the item names."""
    if len(codes) == 1:
        return codes[0]
    named = set(_countries_in(text))
    compiled = _compiled()
    return next((c for c in codes if compiled.by_code[c].country in named), codes[0])


def find_authority(text: str | _HasText, reports_fine: bool = False) -> str | None:
    """The deciding authority named in folded lower-case "title\\nsummary" (a str, or anything
    with .text), else None. reports_fine: the item reports a fine, so that the country it names
    or a weak name ("EU") may stand for the authority (see find_weak_authority)."""
    text = text if isinstance(text, str) else text.text
    mentions = _names(text) + _descriptions(text)
    if mentions:
        title_end = text.find("\n")
        title_end = len(text) if title_end < 0 else title_end
        best = max(mentions, key=lambda m: _score(text, m, title_end))
        return _resolve(text, best.codes)
    return find_weak_authority(text) if reports_fine else None


def _deciding_countries(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Countries named in text[start:end] as where the decision was taken: the subject of a
    deciding verb ("South Korea fines", "Francia multa") or after a locative ("in France",
    "en Espagne"); not a destination ("transfers to the US") or a nationality ("US firm")."""
    compiled = _compiled()
    found = []
    for m in compiled.countries.finditer(text, start, end):
        code = _label(m.group(), compiled.country_of, compiled.country_patterns)
        if code is None or code not in compiled.country_authority:
            continue
        subject = compiled.deciding_after.match(text, m.end(), min(len(text), m.end() + 60))
        located = compiled.locative_before.search(text, max(start, m.start() - 12), m.start())
        if subject or located:
            found.append((m.start(), code))
    return found


def find_weak_authority(text: str | _HasText) -> str | None:
    """For an item that reports a fine and names no authority: the data protection authority of
    the country its title names (else the only country its summary names), or a weak name
    ("EU fines carmaker": the Commission) unless the item is about data protection; the earlier
    of the two in the title wins."""
    text = text if isinstance(text, str) else text.text
    compiled = _compiled()
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    weak: list[tuple[int, str]] = []
    if not compiled.weak_vetoes.search(text):
        # "EU fines Meta over data transfers": a privacy fine, decided by a national DPA.
        for m in compiled.weak.finditer(text):
            owner = compiled.weak_owner.get(" ".join(m.group().split()))
            if owner:
                weak.append((m.start(), owner))
    kind = "competition" if compiled.competition.search(text) else "dpa"
    in_title = [(at, _of_country(code, kind)) for at, code in _deciding_countries(text, 0, title_end)]
    in_title += [(at, code) for at, code in weak if at < title_end]
    if in_title:
        return min(in_title)[1]
    in_summary = {code for _at, code in _deciding_countries(text, title_end, len(text))}
    if len(in_summary) == 1:
        return _of_country(in_summary.pop(), kind)
    return weak[0][1] if weak else None


def _of_country(country: str, kind: str) -> str:
    table = _compiled().country_authority[country]
    return table.get(kind) or table["dpa"]
