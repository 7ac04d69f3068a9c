"""Text normalisation shared by the analysers: offset-keeping accent folding, phrases, sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress

# Typographic variants that feeds mix freely; each maps to ONE character so that offsets in the
# folded text are offsets in the original (targets are cut from the original, with its accents).
_SPECIAL = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u3000": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u0111": "d",
    "\u0110": "D",
    "\u00e6": "a",
    "\u00c6": "A",
    "\u0153": "o",
    "\u0152": "O",
    "\u0131": "i",
    "\u0130": "I",
}


@cache
def _fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _SPECIAL.items()}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if cp in table:
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base
    return table


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Accents off, spaces, quotes and dashes made plain; same length as the NFC text."""
    if text.isascii():
        return text
    return fold_nfc(unicodedata.normalize("NFC", text))


def fold_nfc(text: str) -> str:
    """fold() of a text already in NFC (nfc() of it), without normalising it again."""
    if text.isascii():
        return text
    # A few distinct accented characters per item: replacing each (str.replace, in C) beats
    # str.translate, which walks every character through the mapping.
    table = _fold_table()
    for ch in set(_NON_ASCII.findall(text)):
        plain = table.get(ord(ch))
        if plain is not None:
            text = text.replace(ch, plain)
    return text


def fold_lower(text: str) -> str:
    """fold() then lower case, keeping offsets (a rare lower() that changes length is undone)."""
    folded = fold(text)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


_GAP = r"(?:\W+[\w'.,€£$]+){0,5}?\W+"


def _atoms(phrase: str, glued: bool = False) -> list[str]:
    """The regex pieces of one data phrase (syntax described in resources/analysis/tags.yml)."""
    text = fold_lower(phrase.strip())
    star = text.endswith("*")
    if star:
        text = text[:-1]
    atoms: list[str] = []
    for index, part in enumerate(text.split(" ~ ")):
        if index:
            atoms.append(_GAP)
        for pos, ch in enumerate(part):
            if ch in " -":
                if not atoms or atoms[-1] != r"[\s\-]+":
                    atoms.append(r"[\s\-]+")
            elif ch == "'" and pos == len(part) - 1:
                # An elision at the end ("d'") must be written, or "de" would match as "d".
                # A URL slug drops the apostrophe and glues the elision on ("dapple"): glued
                # lets it end there, before the letter.
                atoms.append(r"(?:'|\s+|(?=[^\W\d_]))" if glued else r"(?:'|\s+)")
            elif ch == "'":
                atoms.append(r"['\s]?")
            elif ch == "*":
                atoms.append(r"\w*")
            else:
                atoms.append(re.escape(ch))
    if star:
        atoms.append(r"\w*")
    elif text[-1:].isalnum():
        atoms.append(r"(?!\w)")
    return atoms


def phrase_pattern(phrase: str) -> str:
    """The regex for one data phrase."""
    head = r"(?<!\w)" if fold_lower(phrase.strip())[:1].isalnum() else ""
    return head + "".join(_atoms(phrase))


_END = ""


def _branch_order(atom: str) -> tuple[int, str]:
    # A branch that ends the phrase here ("fine" then a word boundary) must come after those
    # that go on ("fine of ~ on"), or the regex engine settles for the shorter phrase.
    if atom.startswith("(?!"):
        return 3, atom
    if atom == r"\w*":
        return 2, atom
    return (1 if len(atom) > 2 else 0), atom


def _emit(node: dict[str, dict[str, object]]) -> str:
    # Plain characters first, then wider pieces, then the end: the fullest phrase wins.
    keys = sorted((k for k in node if k != _END), key=_branch_order)
    alts = [k + _emit(node[k]) for k in keys]  # type: ignore[arg-type]
    if _END in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def alternation(phrases: Iterable[str], glued: bool = False) -> str:
    """One non-capturing alternation of phrases, built as a trie: Python's regex engine tries
    the branches of a flat alternation one by one at every position, which is far too slow for
    hundreds of keywords."""
    words: dict[str, dict[str, object]] = {}
    others: dict[str, dict[str, object]] = {}
    for phrase in {p for p in phrases if p.strip()}:
        # Phrases that open with a letter or digit share ONE leading word-boundary check, which
        # rejects positions inside words before any branch is tried.
        node = words if fold_lower(phrase.strip())[:1].isalnum() else others
        for atom in _atoms(phrase, glued):
            node = node.setdefault(atom, {})  # type: ignore[assignment]
        node[_END] = {}
    parts = []
    if words:
        parts.append(r"(?<!\w)" + _wrap(_emit(words)))
    if others:
        parts.append(_emit(others))
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


def _wrap(source: str) -> str:
    return source if source.startswith("(?:") and source.endswith(")") else f"(?:{source})"


class Matcher:
    """Phrases under labels, found in one pass of one trie-shaped regex.

    A regex with one group per label would not share prefixes across labels; instead the label
    of each (rare) hit is found afterwards by the per-label pattern.
    """

    def __init__(self, labelled: Mapping[str, Sequence[str]]) -> None:
        phrases = [p for group in labelled.values() for p in group]
        self.rule = Rule(alternation(phrases), phrase_leads(phrases))
        self.pattern = self.rule.pattern
        self._labels = [(label, re.compile(alternation(group))) for label, group in labelled.items() if group]
        self._cache: dict[tuple[str, bool], str | None] = {}

    def label(self, text: str, start: int, end: int) -> str | None:
        # A hit's label depends on its words and on whether a word character precedes it (the
        # word-boundary check); hits recur, so it is cached on those.
        key = (text[start:end], start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"))
        found = self._cache.get(key, "")
        if found == "":
            found = next((lb for lb, pattern in self._labels if pattern.fullmatch(text, start, end)), None)
            if len(self._cache) >= 20_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def finditer(
        self, text: str | Scan, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[str, re.Match[str]]]:
        scan = scan_of(text)
        for m in self.rule.finditer(scan, start, end):
            label = self.label(scan.text, m.start(), m.end())
            if label is not None:
                yield label, m

    def labels(self, text: str | Scan, start: int = 0, end: int | None = None) -> set[str]:
        scan = scan_of(text)
        raw = scan.text
        found: set[str | None] = set()
        cache = self._cache
        for m in self.rule.findall(scan, start, end):
            at, to = m.span()
            # = self.label(raw, at, to), without a call for the (usual) known hit
            key = (raw[at:to], at > 0 and (raw[at - 1].isalnum() or raw[at - 1] == "_"))
            label: str | None = cache.get(key, "")
            found.add(self.label(raw, at, to) if label == "" else label)
        found.discard(None)
        return found  # type: ignore[return-value]  # None was taken out

    def best(self, scan: Scan, rank: Mapping[str, int], start: int = 0, end: int | None = None) -> str | None:
        """The label found with the lowest rank (labels without one do not count): as
        min(self.labels(scan, start, end) & rank.keys(), key=rank.get), without the set."""
        raw = scan.text
        cache = self._cache
        best: str | None = None
        best_rank = len(rank)
        for m in self.rule.findall(scan, start, end):
            at, to = m.span()
            key = (raw[at:to], at > 0 and (raw[at - 1].isalnum() or raw[at - 1] == "_"))
            label: str | None = cache.get(key, "")
            if label == "":
                label = self.label(raw, at, to)
            if label is not None:
                r = rank.get(label, best_rank)
                if r < best_rank:
                    best, best_rank = label, r
                    if r == 0:
                        break
        return best

    def search(self, text: str | Scan, start: int = 0, end: int | None = None) -> str | None:
        scan = scan_of(text)
        rule = self.rule
        raw = scan.text
        stop = len(raw) if end is None else end
        if (
            rule.everywhere
            or rule.index >= scan.known
            or (0 < stop < len(raw) and not raw[stop].isspace() and not raw[stop - 1].isspace())
        ):
            for hit, _ in self.finditer(scan, start, end):
                return hit
            return None
        # As the loop of Rule.findall, stopping at the first hit with a label: no generators.
        cursor = start
        match = rule.pattern.match
        for at in scan.starts[rule.index]:
            if at >= cursor:
                if at >= stop:
                    break
                m = match(raw, at, stop)
                if m is not None:
                    to = m.end()
                    label = self.label(raw, at, to)
                    if label is not None:
                        return label
                    cursor = to if to > at else at + 1
        return None


def grouped(labelled: Mapping[str, Sequence[str]], prefix: str = "g") -> tuple[str, dict[str, str]]:
    """An alternation with one named group per label; returns it and group name -> label."""
    parts = []
    names: dict[str, str] = {}
    for i, (label, phrases) in enumerate(labelled.items()):
        if not phrases:
            continue
        names[f"{prefix}{i}"] = label
        parts.append(f"(?P<{prefix}{i}>{alternation(phrases)})")
    return "|".join(parts) or r"(?!x)x", names


def flatten(per_language: Mapping[str, Sequence[str]] | Sequence[str] | None) -> list[str]:
    """Phrases of every language: items are matched whatever language their feed claims."""
    if not per_language:
        return []
    if isinstance(per_language, Mapping):
        return [p for phrases in per_language.values() for p in phrases]
    return list(per_language)


_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9À-Þ])")
_LAST_WORD = re.compile(r"([\w.]+)\.*$")


def sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans of cased text; a full stop after an abbreviation or initial is no end."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start() + 1)
        last = word.group(1).lower().rstrip(".") if word else ""
        if last in abbreviations or len(last) == 1:
            continue
        spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# --- Looking rules up in an item without scanning it once per rule -----------------------------
#
# Python's regex engine visits every position of the text for every pattern searched: with a
# dozen rule sets per item that was most of the analysis time. Instead an item is split into
# whitespace tokens once (str.split, in C), each distinct token is classified once per process
# (which rules could start a match inside it: a cache, since news vocabulary recurs), and each
# rule's pattern is then only tried, anchored, where it could start. Results are those of
# pattern.finditer() on the same text: the candidate positions are a superset of the positions
# where a match can start, tried in order, resuming after each match as finditer does.

_RUN = re.compile(r"\w+")
_SPACE = re.compile(r"\s")
_CACHE_LIMIT = 200_000


# What may follow an exact lead for the phrase to go on matching: FREE (anything: the phrase may
# end there, or go on in a way not checked), a symbol right after it in the same token
# ("c", "$"), or, past spaces or hyphens, a second word equal to ("w", word, False) or starting
# with ("w", word, True) the one given.
Follow = tuple[str, ...] | tuple[str, str, bool]
FREE: Follow = ("*",)


@dataclass(frozen=True, slots=True)
class Leads:
    """Where matches of a pattern can start: at a word equal to an exact lead (when what follows
    it fits), at a word that begins with a prefix lead, at a word that begins with a digit, or
    at a symbol character."""

    exact: Mapping[str, frozenset[Follow]] = field(default_factory=dict)
    prefixes: frozenset[str] = frozenset()
    symbols: frozenset[str] = frozenset()
    digits: bool = False
    anywhere: bool = False  # a match may start where no lead says: always scan the whole text
    numbered: frozenset[str] = frozenset()  # exact leads that digits may touch ("eur746m")

    def __or__(self, other: Leads) -> Leads:
        exact = dict(self.exact)
        for word, follows in other.exact.items():
            exact[word] = exact.get(word, frozenset()) | follows
        return Leads(
            exact,
            self.prefixes | other.prefixes,
            self.symbols | other.symbols,
            self.digits or other.digits,
            self.anywhere or other.anywhere,
            self.numbered | other.numbered,
        )


def _is_prefix_rest(rest: str) -> bool:
    # "*" and a mid-word apostrophe ("d'empreintes" also matches "dempreintes") let the text's
    # word run on past the lead.
    return rest.startswith("*") or (rest.startswith("'") and rest != "'" and not rest.startswith("' "))


def _follow(rest: str, then: frozenset[Follow] | None) -> frozenset[Follow]:
    """What must follow a lead, from the rest of its phrase (see Follow)."""
    if not rest:
        return then if then is not None else frozenset({FREE})
    if rest[0] in " -":
        second = rest.lstrip(" -")
        head = _RUN.match(second)
        if head is None or not second[0].isalnum():
            return frozenset({FREE})  # a gap ("~"), an elision: not checked
        return frozenset({("w", head.group(), _is_prefix_rest(second[head.end() :]))})
    if rest[0] == "'" or rest[0].isspace():
        return frozenset({FREE})
    return frozenset({("c", rest[0])})


def phrase_leads(phrases: Iterable[str], then: Iterable[str] | None = None) -> Leads:
    """The leads of data phrases (syntax of tags.yml), from the regex atoms they compile to.

    then: phrases that must come next when a phrase is complete (a number word is money only
    before a multiplier: "one million").
    """
    after = None
    if then is not None:
        nxt = phrase_leads(then)
        after = frozenset([*(("w", w, False) for w in nxt.exact), *(("w", w, True) for w in nxt.prefixes)])
    exact: dict[str, frozenset[Follow]] = {}
    prefixes: set[str] = set()
    symbols: set[str] = set()
    anywhere = False
    for phrase in phrases:
        text = fold_lower(phrase.strip())
        if not text:
            continue
        head = _RUN.match(text)
        if head is None or not text[0].isalnum():
            # A phrase that opens with a symbol ("€", "+") has no word-boundary check: it may
            # start at any occurrence of that symbol, inside a token too.
            if text[0] in "'*" or text[0].isspace():
                anywhere = True  # opens with an optional atom: no character to anchor on
            else:
                symbols.add(text[0])
            continue
        lead, rest = head.group(), text[head.end() :]
        if rest.startswith("'") and _is_prefix_rest(rest):
            # "d'empreintes": "d" then an apostrophe or a space and "empreintes", or the word
            # "dempreintes…" written without the apostrophe.
            second = _RUN.match(rest[1:])
            if second is None:
                prefixes.add(lead)
                continue
            follows: frozenset[Follow] = frozenset({("c", "'"), ("w", second.group(), True)})
            exact[lead] = exact.get(lead, frozenset()) | follows
            prefixes.add(lead + second.group())
        elif _is_prefix_rest(rest):
            prefixes.add(lead)
        else:
            exact[lead] = exact.get(lead, frozenset()) | _follow(rest, after)
    return Leads(exact, frozenset(prefixes), frozenset(symbols), False, anywhere)


# A classified place: offset in the token, rule, and None or the words (exact, prefixes) one of
# which must begin the next token.
Place = tuple[int, int, "tuple[frozenset[str], tuple[str, ...]] | None"]


# Where rules start in a token, as (rule, offset in the token) pairs in order of offset.
Starts = tuple[tuple[int, int], ...]
# What a token's places that need a next word give, per next non-empty token ("" for none):
# filled as next tokens are met; then the places, the words and word starts any of them needs
# next.
NextWord = tuple[dict[str, Starts], tuple[Place, ...], frozenset[str], tuple[str, ...]]
# A token's places: () for none, else the places that need nothing and, when some need a next
# word, their NextWord.
Classified = tuple[()] | tuple[Starts, NextWord | None]
_FOLLOW_LIMIT = 256


class _Lexicon:
    """Every indexed rule's leads, and the per-token cache of which rules may start where."""

    def __init__(self) -> None:
        self.rules: list[Leads] = []
        self._exact: dict[str, list[tuple[int, frozenset[Follow]]]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._stems: set[str] = set()
        self._symbol_re: re.Pattern[str] | None = None
        self._symbols: dict[str, list[int]] = {}
        self._digits: list[int] = []
        self._numbered: dict[str, list[int]] = {}
        self.cache: dict[str, Classified] = {}
        self.first_words: dict[str, str | None] = {}
        self.number_words: frozenset[str] = frozenset()  # what may follow a currency word

    def register(self, leads: Leads) -> int:
        rule = len(self.rules)
        self.rules.append(leads)
        for word, follows in leads.exact.items():
            self._exact.setdefault(word, []).append((rule, follows))
        for word in leads.prefixes:
            self._prefix.setdefault(word, []).append(rule)
        for word in leads.numbered:
            self._numbered.setdefault(word, []).append(rule)
        for ch in leads.symbols:
            self._symbols.setdefault(ch, []).append(rule)
        if leads.digits:
            self._digits.append(rule)
        # Every beginning of a prefix lead: a word's beginnings are looked up only as long as
        # they are one ("bi", "bio", … "biometri"), most words stop after a letter or two.
        self._stems = {w[:n] for w in [*self._prefix, *self._numbered] for n in range(1, len(w) + 1)}
        self._symbol_re = (
            re.compile("[" + "".join(re.escape(c) for c in self._symbols) + "]") if self._symbols else None
        )
        self.cache = {}  # classifications made without this rule are incomplete
        return rule

    def classify(self, token: str) -> Classified:
        """Every place a registered rule may start in a token (see Classified)."""
        free: set[tuple[int, int]] = set()
        pending: dict[tuple[int, int], tuple[set[str], set[str]]] = {}
        if self._symbol_re is not None:
            for sym in self._symbol_re.finditer(token):
                free.update((sym.start(), rule) for rule in self._symbols[sym.group()])
        for run in _RUN.finditer(token):
            word, at = run.group(), run.start()
            for rule, follows in self._exact.get(word, ()):
                self._place(token, run.end(), at, rule, follows, free, pending)
            for length in range(1, len(word) + 1):
                if word[:length] not in self._stems:
                    break
                free.update((at, rule) for rule in self._prefix.get(word[:length], ()))
                if word[:length] in self._numbered:
                    if length < len(word) and not word[length].isalpha():
                        free.update((at, rule) for rule in self._numbered[word[:length]])  # "eur746m"
                    elif length == len(word) and run.end() == len(token):
                        # "EUR 20m", "euro due milioni": digits or a number word come next.
                        for rule in self._numbered[word]:
                            words, starts = pending.setdefault((at, rule), (set(), set()))
                            words.update(self.number_words)
                            starts.update("0123456789")
            if word[0].isdigit():
                free.update((at, rule) for rule in self._digits)
        sure: list[Place] = [(at, rule, None) for at, rule in free]
        maybe: list[Place] = [
            (at, rule, (frozenset(words), tuple(starts)))
            for (at, rule), (words, starts) in pending.items()
            if (at, rule) not in free
        ]
        out: Classified = ()
        pairs: Starts = tuple([(rule, at) for at, rule, _ in sorted(sure)]) if sure else ()
        if maybe:
            # Most of these go nowhere ("a", "in", "to" lead many phrases): the union of the
            # words they need lets a token whose next word fits none be passed over at once.
            words_any = frozenset(w for _, _, then in maybe for w in then[0])  # type: ignore[index]
            starts_any = tuple({p for _, _, then in maybe for p in then[1]})  # type: ignore[index]
            both = tuple(sorted(sure + maybe, key=lambda p: (p[0], p[1])))
            known: dict[str, Starts] = {}
            out = (pairs, (known, both, words_any, starts_any))
        elif sure:
            out = (pairs, None)
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[token] = out
        return out

    @staticmethod
    def _place(
        token: str,
        end: int,
        at: int,
        rule: int,
        follows: frozenset[Follow],
        free: set[tuple[int, int]],
        pending: dict[tuple[int, int], tuple[set[str], set[str]]],
    ) -> None:
        """Whether an exact lead at token[at:end] may start a match of rule: surely (free), if
        the next token begins with one of some words (pending), or not at all."""
        after = token[end:]
        for follow in follows:
            if follow == FREE or (follow[0] == "c" and after.startswith(follow[1])):
                free.add((at, rule))
                return
        for follow in follows:
            if follow[0] != "w":
                continue
            _, second, is_prefix = follow
            rest = after.lstrip("-")
            if after and not after.startswith("-"):
                continue  # neither a space nor a hyphen next: no second word
            if rest:
                head = _RUN.match(rest)
                if head is not None and (
                    head.group() == second or (is_prefix and head.group().startswith(second))
                ):
                    free.add((at, rule))
                    return
                continue
            words, starts = pending.setdefault((at, rule), (set(), set()))
            (starts if is_prefix else words).add(str(second))

    def follow(self, sure: Starts, follow: NextWord, token: str) -> Starts:
        """The places of a token whose next non-empty token is token ("" for none; see NextWord)."""
        known, both, words_any, starts_any = follow
        nxt = self.first_word(token) if token else ""
        found = sure
        if nxt is None or nxt in words_any or nxt.startswith(starts_any):
            found = tuple(
                (rule, offset)
                for offset, rule, then in both
                if then is None or nxt is None or nxt in then[0] or nxt.startswith(then[1])
            )
        if len(known) >= _FOLLOW_LIMIT:
            known.clear()
        known[token] = found
        return found

    def first_word(self, token: str) -> str | None:
        """The word a token begins with, past hyphens; "" when something else comes first; None
        for hyphens alone (the words may go on in the next token)."""
        found = self.first_words.get(token, "\0")
        if found == "\0":  # (a word never holds a NUL)
            rest = token.lstrip("-")
            head = _RUN.match(rest)
            found = None if not rest else (head.group() if head is not None and rest[0].isalnum() else "")
            if len(self.first_words) >= _CACHE_LIMIT:
                self.first_words.clear()
            self.first_words[token] = found
        return found


LEXICON = _Lexicon()


class Scan:
    """One text (an item's folded lower-case title, newline, summary) and, per indexed rule, the
    positions where a match of it may start, in increasing order."""

    __slots__ = ("known", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.known = len(LEXICON.rules)  # rules registered later are searched the slow way
        starts: list[list[int]] = [[] for _ in range(self.known)]
        self.starts = starts
        # Splitting on single spaces (in C) keeps offsets computable from the lengths alone;
        # any other whitespace (printable text has none) is made a space first.
        spaced = text.replace("\n", " ")
        if not spaced.isprintable():
            spaced = _SPACE.sub(" ", text)
        tokens = spaced.split(" ")
        cache = LEXICON.cache
        known = list(map(cache.get, tokens))
        where: list[Classified] = (
            [LEXICON.classify(t) if w is None else w for t, w in zip(tokens, known, strict=True)]
            if None in known
            else known  # type: ignore[assignment]  # no None in it
        )
        hits = list(compress(range(len(tokens)), where))
        if not hits:
            return
        offsets = list(accumulate(map(len, tokens), initial=0))
        count = len(tokens)
        for i in hits:
            sure, follow = where[i]  # type: ignore[misc]
            if follow is not None:
                j = i + 1
                while j < count and not tokens[j]:
                    j += 1
                nxt = tokens[j] if j < count else ""
                found = follow[0].get(nxt)
                sure = LEXICON.follow(sure, follow, nxt) if found is None else found
            if sure:
                at = offsets[i] + i  # the lengths of the tokens before, and one space after each
                for rule, offset in sure:
                    starts[rule].append(at + offset)


class Rule:
    """A compiled pattern that can be searched in a Scan at its candidate positions only."""

    __slots__ = ("everywhere", "index", "pattern")

    def __init__(self, pattern: str | re.Pattern[str], leads: Leads) -> None:
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.index = LEXICON.register(leads)
        self.everywhere = leads.anywhere

    def finditer(self, scan: Scan, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """As pattern.finditer(scan.text, start, end)."""
        text = scan.text
        stop = len(text) if end is None else end
        if self.everywhere or self.index >= scan.known:
            yield from self.pattern.finditer(text, start, stop)
            return
        cut = stop
        if 0 < stop < len(text) and not text[stop].isspace() and not text[stop - 1].isspace():
            # The bound cuts a token: the words of its first part were not classified as such
            # ("euro" cut to "eu"), so that part is scanned the slow way.
            cut = _token_before(text, start, cut)
        cursor = start
        match = self.pattern.match
        for at in scan.starts[self.index]:
            if at < cursor:
                continue
            if at >= cut:
                break
            m = match(text, at, stop)
            if m is not None:
                yield m
                cursor = m.end() if m.end() > at else at + 1
        if cut < stop:
            yield from self.pattern.finditer(text, max(cursor, cut), stop)

    def findall(self, scan: Scan, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """list(pattern.finditer(scan.text, start, end)), without a generator in the common case."""
        text = scan.text
        stop = len(text) if end is None else end
        if (
            self.everywhere
            or self.index >= scan.known
            or (0 < stop < len(text) and not text[stop].isspace() and not text[stop - 1].isspace())
        ):
            return list(self.finditer(scan, start, end))
        out = []
        cursor = start
        match = self.pattern.match
        for at in scan.starts[self.index]:
            if at >= cursor:
                if at >= stop:
                    break
                m = match(text, at, stop)
                if m is not None:
                    out.append(m)
                    cursor = m.end() if m.end() > at else at + 1
        return out

    def search(self, scan: Scan, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """As pattern.search(scan.text, start, end)."""
        text = scan.text
        stop = len(text) if end is None else end
        if (
            self.everywhere
            or self.index >= scan.known
            or (0 < stop < len(text) and not text[stop].isspace() and not text[stop - 1].isspace())
        ):
            return next(self.finditer(scan, start, end), None)
        # The common case without a generator: searches are the most frequent lookups.
        match = self.pattern.match
        for at in scan.starts[self.index]:
            if at >= start:
                if at >= stop:
                    return None
                m = match(text, at, stop)
                if m is not None:
                    return m
        return None


def _token_before(text: str, start: int, cut: int) -> int:
    """Where the token cut at cut begins, or the one before it (whose look at the next token's
    first word saw the whole word), not before start."""
    while cut > start and not text[cut - 1].isspace():
        cut -= 1
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    while cut > start and not text[cut - 1].isspace():
        cut -= 1
    return cut


def scan_of(text: str | Scan) -> Scan:
    return text if isinstance(text, Scan) else Scan(text)
