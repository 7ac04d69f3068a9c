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

from monitor.escape import csv_cell, xml_text
from monitor.fine_records import ID_PREFIX, fine_records, iso_utc
from monitor.models import EventRow
from monitor.register_filter import DEFAULT_DOMAIN, RegisterFilter
from monitor.store.items import ItemFilter

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store

Subject = Literal["items", "fines"]
Format = Literal["csv", "json", "atom"]
FORMATS: dict[Subject, tuple[Format, ...]] = {"items": ("csv", "json"), "fines": ("csv", "json", "atom")}

ATOM_NS = "http://www.w3.org/2005/Atom"
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
    "corrected",  # the facts the user corrected (party;amount;status;domain;merged;split)
    "country",
    "domain",
    "articles",
    "official_link",
    "decided_on",
)

# The one XML-text cleaner (monitor/escape.py), under the name this module's callers use.
clean_xml_text = xml_text


def utc_now() -> str:
    return datetime.now(tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
        record["published"] = iso_utc(row["published"])
        record["summary"] = row.get("summary_text") or ""
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
        official = [s["link"] for s in record.get("sources") or () if s.get("official")]
        row["official_link"] = official[0] if official else None
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
    return iso_utc(max(changes) if changes else record.get("created_at")) or utc_now()


def fines_atom(
    records: Sequence[dict[str, Any]],
    *,
    self_url: str | None = None,
    title: str = "Regulatory Monitor: fines register",
    feed_id: str = ID_PREFIX + "fines",
    now: str | None = None,
    subtitle: str = "Data-protection fines, one entry per decision, with the articles reporting it",
) -> bytes:
    """An Atom 1.0 document with one entry per fine event (records from fine_records)."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", feed_id)
    _sub(feed, "title", title)
    _sub(feed, "subtitle", subtitle)
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
        _sub(entry, "published", iso_utc(record.get("decided_on") or record["decision_date"]) or changed)
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
        for scheme, terms in (("country", [record.get("country")]), ("domain", [record.get("domain")])):
            for term in filter(None, terms):
                _sub(entry, "category", term=str(term), scheme=ID_PREFIX + scheme)
        for article in record.get("articles") or ():
            _sub(entry, "category", term=str(article), scheme=ID_PREFIX + "article")
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
    criteria: RegisterFilter | None = None,
    events: Sequence[EventRow] | None = None,
) -> bytes:
    """The export as UTF-8 bytes, ready to write to a file."""
    if fmt not in FORMATS[subject]:
        raise ValueError(f"{subject} cannot be exported as {fmt} (choose from {', '.join(FORMATS[subject])})")
    if subject == "items":
        items = item_records(store, since=since, tag=tag, matched_only=matched_only)
        text = items_csv(items) if fmt == "csv" else to_json(items)
        return text.encode("utf-8")
    fines = fine_records(store, since=since, tag=tag, criteria=criteria, events=events)
    if fmt == "atom":
        feed_id = ID_PREFIX + "fines" + (f"/tag/{quote(tag, safe='')}" if tag else "")
        domains = criteria.domains if criteria is not None else (DEFAULT_DOMAIN,)
        if domains != (DEFAULT_DOMAIN,):  # the data-protection feed keeps the id subscribers have
            feed_id += "/domain/" + quote("+".join(domains) or "any", safe="+")
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
