"""Reading a company's name out of cased text, forward from a point or backward from one.

The reader knows what a name is made of (capitalised words, legal forms, "&", "de"/"van"/"von"
inside it) and what stands before one without being part of it: articles, descriptions ("the US
firm", "la società americana", "der Streamingdienst"), country words. Where a name is expected
comes from the frames in parties.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.analysis.party_lexicon import Lexicon
from monitor.analysis.party_lexicon import lexicon as _data
from monitor.analysis.text import fold, fold_lower

WORD = re.compile(r"[\w&@'’.\-]+\$?|[(),;:\"“”«»]")  # "R$", "US$": a dollar sign glued to letters
_MAX_NAME_WORDS = 6
# Joining words inside a name: "Hennes & Mauritz", "Università di Esempio", "Bank of Ireland".
_CONNECTORS = frozenset(
    {"&", "de", "di", "del", "della", "van", "von", "der", "du", "des", "of", "da", "do", "dos", "zu"}
)
_PUNCT_END = ".,;:'\"’”"
# A sum written as one word ("6m", "1.2bn", "30,5Mio"): never part of a name.
_SUM = re.compile(r"\d[\d.,]*(?:[mkb]|bn|mn|mio|mrd|md)?", re.IGNORECASE)
# Quotation marks around a name ("“Exempla” fined", "à « Exempla »") are not part of it.
_QUOTES = frozenset('"“”«»')
# A brand written as a web address in lower case ("bol.com", "morele.net") is a name.
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9\-]*\.(?:com|net|org|eu|de|fr|it|es|nl|pl|be|at|ch|ie|io)")
_GRAVE = re.compile(r"(?<=[^\W\d_]{3})([aeiouAEIOU])['’](?!\w)")
_GRAVE_OF = dict(zip("aeiouAEIOU", "àèìòùÀÈÌÒÙ", strict=True))


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
    data = _data()
    stripped = text.rstrip(_PUNCT_END)
    bare = fold_lower(stripped)
    # An elided article glued on ("l'entreprise", "l'américain") leaves the word it stands before;
    # before a word that ends names, that word's capital counts ("l'Università di Esempio").
    elided, _, rest = bare.partition("'")
    glued = bool(rest) and (elided + "'" in data.articles or elided in data.articles)
    bare_word = rest if glued else bare
    head = text[len(elided) + 1 : len(elided) + 2] if glued and rest in data.name_heads else text[:1]
    capital = (
        head.isupper()
        # "23andMe", "1&1": a name may open with a digit (a sum may not).
        or (head.isdigit() and any(c.isalpha() or c == "&" for c in text) and not _SUM.fullmatch(stripped))
        # "eBay", "easyJet": a brand written in camel case, or as its web address.
        or (head.islower() and any(c.isupper() for c in stripped[1:]) and stripped.isalnum())
        or _DOMAIN.fullmatch(stripped) is not None
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
        filler=bare in data.articles or bare.endswith(data.place_words) or text in _QUOTES,
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


def describes_a_party(text: str) -> bool:
    """Whether a text describes someone who may be fined ("the insurer", "una aseguradora")."""
    return any(word(w.group()).descriptor for w in WORD.finditer(text))


def _dotted(stripped: str, bare: str, data: Lexicon) -> bool:
    """Whether a word's final full stop belongs to it ("Inc.", "S.A.", "J.") rather than ending a sentence."""
    return bare in data.suffixes or f"{bare}." in data.suffixes or len(stripped) <= 1 or "." in stripped


def heads_a_name(bare: str) -> bool:
    """Whether a description word may also end a name ("Example Bank", "Beispiel Gruppe")."""
    return bare in _data().name_heads


def is_appositive(phrase: str) -> bool:
    """Whether a lower-case phrase is a noun after which the real target is named ("owner",
    "developer": "Facebook owner Meta", "Replika developer Luka")."""
    return phrase in _data().appositives


def clear_cache() -> None:
    _WORDS.clear()


def words_in(text: str, start: int, end: int) -> tuple[list[re.Match[str]], list[Word]]:
    """The words of text[start:end], and what the reader knows of each."""
    words = list(WORD.finditer(text, start, end))
    known = _WORDS.get  # words recur: most are known, and the call to word() is skipped
    return words, [known(t) or word(t) for t in [w.group() for w in words]]


def _name_span(infos: list[Word], i: int) -> tuple[int, int] | None:
    """The words of a name starting at infos[i]: (first, last) indices, or None."""
    words = infos
    first, last = i, -1
    while i < len(words) and i - first < _MAX_NAME_WORDS:
        info = infos[i]
        # A capitalised country word may open a name ("British Airways"): _skip_filler said so.
        opens = info.name or (i == first and info.country and not info.lower)
        if (info.inside if last >= 0 else opens) and not info.coordinator and not info.ends_name:
            last = i
            if info.ends_clause:
                break
            i += 1
            continue
        if info.connector and last >= 0 and i + 1 < len(words) and infos[i + 1].name:
            i += 1
            continue
        break
    return (first, last) if last >= 0 else None


def _opens_name(infos: list[Word], i: int, last: int) -> bool:
    """Whether a capitalised country word opens the name that follows it ("British Airways",
    "Deutsche Wohnen", "Austrian Post"): straight before a name that is no description. A
    description between them makes it the party's nationality ("the Austrian firm X")."""
    info, nxt = infos[i], (infos[i + 1] if i < last else None)
    before_a_name = nxt is not None and nxt.name and not nxt.descriptor
    return info.country and info.name is False and not info.lower and before_a_name


def _skip_filler(infos: list[Word], i: int) -> int | None:
    """The index of the first word of a name after articles, descriptions and country words."""
    words = infos
    for _ in range(10):
        if i >= len(words):
            return None
        info = infos[i]
        nxt = infos[i + 1] if i + 1 < len(words) else None
        if _opens_name(infos, i, len(words) - 1):
            return i  # "die Deutsche Wohnen", "British Airways": a country word opening a name
        if info.filler or info.country or (info.descriptor and nxt is not None and (nxt.name or nxt.country)):
            i += 1
            continue
        if info.name:
            return i
        if info.lower:
            # Lower-case words are passed only as far as a descriptor ("social media giant").
            found = next(
                (j for j in range(i, min(i + 4, len(words))) if infos[j].lower and infos[j].descriptor),
                -1,
            )
            if found < 0:
                return _after_description(infos, i)
            i = found + 1
            # Romance languages put adjectives after the description: "la società americana X".
            j = i
            while (
                j < min(i + 2, len(words))
                and infos[j].lower
                and not (infos[j].function or infos[j].connector)
            ):
                j += 1
            if j > i and j < len(words) and infos[j].name:
                return j
            continue
        return None
    return None


def _after_description(infos: list[Word], i: int) -> int | None:
    """The name after a description of one or two lower-case words that no list holds
    ("beboet kredietbureau Experian", "multa la compagnia telefonica Wind Tre", "fines data
    broker Acme"): an apposition, as far as a capitalised name follows straight after."""
    j = i
    while (
        j < min(i + 2, len(infos))
        and infos[j].lower
        and not (infos[j].function or infos[j].connector or infos[j].ends_clause)
    ):
        j += 1
    return j if i < j < len(infos) and infos[j].name else None


def read_after(text: str, start: int, end: int) -> str | None:
    """The name that follows text[start:], within text[:end]."""
    # Most frames are followed by no name at all: a short window tells, a longer one reads on.
    stop = min(end, start + 60)
    words, infos = words_in(text, start, stop)
    i = _skip_filler(infos, 0)
    span = _name_span(infos, i) if i is not None else None
    if stop < end and (i is None or span is None or span[1] >= len(words) - 2):
        words, infos = words_in(text, start, min(end, start + 110))
        i = _skip_filler(infos, 0)
        span = _name_span(infos, i) if i is not None else None
    if span is None:
        return None
    # "Facebook owner Meta": the appositive names the party, also capitalised in Title Case.
    inner = next((k for k in range(span[0] + 1, span[1]) if infos[k].bare in _data().appositives), None)
    span = (inner + 1, span[1]) if inner is not None else span
    nxt = span[1] + 1
    for width in (2, 1):
        phrase = " ".join(info.bare for info in infos[nxt : nxt + width])
        if len(words) > nxt + width and phrase in _data().appositives:
            later = _name_span(infos, nxt + width)
            if later:
                span = later
            break
    return clean(text, words, infos, span)


def read_before(text: str, end: int, start: int) -> str | None:
    """The name that ends at text[end], within text[start:]; of two names joined by "and"
    ("Facebook and Netflix were fined"), the first."""
    words, infos = words_in(text, max(start, end - 110), end)
    last = len(words) - 1
    while last >= 0 and words[last].group() in _QUOTES:
        last -= 1  # '"Exempla" fined': the name ends inside its quotation marks
    # "The Acme online shop may pay": a description after the name is passed over.
    if last >= 0 and infos[last].lower and infos[last].descriptor:
        back = last - 1
        while back >= 0 and back > last - 3 and infos[back].lower:
            back -= 1
        if back >= 0 and infos[back].inside:
            last = back
    listed = False  # after "and": the names before may be a list's
    fallback: tuple[int, int] | None = None  # the name read before going back to a list's first
    while True:
        i = last
        while i >= 0 and last - i < _MAX_NAME_WORDS:
            info = infos[i]
            if info.inside and not info.coordinator and (i == last or not info.ends_clause):
                i -= 1
                continue
            if info.connector and i > 0 and infos[i - 1].name:
                i -= 1
                continue
            break
        first = i + 1
        # Leading words that are not the name: "La", "Der Streamingdienst", "In Frankreich".
        # "US-based Example fined": the place is not part of the name either.
        while first <= last and (
            not infos[first].name
            or infos[first].descriptor
            or infos[first].bare.endswith(_data().place_words)
        ):
            if _opens_name(infos, first, last):
                break
            first += 1
        circumstance = first > 0 and infos[first - 1].bare in _data().function_words - _data().articles
        if first > last or (fallback and circumstance):
            # No list's first: "Regulators, Google and Meta", "After Paris, Google and Meta".
            return clean(text, words, infos, fallback) if fallback else None
        if first >= 2 and infos[first - 1].coordinator and infos[first - 2].inside:
            last = first - 2  # the first of two coordinated names
            listed = True
            continue
        if listed and first >= 2 and words[first - 1].group() == "," and infos[first - 2].name:
            fallback, last = (first, last), first - 2  # "Apple, Google and Meta fined": the list's first
            continue
        return clean(text, words, infos, (first, last))


def _hyphenated_kind(bare: str, data: Lexicon) -> bool:
    """A word whose part after its last hyphen is a kind of party, a person or a relation, and no
    word that ends names ("Rhein-Klinik" may be a clinic's name)."""
    head, hyphen, tail = bare.rpartition("-")
    if not (head and hyphen and tail) or tail in data.name_heads:
        return False
    glued = any(tail.endswith(h) for h in data.compound_heads)  # "Online-Versandhändler"
    return tail in data.descriptors or tail in data.persons or glued


def clean(text: str, words: list[re.Match[str]], infos: list[Word], span: tuple[int, int]) -> str | None:
    """The clean name of words[first..last]: without legal form, possessive, quotes or a sum."""
    first, last = span
    while last > first and (infos[last].suffix or infos[last].connector):
        last -= 1  # the clean name is "Clearview AI", not "Clearview AI Inc." ("X & Co.": not "X &")
    if last + 1 < len(infos) and infos[last + 1].bare in _data().persons:
        return None  # "Former Exampla director fined": the person is fined, Exampla employs them
    name = text[words[first].start() : words[last].end()].rstrip(_PUNCT_END)
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    name = " ".join(name.replace('"', " ").replace("“", " ").replace("”", " ").split())
    if "'" in name or "’" in name:
        name = _GRAVE.sub(lambda m: _GRAVE_OF[m.group(1)], name)  # Italian typed "Universita'"
    parts = name.split()
    while parts and (_SUM.fullmatch(parts[0]) or parts[0][0] in "€£$¥"):
        parts.pop(0)  # "€225m WhatsApp fine": the sum before the name is not part of it
    for k, part in enumerate(parts):
        if _SUM.fullmatch(part) or part[0] in "€£$¥":
            parts = parts[:k]  # "Meta €1.2bn": nor is the sum after it
            break
    if parts and parts[-1].endswith(("'s", "’s")):
        parts[-1] = parts[-1][:-2]  # "Amazon's €746m fine"
    # An elided article glued on: "L'Università Bocconi" (but "L'Oréal" alone is a name).
    first_part = parts[0] if parts else ""
    elided = len(first_part) > 3 and first_part[1:2] in ("'", "’") and first_part[2].isupper()
    if elided and first_part[0] in "LlDd" and (first_part[0] in "ld" or len(parts) > 1):
        parts[0] = first_part[2:]
    data = _data()
    if not parts or all(word(p).never for p in parts):
        return None
    head = fold_lower(parts[-1].rstrip(_PUNCT_END))
    # "Face Search Firm", "Bank": a description, not a name (but "Example Bank" is one, and so is
    # "SNCF Réseau" or "TikTok Shop": an acronym or an inner capital is no common word's).
    branded = any(p[1:] != p[1:].lower() and p.isalpha() for p in parts[:-1])
    if head in data.descriptors and (head not in data.name_heads or len(parts) == 1) and not branded:
        return None
    # "den Telekommunikationsanbieter", "Bußgeld gegen Onlinehändler": a glued description
    # names nobody, unless bare and of a kind that names a body ("Belastingdienst krijgt boete").
    glued = len(parts) == 1 and word(parts[0]).descriptor
    if glued and ((first > 0 and infos[first - 1].filler) or not head.endswith(data.body_heads)):
        return None
    if len(parts) == 1 and _opens_description(infos, last):
        return None
    if all(word(p).country for p in parts) or any(_is_court(word(p).bare) for p in parts):
        return None
    return " ".join(parts)


def _opens_description(infos: list[Word], at: int) -> bool:
    """Whether a word and the lower-case words after it are a description of several words,
    its first capitalised by the sentence ("Law firm fined", "Datore di lavoro multato")."""
    phrase = infos[at].bare
    for info in infos[at + 1 : at + 4]:
        if not info.lower:
            break
        phrase += " " + info.bare
        if phrase in _data().descriptors:
            return True
    return False


def _is_court(bare: str) -> bool:
    data = _data()
    return bare in data.courts or bare.endswith(data.court_endings)
