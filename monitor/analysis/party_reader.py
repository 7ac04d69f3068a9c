"""Reading a company's name out of cased text, forward from a point or backward from one.

The reader knows what a name is made of (capitalised words, legal forms, "&", "de"/"van"/"von"
inside it) and what stands before one without being part of it: articles, descriptions ("the US
firm", "la società americana", "der Streamingdienst"), country words. Where a name is expected
comes from the frames in parties.py.
"""

from __future__ import annotations

import re

from monitor.analysis.party_lexicon import lexicon as _data
from monitor.analysis.party_words import MAX_NAME_WORDS, PUNCT_END, QUOTES, SUM, WORD, Word, word, words_in
from monitor.analysis.text import fold_lower

_GRAVE = re.compile(r"(?<=[^\W\d_]{3})([aeiouAEIOU])['’](?!\w)")
_GRAVE_OF = dict(zip("aeiouAEIOU", "àèìòùÀÈÌÒÙ", strict=True))


def describes_a_party(text: str) -> bool:
    """Whether a text describes someone who may be fined ("the insurer", "una aseguradora")."""
    return any(word(w.group()).descriptor for w in WORD.finditer(text))


def heads_a_name(bare: str) -> bool:
    """Whether a description word may also end a name ("Example Bank", "Beispiel Gruppe")."""
    return bare in _data().name_heads


def is_appositive(phrase: str) -> bool:
    """Whether a lower-case phrase is a noun after which the real target is named ("owner",
    "developer": "Facebook owner Meta", "Replika developer Luka")."""
    return phrase in _data().appositives


def _name_span(infos: list[Word], i: int) -> tuple[int, int] | None:
    """The words of a name starting at infos[i]: (first, last) indices, or None."""
    words = infos
    first, last = i, -1
    while i < len(words) and i - first < MAX_NAME_WORDS:
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
        if info.bare in _data().subsidiaries and (owner := _owner_after(infos, i + 1)) is not None:
            return owner  # "Tochter von Exempla", "la controllata italiana di Exempla"
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
            j = _past_adjectives(infos, i)
            if j > i and j < len(words) and infos[j].name:
                return j
            continue
        return None
    return None


def _past_adjectives(infos: list[Word], i: int) -> int:
    """Where the words after infos[i - 1] go on once up to two lower-case adjectives are passed
    ("americana", "française"): a function word or a connector is none."""
    j = i
    while j < min(i + 2, len(infos)) and infos[j].lower and not (infos[j].function or infos[j].connector):
        j += 1
    return j


def _owner_after(infos: list[Word], i: int) -> int | None:
    """Where the parent's name begins after a subsidiary noun: past up to two adjectives ("italiana",
    "française") and one connector ("von", "di", "de", "of")."""
    j = _past_adjectives(infos, i)
    if j + 1 < len(infos) and infos[j].connector and infos[j + 1].name:
        return j + 1
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


_MULTIPLIERS = frozenset({"million", "millions", "billion", "billions", "bn", "mn", "m"})


def read_before(text: str, end: int, start: int) -> str | None:
    """The name that ends at text[end], within text[start:]; of two names joined by "and"
    ("Facebook and Netflix were fined"), the first."""
    words, infos = words_in(text, max(start, end - 110), end)
    last = len(words) - 1
    while last >= 0 and words[last].group() in QUOTES:
        last -= 1  # '"Exempla" fined': the name ends inside its quotation marks
    # "upholds Exampla's €746m fine": the sum between a possessive and its fine is passed over.
    sum_end = last
    while sum_end >= 0 and (SUM.fullmatch(words[sum_end].group()) or infos[sum_end].bare in _MULTIPLIERS):
        sum_end -= 1
    if sum_end < last and sum_end >= 0 and words[sum_end].group().endswith(("'s", "’s")):
        last = sum_end
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
        while i >= 0 and last - i < MAX_NAME_WORDS:
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


def clean(text: str, words: list[re.Match[str]], infos: list[Word], span: tuple[int, int]) -> str | None:
    """The clean name of words[first..last]: without legal form, possessive, quotes or a sum."""
    first, last = span
    suffixes = _data().suffixes
    for width in (3, 2):  # a legal form of several words: "X Ireland Unlimited Company"
        if last - width >= first and " ".join(i.bare for i in infos[last - width + 1 : last + 1]) in suffixes:
            last -= width
            break
    while last > first and (infos[last].suffix or infos[last].connector):
        last -= 1  # the clean name is "Clearview AI", not "Clearview AI Inc." ("X & Co.": not "X &")
    if (
        last + 1 < len(infos)
        and infos[last + 1].bare in _data().persons
        and not _unnamed_subsidiary(infos, last + 1)
    ):
        return None  # "Former Exampla director fined": the person is fined, Exampla employs them
    name = text[words[first].start() : words[last].end()].rstrip(PUNCT_END)
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    name = " ".join(name.replace('"', " ").replace("“", " ").replace("”", " ").split()).lstrip("'‘")
    if "'" in name or "’" in name:
        name = _GRAVE.sub(lambda m: _GRAVE_OF[m.group(1)], name)  # Italian typed "Universita'"
    parts = name.split()
    while parts and (SUM.fullmatch(parts[0]) or parts[0][0] in "€£$¥"):
        parts.pop(0)  # "€225m WhatsApp fine": the sum before the name is not part of it
    for k, part in enumerate(parts):
        if SUM.fullmatch(part) or part[0] in "€£$¥":
            parts = parts[:k]  # "Meta €1.2bn": nor is the sum after it
            break
    owner = next((k for k, p in enumerate(parts[:-1]) if p.endswith(("'s", "’s"))), None)
    if owner is not None and all(word(p).country for p in parts[owner + 1 :]):
        parts = parts[: owner + 1]  # "Exampla's French subsidiary": Exampla's, as its owner
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
    head = fold_lower(parts[-1].rstrip(PUNCT_END))
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


def _unnamed_subsidiary(infos: list[Word], at: int) -> bool:
    """Whether infos[at] is a subsidiary noun naming no subsidiary after it: "Exampla's French
    subsidiary" is read as Exampla, "Exampla subsidiary Zephyr" as Zephyr."""
    return infos[at].bare in _data().subsidiaries and not (at + 1 < len(infos) and infos[at + 1].name)


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
