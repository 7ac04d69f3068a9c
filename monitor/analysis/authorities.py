"""Which authority decided: names, acronyms, "Norway's data regulator" / "l'autorité irlandaise"
descriptions, and, for an item that reports a fine and names none, the country it names.

Every mention is collected, then the deciding one is chosen: an authority that fines before a
court that ruled on appeal; the subject of a deciding verb
("the CNIL fined", "ha multado") or the agent of a passive ("fined by the ICO") beats one
mentioned in passing ("a complaint to the Garante", "like the ICO before it"); then the title's
beats the summary's, a name beats a description, the earlier beats the later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from monitor.analysis import rules
from monitor.analysis.amounts import money_spans
from monitor.analysis.authority_index import Authority, Compiled, compiled
from monitor.analysis.name_rules import parties_data
from monitor.analysis.text import Scan, fold_lower


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    codes: tuple[str, ...]
    named: bool  # a name or acronym (not a description)


def _compiled() -> Compiled:
    """The compiled authorities (built once; the engine's rule index holds them too)."""
    return compiled()


def authority(code: str | None) -> Authority | None:
    return _compiled().by_code.get(code) if code else None


def _label(text: str, table: dict[str, str], wild: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    key = " ".join(text.replace("-", " ").split())
    found = table.get(key)
    if found is None:
        found = next((label for pattern, label in wild if pattern.fullmatch(text)), None)
    return found


@lru_cache(maxsize=8192)
def country_of(word: str) -> str | None:
    """The country code of a country word ("irlandaise" -> IE), or None."""
    compiled = _compiled()
    return _label(fold_lower(word), compiled.country_of, compiled.country_patterns)


def is_country(word: str) -> bool:
    return country_of(word) is not None


def names_a_regulator(scan: Scan) -> bool:
    """Whether a text names a regulator, if only by a word ("the watchdog", "la agencia")."""
    return _compiled().regulators.search(scan) is not None


def ends_with_regulator(text: str) -> bool:
    """Whether a text ends in an authority or a regulator word ("years after regulators",
    "… the CNIL"): the subject of a verb that follows it."""
    low = fold_lower(text)
    words = low.split()[-3:]
    return _compiled().regulator_end.search(low) is not None or any(
        find_authority(" ".join(words[k:])) for k in range(len(words) - 1, -1, -1)
    )


def describes_only(name: str) -> bool:
    """Whether a would-be name is made only of words that describe an authority ("Protezione
    Dati Personali", "Data Protection"): the topic or a piece of an authority's name, no party."""
    return _compiled().gap_after.fullmatch(" " + fold_lower(name)) is not None


def _countries_in(scan: Scan) -> list[str]:
    compiled = _compiled()
    found = (
        _label(m.group(), compiled.country_of, compiled.country_patterns)
        for m in compiled.countries.findall(scan)
    )
    return [c for c in found if c]


def _names(scan: Scan) -> list[_Mention]:
    compiled = _compiled()
    mentions: list[_Mention] = []
    for m in compiled.names.findall(scan):
        key = " ".join(m.group().replace("-", " ").split())
        codes = compiled.owners.get(key) or next(
            (c for pattern, c in compiled.alias_patterns if pattern.fullmatch(m.group())), None
        )
        if codes:
            mentions.append(_Mention(m.start(), m.end(), codes, named=True))
    return mentions


_WORD = re.compile(r"[\w'.&]+")


def _words_before(text: str, end: int, count: int) -> list[re.Match[str]]:
    """The last words before text[end] on its line, joined by spaces or hyphens only."""
    line = text.rfind("\n", 0, end) + 1
    words = list(_WORD.finditer(text, max(line, end - 70), end))[-count:]
    kept: list[re.Match[str]] = []
    until = end
    for w in reversed(words):
        if text[w.end() : until].strip(" -"):
            break  # a comma or a bracket between: not one phrase
        kept.insert(0, w)
        until = w.start()
    return kept


def _country_before(text: str, at: int) -> tuple[str, str, int] | None:
    """A country word up to three words before text[at] ("Norway's data watchdog"): its country,
    the words between, where it starts."""
    words = _words_before(text, at, 5)
    for back in range(1, min(4, len(words)) + 1):
        for width in (2, 1):
            first = len(words) - back - width + 1
            if first < 0:
                continue
            word = text[words[first].start() : words[len(words) - back].end()].rstrip(".")
            code = country_of(word) or (word.endswith("'s") and country_of(word[:-2])) or None
            if code is None and word.endswith("s"):
                code = country_of(word[:-1])
            if code:
                gap = text[words[len(words) - back].end() : at]
                return code, gap, words[first].start()
    return None


def _descriptions(scan: Scan) -> list[_Mention]:
    compiled = _compiled()
    text = scan.text
    mentions: list[_Mention] = []
    for reg in compiled.regulators.findall(scan):
        before = _country_before(text, reg.start())
        after = None if before else compiled.country_after.match(text, reg.end())
        if before is not None:
            country, gap, start = before
            if any(word in compiled.agents for word in gap.split()):
                # "il colosso cinese X multato dal Garante": the agent starts another phrase.
                continue
        elif after is not None:
            found, start = country_of(after.group("rc")), reg.start()
            if found is None:
                continue
            country = found
            # "l'autorité française de la concurrence": the kind follows the country word.
            gap = (after.group("gap2") or "") + text[after.end() : after.end() + 25]
        else:
            continue
        if country is None:
            continue
        kind = "dpa"
        if compiled.competition.search(gap):
            kind = "competition"
        elif compiled.consumer.search(gap):
            kind = "consumer"
        end = (after or reg).end()
        if after is not None:
            trailing = compiled.gap_after.match(text, end)
            end = trailing.end() if trailing else end
        # "the German state of Hesse's authority", "de Duitse toezichthouder in Hamburg": a
        # federal country's description narrowed by one of its regions right after it.
        region = _region_after(scan, end, country)
        if region is not None:
            country, end = region
        table = compiled.country_authority.get(country, {})
        code = table.get(kind) or table.get("dpa")
        if code:
            mentions.append(_Mention(start, end, (code,), named=False))
    return mentions


_REGION_REACH = 40  # characters after a description where its country's region may be named


def _region_after(scan: Scan, at: int, country: str) -> tuple[str, int] | None:
    """A region of `country` named within a few words after text[at] on the same clause (no
    full stop, comma or line break between), with where it ends."""
    compiled = _compiled()
    text = scan.text
    stop = min(len(text), at + _REGION_REACH)
    for m in compiled.countries.findall(scan, at, stop):
        if any(c in text[at : m.start()] for c in ".,;:\n"):
            break
        code = _label(m.group(), compiled.country_of, compiled.country_patterns)
        if code and code.startswith(country + "-") and code in compiled.country_authority:
            return code, m.end()
    return None


def _regional(best: _Mention, mentions: list[_Mention]) -> _Mention:
    """A description of a federal country's authority ("German regulator") stands for the
    authority of its region when another mention names or describes that one ("the regulator
    in Hamburg"): regional authorities decide on their own."""
    if best.named:
        return best
    by_code = _compiled().by_code
    country = by_code[best.codes[0]].country
    for m in mentions:
        if len(m.codes) == 1 and by_code[m.codes[0]].country.startswith(country + "-"):
            return m
    return best


def _preceded_by(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of phrases ends at most two words before the end of words ("fined by the")."""
    end = len(words)
    return any(
        " ".join(words[end - skip - width : end - skip]) in phrases
        for skip in range(3)
        for width in (1, 2, 3)
        if skip + width <= end
    )


def _score(
    text: str, mention: _Mention, title_end: int, placed: frozenset[str] = frozenset()
) -> tuple[int, int, int, int, int, int]:
    compiled = _compiled()
    # A court rules on appeals: the authority that fined, when the item names one, comes first.
    fined = any(compiled.by_code[c].fines for c in mention.codes)
    before = [w.group() for w in _words_before(text, mention.start, 5)]
    deciding = bool(
        compiled.deciding_after.match(text, mention.end, min(len(text), mention.end + 60))
        or _preceded_by(before, compiled.agents)
    )
    passing = _preceded_by(before, compiled.passing)
    in_title = mention.start < title_end
    # "X fined €5m in Italy" over a lead naming the CNIL (the complaint's) and the Garante.
    of_placed = any(compiled.by_code[c].country.split("-")[0] in placed for c in mention.codes)
    return (
        int(fined),
        int(deciding) - int(passing),
        int(of_placed),
        int(in_title),
        int(mention.named),
        -mention.start,
    )


def mention_spans(scan: Scan) -> list[tuple[int, int]]:
    """Where authorities are named or described in a scanned text."""
    return [(m.start, m.end) for m in _names(scan) + _descriptions(scan)]


def words_naming(scan: Scan, code: str) -> str:
    """The item's words that name or describe the authority `code` (for --explain), or ""."""
    for m in _names(scan) + _descriptions(scan):
        if code in m.codes:
            return scan.text[m.start : m.end]
    return ""


def _resolve(scan: Scan, codes: tuple[str, ...]) -> str:
    """Of an acronym several authorities share ("CNPD", "Datatilsynet"), the one of a country the
    item names, else of the country whose currency its sums are in ("DKK 1.5m": Denmark's)."""
    if len(codes) == 1:
        return codes[0]
    named = set(_countries_in(scan))
    compiled = _compiled()
    found = next((c for c in codes if compiled.by_code[c].country in named), None)
    if found is None:
        paid = {m.currency for _, _, m in money_spans(scan) if m is not None and m.currency}
        local = rules.load("money")["country_currency"]
        found = next((c for c in codes if local.get(compiled.by_code[c].country) in paid), None)
    return found or codes[0]


def find_authority(text: str | Scan) -> str | None:
    """The deciding authority named in folded lower-case "title\\nsummary" (a str, or anything
    with .text), else None (for an item that reports a fine, authority_guess may name one)."""
    scan = text if isinstance(text, Scan) else Scan(text)
    text = scan.text
    mentions = _names(scan)
    # A description is looked for when no name is, when names disagree (one may be in passing),
    # or when only a court is named (the authority it ruled on may be described).
    codes = {m.codes for m in mentions}
    if (
        len(codes) != 1
        or not any(_compiled().by_code[c].fines for c in next(iter(codes)))
        or any(_compiled().country_after.match(text, m.end) for m in mentions)
        # "la autoridad francesa de protección de datos multa": a country word just before a
        # short name may make it the end of another country's description.
        or any(_country_before(text, m.start) for m in mentions)
    ):
        mentions += _descriptions(scan)
        mentions = _qualified(mentions)
    if mentions:
        title_end = text.find("\n")
        title_end = len(text) if title_end < 0 else title_end
        # Only when the mentions name different authorities is the deciding one to be chosen.
        if len({m.codes for m in mentions}) == 1:
            best = mentions[0]
        else:
            placed = frozenset(code for _, code in deciding_countries(scan, 0, title_end))
            best = _regional(max(mentions, key=lambda m: _score(text, m, title_end, placed)), mentions)
        return _resolve(scan, best.codes)
    return None


def _qualified(mentions: list[_Mention]) -> list[_Mention]:
    """Without the names that a country word after them makes a description of another
    authority: "il Garante irlandese", "la CNIL italienne" (Romance order; words as a name's
    own, the description of the name's own authority keeps it)."""
    described = [m for m in mentions if not m.named]
    return [
        m
        for m in mentions
        if not m.named
        or not any(d.start < m.end and m.start < d.end and d.codes != m.codes for d in described)
    ]


def deciding_countries(scan: Scan, start: int, end: int) -> list[tuple[int, str]]:
    """Countries named in text[start:end] as where the decision was taken: the subject of a
    deciding verb ("South Korea fines", "Francia multa"), the agent of a passive one ("fined by
    Italy") or after a locative ("in France", "en Espagne"); not a destination ("transfers to
    the US") or a nationality ("US firm")."""
    compiled = _compiled()
    found = []
    text = scan.text
    for m in compiled.countries.findall(scan, start, end):
        code = _label(m.group(), compiled.country_of, compiled.country_patterns)
        if code is None or code not in compiled.country_authority:
            continue
        subject = compiled.deciding_after.match(text, m.end(), min(len(text), m.end() + 60))
        located = compiled.locative_before.search(text, max(start, m.start() - 12), m.start())
        located = located or compiled.agent_before.search(text, max(start, m.start() - 60), m.start())
        if subject or located or (m.start() == 0 and _is_topic(text, m.end())):
            found.append((m.start(), code))
    return found


def _is_topic(text: str, end: int) -> bool:
    """Whether a headline's first words end at its topic mark: "Griechenland: Strafe für …",
    "Italia, multa da …" (the country is where the decision was taken)."""
    rest = text[end : end + 4]
    # French sets a space before its colon ("France : amende"); "US-based" has no mark.
    marks = parties_data()["headline_topic_marks"]
    return any(rest.startswith(mark) or rest.startswith(" " + mark.lstrip()) for mark in marks)
