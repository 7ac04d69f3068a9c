"""A fast reader of ordinary RSS 2.0 and Atom 1.0 documents with lxml, giving what feedparser gives.

feedparser reads a document through Python SAX handlers and re-serialises every HTML value through an
sgmllib processor: ~20 ms for a feed of 50 entries, where libxml2 needs ~1 ms. This module extracts the
few fields parse.py uses (entry title, link, id, summary/content, author, dates, language; feed title,
link, language) exactly as feedparser would store them, and returns None for anything it is not sure
of; the caller then asks feedparser. Whatever it accepts must parse to identical items on both paths:
tests/test_fast_path.py compares them on the real fixtures, feedparser's ~2,200 test feeds, the
benchmark feeds and generated documents.

feedparser's own helpers (relative-URI rules, its HTML guess, its cp1252 table) come in as `Rules`
from parse.py, the one module that imports feedparser, so both paths use the same code for them.
"""

from __future__ import annotations

import calendar
import codecs
import html.entities
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree

from monitor import dates

ATOM = "http://www.w3.org/2005/Atom"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Decline(Exception):
    """The document holds something this reader does not reproduce with certainty."""


@dataclass(frozen=True)
class Rules:
    looks_like_html: Callable[[str], bool]
    safe_absolute_uri: Callable[[str, str], str]  # feedparser.urls.make_safe_absolute_uri
    urljoin: Callable[[str, str], str]  # feedparser.urls._urljoin
    cp1252: Mapping[int, str]
    void_elements: frozenset[str]  # feedparser's elements_no_end_tag


@dataclass
class FastResult:
    feed: dict[str, Any]
    entries: list[dict[str, Any]]
    bozo: str | None


# A secure parser: no DTD loaded, no entity expanded, nothing fetched, no huge-tree mode.
def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=False
    )


_XML_PI_ENCODING = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _encoding(body: bytes, content_type: str | None) -> tuple[bytes, str, str | None]:
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


def _html(value: str, base: str, rules: Rules) -> str:
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
            if match.group("end").lower() in rules.void_elements:
                raise Decline("end tag of a void element")  # feedparser drops it, HTML5 makes a <br>
            out.append(match.group(0))
        else:
            tag = match.group("tag").lower()
            if match.group("slash") and tag not in rules.void_elements:
                raise Decline("self-closed element")  # feedparser closes it, HTML5 does not
            attrs = match.group("attrs")
            if tag == "a" and attrs:
                # The only URL attribute nh3 keeps; feedparser makes it absolute (or empty).
                def absolute(attr: re.Match[str]) -> str:
                    if attr.group(1).lower() != "href":
                        return attr.group(0)
                    given = attr.group(2).replace("&amp;", "&")
                    # feedparser keeps the value as given when it would make it empty (a script URL)
                    url = rules.safe_absolute_uri(base, given.strip()) or given
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


def parse_date(value: str) -> Any:
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


# --- the document ------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, rules: Rules, is_atom: bool) -> None:
        self.rules = rules
        self.is_atom = is_atom

    def finish(self, value: str) -> str:
        """What feedparser does to every text value after reading it (its pop())."""
        try:
            value = value.encode("iso-8859-1").decode("utf-8")  # feedparser's mojibake repair
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        return value.translate(self.rules.cp1252)

    def text(self, element: Any) -> str:
        if len(element):
            raise Decline("markup inside a text element")  # feedparser switches to XHTML mode
        return (element.text or "").strip()

    def content(self, element: Any, base: str, default_type: str, relative: bool = True) -> str:
        """A text construct: plain, or HTML made to look as feedparser's resolver leaves it."""
        kind = (element.get("type") or default_type).lower()
        kind = {"text": "text/plain", "plain": "text/plain", "html": "text/html"}.get(kind, kind)
        if kind not in ("text/plain", "text/html"):
            raise Decline(f"content type {kind}")
        if element.get("mode") or element.get("src"):
            raise Decline("content mode or src")
        value = self.text(element)
        if not self.is_atom and kind == "text/plain" and self.rules.looks_like_html(value):
            kind = "text/html"
        if kind == "text/html" and relative:
            value = _html(value, base, self.rules)
        return self.finish(value)

    def uri(self, element: Any, base: str) -> str:
        value = self.text(element)
        return self.finish(self.rules.urljoin(base, value) if value else value)


def _base_of(element: Any, parent: str, rules: Rules) -> str:
    if element.get("base") is not None:
        raise Decline("a base attribute")
    given = element.get(XML_BASE)
    if given is None:
        return parent
    base = rules.safe_absolute_uri(parent, given) or parent
    if rules.safe_absolute_uri(base, base) != base:
        raise Decline("xml:base that feedparser would rewrite on every element")
    return base


def _children(parent: Any, base: str, rules: Rules) -> Iterator[tuple[Any, str, str]]:
    """Each child element with its tag and its base URL; comments and PIs are declined."""
    for child in parent:
        if not isinstance(child.tag, str):
            raise Decline("comment or PI")
        yield child, child.tag, _base_of(child, base, rules)


def _fix_link(value: str) -> str:
    # feedparser's repair of "?a=1&b;=2" in <link> values
    return re.sub("&([A-Za-z0-9_]+);", r"&\g<1>", value.replace("&amp;", "&"))


_RSS_CHANNEL_IGNORED = frozenset(
    {"description", "copyright", "lastBuildDate", "pubDate", "generator", "docs", "ttl", "webMaster",
     "managingEditor", "category", "rating", "skipHours", "skipDays", "cloud"}
)  # fmt: skip
_RSS_ITEM_IGNORED = frozenset({"category", "comments", "enclosure"})
_ATOM_FEED_IGNORED = frozenset({"updated", "subtitle", "rights", "logo", "icon", "generator", "category"})
_ATOM_ENTRY_IGNORED = frozenset({"category", "rights"})


def _rss(root: Any, base: str, reader: _Reader) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rules = reader.rules
    if root.get("version") != "2.0" or len(root) != 1 or root[0].tag != "channel":
        raise Decline("not plain RSS 2.0")
    channel = root[0]
    base = _base_of(channel, base, rules)
    feed: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    for child, tag, here in _children(channel, base, rules):
        if tag == "item":
            entries.append(_rss_item(child, here, reader))
        elif entries:
            raise Decline("channel element after the items")
        elif tag == "title":
            value = reader.content(child, here, "text/plain")
            if value and "title" not in feed:
                feed["title"] = value
        elif tag == "link":
            if child.attrib:
                raise Decline("link attributes")
            feed["link"] = re.sub("&([A-Za-z0-9_]+);", r"&\g<1>", reader.uri(child, here))
        elif tag == "language":
            feed["language"] = reader.finish(reader.text(child))
        elif tag == f"{{{ATOM}}}link":
            if child.get("rel", "alternate").lower() not in ("self", "hub", "next", "previous"):
                raise Decline("atom:link in the channel")
        elif tag not in _RSS_CHANNEL_IGNORED or (len(child) and tag not in ("skipHours", "skipDays")):
            raise Decline(f"channel element {tag}")
    return feed, entries


def _rss_item(item: Any, base: str, reader: _Reader) -> dict[str, Any]:
    if set(item.attrib) - {XML_BASE}:
        raise Decline("item attributes")
    entry: dict[str, Any] = {}
    guid_link: str | None = None
    for child, tag, here in _children(item, base, reader.rules):
        if tag == "title":
            value = reader.content(child, here, "text/plain")
            if entry.get("title"):
                continue  # feedparser keeps the first title that is not empty
            entry["title"] = value
        elif tag == "link":
            if child.attrib:
                raise Decline("link attributes")
            entry["link"] = _fix_link(reader.uri(child, here))
        elif tag == "guid":
            permalink = child.get("isPermaLink", "true") == "true"
            if set(child.attrib) - {"isPermaLink"}:
                raise Decline("guid attributes")
            value = reader.text(child)
            if permalink and value:
                value = reader.rules.urljoin(here, value)
            value = reader.finish(value)
            entry["id"] = value
            if permalink and "link" not in entry and guid_link is None:
                guid_link = value
        elif tag == "description":
            if "summary" in entry or "content" in entry:
                raise Decline("a second description, or one after content:encoded")
            entry["summary"] = reader.content(child, here, "text/html")
        elif tag == f"{{{CONTENT}}}encoded":
            if "content" in entry:
                raise Decline("two content:encoded")
            value = reader.content(child, here, "text/html")
            entry["content"] = [{"value": value}]
            entry.setdefault("summary", value)
        elif tag in ("pubDate", f"{{{ATOM}}}published"):
            entry["published_parsed"] = parse_date(reader.finish(reader.text(child)))
        elif tag in (f"{{{ATOM}}}updated", f"{{{DC}}}date"):
            entry["updated_parsed"] = parse_date(reader.finish(reader.text(child)))
        elif tag in ("author", f"{{{DC}}}creator"):
            if child.attrib:
                raise Decline("author attributes")
            entry["author"] = reader.finish(reader.text(child))
        elif tag not in _RSS_ITEM_IGNORED or len(child):
            raise Decline(f"item element {tag}")
    if guid_link is not None and "link" not in entry:
        entry["link"] = guid_link
    return entry


def _atom(root: Any, base: str, reader: _Reader) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rules = reader.rules
    if root.get("version") is not None or root.get("lang") is not None:
        raise Decline("Atom 0.3, or a lang attribute")
    feed: dict[str, Any] = {}
    lang = root.get(XML_LANG)
    if lang:
        feed["language"] = lang.replace("_", "-")
    entries: list[dict[str, Any]] = []
    for child, tag, here in _children(root, base, rules):
        local = tag[len(ATOM) + 2 :] if tag.startswith(f"{{{ATOM}}}") else None
        if local == "entry":
            entries.append(_atom_entry(child, here, reader))
        elif entries:
            raise Decline("feed element after the entries")
        elif local == "title":
            value = reader.content(child, here, "text/plain")
            if value and "title" not in feed:
                feed["title"] = value
        elif local == "link":
            _atom_link(child, here, feed, rules)
        elif local == "author":
            _atom_author(child, here, reader)  # checked only: the feed's author is not used
        elif local == "id":
            _atom_id(child, here, feed, reader)
        elif local not in _ATOM_FEED_IGNORED or (local == "category" and len(child)):
            raise Decline(f"feed element {tag}")
        elif local in ("subtitle", "rights"):
            reader.content(child, here, "text/plain", relative=False)
    return feed, entries


_LINK_ATTRIBUTES = frozenset({"href", "rel", "type", "title", "hreflang", "length", XML_BASE, XML_LANG})


def _atom_link(element: Any, base: str, context: dict[str, Any], rules: Rules) -> None:
    if set(element.attrib) - _LINK_ATTRIBUTES:
        raise Decline("link attributes")
    href = element.get("href")
    if href is None or len(element) or (element.text or "").strip():
        raise Decline("atom link without href")
    rel = (element.get("rel") or "alternate").lower()
    kind = (element.get("type") or ("application/atom+xml" if rel == "self" else "text/html")).lower()
    kind = {"html": "text/html", "xhtml": "application/xhtml+xml"}.get(kind, kind)
    if rel == "alternate" and kind in ("text/html", "application/xhtml+xml"):
        context["link"] = rules.urljoin(base, href)


def _atom_id(element: Any, base: str, context: dict[str, Any], reader: _Reader) -> None:
    if set(element.attrib) - {XML_BASE, XML_LANG}:
        raise Decline("id attributes")
    value = reader.text(element)
    value = reader.finish(reader.rules.urljoin(base, value) if value else value)
    context["id"] = value
    context.setdefault("link", value)  # feedparser treats an Atom id as a permalink guid


def _atom_author(element: Any, base: str, reader: _Reader) -> str | None:
    name = email = None
    if (element.text or "").strip():
        raise Decline("text in author")
    for child in element:
        if not isinstance(child.tag, str):
            raise Decline("comment or PI")
        _base_of(child, base, reader.rules)
        if (child.tail or "").strip():
            raise Decline("text in author")
        # feedparser reads name and email without its repairs of text values (not "expecting text")
        if child.tag == f"{{{ATOM}}}name":
            name = reader.text(child)
        elif child.tag == f"{{{ATOM}}}email":
            email = reader.text(child)
        elif child.tag == f"{{{ATOM}}}uri":
            reader.text(child)
        else:
            raise Decline(f"author element {child.tag}")
    if name and email:
        return f"{name} ({email})"
    return name or email or None


def _atom_entry(element: Any, base: str, reader: _Reader) -> dict[str, Any]:
    rules = reader.rules
    if set(element.attrib) - {XML_LANG, XML_BASE}:
        raise Decline("entry attributes")
    entry: dict[str, Any] = {}
    for child, tag, here in _children(element, base, rules):
        local = tag[len(ATOM) + 2 :] if tag.startswith(f"{{{ATOM}}}") else None
        if local == "title":
            value = reader.content(child, here, "text/plain")
            if entry.get("title"):
                continue
            entry["title"] = value
        elif local == "link":
            _atom_link(child, here, entry, rules)
        elif local == "id":
            _atom_id(child, here, entry, reader)
        elif local == "summary":
            if "summary" in entry or "content" in entry:
                raise Decline("summary after summary or content")
            entry["summary"] = reader.content(child, here, "text/plain")
        elif local == "content":
            if "content" in entry:
                raise Decline("two contents")
            value = reader.content(child, here, "text/plain")
            entry["content"] = [{"value": value}]
            entry.setdefault("summary", value)
        elif local == "published":
            entry["published_parsed"] = parse_date(reader.finish(reader.text(child)))
        elif local == "updated":
            entry["updated_parsed"] = parse_date(reader.finish(reader.text(child)))
        elif local == "author":
            if "author" in entry:
                raise Decline("a second author")  # feedparser mixes their names and emails up
            # an author without name or email leaves feedparser's author empty
            entry["author"] = _atom_author(child, here, reader) or ""
        elif local not in _ATOM_ENTRY_IGNORED or (local == "category" and len(child)):
            raise Decline(f"entry element {tag}")
        elif local == "rights":
            reader.content(child, here, "text/plain", relative=False)
    return entry


def parse(body: bytes, url: str, content_type: str | None, rules: Rules) -> FastResult | None:
    """The feed and entries as feedparser would give them (the fields parse.py reads), or None."""
    try:
        return _parse(body, url, content_type, rules)
    except Decline:
        return None


def _parse(body: bytes, url: str, content_type: str | None, rules: Rules) -> FastResult:
    if _DOCTYPE.search(body):
        raise Decline("DTD")  # entities and DOCTYPE tricks are feedparser's business
    body, _codec, bozo = _encoding(body, content_type)
    parser = _parser()
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise Decline("not well-formed") from None
    if len(parser.error_log):
        raise Decline("libxml2 complained")  # e.g. a namespace error expat would reject
    if rules.safe_absolute_uri(url, url) != url:
        raise Decline("a URL that feedparser would rewrite")
    base = url
    base = _base_of(root, base, rules)
    if root.tag == "rss":
        if root.get(XML_LANG) is not None or root.get("lang") is not None:
            raise Decline("xml:lang on rss")
        feed, entries = _rss(root, base, _Reader(rules, is_atom=False))
    elif root.tag == f"{{{ATOM}}}feed":
        feed, entries = _atom(root, base, _Reader(rules, is_atom=True))
    else:
        raise Decline(f"root {root.tag}")
    return FastResult(feed=feed, entries=entries, bozo=bozo)
