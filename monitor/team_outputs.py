"""What a poll leaves for the rest of a team: the filtered Atom feed and the weekly report.

One machine polls (`monitor poll --every`, often as a systemd service, or the window) and the others
read what it writes: the register's Atom feed at the `atom_path` setting after every poll, and every
week a digest in the `report_folder` setting. Both are written in one step (`write_atomically`), so a
web server or a file share never serves half a file. A failure to write is reported, never fatal to
the poll: the next poll tries again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from monitor import settings
from monitor.digest import DEFAULT_DOMAIN, Digest, build_digest
from monitor.export import render, write_atomically
from monitor.register_filter import RegisterFilter

if TYPE_CHECKING:
    from monitor.store import Store

ReportFormat = Literal["html", "pdf"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("html", "pdf")
PdfWriter = Callable[[Digest, Path], None]
WEEK = dt.timedelta(days=7)
LAST_REPORT = "report_last_written"


def format_of(path: Path) -> ReportFormat | None:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("html", "htm"):
        return "html"
    return "pdf" if suffix == "pdf" else None


def write_report(digest: Digest, path: Path, fmt: ReportFormat, pdf: PdfWriter | None = None) -> None:
    """HTML here; a PDF through `pdf`, Qt's writer, which the front end hands in (the core has no Qt)."""
    if fmt == "pdf":
        if pdf is None:
            raise ValueError("a PDF report needs a PDF writer (monitor.gui.pdf_report.write_pdf)")
        pdf(digest, path)
        return
    from monitor.digest_html import render_html

    write_atomically(path, render_html(digest).encode("utf-8"))


def atom_feed(store: Store, domain: str = DEFAULT_DOMAIN) -> bytes:
    """The register's Atom feed, only the decisions of one domain of law (data protection): the
    same document as `monitor export fines --format atom --domain DOMAIN`."""
    return render(store, "fines", "atom", criteria=RegisterFilter(domains=(domain,)))


def _parse(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def weekly_since(store: Store, now: str) -> str | None:
    """Where the next weekly report starts, when a week has passed since the last one; else None."""
    last = str(settings.get(store, LAST_REPORT))  # a hand-edited, unreadable value reads as none
    if not last:
        return (_parse(now) - WEEK).strftime("%Y-%m-%dT%H:%M:%SZ")
    return last if _parse(last) + WEEK <= _parse(now) else None


def report_name(now: str, fmt: ReportFormat) -> str:
    return f"fines-report-{now[:10]}.{fmt}"


@dataclass
class Outputs:
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def after_poll(store: Store, now: str | None = None, pdf: PdfWriter | None = None) -> Outputs:
    """Write the Atom feed and, when due, the weekly report, as the settings ask."""
    from monitor.store import utc_now

    now = now or utc_now()
    done = Outputs()
    atom_path = str(settings.get(store, "atom_path"))
    if atom_path:
        path = Path(atom_path).expanduser()
        try:
            write_atomically(path, atom_feed(store))
            done.written.append(path)
        except OSError as exc:
            done.problems.append(f"could not write the Atom feed to {path}: {exc.strerror or exc}")
    folder = str(settings.get(store, "report_folder"))
    since = weekly_since(store, now) if folder else None
    if since is not None:
        fmt: ReportFormat = settings.get(store, "report_format")
        path = Path(folder).expanduser() / report_name(now, fmt)
        try:
            write_report(build_digest(store, since, now=now), path, fmt, pdf)
        except OSError as exc:
            done.problems.append(f"could not write the weekly report to {path}: {exc.strerror or exc}")
        else:
            done.written.append(path)
            # Recorded only once written: a folder that was unreachable gets the report next poll.
            settings.put(store, LAST_REPORT, now)
    return done
