"""Everything taken from feedparser, in one place: its parse, our date hook, and the private helpers
the lxml reader (fast.py) must apply exactly as feedparser does.

The only feedparser import. The private names (`_FeedParserMixin.looks_like_html`, `urls._urljoin`,
`html._cp1252`, `_BaseHTMLProcessor.elements_no_end_tag`) are stable within 6.0.x, which
pyproject.toml pins (<6.1); tests/test_parse_agreement.py fails when a new feedparser reads a
fixture otherwise than fast.py does.
"""

from __future__ import annotations

import codecs
import re
import time
from collections.abc import Mapping
from typing import Any

import feedparser
import feedparser.html
import feedparser.mixin
import feedparser.urls

from monitor import dates

looks_like_html = feedparser.mixin._FeedParserMixin.looks_like_html
safe_absolute_uri = feedparser.urls.make_safe_absolute_uri
urljoin = feedparser.urls._urljoin
CP1252: Mapping[int, str] = feedparser.html._cp1252
VOID_ELEMENTS = frozenset(feedparser.html._BaseHTMLProcessor.elements_no_end_tag)


def _localised_date(value: str) -> time.struct_time | None:
    # feedparser reads English RFC 822 and ISO dates only; feeds in other languages localise the
    # day and month names ("jeu., 06 janv. 2022"). Unread, such a date became "no date" at best.
    moment = dates.parse_date(value)
    return moment.utctimetuple() if moment is not None else None


feedparser.registerDateHandler(_localised_date)

_SURROGATE_REFS = re.compile(rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*5[5-7][0-9]{3});")
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding=['\"]([A-Za-z0-9._:-]{1,40})['\"]")
_CHARSET = re.compile(r";\s*charset=[\"']?([A-Za-z0-9._:-]{1,40})", re.IGNORECASE)


def _replace_surrogate_ref(match: re.Match[bytes]) -> bytes:
    ref = match.group(0)[2:-1]
    code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else match.group(0)


def lies_about_utf8(body: bytes, content_type: str | None) -> bool:
    """Whether a declared charset (header or XML declaration) cannot be the one of these UTF-8 bytes.

    Read under a wrong multi-byte or EBCDIC charset (a header's "utf-16", an "encoding='cp500'"),
    the document's own "<?xml" or "<rss" turns to garbage and feedparser finds nothing; decided
    before parsing, so the document is read once, as what it really is.
    """
    head = body[:64].removeprefix(codecs.BOM_UTF8).lstrip()
    if not head.startswith(b"<"):
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    declared = [m.group(1) for m in (_CHARSET.search(content_type or ""),) if m]
    declared += [m.group(1).decode("ascii") for m in (_XML_ENCODING.match(head),) if m]
    for name in declared:
        try:
            codec = codecs.lookup(name)
        except LookupError:
            continue  # feedparser falls back on its own
        # Real UTF-16 without a BOM is valid UTF-8 too (NUL bytes), but reads "<" under its name.
        if not codec.decode(head, "replace")[0].lstrip("\ufeff").startswith("<"):
            return True
    return False


def read(body: bytes, url: str, content_type: str | None) -> dict[str, Any]:
    """feedparser's result for a document: relative links resolved, HTML left for nh3 (sanitise.py)."""
    if lies_about_utf8(body, content_type):
        content_type = "application/xml; charset=utf-8"
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    if b"&#" in body:
        # feedparser's loose parser raises on a character reference to a surrogate ("&#xD800;"),
        # which would cost the whole feed; such a reference can only be the replacement character.
        body = _SURROGATE_REFS.sub(_replace_surrogate_ref, body)
    result: dict[str, Any] = feedparser.parse(
        body, response_headers=headers, resolve_relative_uris=True, sanitize_html=False
    )
    return result
