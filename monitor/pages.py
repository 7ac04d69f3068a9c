"""Page sources: an authority's HTML news listing read as a feed, the way a reader's eye reads it.

A listing is a run of sibling blocks of one shape (the same tag and classes), each holding a link with
a title and usually a date and a teaser. Every group of such siblings on the page is a candidate; a
candidate inside navigation, a sidebar, a footer or a cookie banner is not news, and among the rest the
group whose blocks carry dates and teasers wins. `PageSelectors` (feeds.yml `select:`) replace the
guess for a site that needs it. Ids are canonical links, and the content hash covers only the title,
the teaser and the link, so a listing that reorders or re-renders adds nothing while a changed teaser
updates its one item. Nothing on the page is run or loaded: scripts, styles and frames are dropped
before anything is read, and the bytes came through fetch.py's caps.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from monitor.listing_dates import find_date, iso_date
from monitor.models import PageSelectors, ParsedFeed, ParsedItem
from monitor.parse import MAX_TITLE, canonical_url, valid_text

MAX_ITEMS = 200
MAX_TEASER = 1000
_DROP = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head")
# Containers of links that are not news: a page's chrome, never its listing.
_CHROME_TAGS = {"nav", "aside", "footer", "header", "menu"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"}
_CHROME_WORDS = re.compile(
    r"cookie|consent|gdpr|sidebar|side-bar|breadcrumb|pager|pagination|paging|menu|navbar|"
    r"(?:^|[-_])nav(?:$|[-_])|navigation|footer|social|share|skip|tabs?$|related|popular",
    re.IGNORECASE,
)
# Class words that vary between siblings of one kind (zebra stripes, position, state).
_VOLATILE_CLASS = re.compile(r"\d|^(odd|even|first|last|active|current|selected|new|featured)$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_WS = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class PageError(Exception):
    """A page that cannot be watched as a listing; the message says what to do."""


@dataclass(frozen=True)
class _Block:
    link: str
    title: str
    published: date | None
    teaser: str


def _text(element: Any) -> str:
    return _WS.sub(" ", valid_text(element.text_content() or "")).strip()


def _decode(body: bytes, content_type: str | None) -> str:
    declared = None
    if content_type and "charset=" in content_type.lower():
        declared = content_type.lower().split("charset=")[-1].split(";")[0].strip(" \"'")
    elif match := _META_CHARSET.search(body[:4096]):
        declared = match.group(1).decode("ascii", "replace")
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def read_document(body: bytes, content_type: str | None = None) -> Any:
    """The page as an lxml tree with everything that could run or load removed; PageError if none."""
    text = _decode(body, content_type)
    # lxml refuses a str that declares its own encoding; the declaration is redundant once decoded.
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        document = lxml.html.document_fromstring(text or "<html></html>")
    except (etree.ParserError, ValueError) as exc:
        raise PageError(f"not a readable HTML page: {exc}") from exc
    head_title = document.find(".//title")
    page_title = _text(head_title) if head_title is not None else ""
    for element in list(document.iter(*_DROP)):
        if element.getparent() is not None:
            element.drop_tree()
    for comment in list(document.iter(etree.Comment)):
        if comment.getparent() is not None:
            comment.drop_tree()
    if page_title and document.find(".//title") is None:
        document.set("data-page-title", page_title)  # the <head> is gone; its title is kept
    return document


def _is_chrome(element: Any) -> bool:
    """True if the element or one of its ancestors is navigation, a banner, a sidebar or a footer."""
    node = element
    # The walk stops at the main content: a body class such as "has-sidebar" says nothing of it.
    while node is not None and isinstance(node.tag, str) and node.tag not in ("main", "body", "html"):
        if (node.get("role") or "").lower() == "main":
            return False
        if node.tag in _CHROME_TAGS:
            return True
        if (node.get("role") or "").lower() in _CHROME_ROLES:
            return True
        words = f"{node.get('id') or ''} {node.get('class') or ''}".split()
        if any(_CHROME_WORDS.search(word) for word in words):
            return True
        node = node.getparent()
    return False


def _signature(element: Any) -> tuple[str, tuple[str, ...]]:
    classes = tuple(sorted(c for c in (element.get("class") or "").split() if not _VOLATILE_CLASS.search(c)))
    return element.tag, classes


def _groups(document: Any) -> Iterator[list[Any]]:
    for parent in document.iter():
        if not isinstance(parent.tag, str):
            continue
        by_shape: dict[tuple[str, tuple[str, ...]], list[Any]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                by_shape[_signature(child)].append(child)
        for members in by_shape.values():
            if len(members) >= 2:
                yield members


def _links(element: Any) -> list[Any]:
    found = [element] if element.tag == "a" else []
    return found + [a for a in element.iter("a") if a is not element]


def _main_link(block: Any, selector: str | None) -> Any | None:
    if selector:
        chosen = block.cssselect(selector)
        return next((a for a in chosen if a.get("href")), None)
    links = [a for a in _links(block) if a.get("href")]
    for heading in block.iter(*_HEADINGS):
        for a in links:
            if a is heading or heading in a.iterancestors() or a in heading.iter("a"):
                return a
    return max(links, key=lambda a: len(_text(a)), default=None)


def _date_of(block: Any, selector: str | None, language: str | None, title: str) -> tuple[date | None, str]:
    """The block's date and the text that gave it (to keep it out of the teaser)."""
    scope = block.cssselect(selector) if selector else [block]
    for element in scope:
        for stamp in element.iter("time"):
            if value := _machine_date(stamp.get("datetime")) or find_date(_text(stamp), language):
                return value, _text(stamp)
        if not selector:
            for marked in element.iter():
                words = f"{marked.get('class') or ''} {marked.get('itemprop') or ''}".lower()
                if "date" in words and (found := find_date(_text(marked), language)):
                    return found, _text(marked)
        text = _text(element)
        if found := find_date(text.replace(title, " ") if title else text, language):
            return found, _text(element) if selector else ""
    return None, ""


def _machine_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()[:25].replace("Z", "+00:00")).date()
    except ValueError:
        return find_date(value)


def _teaser(block: Any, anchor: Any, title: str, date_text: str) -> str:
    paragraphs = [p for p in block.iter("p") if anchor not in p.iter("a")]
    if paragraphs:
        text = " ".join(_text(p) for p in paragraphs)
    else:
        text = _text(block).replace(title, " ", 1)
        # "Read more", "PDF", "Share": the short links of a card say nothing of its news.
        for link in _links(block):
            if link is not anchor and len(_text(link)) < 25:
                text = text.replace(_text(link), " ")
    if date_text:
        text = text.replace(date_text, " ")
    return _WS.sub(" ", text).strip(" ·|-–—")[:MAX_TEASER]


def _read_block(block: Any, base: str, language: str | None, selectors: PageSelectors) -> _Block | None:
    anchor = _main_link(block, selectors.link)
    if anchor is None:
        return None
    link = urljoin(base, valid_text(anchor.get("href") or "").strip())
    if urlsplit(link).scheme not in ("http", "https"):
        return None
    title = ""
    if selectors.title:
        title = " ".join(_text(e) for e in block.cssselect(selectors.title)).strip()
    else:
        heading = next((h for h in block.iter(*_HEADINGS) if _text(h)), None)
        title = _text(heading) if heading is not None else _text(anchor)
    title = (title or (anchor.get("title") or "").strip())[:MAX_TITLE]
    if not title:
        return None
    published, date_text = _date_of(block, selectors.date, language, title)
    return _Block(link, title, published, _teaser(block, anchor, title, date_text))


def _headline(block: _Block) -> bool:
    return len(block.title) >= 15 or len(block.title.split()) >= 3


def _score(blocks: list[_Block | None], members: int) -> float:
    good = [b for b in blocks if b is not None and _headline(b)]
    if len(good) < 2 or len(good) < 0.6 * members or len({b.link for b in good}) < 0.8 * len(good):
        return 0.0
    dated = sum(b.published is not None for b in good) / len(good)
    teased = sum(len(b.teaser) >= 40 for b in good) / len(good)
    if dated < 0.5 and teased < 0.5:
        return 0.0  # a list of links: a menu or an index, not news
    return len(good) * (1.0 + 2.0 * dated + teased)


def find_blocks(document: Any, base: str, language: str | None, selectors: PageSelectors) -> list[_Block]:
    """The listing's blocks, from the selectors or from the best-scoring group of siblings."""
    if selectors.block:
        members = document.cssselect(selectors.block)
        if not members:
            raise PageError(f"the block selector {selectors.block!r} matches nothing on this page")
        blocks = [_read_block(m, base, language, selectors) for m in members[: MAX_ITEMS * 2]]
        return [b for b in blocks if b is not None]
    best: list[_Block] = []
    best_score = 0.0
    for members in _groups(document):
        if _is_chrome(members[0]):
            continue
        # A block holding many headlines is a section of the page, not one item.
        if sum(len(_links(m)) for m in members) > 6 * len(members) + 6:
            continue
        blocks = [_read_block(m, base, language, selectors) for m in members[: MAX_ITEMS * 2]]
        score = _score(blocks, len(blocks))
        if score > best_score:
            best_score = score
            best = [b for b in blocks if b is not None and _headline(b)]
    return best


def _item(block: _Block, language: str | None) -> ParsedItem:
    teaser_html = f"<p>{html.escape(block.teaser)}</p>" if block.teaser else ""
    guid = canonical_url(block.link) or block.link
    return ParsedItem(
        guid=guid[:2000],
        link=block.link,
        canonical_link=canonical_url(block.link),
        title=block.title,
        summary_text=block.teaser,
        summary_html=teaser_html,
        author=None,
        published=iso_date(block.published),
        language=language,
        # The date is left out: a listing that reprints "3 days ago" or reformats a date is unchanged.
        content_hash=hashlib.sha1(f"{block.title}\n{teaser_html}\n{block.link}".encode()).hexdigest(),
    )


def _unique(items: Iterable[ParsedItem], page: str) -> list[ParsedItem]:
    seen = {canonical_url(page)}
    out = []
    for item in items:
        if item.guid not in seen:
            seen.add(item.guid)
            out.append(item)
    return out[:MAX_ITEMS]


NO_BLOCKS = (
    "no repeated news blocks found on this page (a listing of linked titles with dates or teasers); "
    "point to the authority's news or decisions list, or give CSS selectors under 'select:'"
)


def parse_listing(
    body: bytes,
    url: str,
    content_type: str | None = None,
    language: str | None = None,
    selectors: PageSelectors | None = None,
) -> ParsedFeed:
    """The listing's items; a page with none gives a ParsedFeed whose `bozo` says why."""
    selectors = selectors or PageSelectors()
    try:
        document = read_document(body, content_type)
        title = (document.get("data-page-title") or "")[:MAX_TITLE]
        base_href = next((b.get("href") for b in document.iter("base") if b.get("href")), None)
        base = urljoin(url, base_href) if base_href else url
        blocks = find_blocks(document, base, language, selectors)
    except PageError as exc:
        return ParsedFeed(title=None, link=url, language=language, items=(), bozo=str(exc))
    lang = language or _page_language(document)
    items = _unique((_item(b, lang) for b in blocks), url)
    return ParsedFeed(
        title=title or None,
        link=url,
        language=lang,
        items=tuple(items),
        bozo=None if items else NO_BLOCKS,
    )


def _page_language(document: Any) -> str | None:
    code = (document.get("lang") or "").split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def listing_failure(parsed: ParsedFeed) -> str | None:
    """Why a fetched page gave no items, or None."""
    return None if parsed.items else (parsed.bozo or NO_BLOCKS)
