"""parties.yml compiled once: the frames where a fined party's name stands, per kind ("fines X",
"X fined", "slams X with"), and the word lists the party finder reads slug titles with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.analysis.name_rules import parties_data, per_language
from monitor.analysis.text import Rule, alternation, fold_lower, phrase_leads

# What may stand between the name and the end of a frame ("muss X eine Strafe … zahlen": German
# puts the verb at the end of the clause): words, but not the end of a sentence.
_TAIL_GAP = r"(?:[^\S\n]+(?:[^\s]*[^\s.!?]|(?:\w{1,3}\.){1,3})){0,16}?[^\S\n]+"


@dataclass(frozen=True, slots=True)
class Frames:
    # Rules are searched in the item's Scan, at the words where one of their phrases may start.
    after: Rule  # "fines X": the name follows the match
    after_glued: Rule  # the same for slug titles, where "d'Apple" became "dapple"
    before: Rule  # "X fined": the name ends where the match starts
    before_slug: Rule  # the same without the nominal frames, for slug titles
    auxiliaries: frozenset[str]
    # "slams X with": the heads in one pattern, and the tails that may follow each head.
    middle: Rule
    tails: dict[str, re.Pattern[str]]
    function_words: frozenset[str]
    # Prepositions that are nothing else here (no article, auxiliary or frame word): "uber" is
    # German "über" and a company, and a preposition never stands straight before a verb.
    lone_prepositions: frozenset[str]
    articles: frozenset[str]
    indefinite: frozenset[str]  # "una", "un", "ein": what follows is described, not named
    coordinators: frozenset[str]
    not_party: frozenset[str]
    clause_openers: frozenset[str]  # German and Dutch: the subject follows the verb after one
    officials: re.Pattern[str]  # "Attorney General Jane Doe": a person in office, not a party


def _split(frame: str) -> tuple[str, str]:
    # "X's fine": the possessive is the first word after the name.
    words = fold_lower(frame).replace("x's ", "x 's ").split()
    if words.count("x") != 1:
        raise ValueError(f"parties.yml: frame {frame!r} must hold exactly one X (the name)")
    at = words.index("x")
    return " ".join(words[:at]), " ".join(words[at + 1 :])


def _rule(phrases: list[str]) -> Rule:
    return Rule(alternation(phrases), phrase_leads(phrases))


@cache
def frames() -> Frames:
    data = parties_data()
    after: list[str] = []
    before: list[str] = []
    verbal: list[str] = []  # heads and tails of the frames that are not noun phrases
    tails: dict[str, list[str]] = {}
    nominal = per_language(data["nominal_frames"])
    # A URL slug drops the "ß" ("bu-geld-gegen", "bugeld"): each frame holding one is also read so.
    slugged = [f.replace("ß", sep) for f in per_language(data["frames"]) if "ß" in f for sep in (" ", "")]
    for frame in [*per_language(data["frames"]), *slugged, *nominal]:
        head, tail = _split(frame)
        if frame not in nominal:
            verbal.append(f"{head} X {tail}")
        if head and tail:
            gap = _TAIL_GAP if tail.startswith("~ ") else r"\W+"
            last = tail.removeprefix("~ ")
            # "*boete": a word ending so ("miljoenenboete", "Rekordstrafe").
            end = rf"\w*{re.escape(last[1:])}(?!\w)" if last.startswith("*") else alternation([last])
            tails.setdefault(head, []).append(gap + end)
        elif head:
            after.append(head)
        elif tail:
            before.append(tail)
        else:
            raise ValueError(f"parties.yml: frame {frame!r} has no words around X")
    verbal_after = [a for a in after if f"{a} X " in verbal]
    verbal_before = [b for b in before if f" X {b}" in verbal]
    aux_words = per_language(data["auxiliaries"])
    function_words = {fold_lower(w) for w in data["articles"]}
    function_words |= {fold_lower(w) for w in data["coordinators"]}
    prepositions = {fold_lower(w) for w in per_language(data["slug_prepositions"])}
    function_words |= {fold_lower(w) for w in per_language(data["auxiliaries"])}
    # A currency code ends a name in a slug as in cased text ("morele net pln 2 8 million").
    function_words |= {fold_lower(w) for w in data["currency_codes"]}
    function_words |= {
        w for f in per_language(data["frames"]) for w in fold_lower(f).split() if w not in ("x", "~")
    }
    return Frames(
        after=_rule(after),
        after_glued=Rule(alternation(verbal_after, glued=True), phrase_leads(verbal_after)),
        before=_rule(before),
        before_slug=_rule(verbal_before),
        auxiliaries=frozenset(fold_lower(w) for w in aux_words),
        middle=_rule(list(tails)),
        tails={head: re.compile("|".join(f"(?:{t})" for t in alts)) for head, alts in tails.items()},
        function_words=frozenset(function_words | prepositions),
        lone_prepositions=frozenset(prepositions - function_words),
        articles=frozenset(fold_lower(w) for w in data["articles"]),
        indefinite=frozenset(fold_lower(w) for w in data["indefinite_articles"]),
        coordinators=frozenset(fold_lower(w) for w in data["coordinators"]),
        not_party=frozenset(fold_lower(w) for w in data["not_party"]),
        clause_openers=frozenset(fold_lower(w) for w in per_language(data["clause_openers"])),
        officials=re.compile(
            rf"(?:{alternation(data['articles'])}\s*)?{alternation(per_language(data['official_titles']))}(?!\w)"
        ),
    )


_WORD_BEFORE = re.compile(r"([\w']+)\W*$")


def fronted(low: str, where: int, name: str) -> bool:
    """Whether a name read before a verb is an adverb or the object of a preposition that opens
    a German or Dutch sentence ("Daarnaast krijgt …", "Wegen Preisabsprachen muss …"), not
    its subject. low: the folded lower-case text; where: the name's offset in it."""
    openers = frames().clause_openers
    if fold_lower(name).split()[0] in openers:
        return True
    before = _WORD_BEFORE.search(low, max(0, where - 24), where)
    return before is not None and before.group(1) in openers
