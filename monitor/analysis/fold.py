"""Accent and typography folding that keeps offsets: a folded text has the length of its NFC text."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Typographic variants that feeds mix freely; each maps to ONE character so that offsets in the
# folded text are offsets in the original (targets are cut from the original, with its accents).
_SPECIAL = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u3000": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u0111": "d",
    "\u0110": "D",
    "\u00e6": "a",
    "\u00c6": "A",
    "\u0153": "o",
    "\u0152": "O",
    "\u0131": "i",
    "\u0130": "I",
}


@cache
def _fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _SPECIAL.items()}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if cp in table:
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base
    return table


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Accents off, spaces, quotes and dashes made plain; same length as the NFC text."""
    if text.isascii():
        return text
    return fold_nfc(unicodedata.normalize("NFC", text))


def fold_nfc(text: str) -> str:
    """fold() of a text already in NFC (nfc() of it), without normalising it again."""
    if text.isascii():
        return text
    # A few distinct accented characters per item: replacing each (str.replace, in C) beats
    # str.translate, which walks every character through the mapping.
    table = _fold_table()
    for ch in set(_NON_ASCII.findall(text)):
        plain = table.get(ord(ch))
        if plain is not None:
            text = text.replace(ch, plain)
    return text


def fold_lower(text: str) -> str:
    """fold() then lower case, keeping offsets (a rare lower() that changes length is undone)."""
    folded = fold(text)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded
