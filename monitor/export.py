"""Exports of what is stored: items and fines as CSV or JSON, and the fines register as an Atom feed."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from monitor.alerts import describe_event
from monitor.escape import csv_cell, xml_text
from monitor.store.items import ItemFilter

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

Subject = Literal["items", "fines"]
Format = Literal["csv", "json", "atom"]
FORMATS: dict[Subject, tuple[Format, ...]] = {"items": ("csv", "json"), "fines": ("csv", "json", "atom")}

ATOM_NS = "http://www.w3.org/2005/Atom"
ID_PREFIX = "tag:regulatory-monitor,2024:"
STATUS_SCHEME = ID_PREFIX + "status"
AUTHORITY_SCHEME = ID_PREFIX + "authority"

# Column names are a contract with whoever built a spreadsheet on them: add at the end, never rename.
ITEM_COLUMNS = (
    "id",
    "published",
    "feed",
    "title",
    "link",
    "guid",
    "author",
    "language",
    "tags",
    "matched",
    "read",
    "authority",
    "target",
    "fine_status",
    "fine_amount",
    "fine_currency",
    "fine_amount_eur",
    "penalty_amount",
    "penalty_currency",
    "penalty_per",
    "event_id",
    "first_seen",
    "summary",
)
FINE_COLUMNS = (
    "id",
    "key",
    "decision_date",
    "authority",
    "target",
    "status",
    "amount",
    "currency",
    "amount_eur",
    "penalty_amount",
    "penalty_currency",
    "penalty_per",
    "tags",
    "title",
    "sources",
    "source_links",
    "created_at",
    "updated_at",
    "date_known",
)

# The one XML-text cleaner (monitor/escape.py), under the name this module's callers use.
clean_xml_text = xml_text


def utc_now() -> str:
    return datetime.now(tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso(value: str | None) -> str | None:
    """A stored date as full ISO 8601 UTC (decision dates may be stored as bare days)."""
    if not value:
        return None
    return value + "T00:00:00Z" if len(value) == 10 else value


# -- records ---------------------------------------------------------------------------------------


def item_records(
    store: Store, *, since: str | None = None, tag: str | None = None, matched_only: bool = False
) -> list[dict[str, Any]]:
    """Items as plain dicts with ITEM_COLUMNS keys (tags as a list, flags as booleans), newest first."""
    flt = ItemFilter(since=since, tags=(tag,) if tag else (), matched_only=matched_only)
    out = []
    for row in store.list_items(flt, limit=None):
        record = {key: row.get(key) for key in ITEM_COLUMNS}
        record["tags"] = sorted((row.get("tags") or "").split())
        record["matched"] = bool(row["matched"])
        record["read"] = bool(row["read"])
        record["published"] = _iso(row["published"])
        record["summary"] = row.get("summary_text") or ""
        out.append(record)
    return out


def event_key(event: dict[str, Any]) -> str:
    """A name for a fine event that another machine polling the same feeds arrives at too.

    Database ids differ between machines (and after a rebuild), so the key is built from what the
    decision is: the authority, the fined party and the day of the decision, or the amount when the
    party is unknown. The day converges as sources arrive (the earliest dated one wins), so machines
    that saw the articles in another order still agree once they have seen the same ones.
    """
    party = event.get("target_key")
    if not party:
        amount = event.get("amount_eur") or event.get("amount") or event.get("penalty_amount")
        party = f"amount-{amount:.0f}" if amount is not None else "unknown-party"
    parts = (event.get("authority") or "unknown-authority", party, (event.get("decision_date") or "")[:10])
    return "/".join(quote(str(p).strip().lower().replace(" ", "-"), safe="") for p in parts)


def _unique_keys(events: Sequence[dict[str, Any]]) -> dict[int, str]:
    # Two decisions against one party by one authority on one day are rare; the later-filed one
    # gets a suffix so ids stay unique within the feed.
    keys: dict[int, str] = {}
    seen: dict[str, int] = {}
    for event in sorted(events, key=lambda e: e["id"]):
        key = event_key(event)
        count = seen.get(key, 0) + 1
        seen[key] = count
        keys[event["id"]] = key if count == 1 else f"{key}-{count}"
    return keys


def atom_id(key: str) -> str:
    return f"{ID_PREFIX}event/{key}"


def event_json(store: Store, event: dict[str, Any]) -> dict[str, Any]:
    """One fine event as `monitor fines --json` and the JSON export write it (penalty nested, sources)."""
    out = dict(event)
    out["periodic_penalty"] = (
        {
            "amount": event["penalty_amount"],
            "currency": event["penalty_currency"],
            "per": event["penalty_per"],
        }
        if event["penalty_amount"] is not None
        else None
    )
    for key in ("penalty_amount", "penalty_currency", "penalty_per"):
        out.pop(key, None)
    out["history"] = store.event_history(event["id"])
    out["sources"] = [
        {
            "feed": s["feed"],
            "link": s["link"],
            "title": s["title"],
            "published": s["published"],
            "language": s["language"],
            "partial": bool(s["partial"]),  # joined on partial facts (no party or no sum to compare)
        }
        for s in store.event_sources(event["id"])
    ]
    return out


def fine_records(store: Store, *, since: str | None = None, tag: str | None = None) -> list[dict[str, Any]]:
    """Fine events, newest decision first, each with its key, title, status history and sources."""
    # The same JSON shape as `monitor fines --json` (event_json), so scripts can read either.
    events = store.list_events(tag=tag, since=since)
    keys = _unique_keys(events)
    out = []
    for event in events:
        record = event_json(store, event)
        record["key"] = keys[event["id"]]
        record["atom_id"] = atom_id(keys[event["id"]])
        # Topics go to <category>; the title reads like a headline: "CNIL fines Clearview AI €20,000,000".
        record["title"] = describe_event({**event, "tags": []})
        record["description"] = describe_event(event)
        record["decision_date"] = _iso(event["decision_date"])
        record["date_known"] = bool(event.get("date_known", 1))
        out.append(record)
    return out


# -- CSV and JSON ----------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, (list, tuple)):
        value = ";".join(str(v) for v in value)
    if isinstance(value, str):
        # On the final cell, so a joined list (tags "=1+1;x") is guarded like a title.
        return csv_cell(value)
    return value


def _csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def items_csv(records: Iterable[dict[str, Any]]) -> str:
    return _csv(ITEM_COLUMNS, records)


def fines_csv(records: Iterable[dict[str, Any]]) -> str:
    rows = []
    for record in records:
        row = dict(record)
        penalty = record.get("periodic_penalty") or {}
        row["penalty_amount"] = penalty.get("amount")
        row["penalty_currency"] = penalty.get("currency")
        row["penalty_per"] = penalty.get("per")
        links = [s["link"] for s in record.get("sources") or () if s.get("link")]
        row["sources"] = len(record.get("sources") or ())
        row["source_links"] = " ".join(links)
        rows.append(row)
    return _csv(FINE_COLUMNS, rows)


def to_json(records: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"


# -- Atom ------------------------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: clean_xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = clean_xml_text(text)
    return element


def _entry_html(record: dict[str, Any]) -> str:
    """The entry's content: the decision in one line, then its sources as a list of links."""
    div = ET.Element("div")
    ET.SubElement(div, "p").text = clean_xml_text(record["description"])
    status = ET.SubElement(div, "p")
    status.text = clean_xml_text(f"Status: {record['status'].replace('_', ' ')}")
    if record.get("sources"):
        listing = ET.SubElement(div, "ul")
        for source in record["sources"]:
            item = ET.SubElement(listing, "li")
            label = clean_xml_text(source.get("title") or source.get("link") or "")
            where = clean_xml_text(f" ({source.get('feed') or ''}, {(source.get('published') or '')[:10]})")
            if source.get("link"):
                anchor = ET.SubElement(item, "a", {"href": clean_xml_text(source["link"])})
                anchor.text = label
                anchor.tail = where
            else:
                item.text = label + where
    return ET.tostring(div, encoding="unicode", method="html")


def _status_changed_at(record: dict[str, Any]) -> str:
    # The entry changes for its reader when the decision's status changes, not with every article
    # that repeats it: a reader would otherwise show the same fine as updated again and again.
    history = record.get("history") or []
    changes = [h["at"] for h in history if h.get("at")]
    return _iso(max(changes) if changes else record.get("created_at")) or utc_now()


def fines_atom(
    records: Sequence[dict[str, Any]],
    *,
    self_url: str | None = None,
    title: str = "Regulatory Monitor: fines register",
    feed_id: str = ID_PREFIX + "fines",
    now: str | None = None,
) -> bytes:
    """An Atom 1.0 document with one entry per fine event (records from fine_records)."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", feed_id)
    _sub(feed, "title", title)
    _sub(feed, "subtitle", "Data-protection fines, one entry per decision, with the articles reporting it")
    updated = [_status_changed_at(r) for r in records]
    # An unchanged register keeps the same <updated>, so a static server's ETag stays the same too.
    _sub(feed, "updated", max(updated) if updated else (now or utc_now()))
    author = _sub(feed, "author")
    _sub(author, "name", "Regulatory Monitor")
    from monitor import __version__

    _sub(feed, "generator", "Regulatory Monitor", version=__version__)
    if self_url:
        _sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    for record, changed in zip(records, updated, strict=True):
        entry = _sub(feed, "entry")
        _sub(entry, "id", record["atom_id"])
        _sub(entry, "title", record["title"])
        _sub(entry, "updated", changed)
        _sub(entry, "published", _iso(record["decision_date"]) or changed)
        sources = [s for s in record.get("sources") or () if s.get("link")]
        if sources:
            _sub(entry, "link", rel="alternate", type="text/html", href=sources[0]["link"])
        for source in sources:
            attrs = {"rel": "related", "href": source["link"]}
            if source.get("title"):
                attrs["title"] = source["title"]
            _sub(entry, "link", **attrs)
        if record.get("authority"):
            _sub(entry, "category", term=record["authority"], scheme=AUTHORITY_SCHEME)
        _sub(entry, "category", term=record["status"], scheme=STATUS_SCHEME)
        for tag in record.get("tags") or ():
            _sub(entry, "category", term=tag, label=tag.replace("_", " "))
        _sub(entry, "summary", record["description"], type="text")
        _sub(entry, "content", _entry_html(record), type="html")
    ET.indent(feed)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


# -- one entry point for the CLI and the window ----------------------------------------------------


def render(
    store: Store,
    subject: Subject,
    fmt: Format,
    *,
    since: str | None = None,
    tag: str | None = None,
    matched_only: bool = False,
    self_url: str | None = None,
) -> bytes:
    """The export as UTF-8 bytes, ready to write to a file."""
    if fmt not in FORMATS[subject]:
        raise ValueError(f"{subject} cannot be exported as {fmt} (choose from {', '.join(FORMATS[subject])})")
    if subject == "items":
        items = item_records(store, since=since, tag=tag, matched_only=matched_only)
        text = items_csv(items) if fmt == "csv" else to_json(items)
        return text.encode("utf-8")
    fines = fine_records(store, since=since, tag=tag)
    if fmt == "atom":
        feed_id = ID_PREFIX + "fines" + (f"/tag/{quote(tag, safe='')}" if tag else "")
        return fines_atom(fines, self_url=self_url, feed_id=feed_id)
    return (fines_csv(fines) if fmt == "csv" else to_json(fines)).encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` in one step: a web server publishing it never serves half a file.

    An unchanged export leaves the file alone, so its mtime (a static server's Last-Modified) stays
    and readers polling it get 304s.
    """
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an export is meant to be read by others
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
