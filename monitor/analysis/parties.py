"""The fined party, found as a reader finds it: where the grammar of a fine puts it.

Frames in parties.yml say where the name stands, per language, with X for the name:
"fines X" (the object of a fining verb), "X fined" / "X was fined" (the subject of a passive;
auxiliaries between are passed over), "slams X with" (the object inside a verb frame),
"amende ~ à X" (the dative after the fine and its sum), "boete voor X", "X's fine". The name
itself is read by party_reader. Titles rebuilt from URL slugs have lost their capitals: the
words a frame points at there are looked up, capitalised, in the summary, else kept as they are.
The gazetteer (parties the register and the watch list know) finds names no frame points at.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.analysis import authorities
from monitor.analysis.amounts import sums_as_words
from monitor.analysis.gazetteer import Gazetteer, party_key
from monitor.analysis.name_rules import parties_data
from monitor.analysis.party_finding import HOW, KNOWN, MAX_FRAME_HITS, SLUG, SLUG_ONLY, TOPIC, Finding
from monitor.analysis.party_frames import frames as _frames
from monitor.analysis.party_frames import fronted
from monitor.analysis.party_reader import clear_cache as clear_reader_cache
from monitor.analysis.party_reader import heads_a_name, is_appositive, read_after, read_before
from monitor.analysis.party_reader import word as reader_word
from monitor.analysis.text import Scan, fold_lower


@lru_cache(maxsize=4096)
def _is_authority(name: str) -> bool:
    """Whether a would-be party is an authority ("the CNIL", "Irish DPC")."""
    return authorities.find_authority(fold_lower(name)) is not None


def _accept(name: str | None) -> str | None:
    if not name or _is_authority(name):
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
    return None if authorities.describes_only(low) else name  # "Protezione Dati Personali"


def _first_in(text: str, scan: Scan, lo: int, hi: int) -> tuple[int, Finding] | None:
    """The first name (and where its frame starts) that a frame points at in text[lo:hi]."""
    frames = _frames()
    low = scan.text
    joined = sums_as_words(scan)  # "multa da un miliardo e 200 milioni a X": the sum is one word
    # (start, order, where the name is, the middle head, the frame's own words)
    hits: list[tuple[int, int, int, str, str]] = []
    # Overlapping: a frame inside a longer one that names nobody may name the party
    # ("sanction de 2 M€ à" + "à l'encontre de X").
    for m in frames.after.findall(joined, lo, hi, overlapping=True):
        hits.append((m.start(), 0, m.end(), "", text[m.start() : m.end()]))
    for m in frames.before.findall(joined, lo, hi):
        start = _before_auxiliaries(low, m.start(), lo)
        # An authority straight before a bare verb is its subject ("years after regulators
        # fined the firm"): the sentence's opening word is then no party. Else the subject may
        # stand further back ("X, noto ateneo, è stata denunciata e successivamente multata").
        active = start == m.start() and authorities.ends_with_regulator(text[max(lo, start - 60) : start])
        far = "" if active else "far"
        hits.append((start, 1, start, far, text[start : m.end()]))
    for m in frames.middle.findall(joined, lo, hi):
        hits.append((m.start(), 2, m.end(), " ".join(m.group().split()), text[m.start() : m.end()]))
    spans: list[tuple[int, int]] | None = None
    for start, order, at, head, words in sorted(hits)[:MAX_FRAME_HITS]:
        if order == 0:
            name = _accept(read_after(text, at, hi))
        elif order == 1:
            name = _accept(read_before(text, at, lo) or (_subject(text, at, lo) if head else None))
            if name and fronted(low, text.rfind(name, lo, at), name):
                name = None
            if name:
                # "Information Commissioner's Office has fined": a part of an authority's
                # name read backward is no party either.
                spans = authorities.mention_spans(scan) if spans is None else spans
                where = text.rfind(name, lo, at)
                if any(s < where + len(name) and where < e for s, e in spans):
                    name = None
        else:
            name = _accept(read_after(text, at, hi))
            tail = frames.tails.get(head)
            if name and (tail is None or not _tail_follows(low, text.find(name, at, hi), name, tail, hi)):
                name = None
        if name:
            said = f"{name} {words.strip()}" if order == 1 else f"{words.strip()} {name}"
            return start, Finding(name, HOW[order], said)
    return None


_LAST_WORD = re.compile(r"([\w']+)[^\S\n]+$")
# A number in a slug, with a multiplier or "e" for € glued on ("2", "31m", "e1bn", "15mila");
# "23andme" is a name.
_SLUG_NUMBER = re.compile(r"e?\d+(?:k|m|mn|bn|b|mln|mld|mrd|mio|mila)?")


def _before_auxiliaries(low: str, start: int, lo: int) -> int:
    """Where a passive begins, its auxiliaries included: "Clearview AI was fined",
    "la società è stata multata", "a été sanctionnée" (the name ends before "was")."""
    auxiliaries = _frames().auxiliaries
    for _ in range(3):
        m = _LAST_WORD.search(low, max(lo, start - 16), start)
        if m is None or m.group(1) not in auxiliaries:
            break
        start = m.start()
    return start


def _subject(text: str, at: int, lo: int) -> str | None:
    """The subject that opens the sentence of a passive when words stand between them:
    "L'Università X, noto ateneo milanese, è stata … multata"."""
    stop = text.rfind(". ", lo, at)
    start = max(stop + 2 if stop >= 0 else lo, text.rfind("\n", lo, at) + 1, lo)
    if at - start > 140:
        return None
    return read_after(text, start, at)


def _tail_follows(low: str, at: int, name: str, tail: re.Pattern[str], hi: int) -> bool:
    return at >= 0 and tail.match(low, at + len(name), min(hi, at + len(name) + 160)) is not None


@lru_cache(maxsize=4096)
def _summary_pattern(guess: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(re.escape(w) for w in guess) + r"(?!\w)")


def _slug_guesses(title: str, scan: Scan) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Words a frame points at in a lower-case title, longest first: ("british", "airways"),
    ("british",); and those of them whose place leaves no doubt (see _slug_only)."""
    frames = _frames()
    low = scan.text
    stop = frames.function_words
    end = len(title)
    loose: list[tuple[int, tuple[str, ...]]] = []
    strict: list[tuple[int, tuple[str, ...]]] = []
    joined = sums_as_words(scan)  # a sum is one word in a frame's gap, as in cased text
    heads = [m.end() for m in frames.after_glued.findall(joined, 0, end, overlapping=True)]
    heads += [m.end() for m in frames.middle.findall(joined, 0, end)]
    for at in sorted(heads):
        words = low[at:end].split()[:5]
        while len(words) > 1 and words[0] in frames.articles:
            words.pop(0)
        body = _named_by_place(words)
        if body is not None:
            loose.append((at, body))
            strict.append((at, body))
            continue
        # "contre la societe cegedim": articles and descriptions before the name are passed,
        # and a description ending in its noun ("facial recognition firm clearview").
        while len(words) > 1 and (words[0] in frames.articles or reader_word(words[0]).descriptor):
            words.pop(0)
        described = [k for k, w in enumerate(words[:4]) if reader_word(w).descriptor and not heads_a_name(w)]
        if described and described[-1] + 1 < len(words) and not _not_name(words[described[-1] + 1]):
            words = words[described[-1] + 1 :]
        kept = _after_appositive(_until_stop(words, stop))
        after = words[1] if len(words) > 1 else None
        lone = not kept and bool(words) and words[0] in frames.lone_prepositions
        if lone and (after is None or after in stop):
            kept = words[:1]  # "sanziona uber per …": no preposition stands before another one
        elif lone and _SLUG_NUMBER.fullmatch(after or ""):
            # "fines uber 10 million": a name only if the summary capitalises it, for German
            # puts "über" before a sum ("muss über 10 Millionen zahlen").
            loose.append((at, (words[0],)))
        loose += [(at, tuple(kept[:n])) for n in (3, 2, 1) if len(kept) >= n]
        # A country word after the name is the place ("fur meta irland verhangt"), not the name.
        while len(kept) > 1 and authorities.is_country(kept[-1]):
            kept.pop()
        # Doubtless: the name ends at a number, a function word or the end of the title (three
        # words only before a number or a function word: "ing bank slaski 18 million"; at the
        # end they are as often the reason: "record fine for keeping face templates").
        ends = len(kept) == len(words) or _not_name(words[len(kept)])
        fits = len(kept) <= 2 or (len(kept) == 3 and len(kept) < len(words))
        if kept and ends and fits:
            strict.append((at, tuple(kept)))
    for m in frames.before_slug.findall(joined, 0, end):
        words = low[: _before_auxiliaries(low, m.start(), 0)].split()[-4:]
        if any(_names_authority(words[k:]) for k in range(len(words))) or authorities.ends_with_regulator(
            " ".join(words)
        ):
            continue  # "the dutch dpa fined example", "privacywaakhond beboet": the authority acts
        kept = _after_appositive(list(reversed(_until_stop(list(reversed(words)), stop))))
        if not kept and words and words[-1] in frames.lone_prepositions:
            kept = words[-1:]  # "uber fined": a preposition needs an object, so it is a name here
        # "google en amazon krijgen": of two names, the first.
        before = words[: len(words) - len(kept)]
        if before and before[-1] in frames.coordinators:
            kept = list(reversed(_until_stop(list(reversed(before[:-1])), stop))) or kept
            before = words[: len(words) - len(kept) - 2]
        at = m.start() - 1 - len(" ".join(kept))
        for n in (3, 2, 1):
            if len(kept) >= n:
                loose.append((at, tuple(kept[-n:])))
                ahead = [*before, *kept[: len(kept) - n]]
                # Doubtless: the name opens the title or follows a function word or a word
                # that is never a name (a kicker: "gdpr example fined").
                if not ahead or ahead[-1] in stop or _not_name(ahead[-1]):
                    strict.append((at, tuple(kept[-n:])))
    # The earliest name wins, and of one place the longest (sorted is stable).
    return (
        [guess for _at, guess in sorted(loose, key=lambda p: p[0])],
        [guess for _at, guess in sorted(strict, key=lambda p: p[0])],
    )


_PLACE_OF = frozenset({"di", "de", "del", "du", "of"})


def _named_by_place(words: list[str]) -> tuple[str, ...] | None:
    """ "comune di trento", "ayuntamiento de ejemplo": in a slug, a body whose name is a
    name_heads word, "of" and its place (parties.yml name_heads)."""
    if len(words) >= 3 and heads_a_name(words[0]) and words[1] in _PLACE_OF and not _not_name(words[2]):
        return tuple(words[:3])
    return None


def _names_authority(words: list[str]) -> bool:
    name = " ".join(words)
    return _is_authority(name) or authorities.describes_only(name)


def _until_stop(words: list[str], stop: frozenset[str]) -> list[str]:
    for k, w in enumerate(words):
        if w in stop or _SLUG_NUMBER.fullmatch(w):
            return words[:k]
    return words


def _after_appositive(words: list[str]) -> list[str]:
    """ "replika developer luka": the name after an appositive noun is the target."""
    for k in range(len(words) - 1):
        if is_appositive(words[k]):
            return words[k + 1 :]
    return words


def _from_slug(title: str, text: str, scan: Scan, guesses: list[tuple[str, ...]]) -> Finding | None:
    """A lower-case title ("la cnil sanctionne criteo ...") points at words the summary capitalises;
    failing that, at words that are a name by their place alone ("francia multa google")."""
    lo = len(title) + 1
    summary = scan.text[lo:]
    for guess in dict.fromkeys(guesses):
        if guess[0] not in summary:
            continue  # the summary does not hold the guess's first word (a quick look first)
        for hit in _summary_pattern(guess).finditer(scan.text, lo):
            if text[hit.start()].isupper():
                name = _accept(read_after(text, hit.start(), len(text)))
                if name:
                    return Finding(name, SLUG, " ".join(guess))
    return None


def _slug_only(guesses: list[tuple[str, ...]]) -> Finding | None:
    """Words a frame points at in a lower-case title that the summary does not name: kept as
    they are when their place leaves no doubt (they open the title, or stand between the frame
    and a number or a function word: "italia multa ejemplo 20 millones")."""
    for guess in guesses:
        if _named_by_place(list(guess)) == guess:
            head, of, place = guess
            return Finding(f"{head.capitalize()} {of} {place.capitalize()}", SLUG_ONLY, " ".join(guess))
        # Inside a name a country word may stand ("Amazon France Logistique"), and open it
        # before a word that is no description ("deutsche wohnen", not "spanish bank"); a word
        # never a name alone may end one ("Clearview AI").
        last = guess[-1] in _frames().not_party and len(guess) > 1 and not authorities.is_country(guess[-1])
        opens = len(guess) > 1 and authorities.is_country(guess[0]) and not _not_name(guess[1])
        # A lone preposition is in the guesses only where it stands before a verb, as a name.
        lone = len(guess) == 1 and guess[0] in _frames().lone_prepositions
        if not lone and (
            (_not_name(guess[0]) and not opens)
            or (_not_name(guess[-1]) and not last)
            or any(w in _frames().function_words for w in guess)
        ):
            continue
        name = " ".join(w[:1].upper() + w[1:] for w in guess)
        if len(name) > 2 and _accept(name):
            return Finding(name, SLUG_ONLY, " ".join(guess))
    return None


@lru_cache(maxsize=4096)
def _not_name(word: str) -> bool:
    """Whether a lower-case word of a slug cannot be (part of) a name: a country, a word that is
    never a party ("million", "euro"), a function word."""
    return (
        authorities.is_country(word)
        or word in _frames().function_words
        or word in _frames().not_party
        or _SLUG_NUMBER.fullmatch(word) is not None
        or reader_word(word).descriptor
    )


def _is_slug(title: str) -> bool:
    return title == title.lower()  # no capital left: a title rebuilt from a URL


def find_party(
    title: str, summary: str, *, known_parties: Gazetteer | None = None, scan: Scan | None = None
) -> str | None:
    """The party a fine or an order is aimed at, from an item's NFC title and summary.

    known_parties: parties the app already knows (the register's and the watch list's); one of
    them named where no frame points is taken, spelt as the text spells it. scan: the Scan of
    fold_lower(f"{title}\n{summary}") when the caller has made it (the engine has).
    """
    found = explain_party(title, summary, known_parties=known_parties, scan=scan)
    return found.name if found else None


def explain_party(
    title: str, summary: str, *, known_parties: Gazetteer | None = None, scan: Scan | None = None
) -> Finding | None:
    """find_party(), with the rule that found the party and the words it matched."""
    text = f"{title}\n{summary}"
    if scan is None:
        scan = Scan(fold_lower(text))
    low = scan.text
    lo = len(title) + 1
    slug = _is_slug(title)
    found: Finding | None = None
    if slug:
        loose, strict = _slug_guesses(title, scan)
        found = _from_slug(title, text, scan, loose)
        if found is None:
            hit = _first_in(text, scan, lo, len(text))
            found = hit[1] if hit else None
        if found is None and known_parties:
            found = _known(text, low, lo, slug, known_parties)
        if found is None:
            found = _slug_only(strict)
    else:
        in_title = _first_in(text, scan, 0, len(title))
        if in_title is not None and " " not in in_title[1].name:
            return in_title[1]  # one word: no fuller or plainer name in the summary replaces it
        in_summary = _first_in(text, scan, lo, len(text))
        found = _prefer(in_title[1] if in_title else None, in_summary[1] if in_summary else None)
        found = found or _topic(title)
    if found is None and known_parties:
        found = _known(text, low, lo, slug, known_parties)
    return found


def _topic(title: str) -> Finding | None:
    """The name a headline opens with as its topic ("Exemple : la CNIL…", "Esempio, multa…"), or
    that is the whole title."""
    marks = [at for mark in parties_data()["headline_topic_marks"] if (at := title.find(mark)) > 0]
    if not marks and title.split() and reader_word(title.rsplit(maxsplit=1)[-1]).suffix:
        marks = [len(title)]  # only a registered name ("X Energy Limited"), as enforcement lists title
    if not marks:
        return None
    topic = title[: min(marks)].strip()
    # The whole topic is the name: "Privacy, multa" or "Griechenland:" name nobody.
    if len(topic.split()) > _MAX_TOPIC_WORDS or any(_not_name(fold_lower(w)) for w in topic.split()):
        return None
    name = _accept(read_after(topic, 0, len(topic)))
    if name is None or party_key(name) != party_key(topic):
        return None
    return Finding(name, TOPIC, topic)


_MAX_TOPIC_WORDS = 4


def _prefer(in_title: Finding | None, in_summary: Finding | None) -> Finding | None:
    """The title's name, unless the summary names the same party more fully or more simply:
    "Clearview IA" / "Clearview AI", a kicker glued on ("Datenschutzverstöße H&M") / "H&M"."""
    if in_title and in_summary and in_title.name != in_summary.name:
        title_name, summary_name = in_title.name, in_summary.name
        if party_key(title_name) == party_key(summary_name):
            return in_summary
        if len(title_name.split()) > len(summary_name.split()) and title_name.endswith(summary_name):
            return in_summary
    return in_title or in_summary


def _known(text: str, low: str, lo: int, slug: bool, gazetteer: Gazetteer) -> Finding | None:
    """A known party named in the title, else in the summary, spelt as the text spells it."""
    hits = gazetteer.find(low[: lo - 1], None if slug else text[: lo - 1])
    hits += [h for h in gazetteer.find(low, text) if h.start >= lo]
    for hit in hits:
        said = text[hit.start : hit.end]
        if slug and hit.end < lo:
            return Finding(gazetteer.display(hit.name), KNOWN, said)
        return Finding(said, KNOWN, said)
    return None


def clear_caches() -> None:
    clear_reader_cache()
    _is_authority.cache_clear()
    _summary_pattern.cache_clear()
    _not_name.cache_clear()
