"""The rule index: every rule of the analysis, numbered once, and where each may start in a text.

Python's regex engine visits every position of the text for every pattern searched: with a dozen
rule sets per item that was most of the analysis time. Instead an item is split into whitespace
tokens once (str.split, in C), each distinct token is classified once (which rules could start a
match inside it: cached in the index, since news vocabulary recurs), and each rule's pattern is
then only tried, anchored, where it could start. Results are those of pattern.finditer() on the
same text: the candidate positions are a superset of the positions where a match can start,
tried in order, resuming after each match as finditer does.

The index is built once from the compiled rule sets (engine.rule_index()) and passed to every
Scan; a Rule is a plain value and registers nowhere. A rule the index does not hold is searched
with its regex over the whole text: slower, never different.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress

from monitor.analysis.leads import FREE, Follow, Leads

_RUN = re.compile(r"\w+")
_SPACE = re.compile(r"\s")
_CACHE_LIMIT = 200_000

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


class RuleIndex:
    """Every indexed rule's leads, and the per-token cache of which rules may start where."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self.rules: list[Rule] = []
        self.slots: dict[int, int] = {}  # id(rule) -> its number; the index keeps the rule alive
        self._exact: dict[str, list[tuple[int, frozenset[Follow]]]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._stems: set[str] = set()
        self._symbol_re: re.Pattern[str] | None = None
        self._symbols: dict[str, list[int]] = {}
        self._digits: list[int] = []
        self._numbered: dict[str, list[tuple[int, frozenset[str]]]] = {}
        self.cache: dict[str, Classified] = {}
        self.first_words: dict[str, str | None] = {}
        for rule in rules:
            if id(rule) not in self.slots and not rule.leads.anywhere:
                self._add(rule)
        # Every beginning of a prefix lead: a word's beginnings are looked up only as long as
        # they are one ("bi", "bio", … "biometri"), most words stop after a letter or two.
        self._stems = {w[:n] for w in [*self._prefix, *self._numbered] for n in range(1, len(w) + 1)}
        self._symbol_re = (
            re.compile("[" + "".join(re.escape(c) for c in self._symbols) + "]") if self._symbols else None
        )

    def _add(self, rule: Rule) -> None:
        number = len(self.rules)
        self.rules.append(rule)
        self.slots[id(rule)] = number
        leads = rule.leads
        for word, follows in leads.exact.items():
            self._exact.setdefault(word, []).append((number, follows))
        for word in leads.prefixes:
            self._prefix.setdefault(word, []).append(number)
        for word in leads.numbered:
            self._numbered.setdefault(word, []).append((number, leads.numbered_next))
        for ch in leads.symbols:
            self._symbols.setdefault(ch, []).append(number)
        if leads.digits:
            self._digits.append(number)

    def clear(self) -> None:
        """Forget the classified tokens (the rules stay): for measuring cold items."""
        self.cache.clear()
        self.first_words.clear()

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
                        free.update((at, rule) for rule, _ in self._numbered[word[:length]])  # "eur746m"
                    elif length == len(word) and run.end() == len(token):
                        # "EUR 20m", "euro due milioni": digits or a number word come next.
                        for rule, number_words in self._numbered[word]:
                            words, starts = pending.setdefault((at, rule), (set(), set()))
                            words.update(number_words)
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


class Scan:
    """One text (an item's folded lower-case title, newline, summary) and, per rule of its index,
    the positions where a match of it may start, in increasing order."""

    __slots__ = ("index", "starts", "text")

    def __init__(self, text: str, index: RuleIndex | None = None) -> None:
        self.text = text
        self.index = index = index if index is not None else _EMPTY
        starts: list[list[int]] = [[] for _ in index.rules]
        self.starts = starts
        if not starts:
            return
        # Splitting on single spaces (in C) keeps offsets computable from the lengths alone;
        # any other whitespace (printable text has none) is made a space first.
        spaced = text.replace("\n", " ")
        if not spaced.isprintable():
            spaced = _SPACE.sub(" ", text)
        tokens = spaced.split(" ")
        cache = index.cache
        known = list(map(cache.get, tokens))
        where: list[Classified] = (
            [index.classify(t) if w is None else w for t, w in zip(tokens, known, strict=True)]
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
                sure = index.follow(sure, follow, nxt) if found is None else found
            if sure:
                at = offsets[i] + i  # the lengths of the tokens before, and one space after each
                for rule, offset in sure:
                    starts[rule].append(at + offset)

    def starts_of(self, rule: Rule) -> list[int] | None:
        """Where rule may start in this text, or None when the index does not hold it."""
        slot = self.index.slots.get(id(rule))
        return None if slot is None else self.starts[slot]


class Rule:
    """A compiled pattern and its leads; searched in a Scan at its candidate positions only."""

    __slots__ = ("leads", "pattern")

    def __init__(self, pattern: str | re.Pattern[str], leads: Leads) -> None:
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.leads = leads

    def _positions(self, scan: Scan, stop: int) -> list[int] | None:
        """Candidate starts, or None when the text must be scanned in full: the index does not
        hold the rule, or the bound cuts a token (whose first part was not classified as such:
        "euro" cut to "eu")."""
        text = scan.text
        if 0 < stop < len(text) and not text[stop].isspace() and not text[stop - 1].isspace():
            return None
        return scan.starts_of(self)

    def finditer(self, scan: Scan, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """As pattern.finditer(scan.text, start, end)."""
        yield from self.findall(scan, start, end)

    def findall(
        self, scan: Scan, start: int = 0, end: int | None = None, overlapping: bool = False
    ) -> list[re.Match[str]]:
        """list(pattern.finditer(scan.text, start, end)); overlapping: a match is also looked
        for at every start inside the one before ("issues notice of intent to fine" holds
        "notice of intent")."""
        text = scan.text
        stop = len(text) if end is None else end
        positions = scan.starts_of(self)
        if positions is None:
            if overlapping:
                positions = list(range(start, stop))
            else:
                return list(self.pattern.finditer(text, start, stop))
        cut = stop
        if 0 < stop < len(text) and not text[stop].isspace() and not text[stop - 1].isspace():
            cut = _token_before(text, start, cut)  # the cut token's part is scanned in full
        out = []
        cursor = start
        match = self.pattern.match
        for at in positions:
            if at >= cursor:
                if at >= cut:
                    break
                m = match(text, at, stop)
                if m is not None:
                    out.append(m)
                    cursor = at + 1 if overlapping or m.end() <= at else m.end()
        if cut < stop:
            if overlapping:
                out.extend(
                    m for at in range(max(cursor, cut), stop) if (m := self.pattern.match(text, at, stop))
                )
            else:
                out.extend(self.pattern.finditer(text, max(cursor, cut), stop))
        return out

    def search(self, scan: Scan, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """As pattern.search(scan.text, start, end)."""
        text = scan.text
        stop = len(text) if end is None else end
        positions = self._positions(scan, stop)
        if positions is None:
            return self.pattern.search(text, start, stop)
        match = self.pattern.match
        for at in positions:
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
    """A Scan of a bare text has no index: every rule is searched with its regex (slower, same)."""
    return text if isinstance(text, Scan) else Scan(text)


def rules_in(*compiled: object) -> Iterator[Rule]:
    """The rules held by compiled rule sets (dataclasses whose fields are Rules or Matchers)."""
    for obj in compiled:
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            if isinstance(value, Rule):
                yield value
            elif isinstance(getattr(value, "rule", None), Rule):
                yield value.rule


_EMPTY = RuleIndex()
