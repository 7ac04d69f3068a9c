"""The fined party, found as a reader finds it: where the grammar of a fine puts it.

Frames in parties.yml say where the name stands, per language, with X for the name:
"fines X" (the object of a fining verb), "X fined" / "X was fined" (the subject of a passive;
auxiliaries between are passed over), "slams X with" (the object inside a verb frame),
"amende ~ à X" (the dative after the fine and its sum), "boete voor X", "X's fine". The name
itself is read by party_reader, and checked by party_checks. Titles rebuilt from URL slugs
have lost their capitals: party_slugs looks the words a frame points at there up, capitalised,
in the summary, else keeps them as they are.
The gazetteer (parties the register and the watch list know) finds names no frame points at.
"""

from __future__ import annotations

import re

from monitor.analysis import authorities
from monitor.analysis.amounts import sums_as_words
from monitor.analysis.gazetteer import Gazetteer, party_key
from monitor.analysis.name_rules import parties_data
from monitor.analysis.party_checks import accept, before_auxiliaries, is_authority
from monitor.analysis.party_finding import HOW, KNOWN, MAX_FRAME_HITS, TOPIC, Finding
from monitor.analysis.party_frames import frames as _frames
from monitor.analysis.party_frames import fronted
from monitor.analysis.party_reader import describes_a_party, read_after, read_before
from monitor.analysis.party_slugs import clear_caches as clear_slug_caches
from monitor.analysis.party_slugs import from_slug, not_name, slug_guesses, slug_only
from monitor.analysis.party_words import clear_cache as clear_reader_cache
from monitor.analysis.party_words import word as reader_word
from monitor.analysis.text import Scan, fold_lower


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
        start = before_auxiliaries(low, m.start(), lo)
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
            name = accept(read_after(text, at, hi))
        elif order == 1:
            name = accept(read_before(text, at, lo) or (_subject(text, at, lo) if head else None))
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
            name = accept(read_after(text, at, hi))
            tail = frames.tails.get(head)
            if name and (tail is None or not _tail_follows(low, text.find(name, at, hi), name, tail, hi)):
                name = None
        if name:
            said = f"{name} {words.strip()}" if order == 1 else f"{words.strip()} {name}"
            return start, Finding(name, HOW[order], said)
    return None


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
        loose, strict = slug_guesses(title, scan)
        found = from_slug(title, text, scan, loose)
        if found is None:
            hit = _first_in(text, scan, lo, len(text))
            found = hit[1] if hit else None
        if found is None and known_parties:
            found = _known(text, low, lo, slug, known_parties)
        if found is None:
            found = slug_only(strict)
    else:
        in_title = _first_in(text, scan, 0, len(title))
        opening = in_title is not None and _only_the_opening_capital(title, summary, in_title[1])
        if in_title is not None and " " not in in_title[1].name and not opening:
            return in_title[1]  # one word: no fuller or plainer name in the summary replaces it
        in_summary = _first_in(text, scan, lo, len(text))
        if opening and summary.strip():
            in_title = None  # a lead that never names it names the party, or nobody is named
        found = _prefer(in_title[1] if in_title else None, in_summary[1] if in_summary else None)
        found = found or _topic(title)
        if in_title is None and in_summary is not None and found is in_summary[1] and known_parties:
            found = _headline_subject(title, low, found, known_parties) or found
    if found is None and known_parties:
        found = _known(text, low, lo, slug, known_parties)
    return found


def _only_the_opening_capital(title: str, summary: str, found: Finding) -> bool:
    """Whether a one-word name is only the headline's first word, capitalised as every headline's
    is, with lower-case words between it and the frame, and never named in the lead: "Dating app
    fined", "Telemarketing selvaggio, multata una compagnia" describe the party the lead names.
    "Exampla online shop fined" over a lead that names Exampla keeps it; so does one over no lead
    at all, and "Exampla fined" (the name right at its frame) over a lead that only describes it."""
    name = found.name
    if " " in name or not title.startswith(name) or title.startswith(found.words):
        return False
    after = title[len(name) :].split(maxsplit=1)
    # What stands between is a description ("app", "firm") or an adjective its comma closes.
    if not after or not after[0].islower() or not (describes_a_party(after[0]) or after[0].endswith(",")):
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", summary):
        before = summary[: m.start()].split()
        if not before or not before[-1][:1].isupper():
            return False  # named on its own ("Exampla's shop"), not inside "Quillon Energy Ltd"
    return True


def _topic(title: str) -> Finding | None:
    """The name a headline opens with as its topic ("Exemple : la CNIL…", "Esempio, multa…"), or
    that is the whole title; or the name that is all a decision's title gives after its colon
    ("Decision on administrative fine: Exampla", "Monetary penalty notice: Exampla Ltd")."""
    marks = [at for mark in parties_data()["headline_topic_marks"] if (at := title.find(mark)) > 0]
    if not marks and title.split() and reader_word(title.rsplit(maxsplit=1)[-1]).suffix:
        marks = [len(title)]  # only a registered name ("X Energy Limited"), as enforcement lists title
    if not marks:
        return None
    topic = title[: min(marks)].strip()
    colon = title.find(": ")
    if colon > 0 and colon == min(marks) and (after := _whole_name(title[colon + 2 :].strip())):
        return Finding(after, TOPIC, title[colon + 2 :].strip())
    name = _whole_name(topic)
    return Finding(name, TOPIC, topic) if name else None


def _whole_name(topic: str) -> str | None:
    """The name a short topic is, all of it ("Privacy, multa" or "Griechenland:" name nobody)."""
    if len(topic.split()) > _MAX_TOPIC_WORDS or any(not_name(fold_lower(w)) for w in topic.split()):
        return None
    name = accept(read_after(topic, 0, len(topic)))
    return name if name is not None and party_key(name) == party_key(topic) else None


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


def _headline_subject(title: str, low: str, in_summary: Finding, gazetteer: Gazetteer) -> Finding | None:
    """A known party that opens a headline no frame reads, over a name the summary's frame points
    at that the app does not know: the headline's subject is the news's party ("Exampla used
    face scans without consent, says watchdog" over "hands its boss a record fine"); a nickname,
    a person or a product in a lead's idiom is no party of its own. "Exampla-style firm" names
    another."""
    if gazetteer.find(fold_lower(in_summary.name), in_summary.name):
        return None
    hits = gazetteer.find(low[: len(title)], title)
    if not hits or title[: hits[0].start].strip() or title[hits[0].end : hits[0].end + 1] == "-":
        return None
    said = title[hits[0].start : hits[0].end]
    return Finding(said, KNOWN, said)


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
    is_authority.cache_clear()
    clear_slug_caches()
