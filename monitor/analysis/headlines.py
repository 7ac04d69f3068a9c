"""What a headline carries that is no word of its news: the labels news agencies put before it
("ROUNDUP:", "UPDATE 2-", "EXCLUSIVE-", "WDH:"), cut before the rules read the headline.
"ROUNDUP" as a label is a summary of the day's story; as a word ("privacy roundup") a review."""

from __future__ import annotations

import re
from functools import cache

from monitor.analysis import rules


@cache
def _label() -> re.Pattern[str]:
    labels = sorted(
        {str(w).upper() for w in rules.load("fines").get("wire_labels") or ()}, key=len, reverse=True
    )
    words = "|".join(re.escape(w) for w in labels) or "(?!)"
    # Agencies write the label in capitals, sometimes numbered or with a topic ("ROUNDUP 2/Kreise:"),
    # then a colon, a hyphen or a slash; a capitalised word of the headline is never cut.
    return re.compile(rf"\A\s*(?:{words})(?:\s*\d+)?(?:/[^\s:]+)?\s*[:\-–—/|]\s*")


def without_wire_label(title: str) -> str:
    """The title without a leading agency label, if what follows is a headline of its own."""
    m = _label().match(title)
    return title[m.end() :] if m and title[m.end() :].strip() else title
