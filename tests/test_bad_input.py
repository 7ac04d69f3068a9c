"""Bad input is refused line by line: `monitor analyze` answers every line and names the bad ones;
the feeds file loader names the line of each wrongly shaped value and never expands an alias bomb."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor.config import parse_feeds
from monitor.config_values import ConfigError

ROOT = Path(__file__).resolve().parent.parent

# (input line, what its output line must hold): None for an analysis, else a phrase of its error.
ANALYZE_LINES: list[tuple[bytes, str | None]] = [
    (b'{"id": 1, "title": "CNIL fines Clearview AI EUR 20 million", "summary": ""}', None),
    (b"this is not json", "not valid JSON"),
    (b'{"id": 2, "title": "unterminated', "not valid JSON"),
    (b"[1, 2, 3]", "must be a JSON object"),
    (b'"a string"', "must be a JSON object"),
    (b"42", "must be a JSON object"),
    (b"null", "must be a JSON object"),
    (b'{"id": 3, "title": 5}', "'title' must be a string"),
    (b'{"id": 4, "title": "x", "summary": ["a"]}', "'summary' must be a string"),
    (b'{"id": 5, "title": "x", "lang": {"code": "fr"}}', "'lang' must be a string"),
    (b'{"id": 6, "title": "x", "feed_authority": 7}', "'feed_authority' must be a string"),
    (b'{"id": 7}', "needs a 'title' or a 'summary'"),
    (b"[" * 50_000 + b"]" * 50_000, "nested too deeply"),
    (b'{"id": 8, "title": "caf\xe9 latin-1"}', "not UTF-8"),
    (b'{"id": "\\ud800", "title": "a lone surrogate in the id"}', None),
    (b'{"id": 9, "title": "", "summary": "La CNIL inflige une amende de 5 millions d\'euros"}', None),
]


def _analyze(data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "monitor", "analyze"],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_analyze_answers_every_line_and_names_the_bad_ones() -> None:
    # A blank line between records is no record: it gets no answer, but still counts in numbering.
    data = b"\n".join(line for line, _ in ANALYZE_LINES[:3]) + b"\n\n"
    data += b"\n".join(line for line, _ in ANALYZE_LINES[3:]) + b"\n"
    done = _analyze(data)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(out) == len(ANALYZE_LINES)
    for index, ((line, expected), answer) in enumerate(zip(ANALYZE_LINES, out, strict=True)):
        number = index + 1 if index < 3 else index + 2  # the blank line is line 4
        if expected is None:
            assert "error" not in answer and "tags" in answer, (line[:60], answer)
        else:
            assert expected in answer["error"], (line[:60], answer)
            assert answer["line"] == number, (line[:60], answer)
    assert out[0]["fine"]["amount"] == 20e6  # the good lines around bad ones are analysed in full
    failed = sum(1 for _, expected in ANALYZE_LINES if expected)
    assert f"{failed} line(s) could not be analysed" in done.stderr.decode()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "feeds:\n  - name: [a, b]\n    url: http://x.org/a\n",
            2,
            "'name' must be a single value, not a list",
        ),
        ("feeds:\n  - name: A\n    url:\n      href: http://x.org/a\n", 3, "'url' must be a single value"),
        ("feeds:\n  - name: A\n    url: http://x.org/a\n    tags: [a, [b]]\n", 4, "tags must be a list"),
        ("feeds:\n  - name: A\n    url: http://x.org/a\n    enabled: maybe\n", 4, "enabled must be true or"),
        ("feeds:\n  - just a string\n", 2, "each feed must be a mapping"),
        (
            "feeds:\n  - name: A\n    url: http://x.org/a\n  - name: B\n    url: http://x.org/a\n",
            4,
            "duplicate url",
        ),
        ("feeds:\n\t- name: A\n", 2, "not valid YAML"),
        ("feeds: {name: A}\n", 1, "'feeds:' must be a list"),
    ],
)
def test_feeds_file_names_the_line_of_each_misshaped_value(text: str, line: int, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text, "feeds.yml")
    assert any(n == line and message in m for n, m in caught.value.problems), caught.value.problems


def test_feeds_file_alias_bomb_is_refused_without_expanding_it() -> None:
    # Nine levels of nine aliases: 387 million strings if a name were ever built from it.
    levels = "\n".join(f"  - &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10))
    text = f"feeds:\n  - &a0 [lol]\n{levels}\n  - name: *a9\n    url: http://x.org/a\n"
    started = time.monotonic()
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text, "feeds.yml")
    assert time.monotonic() - started < 10  # a bound, not a speed target: expanding takes minutes
    assert any(n == 12 and "'name' must be a single value" in m for n, m in caught.value.problems)


def test_feeds_file_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    from monitor.config import load_feeds

    path = tmp_path / "feeds.yml"
    path.write_bytes(b"feeds:\n  - name: Caf\xe9\n    url: http://x.org/a\n")
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    assert "cannot read" in str(caught.value) and str(path) in str(caught.value)
