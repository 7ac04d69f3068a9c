"""The fined party: cut its clean name out of the text, and reduce names to a comparable key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from monitor.analysis import rules
from monitor.analysis.authorities import find_authority
from monitor.analysis.text import Rule, Scan, alternation, flatten, fold, fold_lower, phrase_leads

_WORD = re.compile(r"[\w&@'.\-]+|\[[^\]]*\]|[(),;:\"]")
_KEY_TOKEN = re.compile(r"[a-z0-9]+")
_MAX_NAME_TOKENS = 6
_CONNECTORS = frozenset(
    {
        "&",
        "de",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "du",
        "des",
        "of",
        "y",
        "e",
        "und",
        "and",
        "da",
        "do",
        "dos",
        "zu",
    }
)


@dataclass(frozen=True, slots=True)
class _Compiled:
    suffixes: tuple[tuple[str, ...], ...]
    suffix_words: frozenset[str]
    generic: frozenset[str]
    articles: frozenset[str]
    descriptors: frozenset[str]
    appositives: frozenset[str]
    appositive_heads: frozenset[str]  # what fold_lower(word.rstrip(".,;:'\"’”")) of their first word is
    not_party: frozenset[str]
    countries: frozenset[str]
    after: Rule
    before: Rule
    slug_after: Rule


def _key_tokens(text: str) -> tuple[str, ...]:
    return tuple(_KEY_TOKEN.findall(fold_lower(text).replace("'s ", " ")))


def _rule(phrases: list[str]) -> Rule:
    return Rule(alternation(phrases), phrase_leads(phrases))


@cache
def _compiled() -> _Compiled:
    data = rules.load("parties")
    suffixes = tuple(sorted({_key_tokens(s) for s in data["legal_suffixes"]}, key=len, reverse=True))
    countries = frozenset(fold_lower(w).rstrip("*") for w in flatten(rules.load("authorities")["countries"]))
    return _Compiled(
        suffixes=suffixes,
        suffix_words=frozenset(fold_lower(s) for s in data["legal_suffixes"]),
        generic=frozenset(data["key_generic_words"]),
        articles=frozenset(fold_lower(w) for w in data["articles"]),
        descriptors=frozenset(fold_lower(w) for w in data["descriptor_nouns"]),
        appositives=frozenset(fold_lower(w) for w in data["appositive_nouns"]),
        appositive_heads=frozenset(
            fold_lower(w).split(" ")[0].rstrip(".,;:'\"’”") for w in data["appositive_nouns"]
        ),
        not_party=frozenset(fold(w) for w in data["not_party"]),
        countries=countries,
        after=_rule(flatten(data["target_after"])),
        before=_rule(flatten(data["target_before"])),
        slug_after=Rule(
            alternation(flatten(data["target_after"]), glued=True),
            phrase_leads(flatten(data["target_after"])),
        ),
    )


def party_key(name: str) -> str:
    """A key under which spellings of one party meet: "Clearview AI Inc." = "CLEARVIEW" ."""
    compiled = _compiled()
    text = re.sub(r"\([^)]*\)", " ", fold_lower(name))
    tokens = list(_key_tokens(text))
    stripped = True
    while stripped and len(tokens) > 1:
        stripped = False
        for suffix in compiled.suffixes:
            if len(suffix) < len(tokens) and tuple(tokens[-len(suffix) :]) == suffix:
                del tokens[-len(suffix) :]
                stripped = True
                break
    kept = [t for t in tokens if t not in compiled.generic] or tokens
    # Initials written apart ("H & M", "H&M") meet when single letters are joined.
    out: list[str] = []
    for token in kept:
        if len(token) == 1 and out and len(out[-1]) == 1:
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def _is_name_word(word: str, compiled: _Compiled, inside: bool = False) -> bool:
    """A capitalised word; inside a name even "AI" or "Inc" counts ("Clearview AI Inc")."""
    known = _NAME_WORDS.get((word, inside))
    if known is None:
        head = word[:1]
        known = not (not inside and fold(word.rstrip(".,;:")) in compiled.not_party) and (
            head.isupper() or (head.isdigit() and any(c.isalpha() for c in word))
        )
        if len(_NAME_WORDS) >= 50_000:
            _NAME_WORDS.clear()
        _NAME_WORDS[(word, inside)] = known
    return known


# Words recur from item to item: whether each is a name word is kept (the data is read once).
_NAME_WORDS: dict[tuple[str, bool], bool] = {}
_NOT_PARTY: dict[str, bool] = {}


def _not_party(word: str, compiled: _Compiled) -> bool:
    """fold(word) in compiled.not_party (words recur: cached)."""
    known = _NOT_PARTY.get(word)
    if known is None:
        known = fold(word) in compiled.not_party
        if len(_NOT_PARTY) >= 50_000:
            _NOT_PARTY.clear()
        _NOT_PARTY[word] = known
    return known


_POSSESSIVE = re.compile(r"['’]s$")
_SPACES = re.compile(r"\s+")
_GRAVE = re.compile(r"(?<=[^\W\d_]{3})([aeiouAEIOU])['’](?!\w)")
_GRAVE_OF = {v: g for v, g in zip("aeiouAEIOU", "àèìòùÀÈÌÒÙ", strict=True)}
_ALIAS = re.compile(r"\s*\(\s*[\"“]?([^()\"“”]{1,12}?)[\"”]?\s*\)")


@lru_cache(maxsize=16384)
def _bare(word: str) -> str:
    """A word without trailing punctuation, folded and lower-cased (words recur: cached)."""
    return fold_lower(word.rstrip(".,;:'\"’”"))


def _grow(words: list[re.Match[str]], more: Iterator[re.Match[str]] | None, i: int) -> bool:
    """Whether words[i] exists, once words has taken from more (the words still to come) what
    it takes to tell: words are read as needed, most of a window is never looked at."""
    if more is not None:
        for m in more:
            words.append(m)
            if len(words) > i + 3:
                break
    return i < len(words)


# What the name reader asks of a word, kept per word (words recur): whether it is filler that is
# passed over (an article, a country, "…-based"), a descriptor noun, a name word outside a name,
# a word starting lower-case, a name word inside a name, a legal suffix, a word ending a clause
# (",", ";", ":"), a connector ("&", "de", a double quote).
_SKIP, _DESCRIPTOR, _NAME, _LOWER, _NAME_INSIDE, _SUFFIX, _CLAUSE_END, _CONNECTOR = range(8)
_WORD_INFO: dict[str, tuple[bool, bool, bool, bool, bool, bool, bool, bool]] = {}


def _info(word: str, compiled: _Compiled) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool]:
    known = _WORD_INFO.get(word)
    if known is None:
        low = _bare(word)
        known = (
            low in compiled.articles or low in compiled.countries or low.endswith("-based"),
            low in compiled.descriptors,
            _is_name_word(word, compiled),
            word[:1].islower(),
            _is_name_word(word, compiled, inside=True),
            low in compiled.suffix_words,
            word.endswith((",", ";", ":")),
            word.lower() in _CONNECTORS or word == '"',
        )
        if len(_WORD_INFO) >= 50_000:
            _WORD_INFO.clear()
        _WORD_INFO[word] = known
    return known


def _name_word(word: str, compiled: _Compiled) -> bool:
    """_is_name_word(word, compiled), from the word's kept info."""
    return (_WORD_INFO.get(word) or _info(word, compiled))[_NAME]


def _name_from(
    words: list[re.Match[str]], i: int, compiled: _Compiled, more: Iterator[re.Match[str]] | None = None
) -> tuple[int, int] | None:
    """Read a name starting at words[i]; the span of its words, or None. more: the words after
    words, not read yet (see _grow)."""
    first = i
    last = -1
    while i - first < _MAX_NAME_TOKENS and (i < len(words) or _grow(words, more, i)):
        word = words[i].group()
        info = _WORD_INFO.get(word) or _info(word, compiled)
        if info[_NAME_INSIDE if last >= 0 else _NAME] or (info[_SUFFIX] and last >= 0):
            last = i
            if info[_CLAUSE_END]:
                break
            i += 1
            continue
        if (
            info[_CONNECTOR]  # 'Universita' Commerciale "Luigi Bocconi"'
            and last >= 0
            and (i + 1 < len(words) or _grow(words, more, i + 1))
            and _name_word(words[i + 1].group(), compiled)
        ):
            i += 1
            continue
        break
    return (first, last) if last >= 0 else None


def _skip_filler(
    words: list[re.Match[str]], i: int, compiled: _Compiled, more: Iterator[re.Match[str]] | None = None
) -> int | None:
    """Index of the first word of the name after articles, countries and descriptors."""
    steps = 0
    while steps < 10 and (i < len(words) or _grow(words, more, i)):
        steps += 1
        word = words[i].group()
        info = _WORD_INFO.get(word) or _info(word, compiled)
        # German capitalises its descriptors too ("das Modeunternehmen H&M").
        if info[_SKIP] or (
            info[_DESCRIPTOR]
            and (i + 1 < len(words) or _grow(words, more, i + 1))
            and _name_word(words[i + 1].group(), compiled)
        ):
            i += 1
            continue
        if info[_NAME]:
            return i
        if info[_LOWER]:
            # Lower-case words are passed only as far as a descriptor noun ("tech giant").
            j = i
            found = -1
            while j < i + 4 and (j < len(words) or _grow(words, more, j)):
                next_word = words[j].group()
                next_info = _WORD_INFO.get(next_word) or _info(next_word, compiled)
                if not next_info[_LOWER]:
                    break
                if next_info[_DESCRIPTOR]:
                    found = j
                j += 1
            if found < 0:
                return None
            i = found + 1
            continue
        if word[:1].isupper() and fold(word) in compiled.not_party and _bare(word) in compiled.countries:
            i += 1
            continue
        return None
    return None


@lru_cache(maxsize=4096)
def _names_authority(name: str) -> bool:
    """Whether a would-be party name is an authority's (names recur: cached)."""
    return find_authority(fold_lower(name)) is not None


def _clean(
    text: str, words: list[re.Match[str]], span: tuple[int, int], compiled: _Compiled, hi: int
) -> str | None:
    first, last = span
    # Drop legal suffixes at the end: the clean name is "Clearview AI", not "Clearview AI Inc.".
    while last > first and (_WORD_INFO.get(w := words[last].group()) or _info(w, compiled))[_SUFFIX]:
        last -= 1
    name = text[words[first].start() : words[last].end()].rstrip(".,;:'\"")
    if name.endswith(("'s", "’s")):
        name = name[:-2]  # = _POSSESSIVE.sub("", name)
    if '"' in name:
        name = _SPACES.sub(" ", name.replace('"', " ")).strip()
    if "'" in name or "’" in name:
        # Italian typed without accents writes "Universita'" for "Università".
        name = _GRAVE.sub(lambda m: _GRAVE_OF[m.group(1)], name)
    # "Meta €1.2bn": a sum that follows the name is not part of it.
    parts = name.split()
    for k, w in enumerate(parts):
        if w[0].isdigit() or w[0] in "€£$¥":
            parts = parts[:k]
            name = " ".join(parts)
            break
    after = words[span[1]].end()
    alias = _ALIAS.match(text, after, min(hi, after + 24))
    # "Hennes & Mauritz (H&M)": the short form in brackets is the name people use.
    if alias and alias.group(1)[:1].isupper() and " " not in alias.group(1).strip():
        name = alias.group(1).strip()
        parts = name.split()
    if not parts:
        return None
    for w in parts:
        if not _not_party(w, compiled):
            break
    else:
        return None
    # "Face Search Firm": a description, not a name.
    if _bare(parts[-1]) in compiled.descriptors:
        return None
    if _names_authority(name):
        return None
    return name


def _after(text: str, end: int, hi: int, compiled: _Compiled) -> str | None:
    words: list[re.Match[str]] = []
    more = _WORD.finditer(text, end, min(hi, end + 160))
    i = _skip_filler(words, 0, compiled, more)
    if i is None:
        return None
    span = _name_from(words, i, compiled, more)
    if span is None:
        return None
    # "Facebook owner Meta": the appositive names the party.
    nxt = span[1] + 1
    # Every appositive begins with one of a few words: most names are followed by none of them.
    heads = compiled.appositive_heads
    for width in (
        (1, 2) if (nxt < len(words) or _grow(words, more, nxt)) and _bare(words[nxt].group()) in heads else ()
    ):
        if nxt + width < len(words) or _grow(words, more, nxt + width):
            phrase = " ".join(fold_lower(w.group()) for w in words[nxt : nxt + width])
            if phrase in compiled.appositives and _is_name_word(words[nxt + width].group(), compiled):
                later = _name_from(words, nxt + width, compiled, more)
                if later:
                    span = later
                break
    return _clean(text, words, span, compiled, hi)


def _before(text: str, start: int, lo: int, hi: int, compiled: _Compiled) -> str | None:
    words = list(_WORD.finditer(text, max(lo, start - 120), start))
    if not words:
        return None
    i = len(words) - 1
    last = i
    while i >= 0 and last - i < _MAX_NAME_TOKENS:
        word = words[i].group()
        info = _WORD_INFO.get(word) or _info(word, compiled)
        if info[_NAME_INSIDE] and not info[_CLAUSE_END]:
            i -= 1
            continue
        if word.lower() in _CONNECTORS and i > 0 and _name_word(words[i - 1].group(), compiled):
            i -= 1
            continue
        break
    first = i + 1
    while first <= last and not _name_word(words[first].group(), compiled):
        first += 1
    if first > last:
        return None
    return _clean(text, words, (first, last), compiled, hi)


def _in_text(text: str, scan: Scan, lo: int, hi: int, compiled: _Compiled) -> str | None:
    """The party named in text[lo:hi]. Triggers are found in the scan of the lower-cased folded
    text (same offsets), names read from the cased text."""
    at = -1
    found: str | None = None
    for m in compiled.after.findall(scan, lo, hi):
        name = _after(text, m.end(), hi, compiled)
        if name:
            at, found = m.start(), name
            break
    # The first hit wins (then the smaller name): a trigger before the name after it, after
    # that name, cannot win and is not read.
    for m in compiled.before.findall(scan, lo, hi):
        if found is not None and m.start() > at:
            break
        name = _before(text, m.start(), lo, hi, compiled)
        if name:
            if found is None or (m.start(), name) < (at, found):
                return name
            break
    return found


@lru_cache(maxsize=4096)
def _summary_pattern(guess: tuple[str, ...]) -> re.Pattern[str]:
    # The word-boundary check follows the first character, so that the regex engine can skip
    # ahead to that character instead of trying every position ("(?<!\w)x" = "x(?<!\w.)").
    first = guess[0]
    phrase = r"[\s\-]+".join(re.escape(w) for w in [first[1:], *guess[1:]])
    return re.compile(rf"{re.escape(first[0])}(?<!\w.){phrase}(?!\w)", re.IGNORECASE)


def clear_caches() -> None:
    _NAME_WORDS.clear()
    _WORD_INFO.clear()
    _NOT_PARTY.clear()
    _bare.cache_clear()
    _names_authority.cache_clear()
    _summary_pattern.cache_clear()


def _from_slug(title: str, summary: str, scan: Scan, compiled: _Compiled) -> str | None:
    """A lower-case title ("la cnil sanctionne criteo …") points at words the summary capitalises."""
    guesses: list[tuple[str, ...]] = []
    title_end = len(title)
    for m in compiled.slug_after.findall(scan, 0, title_end):
        words = title[m.end() :].split()[:4]
        while words and fold_lower(words[0]) in compiled.articles:
            words.pop(0)
        guesses += (tuple(words[:3]), tuple(words[:2]), tuple(words[:1]))
    for m in compiled.before.findall(scan, 0, title_end):
        words = title[: m.start()].split()[-3:]
        guesses += [tuple(words[-n:]) for n in (3, 2, 1) if len(words) >= n]
    tried: set[tuple[str, ...]] = set()
    for key in guesses:
        # A guess already tried found nothing: trying it again would find nothing either.
        if not key or key in tried:
            continue
        tried.add(key)
        for hit in _summary_pattern(key).finditer(summary):
            if hit.group()[:1].isupper():
                found: list[re.Match[str]] = []
                more = _WORD.finditer(summary, hit.start(), min(len(summary), hit.end() + 80))
                span = _name_from(found, 0, compiled, more)
                if span:
                    name = _clean(summary, found, span, compiled, len(summary))
                    if name:
                        return name
    return None


def find_target(title: str, summary: str, scan: Scan) -> str | None:
    """The party a fine or an order is aimed at, from the NFC title and summary; scan holds
    their folded lower-case forms joined by a newline."""
    compiled = _compiled()
    text = f"{title}\n{summary}"
    lo = len(title) + 1
    if title.islower() or not any(c.isupper() for c in title):
        # A title rebuilt from a URL slug has lost the capitals that names need.
        return _from_slug(title, summary, scan, compiled) or _in_text(text, scan, lo, len(text), compiled)
    in_title = _in_text(text, scan, 0, len(title), compiled)
    if in_title is not None and len(in_title.split()) == 1:
        return in_title  # one word: no shorter name from the summary can replace it (below)
    in_summary = _in_text(text, scan, lo, len(text), compiled)
    # "Datenschutzverstöße H&M soll …" (a kicker glued to the headline): trust the summary's
    # shorter name when the title's ends with it.
    if (
        in_title
        and in_summary
        and len(in_title.split()) > len(in_summary.split())
        and in_title.endswith(in_summary)
    ):
        return in_summary
    return in_title or in_summary
