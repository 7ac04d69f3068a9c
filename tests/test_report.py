"""`monitor report`: the digest as HTML and PDF from a register the poller really wrote."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.digest import build_digest
from monitor.digest_html import chart_svg, render_html
from monitor.store import Store
from tests.report_support import polled_register
from tests.support.feedserver import FeedServer


@pytest.fixture
def register(feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db, _ = polled_register(feed_server, tmp_path / "machine")
    capsys.readouterr()
    return db


def test_the_html_digest_holds_the_period_s_decisions_facts_sources_totals_and_chart(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "digest.html"
    assert main(["--db", str(register), "report", "--since", "7d", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    decisions = html.split("<h2>Decisions</h2>")[1].split("<h2>")[0]
    # Facts: authority, country, party, amount as stated and in euros, status, date; the source linked.
    assert "Acme Robotics" in decisions and "Garante" in decisions and ">IT<" in decisions
    assert "£7,500,000" in decisions and "(€8,994,963)" in decisions and ">GB<" in decisions
    assert "imposed" in decisions and re.search(r"\d{4}-\d{2}-\d{2}", decisions)
    assert '<a href="https://garante.example/acme">' in decisions
    # The FTC's decision is not data protection; the 2022 one was only first reported now.
    assert "Widget" not in html
    late = html.split("<h2>Earlier decisions first reported in the period</h2>")[1].split("<h2>")[0]
    assert "Old" in late and "2022-10-19" in late
    totals = html.split("<h2>Totals by authority</h2>")[1]
    assert totals.index("ICO") < totals.index("Garante")  # the larger total first
    assert "<h2>Totals by party</h2>" in html and "<svg" in html


def test_the_html_digest_is_self_contained_and_escapes_what_feeds_said(
    register: Path, tmp_path: Path
) -> None:
    out = tmp_path / "digest.html"
    assert main(["--db", str(register), "report", "--since", "7d", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # Nothing to fetch: no stylesheet, script, image or font from anywhere.
    assert not re.search(r"<(script|link|img|iframe|object)\b", html, re.IGNORECASE)
    assert not re.search(r"\b(src=|@import|url\()", html)
    assert "&amp; more" in html and "& more" not in html
    ET.fromstring(chart_svg_of(register))  # the chart is well-formed SVG


def chart_svg_of(db: Path) -> str:
    store = Store(db, readonly=True)
    try:
        return chart_svg(build_digest(store, "2000-01-01", domain="all"))
    finally:
        store.close()


def test_hostile_facts_are_escaped_and_dangerous_links_left_unlinked(register: Path) -> None:
    store = Store(register)
    try:
        store.conn.execute(
            "UPDATE fine_events SET target = ?, authority = ? WHERE target = 'Acme Robotics'",
            ('<img src=x onerror="alert(1)">', "Garante"),
        )
        store.conn.execute("UPDATE items SET link = 'javascript:alert(1)' WHERE link LIKE '%acme%'")
        digest = build_digest(store, "2000-01-01", domain="all")
    finally:
        store.close()
    html = render_html(digest)
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "javascript:" not in html.split("<body>")[1].replace("Garante fines", "")
    assert "<img" not in chart_svg(digest)


def test_the_pdf_digest_is_written_by_qt_and_reads_as_the_report(register: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest.pdf"
    assert main(["--db", str(register), "report", "--since", "7d", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftotext, pdftoppm) is not installed; see .ci/debian-packages.txt")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True)
    words = " ".join(text.stdout.split())
    for expected in (
        "Fines report",
        "Acme Robotics",
        "Garante",
        "£7,500,000",
        "€8,994,963",
        "Totals by party",
    ):
        assert expected in words, expected
    assert "Widget" not in words
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    page = next(tmp_path.glob("page*.png")).read_bytes()
    assert page.startswith(b"\x89PNG") and len(page) > 5000  # a drawn page, not a blank one


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "last tuesday"],
        ["--since", "2024/01/01"],
        ["--since", "2024-02-30"],
        ["--since", "7d", "--until", "2000-01-01"],
        ["--since", "7d", "-o", "digest.docx"],
    ],
)
def test_a_bad_period_or_output_is_refused_with_status_2(
    register: Path,
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(register), "report", *args]) == 2
    assert "monitor:" in capsys.readouterr().err
    assert not list(tmp_path.glob("digest*"))


def test_an_iso_day_and_the_domain_option_choose_the_decisions(
    register: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(register), "report", "--since", "2022-10-01", "--until", "2022-10-31"]) == 0
    html = capsys.readouterr().out
    assert "Old" in html and "Acme" not in html
    assert main(["--db", str(register), "report", "--since", "yesterday", "--domain", "all"]) == 0
    assert "Widget" in capsys.readouterr().out


def test_without_a_database_the_report_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite"), "report", "-o", str(tmp_path / "d.html")]) == 2
    assert not (tmp_path / "d.html").exists()
