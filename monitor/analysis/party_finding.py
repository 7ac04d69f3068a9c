"""What found the fined party, in the words of parties.yml: shown by `monitor analyze --explain`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """The party and how it was found, for `monitor analyze --explain`."""

    name: str
    rule: str  # the kind of rule, as a place in parties.yml ("frames: the object of a fining verb")
    words: str  # the item's words the rule matched, the name included


# What each kind of frame hit stands for, in the words of parties.yml.
HOW = (
    'parties.yml frames: the object of a fining verb ("fines X", "amende ~ à X")',
    'parties.yml frames: the subject of a passive ("X fined", "X multata")',
    'parties.yml frames: the object inside a verb frame ("slams X with", "geeft X ~ *boete")',
)

TOPIC = 'parties.yml headline_topic_marks: the name that is a headline\'s topic ("X: …", "X, …")'
SLUG = "parties.yml frames in a slug title, the name as the summary capitalises it"
SLUG_ONLY = "parties.yml frames in a slug title, the name by its place (before a number or a function word)"
KNOWN = "the gazetteer: a party of the register or the watch list"

# A report names its party in its first few fining frames; a hostile text repeating a fining word
# thousands of times had every one read (95 ms for "fine " x 10,000): the first forty are read.
MAX_FRAME_HITS = 40
