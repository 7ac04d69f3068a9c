"""The values of the lxml reader (fast.py): the document's encoding, HTML values, dates, each exactly
as feedparser would give them, or Decline.
"""

from __future__ import annotations

import calendar
import codecs
import html.entities
import re
import time

from monitor import dates
from monitor.parse import feedparser_bridge as upstream


class Decline(Exception):
    """The document holds something this reader does not reproduce with certainty."""


_XML_PI_ENCODING = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")
DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def encoding(body: bytes, content_type: str | None) -> tuple[bytes, str, str | None]:
    """The bytes without BOM, the codec both feedparser and libxml2 use, and feedparser's bozo; or Decline.

    feedparser picks the encoding from the HTTP header first (RFC 3023), libxml2 from the document;
    only when they agree, on UTF-8 or Latin-1, is the text the same.
    """
    if body[:3] == codecs.BOM_UTF8:
        body = body[3:]
    elif body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4] or body[:4] == b"\x4c\x6f\xa7\x94":
        raise Decline("UTF-16/32 or EBCDIC")
    match = _XML_PI_ENCODING.match(body)
    xml_encoding = match.group(1).decode("utf-8", "replace").lower() if match else ""
    bozo = None
    mime, charset = "", ""
    if content_type is None:
        chosen = xml_encoding or "iso-8859-1"
        bozo = "NonXMLContentType: no Content-type specified"
        if not xml_encoding and not body.isascii():
            raise Decline("no declared encoding: feedparser reads Latin-1, libxml2 UTF-8")
    else:
        chunks = content_type.split(";")
        mime = chunks[0].strip()
        for chunk in chunks[1:]:
            key, _, value = chunk.partition("=")
            if key.strip().lower() == "charset":
                charset = value.strip().strip("\"'")
        if mime == "application/xml" or (mime.startswith("application/") and mime.endswith("+xml")):
            chosen = charset or xml_encoding or "utf-8"
        elif mime == "text/xml" and charset:
            chosen = charset
        else:
            raise Decline(f"content type {content_type}")
    try:
        codec = codecs.lookup(chosen).name
        declared = codecs.lookup(xml_encoding or "utf-8").name
    except LookupError:
        raise Decline("unknown encoding") from None
    if codec != declared or codec not in ("utf-8", "iso8859-1"):
        raise Decline(f"encoding {chosen} / {xml_encoding}")
    if codec == "utf-8":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            raise Decline("not UTF-8") from None  # feedparser would try other encodings
    return body, codec, bozo


# --- HTML values ---------------------------------------------------------------------------------------

# The subset of HTML whose re-serialisation by feedparser's sgmllib processor changes nothing nh3 sees
# but relative links: text without a bare "<" or "&", known references, tags whose attributes are all
# double-quoted and hold no reference but "&amp;".
_HTML_TOKEN = re.compile(
    r"""(?P<text>[^<&]+)
      | &(?P<name>[A-Za-z][A-Za-z0-9]*);
      | &\#(?P<dec>[0-9]{1,7});
      | &\#[xX](?P<hex>[0-9A-Fa-f]{1,6});
      | <(?P<tag>[A-Za-z][A-Za-z0-9]*)
         (?P<attrs>(?:\s+[A-Za-z][-A-Za-z0-9_]*="(?:[^"<>&]|&amp;)*")*)\s*(?P<slash>/?)>
      | </(?P<end>[A-Za-z][A-Za-z0-9]*)\s*>""",
    re.VERBOSE,
)
_ATTR = re.compile(r'([A-Za-z][-A-Za-z0-9_]*)="((?:[^"<>&]|&amp;)*)"')
_ENTITIES = frozenset(html.entities.name2codepoint) | {"apos"}


def _charref_ok(code: int) -> bool:
    return code in (9, 10) or 0x20 <= code < 0x7F or 0xA0 <= code < 0xD800 or 0xE000 <= code < 0xFFFE


def html_value(value: str, base: str) -> str:
    """The HTML value as feedparser's relative-URI resolver leaves it, as far as nh3 can tell."""
    out: list[str] = []
    pos = 0
    for match in _HTML_TOKEN.finditer(value):
        if match.start() != pos:
            raise Decline("HTML outside the simple subset")
        pos = match.end()
        if match.group("text") is not None:
            out.append(match.group("text"))
        elif match.group("name") is not None:
            if match.group("name") not in _ENTITIES:
                raise Decline("unknown entity")
            out.append(match.group(0))
        elif match.group("dec") is not None or match.group("hex") is not None:
            code = int(match.group("dec")) if match.group("dec") else int(match.group("hex"), 16)
            if not _charref_ok(code):
                raise Decline("character reference")
            out.append(match.group(0))
        elif match.group("end") is not None:
            if match.group("end").lower() in upstream.VOID_ELEMENTS:
                raise Decline("end tag of a void element")  # feedparser drops it, HTML5 makes a <br>
            out.append(match.group(0))
        else:
            tag = match.group("tag").lower()
            if match.group("slash") and tag not in upstream.VOID_ELEMENTS:
                raise Decline("self-closed element")  # feedparser closes it, HTML5 does not
            attrs = match.group("attrs")
            if tag == "a" and attrs:
                # The only URL attribute nh3 keeps; feedparser makes it absolute (or empty).
                def absolute(attr: re.Match[str]) -> str:
                    if attr.group(1).lower() != "href":
                        return attr.group(0)
                    given = attr.group(2).replace("&amp;", "&")
                    # feedparser keeps the value as given when it would make it empty (a script URL)
                    url = upstream.safe_absolute_uri(base, given.strip()) or given
                    if '"' in url or "<" in url or ">" in url:
                        raise Decline("odd URL")
                    return f'href="{url.replace("&", "&amp;")}"'

                attrs = _ATTR.sub(absolute, attrs)
            out.append(f"<{match.group('tag')}{attrs}{'/' if match.group('slash') else ''}>")
    if pos != len(value):
        raise Decline("HTML outside the simple subset")
    return "".join(out)


# --- dates -------------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), 1)}  # fmt: skip
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"(\d{4}) (\d{2}):(\d{2}):(\d{2}) (?:([+-])(\d{2})(\d{2})|GMT|UTC|Z)"
)
_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))"
)


def parse_date(value: str) -> time.struct_time:
    """The UTC time.struct_time feedparser gives for an RFC 822 or RFC 3339 date; Decline otherwise."""
    if match := _RFC822.fullmatch(value):
        day, month, year, hour, minute, second, sign, tz_h, tz_m = match.groups()
        month_n = _MONTHS[month.lower()]
    elif match := _RFC3339.fullmatch(value):
        year, month_s, day, hour, minute, second, sign, tz_h, tz_m = match.groups()
        month_n = int(month_s)
    elif (moment := dates.parse_date(value)) is not None:
        return moment.utctimetuple()  # localised names, numeric forms: the same reader as feedparser's hook
    else:
        raise Decline(f"date {value!r}")
    fields = (int(year), month_n, int(day), int(hour), int(minute), int(second))
    if not (1 <= fields[1] <= 12 and 1 <= fields[2] <= calendar.monthrange(fields[0], fields[1])[1]):
        raise Decline("date out of range")
    if fields[3] > 23 or fields[4] > 59 or fields[5] > 59 or fields[0] < 1900:
        raise Decline("time out of range")
    offset = 0
    if sign:
        if int(tz_h) > 23 or int(tz_m) > 59:
            raise Decline("offset out of range")
        offset = (int(tz_h) * 60 + int(tz_m)) * 60 * (1 if sign == "+" else -1)
    return time.gmtime(calendar.timegm((*fields, 0, 0, 0)) - offset)
