"""A fast reader of ordinary RSS 2.0 and Atom 1.0 documents with lxml, giving what feedparser gives.

feedparser reads a document through Python SAX handlers and re-serialises every HTML value through an
sgmllib processor: ~20 ms for a feed of 50 entries, where libxml2 needs ~1 ms. This module extracts the
few fields entries.py uses (entry title, link, id, summary/content, author, dates, language; feed
title, link, language) exactly as feedparser would store them, and returns None for anything it is not
sure of; the caller then asks feedparser. Whatever it accepts must parse to identical items on both
paths: tests/test_parse_agreement.py compares them offline on tests/data/feeds/, and
tests/test_fast_path.py on the shared fixtures, feedparser's ~2,200 test feeds, the benchmark feeds
and generated documents.

feedparser's own helpers (relative-URI rules, its HTML guess, its cp1252 table) come from
feedparser_bridge.py, so both paths use the same code for them. Values (encoding, HTML, dates) are
read in fast_values.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from monitor.parse import feedparser_bridge as upstream
from monitor.parse.fast_values import DOCTYPE, Decline, encoding, html_value, parse_date

ATOM = "http://www.w3.org/2005/Atom"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class FastResult:
    feed: dict[str, Any]
    entries: list[dict[str, Any]]
    bozo: str | None

    def as_result(self) -> dict[str, Any]:
        """In the shape of feedparser's result, as entries.py reads it."""
        result: dict[str, Any] = {"feed": self.feed, "entries": self.entries, "bozo": self.bozo is not None}
        if self.bozo:
            result["bozo_message"] = self.bozo
        return result


# A secure parser: no DTD loaded, no entity expanded, nothing fetched, no huge-tree mode.
def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=False
    )


# --- the document ------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, is_atom: bool) -> None:
        self.is_atom = is_atom

    def finish(self, value: str) -> str:
        """What feedparser does to every text value after reading it (its pop())."""
        try:
            value = value.encode("iso-8859-1").decode("utf-8")  # feedparser's mojibake repair
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        return value.translate(upstream.CP1252)

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
        if not self.is_atom and kind == "text/plain" and upstream.looks_like_html(value):
            kind = "text/html"
        if kind == "text/html" and relative:
            value = html_value(value, base)
        return self.finish(value)

    def uri(self, element: Any, base: str) -> str:
        value = self.text(element)
        return self.finish(upstream.urljoin(base, value) if value else value)


def _base_of(element: Any, parent: str) -> str:
    if element.get("base") is not None:
        raise Decline("a base attribute")
    given = element.get(XML_BASE)
    if given is None:
        return parent
    base = upstream.safe_absolute_uri(parent, given) or parent
    if upstream.safe_absolute_uri(base, base) != base:
        raise Decline("xml:base that feedparser would rewrite on every element")
    return base


def _children(parent: Any, base: str) -> Iterator[tuple[Any, str, str]]:
    """Each child element with its tag and its base URL; comments and PIs are declined."""
    for child in parent:
        if not isinstance(child.tag, str):
            raise Decline("comment or PI")
        yield child, child.tag, _base_of(child, base)


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
    if root.get("version") != "2.0" or len(root) != 1 or root[0].tag != "channel":
        raise Decline("not plain RSS 2.0")
    channel = root[0]
    base = _base_of(channel, base)
    feed: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    for child, tag, here in _children(channel, base):
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
    for child, tag, here in _children(item, base):
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
                value = upstream.urljoin(here, value)
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
    if root.get("version") is not None or root.get("lang") is not None:
        raise Decline("Atom 0.3, or a lang attribute")
    feed: dict[str, Any] = {}
    lang = root.get(XML_LANG)
    if lang:
        feed["language"] = lang.replace("_", "-")
    entries: list[dict[str, Any]] = []
    for child, tag, here in _children(root, base):
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
            _atom_link(child, here, feed)
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


def _atom_link(element: Any, base: str, context: dict[str, Any]) -> None:
    if set(element.attrib) - _LINK_ATTRIBUTES:
        raise Decline("link attributes")
    href = element.get("href")
    if href is None or len(element) or (element.text or "").strip():
        raise Decline("atom link without href")
    rel = (element.get("rel") or "alternate").lower()
    kind = (element.get("type") or ("application/atom+xml" if rel == "self" else "text/html")).lower()
    kind = {"html": "text/html", "xhtml": "application/xhtml+xml"}.get(kind, kind)
    if rel == "alternate" and kind in ("text/html", "application/xhtml+xml"):
        context["link"] = upstream.urljoin(base, href)


def _atom_id(element: Any, base: str, context: dict[str, Any], reader: _Reader) -> None:
    if set(element.attrib) - {XML_BASE, XML_LANG}:
        raise Decline("id attributes")
    value = reader.text(element)
    value = reader.finish(upstream.urljoin(base, value) if value else value)
    context["id"] = value
    context.setdefault("link", value)  # feedparser treats an Atom id as a permalink guid


def _atom_author(element: Any, base: str, reader: _Reader) -> str | None:
    name = email = None
    if (element.text or "").strip():
        raise Decline("text in author")
    for child in element:
        if not isinstance(child.tag, str):
            raise Decline("comment or PI")
        _base_of(child, base)
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
    if set(element.attrib) - {XML_LANG, XML_BASE}:
        raise Decline("entry attributes")
    entry: dict[str, Any] = {}
    for child, tag, here in _children(element, base):
        local = tag[len(ATOM) + 2 :] if tag.startswith(f"{{{ATOM}}}") else None
        if local == "title":
            value = reader.content(child, here, "text/plain")
            if entry.get("title"):
                continue
            entry["title"] = value
        elif local == "link":
            _atom_link(child, here, entry)
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


def read(body: bytes, url: str, content_type: str | None) -> FastResult | None:
    """The feed and entries as feedparser would give them (the fields entries.py reads), or None."""
    try:
        return _read(body, url, content_type)
    except Decline:
        return None


def _read(body: bytes, url: str, content_type: str | None) -> FastResult:
    if DOCTYPE.search(body):
        raise Decline("DTD")  # entities and DOCTYPE tricks are feedparser's business
    body, _codec, bozo = encoding(body, content_type)
    parser = _parser()
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise Decline("not well-formed") from None
    if len(parser.error_log):
        raise Decline("libxml2 complained")  # e.g. a namespace error expat would reject
    if upstream.safe_absolute_uri(url, url) != url:
        raise Decline("a URL that feedparser would rewrite")
    base = url
    base = _base_of(root, base)
    if root.tag == "rss":
        if root.get(XML_LANG) is not None or root.get("lang") is not None:
            raise Decline("xml:lang on rss")
        feed, entries = _rss(root, base, _Reader(is_atom=False))
    elif root.tag == f"{{{ATOM}}}feed":
        feed, entries = _atom(root, base, _Reader(is_atom=True))
    else:
        raise Decline(f"root {root.tag}")
    return FastResult(feed=feed, entries=entries, bozo=bozo)
