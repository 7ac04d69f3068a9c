"""feeds.yml: valid files load, and each kind of mistake is reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_feeds, parse_feeds, save_feeds, upsert_feed
from monitor.config_values import ConfigError, parse_interval
from monitor.models import FeedConfig
from monitor.paths import bundled_feeds_file

GOOD = """\
feeds:
  - name: CNIL (FR)
    url: https://www.cnil.fr/fr/rss.xml
    kind: authority
    language: fr
    country: FR
    authority: CNIL
    interval: 15m
  - name: Some news
    url: http://127.0.0.1:8000/news.xml
    tags: [biometrics]
    enabled: false
"""


def test_good_file_loads_with_defaults() -> None:
    feeds = parse_feeds(GOOD)
    assert [f.name for f in feeds] == ["CNIL (FR)", "Some news"]
    cnil, news = feeds
    assert (cnil.kind, cnil.authority, cnil.interval, cnil.line) == ("authority", "CNIL", 900, 2)
    assert (news.kind, news.enabled, news.tags, news.interval) == ("news", False, ("biometrics",), None)


# Every key and YAML form a feeds file may use: quoting, flow and block lists, a mapping of
# selectors, comments, blank lines, a multi-line plain scalar, non-ASCII text, a file: URL.
EVERY_FORM = """\
# comment
feeds:

  - name: "Garante (IT) – newsletter"   # trailing comment
    url: 'https://www.garanteprivacy.it/rss'
    type: page
    kind: authority
    language: it
    country: IT
    authority: Garante
    enabled: true
    interval: 3600
    tags:
      - biometrics
      - facial_recognition
    select: {block: article, link: "a.title", title: h2, date: time}
  - {name: Flow feed, url: "file:///tmp/feed.xml", tags: [gdpr]}
  - name: A name on
      two lines
    url: http://127.0.0.1:8000/news.xml
    interval: 2h
"""


@pytest.mark.parametrize("text", [GOOD, EVERY_FORM, bundled_feeds_file().read_text(encoding="utf-8")])
def test_libyaml_reads_a_file_as_pyyaml_does(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    import yaml

    import monitor.feeds_yaml

    # Read by libyaml, not passed on to PyYAML's parser for a problem (that would compare it to itself).
    fast = monitor.feeds_yaml._feeds_from_root(
        monitor.feeds_yaml._fast_compose(text, yaml.CSafeLoader), "feeds.yml"
    )
    monkeypatch.setattr(monitor.feeds_yaml, "_FAST_LOADER", None)
    assert fast == parse_feeds(text) != []  # values and lines alike
    if text == EVERY_FORM:
        assert [(f.line, f.type, f.tags) for f in fast][:2] == [
            (4, "page", ("biometrics", "facial_recognition")),
            (17, "feed", ("gdpr",)),
        ]


def test_bundled_default_is_valid_and_has_the_authorities() -> None:
    feeds = load_feeds(bundled_feeds_file())
    authorities = {f.authority for f in feeds if f.kind == "authority"}
    assert {"CNIL", "ICO", "EDPB", "AEPD", "Garante", "AP-NL"} <= authorities
    assert any(f.language == "en" and f.authority == "CNIL" for f in feeds)
    assert any(f.kind == "news" for f in feeds)
    pages = {f.authority: f for f in feeds if f.type == "page"}
    # Authorities without a feed are watched through their listings; unconfirmed ones start disabled.
    assert {"DPC", "CNPD-LU", "HDPA", "UODO", "Datatilsynet", "Datatilsynet-DK"} <= set(pages)
    assert any(f.enabled for f in feeds if f.authority == "DPC" and f.type == "page")
    assert not pages["UODO"].enabled


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("feeds:\n  - name: A\n    url: http://x.org/a\n    colour: red\n", 4, "unknown key 'colour'"),
        ("feeds:\n  - name: A\n    kind: news\n", 2, "missing 'url'"),
        ("feeds:\n  - url: http://x.org/a\n", 2, "missing 'name'"),
        ("feeds:\n  - name: A\n    url: http://x.org/a\n    interval: soon\n", 4, "interval"),
        ("feeds:\n  - name: A\n    url: http://x.org/a\n    interval: 5s\n", 4, "minimum"),
        (
            "feeds:\n  - name: A\n    url: http://x.org/a\n  - name: a\n    url: http://x.org/b\n",
            4,
            "duplicate name 'a' (first on line 2)",
        ),
        ("feeds:\n  - name: A\n    url: ftp://x.org/a\n", 3, "url must start with"),
        ("feeds:\n  - name: A\n    url: http://x.org/a\n    kind: blog\n", 4, "kind must be"),
        ("feeds:\n  - name: A\n    url: http://x.org/a\n   bad: [\n", 4, "not valid YAML"),
        ("items: []\n", 1, "unknown top-level key 'items'"),
        ("", 1, "empty"),
    ],
)
def test_mistakes_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "feeds.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    assert any(n == line and message in m for n, m in caught.value.problems), caught.value.problems
    assert f"{path}:{line}:" in str(caught.value)


def test_every_problem_is_listed_at_once() -> None:
    text = "feeds:\n  - name: A\n    colour: red\n  - name: B\n    url: gopher://x\n"
    with pytest.raises(ConfigError) as caught:
        parse_feeds(text)
    lines = [line for line, _ in caught.value.problems]
    assert lines == sorted(lines) and {2, 3, 5} <= set(lines)


def test_interval_forms() -> None:
    assert [parse_interval(v) for v in (3600, "90m", "2h", "1d", "120")] == [3600, 5400, 7200, 86400, 120]


def test_save_round_trips_and_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yml"
    feeds = parse_feeds(GOOD)
    feeds = upsert_feed(
        feeds,
        FeedConfig(
            name="Garante",
            url="https://garante.example/rss",
            kind="authority",
            authority="Garante",
            language="it",
        ),
    )
    save_feeds(path, feeds)
    again = load_feeds(path)
    assert [(f.name, f.url, f.interval, f.enabled, f.tags) for f in again] == [
        (f.name, f.url, f.interval, f.enabled, f.tags) for f in feeds
    ]
    assert not list(tmp_path.glob(".feeds-*"))
