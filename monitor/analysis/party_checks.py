"""Whether a name read where a frame points may be the fined party (no authority, official,
country or bare description), and where a passive's auxiliaries begin: shared by the reading
of cased titles and summaries (parties.py) and of URL-slug titles (party_slugs.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.analysis import authorities
from monitor.analysis.party_frames import frames as _frames
from monitor.analysis.party_lexicon import lexicon
from monitor.analysis.party_words import PUNCT_END
from monitor.analysis.party_words import word as reader_word
from monitor.analysis.text import fold_lower


@lru_cache(maxsize=4096)
def is_authority(name: str) -> bool:
    """Whether a would-be party is an authority ("the CNIL", "Irish DPC")."""
    return authorities.find_authority(fold_lower(name)) is not None


def accept(name: str | None) -> str | None:
    """The name a frame pointed at, unless it is an authority, an official, a country or a bare
    description."""
    if not name or is_authority(name):
        return None
    low = fold_lower(name)
    # An official who sues or announces ("Attorney General Jane Doe") or a country ("Italy",
    # "l'Italie") stands where a frame wants the fined company: the company is elsewhere.
    words = low.replace("'", "' ").split()
    while len(words) > 1 and words[0] in _frames().articles:
        del words[0]
    if _frames().officials.match(low) or authorities.is_country(" ".join(words)):
        return None
    if len(words) == 1 and words != low.split() and reader_word(words[0]).descriptor:
        return None  # "L'Università": a description behind its elided article
    if len(words) == 1 and authorities.ends_with_regulator(words[0]):
        return None  # "Bußgeld der Datenschützer": the word for those who fine
    if authorities.describes_only(low):
        return None  # "Protezione Dati Personali"
    # Checked whole first: an authority's name ("the Commissioner's Office") owns no party.
    return after_possessor(name)


def after_possessor(name: str) -> str:
    """A name after its owner's possessive is the party: "Exampleberg's Zephyr", "Zephyr's
    Exampla" (a parent's subsidiary, a founder's company). The possessive of a brand that heads
    its own name stays ("Exampla's Bank", "Exampla's Hospital")."""
    parts = name.split()
    at = next((k for k, p in enumerate(parts[:-1]) if p.endswith(("'s", "’s"))), None)
    if at is None:
        return name
    rest = parts[at + 1 :]
    head = fold_lower(rest[-1].rstrip(PUNCT_END))
    data = lexicon()
    if head in data.descriptors or head in data.name_heads or not all(reader_word(p).name for p in rest):
        return name
    return " ".join(rest)


_LAST_WORD = re.compile(r"([\w']+)[^\S\n]+$")


def before_auxiliaries(low: str, start: int, lo: int) -> int:
    """Where a passive begins, its auxiliaries included: "Clearview AI was fined",
    "la società è stata multata", "a été sanctionnée" (the name ends before "was")."""
    auxiliaries = _frames().auxiliaries
    for _ in range(3):
        m = _LAST_WORD.search(low, max(lo, start - 16), start)
        if m is None or m.group(1) not in auxiliaries:
            break
        start = m.start()
    return start
