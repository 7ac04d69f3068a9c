"""Text for items that have none: the linked article's opening, read once, for the analysis.

Google News gives a title and an outlet; some feeds one truncated line; a listing's teaser may be a
sentence without the amount. For an item that matters (it looks like a fine, or it matches a watched
topic) but lacks the facts, the linked article is fetched once through fetch.py's Fetcher (its caps
and timeouts, tighter here), its main text extracted by trafilatura, and the title, the item's text
and the article's first paragraphs are analysed again. Only a short lead is kept. At most a few
articles per poll, one at a time per host with a pause between two, never for unmatched news nor for
an item that already has its amount and its party.
"""

from __future__ import annotations

import ipaddress
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from monitor.fetch import Fetcher, FetchLimits
from monitor.models import Analysis, ParsedFeed, ParsedItem

ARTICLE_LIMITS = FetchLimits(
    connect_timeout=10.0,
    read_timeout=15.0,
    total_timeout=30.0,
    max_bytes=2 * 1024 * 1024,  # an article page; a larger one is not an article
    max_decoded_bytes=4 * 1024 * 1024,
    max_redirects=5,  # Google News links are redirects to the publisher
)
MAX_PER_POLL = 5
LEAD_CHARS = 600  # what is stored and shown: the lead, never the whole article
ANALYSED_CHARS = 2500  # what is analysed: the first paragraphs
HOST_PAUSE = 1.0  # seconds between two article requests to one host
_SENTENCE_WORDS = 8
_WS = re.compile(r"\s+")


def _summary_is_short(item: ParsedItem) -> bool:
    # A summary that only repeats the title ("Title - Outlet") says nothing more than the title.
    rest = item.summary_text.replace(item.title, " ")
    return len(rest.split()) < _SENTENCE_WORDS


def needs_article(item: ParsedItem) -> bool:
    """An item that matters but lacks the facts: a fine without its amount or party, or matched news
    whose summary is shorter than a sentence. Never unmatched news, never an item with its facts."""
    if not item.link or urlsplit(item.link).scheme not in ("http", "https"):
        return False
    analysis = item.analysis
    fine = analysis.fine
    if fine is not None and (fine.amount is None or analysis.target is None):
        return True
    return (analysis.matched or fine is not None) and _summary_is_short(item)


def _gained(before: Analysis, after: Analysis) -> bool:
    """True when the article added a fact the item lacked (a fine, its amount, its party)."""
    if after.fine is None:
        return False
    if before.fine is None:
        return True
    return (before.fine.amount is None and after.fine.amount is not None) or (
        before.target is None and after.target is not None
    )


def is_local(url: str) -> bool:
    """True for an address on this machine or a private network (as written: names are not resolved)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal", ".lan", ".home.arpa")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." not in host  # a bare intranet name ("intranet", "nas")
    return not address.is_global


def lead_of(text: str, limit: int) -> str:
    """The first paragraphs of an extracted text, cut at a paragraph or a word, within `limit`."""
    out: list[str] = []
    size = 0
    for line in text.splitlines():
        paragraph = _WS.sub(" ", line).strip()
        if not paragraph:
            continue
        if size + len(paragraph) > limit:
            if not out:
                out.append(paragraph[:limit].rsplit(" ", 1)[0] + "…")
            break
        out.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(out)


def extract_text(body: bytes, url: str) -> str | None:
    """The article's main text (trafilatura: no comments, no navigation, no tables), or None."""
    import trafilatura  # heavy; loaded only when an article is read

    text = trafilatura.extract(
        body,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    return text.strip() or None if text else None


@dataclass
class ArticleBudget:
    """How many articles this poll may still read (shared by the poll's threads)."""

    left: int = MAX_PER_POLL

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


class ArticleReader:
    """Reads articles one at a time per host, with a pause between two requests to one host."""

    def __init__(self, fetcher: Fetcher | None = None, pause: float = HOST_PAUSE) -> None:
        self.fetcher = fetcher or Fetcher(ARTICLE_LIMITS, max_connections=4)
        self.pause = pause
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self.fetcher.close()

    def read(self, url: str) -> str | None:
        host = (urlsplit(url).hostname or "").lower()
        if urlsplit(url).scheme not in ("http", "https") or not host:
            return None
        with self._lock:
            host_lock = self._hosts.setdefault(host, threading.Lock())
        with host_lock:
            wait = self._last.get(host, 0.0) + self.pause - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                result = self.fetcher.fetch(url)
            finally:
                self._last[host] = time.monotonic()
        if result.outcome != "ok" or not result.body:
            return None
        kind = (result.content_type or "text/html").lower()
        if "html" not in kind:
            return None  # a PDF or an image: nothing trafilatura should read
        try:
            return extract_text(result.body, result.url)
        except Exception:  # an extractor surprise costs this article, not the poll
            return None

    @staticmethod
    def wanted(parsed: ParsedFeed, stored: Mapping[str, str] | None = None) -> bool:
        """True when some new or changed item of the feed would read its article."""
        stored = stored or {}
        return any(stored.get(i.guid) != i.content_hash and needs_article(i) for i in parsed.items)

    def enrich(
        self,
        parsed: ParsedFeed,
        budget: ArticleBudget,
        authority: str | None,
        stored: Mapping[str, str] | None = None,
        source: str | None = None,
    ) -> ParsedFeed:
        """The feed with its fact-less items analysed again with their articles' openings.

        `source`, the feed's own URL: an article on this machine or a private network is read only
        for a feed that came from there too, so a feed cannot point the app at the user's intranet.

        `stored` maps the feed's stored guids to their content hashes: an item stored as it is now
        has been read already (its article too); an edited one is read again, so that its new text
        does not replace facts the article gave.
        """
        stored = stored or {}
        items = list(parsed.items)
        for index, item in enumerate(items):
            if stored.get(item.guid) == item.content_hash or not needs_article(item):
                continue
            assert item.link is not None
            if is_local(item.link) and not (source and is_local(source)):
                continue
            if not budget.take():
                break
            text = self.read(item.link)
            if not text:
                continue
            items[index] = with_article(item, text, authority)
        return replace(parsed, items=tuple(items))


def with_article(item: ParsedItem, text: str, authority: str | None) -> ParsedItem:
    """The item analysed again over its title, its own text and the article's first paragraphs."""
    opening = lead_of(text, ANALYSED_CHARS)
    from monitor.analysis import analyze  # loaded with the first article read, not with the poller
    from monitor.pipeline import analysed

    analysis = analyze(item.title, f"{item.summary_text}\n{opening}".strip(), item.language, authority)
    gained = _gained(item.analysis, analysis)
    return replace(
        analysed(item, analysis) if gained else item,
        article_lead=lead_of(text, LEAD_CHARS) or None,
        facts_from_article=gained,
    )
