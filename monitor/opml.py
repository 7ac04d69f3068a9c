"""OPML: reading other readers' subscription lists into FeedConfigs, writing ours, merging the two."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from email.utils import formatdate
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import urlsplit
from xml.parsers import expat

from monitor.config import KINDS, check_url
from monitor.config_values import format_interval, parse_interval
from monitor.escape import xml_text as clean_xml_text
from monitor.models import FeedConfig, FeedKind

# Our own outline attributes live in a namespace so other readers ignore them instead of choking.
NAMESPACE = "tag:regulatory-monitor,2024:opml"
PREFIX = "rm"
FOLDERS: dict[FeedKind, str] = {"authority": "Authorities", "news": "News"}
MAX_BYTES = 20 * 1024 * 1024  # far above any real subscription list; refuses a runaway download
MAX_FEEDS = 10_000  # feeds taken from one file: the largest real lists hold a few thousand
MAX_DEPTH = 32  # folders within folders; readers export two or three levels
MAX_NAME = 200  # characters of a feed's name, and of a tag
# Readers' catch-all folders say nothing about a feed, so they do not become tags.
_NO_TAG_FOLDERS = {"all", "uncategorized", "uncategorised", "general", "default", "feeds", "subscriptions"}


class OpmlError(ValueError):
    """A document that is not a usable OPML file; the message says why and where."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")


@dataclass
class _Node:
    name: str
    attrs: dict[str, str]
    line: int
    children: list[_Node] = field(default_factory=list)


class _Refused(Exception):
    """Raised from inside expat callbacks to stop parsing a hostile document."""


def read_capped(source: Path | BinaryIO, name: str) -> bytes:
    """The bytes of an OPML file or stream, refusing at MAX_BYTES before reading any further.

    A device (/dev/zero), a FIFO or standard input has no size to check first, so the read itself
    stops one byte past the cap.
    """
    if isinstance(source, Path):
        try:
            with source.open("rb") as handle:
                return read_capped(handle, name)
        except OSError as exc:
            raise OpmlError(name, f"cannot read: {exc.strerror or exc}") from None
    data = source.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise OpmlError(
            name, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB; nothing was imported"
        )
    return data


def _clean_text(text: str) -> str:
    # Someone else's file: controls and bidi overrides are dropped from names, never stored.
    return " ".join(_BAD_TEXT.sub("", clean_xml_text(text)).split())


_BAD_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _parse_tree(data: bytes | str, source: str) -> _Node:
    """A minimal element tree built with expat, refusing entity declarations and external references.

    xml.etree would expand internal entities (the "billion laughs"); building the tree from expat's
    callbacks lets us reject any <!ENTITY> before a single expansion happens.
    """
    if len(data) > MAX_BYTES:
        raise OpmlError(source, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: list[_Node] = []
    stack: list[_Node] = []

    def refuse_entity(*_args: Any) -> None:
        raise _Refused("entity declarations are not allowed in OPML (refused for safety)")

    def refuse_external(*_args: Any) -> int:
        raise _Refused("external entity references are not allowed in OPML (refused for safety)")

    def start(name: str, attrs: dict[str, str]) -> None:
        node = _Node(name, attrs, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise OpmlError(source, str(exc), parser.CurrentLineNumber) from None
    except expat.ExpatError as exc:
        raise OpmlError(
            source, f"not an OPML file: not well-formed XML ({expat.ErrorString(exc.code)})", exc.lineno
        ) from None
    if not root:
        raise OpmlError(source, "not an OPML file: no XML element found")
    return root[0]


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].lower()


def _lower_attrs(attrs: dict[str, str]) -> dict[str, str]:
    # Readers disagree on case (xmlUrl, xmlurl, XMLURL); unprefixed attributes are matched without it.
    return {k.lower(): v for k, v in attrs.items() if ":" not in k}


def _tag(text: str) -> str:
    """A folder or category name as a one-word tag; its case is kept, as feeds.yml keeps it."""
    return re.sub(r"[\s/,]+", "_", text.strip())


def _kind_of_folder(name: str) -> FeedKind | None:
    folded = name.casefold()
    if folded.startswith(("authorit", "autorit", "regulator", "dpa", "data protection authorit")):
        return "authority"
    if folded == "news":
        return "news"
    return None


def _fallback_name(url: str) -> str:
    parts = urlsplit(url)
    return (parts.hostname or url) + (parts.path.rstrip("/") if parts.path not in ("", "/") else "")


def _categories(value: str) -> list[str]:
    # OPML 2.0: comma-separated; "/A/B" is a path of folders, a bare word is a tag.
    out: list[str] = []
    for part in value.split(","):
        if "/" in part:  # a path of folders, named like the folders of the outline tree
            out.extend(_tag(p).lower() for p in part.split("/") if p.strip())
        elif part.strip():
            out.append(_tag(part))
    return out


@dataclass
class _Reader:
    source: str
    ours: str  # the prefix bound to our namespace in this document
    problems: list[str]
    feeds: dict[str, FeedConfig] = field(default_factory=dict)

    def ours_attr(self, node: _Node, name: str) -> str | None:
        value = _clean_text(node.attrs.get(f"{self.ours}:{name}") or "")
        return value or None

    def walk(self, nodes: Sequence[_Node], folders: tuple[str, ...]) -> None:
        for node in nodes:
            if _local(node.name) != "outline":
                continue
            if len(self.feeds) >= MAX_FEEDS:
                self.problems.append(f"line {node.line}: skipped the rest: more than {MAX_FEEDS:,} feeds")
                return
            attrs = _lower_attrs(node.attrs)
            url = (attrs.get("xmlurl") or "").strip()
            kind = attrs.get("type", "").strip().lower()
            if not url and kind in ("rss", "atom") and attrs.get("url"):
                url = attrs["url"].strip()  # some old exporters use url= for feeds
            if url:
                try:
                    self.add(node, attrs, url, folders)
                except ValueError as exc:  # one bad outline is skipped, never the whole import
                    self.problems.append(f"line {node.line}: skipped: {str(exc)[:200]}")
                continue
            if kind in ("include", "link"):
                # Never follow includes: an import must not fetch anything.
                self.problems.append(f"line {node.line}: skipped an outline of type {kind!r} (not a feed)")
                continue
            if len(folders) >= MAX_DEPTH:
                # Skipped, not followed: a file nesting thousands of folders must not exhaust the stack.
                self.problems.append(f"line {node.line}: skipped folders nested deeper than {MAX_DEPTH}")
                continue
            label = (attrs.get("title") or attrs.get("text") or "").strip()
            self.walk(node.children, (*folders, label or ""))

    def add(self, node: _Node, attrs: dict[str, str], url: str, folders: tuple[str, ...]) -> None:
        if why := check_url(url):
            self.problems.append(f"line {node.line}: skipped: {why}")
            return
        if urlsplit(url).scheme == "file":
            # A list from someone else must not make the poller read this machine's files.
            self.problems.append(f"line {node.line}: skipped {url!r}: file:// feeds are only added by hand")
            return
        # A name is a label: a megabyte title from someone else's file is cut, not copied.
        name = _clean_text(attrs.get("title") or attrs.get("text") or "")[:MAX_NAME] or _fallback_name(url)
        kind: FeedKind = "news"
        tags: list[str] = []
        for folder in filter(None, folders):  # an untitled folder counts for depth, not for tags
            folder_kind = _kind_of_folder(folder)
            if folder_kind is not None:
                kind = folder_kind
            elif folder.casefold() not in _NO_TAG_FOLDERS:
                tags.append(_tag(_clean_text(folder)).lower())  # "Privacy" folder, "privacy" tag
        tags.extend(_categories(_clean_text(attrs.get("category", ""))))
        own_kind = self.ours_attr(node, "kind")
        if own_kind in KINDS:
            kind = cast(FeedKind, own_kind)
        interval = None
        if raw_interval := self.ours_attr(node, "interval"):
            try:
                interval = parse_interval(raw_interval)
            except ValueError as exc:
                self.problems.append(f"line {node.line}: ignored the interval of {name!r}: {exc}")
        language = _clean_text(attrs.get("language") or "")[:35] or None
        feed = FeedConfig(
            name=name,
            url=url,
            kind=kind,
            language=None if language in (None, "unknown") else language,
            country=self.ours_attr(node, "country"),
            authority=self.ours_attr(node, "authority"),
            enabled=(self.ours_attr(node, "enabled") or "true").lower() != "false",
            interval=interval,
            tags=tuple(dict.fromkeys(t[:MAX_NAME] for t in tags if t))[:50],
            line=0,
        )
        first = self.feeds.get(normalise_url(url))
        if first is not None:
            # Feedly and others repeat a feed in each of its folders: one feed, every folder as a tag.
            merged = tuple(dict.fromkeys((*first.tags, *feed.tags)))
            self.feeds[normalise_url(url)] = replace(first, tags=merged)
            return
        self.feeds[normalise_url(url)] = feed


def read_opml(
    data: bytes | str, source: str = "<opml>", problems: list[str] | None = None
) -> list[FeedConfig]:
    """The feeds of an OPML document, in document order, one per URL.

    Folders become tags (a folder named like "Authorities" sets the kind instead). Outlines that
    cannot be used are skipped and described in `problems` when a list is given. Raises OpmlError
    for anything that is not OPML, and for documents declaring entities.
    """
    root = _parse_tree(data, source)
    if _local(root.name) != "opml":
        raise OpmlError(source, f"not an OPML file: the root element is <{root.name}>, expected <opml>")
    body = next((c for c in root.children if _local(c.name) == "body"), None)
    if body is None:
        raise OpmlError(source, "not an OPML file: it has no <body>", root.line)
    ours = next(
        (k.split(":", 1)[1] for k, v in root.attrs.items() if k.startswith("xmlns:") and v == NAMESPACE),
        PREFIX,
    )
    reader = _Reader(source, ours, problems if problems is not None else [])
    reader.walk(body.children, ())
    return list(reader.feeds.values())


def write_opml(
    feeds: Iterable[FeedConfig],
    html_urls: dict[str, str] | None = None,
    title: str = "Regulatory Monitor feeds",
) -> str:
    """OPML 2.0 with one folder per kind; `html_urls` maps feed URLs to their sites' pages when known."""
    ET.register_namespace(PREFIX, NAMESPACE)
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    ET.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    by_kind: dict[FeedKind, list[FeedConfig]] = {"authority": [], "news": []}
    for feed in feeds:
        by_kind[feed.kind].append(feed)
    own = f"{{{NAMESPACE}}}"
    for kind, members in by_kind.items():
        if not members:
            continue
        folder = ET.SubElement(body, "outline", {"text": FOLDERS[kind], "title": FOLDERS[kind]})
        for feed in members:
            name = clean_xml_text(feed.name)
            attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": clean_xml_text(feed.url)}
            if html_urls and html_urls.get(feed.url):
                attrs["htmlUrl"] = clean_xml_text(html_urls[feed.url])
            if feed.language:
                attrs["language"] = clean_xml_text(feed.language)
            if feed.tags:
                attrs["category"] = ",".join(clean_xml_text(t).replace(",", " ") for t in feed.tags)
            attrs[own + "kind"] = feed.kind
            for key in ("authority", "country"):
                if value := getattr(feed, key):
                    attrs[own + key] = clean_xml_text(value)
            if feed.interval:
                attrs[own + "interval"] = format_interval(feed.interval)
            if not feed.enabled:
                attrs[own + "enabled"] = "false"
            ET.SubElement(folder, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def normalise_url(url: str) -> str:
    """The identity of a feed URL: http and https, host case, www., default port and a final / aside."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    return f"http://{netloc}{path}" + (f"?{parts.query}" if parts.query else "")


def _unique_name(name: str, taken: set[str]) -> str:
    if name.casefold() not in taken:
        return name
    number = 2
    while f"{name} ({number})".casefold() in taken:
        number += 1
    return f"{name} ({number})"


def merge_feeds(
    existing: Sequence[FeedConfig], incoming: Iterable[FeedConfig]
) -> tuple[list[FeedConfig], list[FeedConfig], list[FeedConfig]]:
    """(merged, added, skipped): incoming feeds whose URL is new are appended, the rest skipped.

    Existing feeds are never changed. A new feed whose name is taken gets a suffix: " (2)", " (3)"...
    """
    merged = list(existing)
    urls = {normalise_url(f.url) for f in existing}
    names = {f.name.casefold() for f in existing}
    added: list[FeedConfig] = []
    skipped: list[FeedConfig] = []
    for feed in incoming:
        key = normalise_url(feed.url)
        if key in urls:
            skipped.append(feed)
            continue
        new = replace(feed, name=_unique_name(feed.name, names), line=0)
        urls.add(key)
        names.add(new.name.casefold())
        merged.append(new)
        added.append(new)
    return merged, added, skipped
