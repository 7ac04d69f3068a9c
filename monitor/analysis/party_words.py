"""What the party reader knows of one word: whether it may open or continue a name, is an
article, a description, a country, a legal form, a connector; kept per distinct word (words
recur), read from the lists of party_lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.analysis.party_lexicon import Lexicon
from monitor.analysis.party_lexicon import lexicon as _data
from monitor.analysis.text import fold, fold_lower

WORD = re.compile(r"[\w&@'’.\-]+\$?|[(),;:\"“”«»]")  # "R$", "US$": a dollar sign glued to letters
MAX_NAME_WORDS = 6
# Joining words inside a name: "Hennes & Mauritz", "Università di Esempio", "Bank of Ireland".
_CONNECTORS = frozenset(
    {"&", "de", "di", "del", "della", "van", "von", "der", "du", "des", "of", "da", "do", "dos", "zu"}
)
PUNCT_END = ".,;:'\"’”"
# A sum written as one word ("6m", "1.2bn", "30,5Mio"): never part of a name.
SUM = re.compile(r"\d[\d.,]*(?:[mkb]|bn|mn|mio|mrd|md)?", re.IGNORECASE)
_OPENING_QUOTES = "'‘"
# Quotation marks around a name ("“Exempla” fined", "à « Exempla »") are not part of it.
QUOTES = frozenset('"“”«»')
# A brand written as a web address in lower case ("bol.com", "morele.net") is a name.
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9\-]*\.(?:com|net|org|eu|de|fr|it|es|nl|pl|be|at|ch|ie|io)")
# A case's reference is no name: "SAN-2022-019" (a CNIL deliberation), "PS-00123-2025" (an AEPD
# procedure), "EXP202301234": letters, then numbers in groups or a long one, as authorities number
# their files ("Z3000", "ACME-2000" stay names).
_REFERENCE = re.compile(r"[A-Z]{1,5}[-/.]?(?:\d{3,}(?:[-/.]\d{2,})+|\d{5,})")


@dataclass(frozen=True, slots=True)
class Word:
    """What the reader asks of one word (kept per distinct word: words recur)."""

    bare: str  # folded, lower case, without trailing punctuation
    filler: bool  # article, or "…-based": passed over before a name
    country: bool
    descriptor: bool  # "company", "société", "Streamingdienst"
    name: bool  # may begin a name
    inside: bool  # may continue a name ("AI", "Inc", "nr")
    suffix: bool  # a legal form
    lower: bool
    ends_clause: bool  # ",", ";", ":" or a full stop after it
    connector: bool
    coordinator: bool  # "and", "et", "und": two names, not one
    never: bool  # never a party on its own ("The", "EU", "Million")
    ends_name: bool  # a currency code after a name: "Grindr NOK 65 million"
    function: bool  # an article, preposition, auxiliary or "and": never part of a description


_WORDS: dict[str, Word] = {}


def word(text: str) -> Word:
    known = _WORDS.get(text)
    if known is not None:
        return known
    if text[:1] in _OPENING_QUOTES and len(text) > 1:
        # A word in single quotes ("fines 'reckless' Exampla") is the word: the quote marks
        # a headline's citation, not a change of kind.
        known = word(text[1:])
        _WORDS[text] = known
        return known
    data = _data()
    stripped = text.rstrip(PUNCT_END)
    bare = fold_lower(stripped)
    # An elided article glued on ("l'entreprise", "l'américain") leaves the word it stands before;
    # that word's capital counts after a lower-case article ("multa l'Enel", "l'Asl di Esempio")
    # and before a word that ends names ("L'Università di Esempio").
    elided, _, rest = bare.partition("'")
    glued = bool(rest) and (elided + "'" in data.articles or elided in data.articles)
    bare_word = rest if glued else bare
    after_article = glued and (rest in data.name_heads or text[:1].islower())
    head = text[len(elided) + 1 : len(elided) + 2] if after_article else text[:1]
    capital = (
        _REFERENCE.fullmatch(stripped) is None
        and (
            head.isupper()
            # "23andMe", "1&1": a name may open with a digit (a sum may not).
            or (head.isdigit() and any(c.isalpha() or c == "&" for c in text) and not SUM.fullmatch(stripped))
            # "eBay", "easyJet": a brand written in camel case, or as its web address.
            or (head.islower() and any(c.isupper() for c in stripped[1:]) and stripped.isalnum())
            or _DOMAIN.fullmatch(stripped) is not None
        )
    )
    # "Banco Ejemplar", "Deutsche Bank": a capitalised bank or group word is part of a name.
    descriptor = (
        not (capital and (bare_word in data.name_heads or bare_word.removesuffix("s") in data.name_heads))
        and (
            bare_word in data.descriptors
            or (bare.endswith("s") and bare[:-1] in data.descriptors)
            # Or join it with a hyphen, capitalised: "Online-Händler", "Beispiel-Konkurrent".
            or _hyphenated_kind(bare_word, data)
            # German and Dutch glue the description into one word: "Streamingdienst", "techbedrijf"
            # (a capital inside makes a brand instead: "CaixaBank").
            or (
                not any(c.isupper() for c in stripped[1:])
                and any(bare.endswith(h) and len(bare) > len(h) + 2 for h in data.compound_heads)
            )
        )
    )
    country = bare_word in data.countries or (bare_word.endswith("s") and bare_word[:-1] in data.countries)
    # A capitalised noun of the fine itself ("Bußgeld", "Millionenstrafe") neither opens nor
    # continues a name: "brummt Exempla Bußgeld auf" names Exempla.
    never = bare.endswith(data.never_endings) or bare.startswith(data.never_beginnings)
    breaks = capital and (bare in data.title_case_breaks or never)
    known = Word(
        bare=bare,
        filler=bare in data.articles or bare.endswith(data.place_words) or text in QUOTES,
        country=country,
        descriptor=descriptor,
        name=capital and not breaks and fold(stripped) not in data.not_party and not country,
        inside=(capital and not breaks) or bare in data.suffixes or f"{bare}." in data.suffixes,
        suffix=bare in data.suffixes or f"{bare}." in data.suffixes,
        lower=head.islower(),
        ends_clause=text.endswith((",", ";", ":"))
        or (text.endswith(".") and not _dotted(stripped, bare, data)),
        connector=text.lower() in _CONNECTORS or text == '"',
        coordinator=bare in data.coordinators,
        never=fold(stripped) in data.not_party,
        ends_name=stripped in data.currency_codes,
        function=bare in data.function_words,
    )
    if len(_WORDS) >= 50_000:
        _WORDS.clear()
    _WORDS[text] = known
    return known


def _dotted(stripped: str, bare: str, data: Lexicon) -> bool:
    """Whether a word's final full stop belongs to it ("Inc.", "S.A.", "J.") rather than ending a
    sentence. A legal form written out ("Limited.", "Corporation.") ends one: abbreviations only."""
    abbreviation = bare in data.suffixes and len(bare) <= _ABBREVIATION_LETTERS
    return abbreviation or f"{bare}." in data.suffixes or len(stripped) <= 1 or "." in stripped


_ABBREVIATION_LETTERS = 4  # "inc", "corp", "gmbh": a legal form this short is written with a dot


def clear_cache() -> None:
    _WORDS.clear()


def words_in(text: str, start: int, end: int) -> tuple[list[re.Match[str]], list[Word]]:
    """The words of text[start:end], and what the reader knows of each."""
    words = list(WORD.finditer(text, start, end))
    known = _WORDS.get  # words recur: most are known, and the call to word() is skipped
    return words, [known(t) or word(t) for t in [w.group() for w in words]]


def _hyphenated_kind(bare: str, data: Lexicon) -> bool:
    """A word whose part after its last hyphen is a kind of party, a person or a relation, and no
    word that ends names ("Rhein-Klinik" may be a clinic's name)."""
    head, hyphen, tail = bare.rpartition("-")
    if not (head and hyphen and tail) or tail in data.name_heads:
        return False
    glued = any(tail.endswith(h) for h in data.compound_heads)  # "Online-Versandhändler"
    return tail in data.descriptors or tail in data.persons or glued
