"""Escaping for every output channel: the terminal, notification markup, Qt rich text, CSV cells, XML.

Whatever a feed, a server or a file says is shown through one of these, at the moment it is shown:
text is stored as it came, and each channel neutralises what would act in it (a terminal escape, a
markup tag, a spreadsheet formula, a character XML cannot carry). One module, so every caller
escapes the same way and a new attack is fixed once.
"""

from __future__ import annotations

import html
import re

# C0 controls, DEL and C1 controls (U+0080-U+009F: an 8-bit CSI is U+009B) act in terminals.
_C0 = "\x00-\x08\x0b-\x1f\x7f"
_C1 = "\x80-\x9f"
# Bidirectional embeddings, overrides and isolates reorder what follows them: "gpj.exe" shown as
# "exe.jpg". The marks (LRM, RLM, ALM) only nudge neutral characters and are left alone.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_TERMINAL_BAD = re.compile(f"[{_C0}{_C1}{_BIDI}\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029\x85]+")
# Characters XML 1.0 cannot carry at all (lone surrogates come from files read with surrogateescape).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What makes a spreadsheet read a cell as a formula (OWASP's list, plus the full-width forms that
# East Asian input methods type and some spreadsheets accept as the same operators).
_FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_JSON_BAD = re.compile(f"[\x7f{_C1}{_BIDI}\u2028\u2029]")


def _picture(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # U+241B "␛" for ESC: visible, inert
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def terminal(text: object, *, one_line: bool = True) -> str:
    """Text safe to print on a terminal: no escape sequence, control character or bidi override acts.

    Controls become their visible Control Pictures (ESC shows as ␛), so a hostile title is seen for
    what it is rather than silently changed. With `one_line`, tabs and line breaks become one space,
    so a cell cannot break a table.
    """
    value = "" if text is None else str(text)
    if value.isascii() and value.isprintable():
        return value  # U+0020-U+007E: neither pattern below can match (most cells of a table)
    if one_line:
        value = _LINE_BREAKS.sub(" ", value)
    else:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        keep_newlines = value.split("\n")
        return "\n".join(_TERMINAL_BAD.sub(_picture, line.replace("\t", " ")) for line in keep_newlines)
    return _TERMINAL_BAD.sub(_picture, value)


def terminal_json(text: str) -> str:
    """A JSON document safe on a terminal: C1 controls and bidi overrides written as \\u escapes.

    json.dumps escapes C0 controls itself but, with ensure_ascii=False, writes C1 and bidi
    characters raw; as escapes the JSON means exactly the same.
    """
    return _JSON_BAD.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def markup(text: object) -> str:
    """Text for a notification body that the server reads as markup (the `body-markup` capability).

    The Desktop Notifications spec's markup is a small XML subset: escaping &, < and > makes every
    tag and entity literal text; characters XML cannot carry are dropped so the body still parses.
    """
    return html.escape(xml_text(text), quote=False)


def rich_text_literal(text: object) -> str:
    """Text shown verbatim where a toolkit guesses rich text from the content (Qt tool tips).

    A tool tip cannot be told "plain text", so the text is escaped and wrapped in a paragraph that
    keeps its line breaks: the toolkit then renders it as written, never as markup.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(xml_text(text), quote=False) + "</p>"


def xml_text(text: object) -> str:
    """Text without the characters XML 1.0 cannot carry (feeds do send control characters)."""
    return _XML_ILLEGAL.sub("", "" if text is None else str(text))


def html_text(text: object) -> str:
    """Text for an HTML or XML document, in element content or a quoted attribute alike.

    &, <, >, " and ' become references, so no tag, entity or attribute can start inside it, and
    characters XML cannot carry are dropped, so the same text serves XHTML and SVG.
    """
    return html.escape(xml_text(text), quote=True)


def csv_cell(text: str) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading ' when it could start a formula.

    Applied to the final cell text, after lists are joined, and looking past leading spaces, which
    some spreadsheets skip before reading an operator.
    """
    stripped = text.lstrip(" \u00a0\u3000")
    if (stripped and stripped[0] in _FORMULA_START) or text[:1] in _FORMULA_START:
        return "'" + text
    return text
