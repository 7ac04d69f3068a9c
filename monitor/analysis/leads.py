"""Where a rule can start: the leads (first words, symbols, digits) of its phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from monitor.analysis.fold import fold_lower

_RUN = re.compile(r"\w+")

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
    numbered_next: frozenset[str] = frozenset()  # words that may follow a numbered lead ("euro due")

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
            self.numbered_next | other.numbered_next,
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
