"""The fined party in a title rebuilt from a URL slug (no capitals, no punctuation): the words
a frame points at, looked up capitalised in the summary, else kept where their place leaves no
doubt ("italia multa ejemplo 20 millones")."""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.analysis import authorities
from monitor.analysis.amounts import sums_as_words
from monitor.analysis.party_checks import accept, before_auxiliaries, is_authority
from monitor.analysis.party_finding import SLUG, SLUG_ONLY, Finding
from monitor.analysis.party_frames import frames as _frames
from monitor.analysis.party_reader import heads_a_name, is_appositive, read_after
from monitor.analysis.party_words import word as reader_word
from monitor.analysis.text import Scan

# A number in a slug, with a multiplier or "e" for € glued on ("2", "31m", "e1bn", "15mila");
# "23andme" is a name.
_SLUG_NUMBER = re.compile(r"e?\d+(?:k|m|mn|bn|b|mln|mld|mrd|mio|mila)?")


@lru_cache(maxsize=4096)
def _summary_pattern(guess: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(re.escape(w) for w in guess) + r"(?!\w)")


def slug_guesses(title: str, scan: Scan) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Words a frame points at in a lower-case title, longest first: ("british", "airways"),
    ("british",); and those of them whose place leaves no doubt (see slug_only)."""
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
        indefinite = bool(words) and words[0] in frames.indefinite
        while len(words) > 1 and words[0] in frames.articles:
            words.pop(0)
        body = _named_by_place(words)
        if body is not None:
            loose.append((at, body))
            strict.append((at, body))
            continue
        # "contre la societe cegedim": articles and descriptions before the name are passed,
        # and a description ending in its noun ("facial recognition firm clearview").
        described_first = len(words) > 1 and reader_word(words[0]).descriptor
        while len(words) > 1 and (words[0] in frames.articles or reader_word(words[0]).descriptor):
            words.pop(0)
        if indefinite and described_first:
            continue  # "a una clinica dental": a kind and its adjective, nobody named
        described = [k for k, w in enumerate(words[:4]) if reader_word(w).descriptor and not heads_a_name(w)]
        if described and described[-1] + 1 < len(words) and not not_name(words[described[-1] + 1]):
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
        ends = len(kept) == len(words) or not_name(words[len(kept)])
        fits = len(kept) <= 2 or (len(kept) == 3 and len(kept) < len(words))
        if kept and ends and fits:
            strict.append((at, tuple(kept)))
    for m in frames.before_slug.findall(joined, 0, end):
        words = low[: before_auxiliaries(low, m.start(), 0)].split()[-4:]
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
                if not ahead or ahead[-1] in stop or not_name(ahead[-1]):
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
    if len(words) >= 3 and heads_a_name(words[0]) and words[1] in _PLACE_OF and not not_name(words[2]):
        return tuple(words[:3])
    return None


def _names_authority(words: list[str]) -> bool:
    name = " ".join(words)
    return is_authority(name) or authorities.describes_only(name)


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


def from_slug(title: str, text: str, scan: Scan, guesses: list[tuple[str, ...]]) -> Finding | None:
    """A lower-case title ("la cnil sanctionne criteo ...") points at words the summary capitalises;
    failing that, at words that are a name by their place alone ("francia multa google")."""
    lo = len(title) + 1
    summary = scan.text[lo:]
    for guess in dict.fromkeys(guesses):
        if guess[0] not in summary:
            continue  # the summary does not hold the guess's first word (a quick look first)
        for hit in _summary_pattern(guess).finditer(scan.text, lo):
            if text[hit.start()].isupper():
                name = accept(read_after(text, hit.start(), len(text)))
                if name:
                    return Finding(name, SLUG, " ".join(guess))
    return None


def slug_only(guesses: list[tuple[str, ...]]) -> Finding | None:
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
        opens = len(guess) > 1 and authorities.is_country(guess[0]) and not not_name(guess[1])
        # A lone preposition is in the guesses only where it stands before a verb, as a name.
        lone = len(guess) == 1 and guess[0] in _frames().lone_prepositions
        if not lone and (
            (not_name(guess[0]) and not opens)
            or (not_name(guess[-1]) and not last)
            or any(w in _frames().function_words for w in guess)
        ):
            continue
        name = " ".join(w[:1].upper() + w[1:] for w in guess)
        if len(name) > 2 and accept(name):
            return Finding(name, SLUG_ONLY, " ".join(guess))
    return None


@lru_cache(maxsize=4096)
def not_name(word: str) -> bool:
    """Whether a lower-case word of a slug cannot be (part of) a name: a country, a word that is
    never a party ("million", "euro"), a function word."""
    return (
        authorities.is_country(word)
        or word in _frames().function_words
        or word in _frames().not_party
        or _SLUG_NUMBER.fullmatch(word) is not None
        or reader_word(word).descriptor
    )


def clear_caches() -> None:
    _summary_pattern.cache_clear()
    not_name.cache_clear()
