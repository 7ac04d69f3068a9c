"""OPML for the window's Feeds menu: feeds out as an outline, outlines in as feeds (no Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from monitor.config import check_url
from monitor.models import FeedConfig


def export_opml(feeds: Iterable[FeedConfig]) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "Regulatory Monitor feeds"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.language:
            attrs["language"] = feed.language
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def import_opml(path: Path, taken: Iterable[str]) -> tuple[list[FeedConfig], list[str]]:
    """New feeds from an OPML file (names already taken are skipped), and what was skipped and why."""
    text = path.read_bytes()
    if b"<!DOCTYPE" in text.upper() or b"<!ENTITY" in text.upper():
        # An outline never needs a DTD; refusing one rules out entity tricks.
        raise ValueError("the OPML file declares a DTD or entities; refusing it")
    root = ET.fromstring(text)
    names = {n.casefold() for n in taken}
    urls: set[str] = set()
    feeds: list[FeedConfig] = []
    skipped: list[str] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue
        name = (outline.get("title") or outline.get("text") or url).strip()
        problem = check_url(url)
        if problem:
            skipped.append(f"{name}: {problem}")
        elif name.casefold() in names or url in urls:
            skipped.append(f"{name}: already in the feeds file")
        else:
            names.add(name.casefold())
            urls.add(url)
            feeds.append(FeedConfig(name=name, url=url, language=outline.get("language") or None))
    return feeds, skipped
