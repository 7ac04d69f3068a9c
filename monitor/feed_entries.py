"""One feeds-file entry's plain values checked into a `FeedConfig`, with no YAML in sight.

The same checks whether the values were read from the YAML nodes (`feeds_yaml.py`) or from the
cache of a file already read (`feeds_cache.py`, hostile like any file), so a cached feed is held
to exactly the rules of a written one.
"""

from __future__ import annotations

from typing import Any

from monitor import urls
from monitor.config_values import parse_interval, text_problem
from monitor.models import FeedConfig, PageSelectors

KNOWN_KEYS = {
    "name", "url", "kind", "language", "country", "authority", "enabled", "interval", "tags", "type",
    "select",
}  # fmt: skip
KINDS = ("authority", "news")
TYPES = ("feed", "page")
SELECT_KEYS = ("block", "link", "title", "date")
URL_SCHEMES = urls.FEEDS_FILE
Problems = list[tuple[int, str]]  # (line, message), every problem of a file collected


def check_url(url: str) -> str | None:
    """Why a feed URL is unusable, or None (monitor/urls.py judges every URL the same way)."""
    return urls.problem(url, schemes=URL_SCHEMES)


def feed_from_values(
    values: dict[str, Any], lines: dict[str, int], line: int, problems: Problems
) -> FeedConfig | None:
    """The feed these values describe (each a plain value, a list of them for tags, a mapping for
    select, with the line of its key in `lines`), or None with why in `problems`."""
    before = len(problems)
    for key, value in list(values.items()):
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and (why := text_problem(text)):
                problems.append((lines.get(key, line), f"{key!r} {why}"))
                del values[key]
                break
    for required in ("name", "url"):
        if not str(values.get(required) or "").strip():
            problems.append((line, f"feed is missing {required!r}"))
    name = str(values.get("name") or "").strip()
    url = str(values.get("url") or "").strip()
    if url and (why := check_url(url)):
        problems.append((lines.get("url", line), why))
    kind = values.get("kind", "news")
    if kind not in KINDS:
        problems.append((lines.get("kind", line), f"kind must be 'authority' or 'news', not {kind!r}"))
    interval = None
    if values.get("interval") is not None:
        try:
            interval = parse_interval(values["interval"])
        except ValueError as exc:
            problems.append((lines.get("interval", line), str(exc)))
    enabled = values.get("enabled", True)
    if not isinstance(enabled, bool):
        problems.append((lines.get("enabled", line), f"enabled must be true or false, not {enabled!r}"))
    source_type = values.get("type", "feed")
    if source_type not in TYPES:
        problems.append((lines.get("type", line), f"type must be 'feed' or 'page', not {source_type!r}"))
    select: PageSelectors | None = None
    if values.get("select"):
        if source_type != "page":
            problems.append(
                (lines.get("select", line), "select applies to page sources only (add 'type: page')")
            )
        select, why = page_selectors(values["select"])
        if why:
            problems.append((lines.get("select", line), why))
    tags = values.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append((lines.get("tags", line), "tags must be a list of words"))
        tags = []
    if len(problems) > before:
        return None
    return FeedConfig(
        name=name,
        url=url,
        kind=kind,
        language=_opt_str(values.get("language")),
        country=_opt_str(values.get("country")),
        authority=_opt_str(values.get("authority")),
        enabled=enabled,
        interval=interval,
        tags=tuple(t.strip() for t in tags if t.strip()),
        line=line,
        type="page" if source_type == "page" else "feed",
        select=select,
    )


def page_selectors(values: dict[str, Any]) -> tuple[PageSelectors | None, str | None]:
    """The selectors of a page source, each checked to be CSS that cssselect can translate."""
    from cssselect import GenericTranslator, SelectorError

    found: dict[str, str] = {}
    for key in SELECT_KEYS:
        value = values.get(key)
        if value is None:
            continue
        text = str(value).strip()
        try:
            GenericTranslator().css_to_xpath(text)
        except SelectorError as exc:
            return None, f"select.{key}: {text!r} is not a CSS selector ({exc})"
        found[key] = text
    return PageSelectors(**found), None


def _opt_str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def unique(feeds: list[FeedConfig], problems: Problems) -> list[FeedConfig]:
    """The feeds with a name (case-folded) or URL of their own; each repeat is a problem."""
    kept: list[FeedConfig] = []
    names: dict[str, int] = {}
    seen_urls: dict[str, int] = {}
    for feed in feeds:
        if feed.name.casefold() in names:
            first = names[feed.name.casefold()]
            problems.append((feed.line, f"duplicate name {feed.name!r} (first on line {first})"))
            continue
        if feed.url in seen_urls:
            problems.append((feed.line, f"duplicate url {feed.url!r} (first on line {seen_urls[feed.url]})"))
            continue
        names[feed.name.casefold()] = feed.line
        seen_urls[feed.url] = feed.line
        kept.append(feed)
    return kept
