"""Incremental parsing: byte ranges and digests of a document's entries, and the document without some.

An entry whose digest is stored parses to the stored item again, so parse_feed cuts it out before
the slow parser reads the rest. expat (in C) only reports element boundaries here.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from xml.parsers import expat

# Feed-level dates change whenever an entry is added; they never change how an entry reads.
_VOLATILE = re.compile(rb"<(lastBuildDate|pubDate|updated|dc:date|published)>[^<]*</\1>")
_ENTRY_TAGS = frozenset({"item", "entry"})


def entry_spans(body: bytes) -> list[tuple[int, int]] | None:
    """Byte ranges of the top-level <item>/<entry> elements, or None unless the bytes are plain XML.

    expat (in C) only reports element boundaries here; anything it cannot read as is (not
    well-formed, an encoding it does not know, UTF-16, an entry inside an entry) gives None.
    """
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]:
        return None
    parser = expat.ParserCreate()
    spans: list[tuple[int, int]] = []
    depth = 0
    start: int | None = None
    entry_depth = 0
    nested = False

    def on_start(name: str, _attrs: Any) -> None:
        nonlocal depth, start, entry_depth, nested
        depth += 1
        if name in _ENTRY_TAGS:
            if start is not None:
                nested = True
            else:
                start, entry_depth = parser.CurrentByteIndex, depth

    def on_end(name: str) -> None:
        nonlocal depth, start
        if start is not None and depth == entry_depth:
            spans.append((start, body.index(b">", parser.CurrentByteIndex) + 1))
            start = None
        depth -= 1

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    try:
        parser.Parse(body, True)
    except (expat.ExpatError, ValueError, LookupError):  # LookupError: an encoding Python lacks
        return None
    return None if nested else spans


def entry_digests(
    body: bytes, spans: list[tuple[int, int]], url: str, content_type: str | None, language: str | None
) -> list[str]:
    """One digest per entry: its bytes, and everything around them that can change how it parses."""
    context = hashlib.sha1(f"{url}\n{content_type}\n{language}\n".encode())
    last = 0
    for begin, end in spans:
        context.update(_VOLATILE.sub(b"", body[last:begin]))
        last = end
    context.update(_VOLATILE.sub(b"", body[last:]))
    out = []
    for begin, end in spans:
        digest = context.copy()
        digest.update(body[begin:end])
        out.append(digest.hexdigest())
    return out


def without(body: bytes, spans: list[tuple[int, int]], keep: list[int]) -> bytes:
    """The document with the entries not in `keep` (indexes into `spans`) cut out."""
    kept = set(keep)
    edges = [0] + [edge for i in range(len(spans)) if i not in kept for edge in spans[i]]
    edges.append(len(body))
    return b"".join(body[edges[j] : edges[j + 1]] for j in range(0, len(edges), 2))
