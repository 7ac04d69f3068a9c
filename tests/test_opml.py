"""OPML in and out: other readers' exports, hostile documents, merging, the CLI, and Newsboat itself."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.cli import main
from monitor.config import dump_feeds, load_feeds, parse_feeds, save_feeds
from monitor.models import FeedConfig
from monitor.opml import OpmlError, merge_feeds, normalise_url, read_opml, write_opml
from monitor.paths import bundled_feeds_file

DATA = Path(__file__).parent / "data" / "opml"


def _summary(feeds: list[FeedConfig]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(f.name, f.url, f.kind, f.tags) for f in feeds]


# -- other readers' exports ------------------------------------------------------------------------

SAMPLES = {
    "feedly.opml": [
        ("noyb", "https://noyb.eu/en/rss", "news", ("privacy", "must_read")),
        (
            "The Register - Security",
            "https://www.theregister.com/security/headlines.atom",
            "news",
            ("privacy",),
        ),
        ("ICO news", "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/rss/", "authority", ()),
    ],
    "miniflux.opml": [
        ("EDPB News", "https://www.edpb.europa.eu/feed/news_en", "news", ()),
        (
            "Ars Technica & Policy",
            "https://feeds.arstechnica.com/arstechnica/tech-policy",
            "news",
            ("tech_press",),
        ),
    ],
    "freshrss.opml": [
        ("EDPS news", "https://www.edps.europa.eu/feed/news_en", "news", ()),
        ("AEPD", "https://www.aepd.es/noticias/feed.xml", "authority", ()),
    ],
    "rssguard.opml": [
        ("Garante privacy", "https://www.garanteprivacy.it/home/rss", "authority", ("europe",)),
        ("Biometric Update", "https://www.biometricupdate.com/feed", "news", ()),
    ],
    "lowercase-categories.opml": [
        ("CNIL actualités", "http://www.cnil.fr/fr/rss.xml", "authority", ("privacy", "france", "gdpr")),
    ],
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_reads_other_readers_exports(name: str) -> None:
    assert _summary(read_opml((DATA / name).read_bytes(), name)) == SAMPLES[name]


def test_every_sample_is_checked() -> None:
    assert sorted(p.name for p in DATA.glob("*.opml")) == sorted(SAMPLES)


def test_unusable_outlines_are_reported_not_imported() -> None:
    problems: list[str] = []
    read_opml((DATA / "freshrss.opml").read_bytes(), "freshrss.opml", problems)
    assert len(problems) == 1
    assert "javascript:alert(1)" in problems[0]
    assert problems[0].startswith("line 16:")

    problems = []
    read_opml((DATA / "lowercase-categories.opml").read_bytes(), "x", problems)
    assert problems == ["line 10: skipped an outline of type 'include' (not a feed)"]


def test_local_files_are_never_imported() -> None:
    doc = (
        '<opml version="2.0"><body><outline text="Secrets" xmlUrl="file:///etc/passwd"/>'
        '<outline text="Ok" xmlUrl="https://ok.example/feed"/></body></opml>'
    )
    problems: list[str] = []
    assert [f.name for f in read_opml(doc, problems=problems)] == ["Ok"]
    assert problems == ["line 1: skipped 'file:///etc/passwd': file:// feeds are only added by hand"]


def test_reads_text_as_well_as_bytes() -> None:
    text = (DATA / "miniflux.opml").read_text(encoding="utf-8")
    assert _summary(read_opml(text)) == SAMPLES["miniflux.opml"]


def test_untitled_feed_is_named_after_its_url() -> None:
    doc = (
        '<opml version="1.0"><body>'
        '<outline type="rss" xmlUrl="https://example.org/feeds/all.xml" htmlUrl="" title=""/>'
        "</body></opml>"
    )
    assert [f.name for f in read_opml(doc)] == ["example.org/feeds/all.xml"]


# -- what is refused -------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<opml version="2.0"><body><outline text="&lol3;" xmlUrl="https://example.org/f"/></body></opml>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://example.org/f"/></body></opml>
"""


@pytest.mark.parametrize(
    ("doc", "line"), [(BILLION_LAUGHS, 3), (EXTERNAL_ENTITY, 2)], ids=["expansion", "external"]
)
def test_entity_declarations_are_refused(doc: str, line: int) -> None:
    with pytest.raises(OpmlError, match="entity declarations are not allowed") as info:
        read_opml(doc, "evil.opml")
    assert str(info.value).startswith(f"evil.opml:{line}:")


def test_a_doctype_without_entities_is_accepted() -> None:
    doc = '<!DOCTYPE opml><opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/f"/></body></opml>'
    assert [f.name for f in read_opml(doc)] == ["A"]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("<rss version='2.0'><channel><title>x</title></channel></rss>", "the root element is <rss>"),
        ("<html><body><p>Hello<br></p></body></html>", "not well-formed XML"),
        ("", "not well-formed XML"),
        ("subscriptions:\n  - https://example.org/feed\n", "not well-formed XML"),
        ("<opml version='2.0'><head/></opml>", "it has no <body>"),
    ],
    ids=["rss", "html", "empty", "yaml", "no-body"],
)
def test_non_opml_is_rejected_with_a_clear_error(doc: str, message: str) -> None:
    with pytest.raises(OpmlError, match="not an OPML file") as info:
        read_opml(doc, "input.xml")
    assert message in str(info.value)
    assert str(info.value).startswith("input.xml")


# -- writing, and reading back ---------------------------------------------------------------------


def test_bundled_feeds_survive_a_round_trip() -> None:
    feeds = load_feeds(bundled_feeds_file())
    text = write_opml(feeds)
    back = read_opml(text)
    assert [(f.name, f.url, f.kind, f.language, f.country, f.authority, f.tags) for f in back] == [
        (f.name, f.url, f.kind, f.language, f.country, f.authority, f.tags)
        for f in sorted(feeds, key=lambda f: f.kind != "authority")
    ]


def test_written_opml_has_folders_by_kind_and_site_links() -> None:
    feeds = [
        FeedConfig("Clearview news", "https://news.example/feed", kind="news", tags=("biometrics",)),
        FeedConfig(
            "CNIL",
            "https://cnil.example/rss",
            kind="authority",
            authority="CNIL",
            interval=7200,
            enabled=False,
        ),
    ]
    text = write_opml(feeds, html_urls={"https://cnil.example/rss": "https://cnil.example/"})
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml ')
    assert 'version="2.0"' in text
    authorities = text.index('text="Authorities"')
    news = text.index('text="News"')
    assert authorities < text.index('xmlUrl="https://cnil.example/rss"') < news
    assert 'htmlUrl="https://cnil.example/"' in text
    assert 'category="biometrics"' in text
    back = {f.name: f for f in read_opml(text)}
    assert back["CNIL"].interval == 7200
    assert back["CNIL"].enabled is False
    assert back["CNIL"].authority == "CNIL"
    assert back["Clearview news"].enabled is True


# Bidi overrides and isolates (U+202A-202E, U+2066-2069) are dropped from someone else's names on
# purpose (test_control_characters_in_names_still_give_valid_xml): a name made of them alone is
# no name, so the generated names leave them out.
_name_chars = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc", "Cn", "Co", "Zs", "Zl", "Zp"),
    exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
_names = st.lists(st.text(_name_chars, min_size=1, max_size=12), min_size=1, max_size=3).map(" ".join)
_tags = st.lists(st.from_regex(r"[A-Za-z0-9_]{1,10}", fullmatch=True), max_size=3, unique=True)


@given(
    st.lists(
        st.tuples(_names, st.sampled_from(["authority", "news"]), _tags),
        min_size=1,
        max_size=6,
        unique_by=lambda t: t[0],
    )
)
def test_any_feed_list_round_trips(entries: list[tuple[str, str, list[str]]]) -> None:
    feeds = [
        FeedConfig(name, f"https://host{i}.example/feed?x=1&y=<{i}>", kind=kind, tags=tuple(tags))  # type: ignore[arg-type]
        for i, (name, kind, tags) in enumerate(entries)
    ]
    back = read_opml(write_opml(feeds).encode("utf-8"))
    expected = sorted(feeds, key=lambda f: f.kind != "authority")
    assert [(f.name, f.url, f.kind, f.tags) for f in back] == [
        (f.name, f.url, f.kind, f.tags) for f in expected
    ]


def test_control_characters_in_names_still_give_valid_xml() -> None:
    feeds = [FeedConfig("Bad\x0bname\x00", "https://bad.example/feed")]
    assert [f.name for f in read_opml(write_opml(feeds))] == ["Badname"]


# -- merging ---------------------------------------------------------------------------------------


def test_normalised_urls_meet() -> None:
    assert normalise_url("https://WWW.Example.org:443/feed/") == normalise_url("http://example.org/feed")
    assert normalise_url("https://example.org/feed?a=1") != normalise_url("https://example.org/feed?a=2")
    assert normalise_url("https://example.org:8443/feed") != normalise_url("https://example.org/feed")


def test_merge_skips_known_urls_and_renames_name_clashes() -> None:
    existing = [
        FeedConfig("CNIL", "https://www.cnil.fr/fr/rss.xml", kind="authority", line=3),
        FeedConfig("News", "https://news.example/feed"),
    ]
    incoming = [
        FeedConfig("CNIL actualités", "http://cnil.fr/fr/rss.xml/"),  # the same feed, spelt differently
        FeedConfig("News", "https://other.example/feed"),
        FeedConfig("news", "https://third.example/feed"),
        FeedConfig("Fresh", "https://fresh.example/feed"),
    ]
    merged, added, skipped = merge_feeds(existing, incoming)
    assert merged[:2] == existing
    assert [f.name for f in added] == ["News (2)", "news (3)", "Fresh"]
    assert [f.url for f in skipped] == ["http://cnil.fr/fr/rss.xml/"]
    assert merged == existing + added
    parse_feeds(dump_feeds(merged))  # a valid feeds file

    again, added_again, skipped_again = merge_feeds(merged, incoming)
    assert again == merged
    assert added_again == []
    assert len(skipped_again) == len(incoming)


# -- the CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def feeds_file(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yml"
    save_feeds(
        path, [FeedConfig("ICO news", "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/rss")]
    )
    return path


def test_cli_import_merges_and_reports(
    feeds_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--feeds", str(feeds_file), "--db", str(tmp_path / "db.sqlite")]
    assert main(["feeds", "import", str(DATA / "feedly.opml"), *args]) == 0
    out = capsys.readouterr().out
    assert "added 2 feeds" in out
    assert "+ noyb  <https://noyb.eu/en/rss>  (news, privacy, must_read)" in out
    assert "skipped 1 already in the feeds file" in out
    assert [f.name for f in load_feeds(feeds_file)] == ["ICO news", "noyb", "The Register - Security"]

    assert main(["feeds", "import", str(DATA / "feedly.opml"), *args]) == 0
    assert "added 0 feeds" in capsys.readouterr().out
    assert len(load_feeds(feeds_file)) == 3

    # The plain listing still works beside the new actions.
    assert main(["feeds", *args]) == 0
    listing = capsys.readouterr().out
    assert "noyb" in listing
    assert "The Register - Security" in listing


def test_cli_import_dry_run_changes_nothing(
    feeds_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = feeds_file.read_bytes()
    assert (
        main(["feeds", "import", "--dry-run", str(DATA / "miniflux.opml"), "--feeds", str(feeds_file)]) == 0
    )
    assert "would add 2 feeds" in capsys.readouterr().out
    assert feeds_file.read_bytes() == before


def test_cli_import_rejects_non_opml(
    feeds_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Not a feed list</body></html>", encoding="utf-8")
    before = feeds_file.read_bytes()
    assert main(["feeds", "import", str(page), "--feeds", str(feeds_file)]) == 2
    assert "not an OPML file" in capsys.readouterr().err
    assert feeds_file.read_bytes() == before


def test_cli_export_to_stdout_and_file(
    feeds_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "db.sqlite")
    assert main(["feeds", "export", "--feeds", str(feeds_file), "--db", db]) == 0
    assert _summary(read_opml(capsys.readouterr().out)) == _summary(load_feeds(feeds_file))
    target = tmp_path / "out" / "feeds.opml"
    assert main(["feeds", "export", str(target), "--feeds", str(feeds_file), "--db", db]) == 0
    assert _summary(read_opml(target.read_bytes())) == _summary(load_feeds(feeds_file))


# -- Newsboat, the real client ---------------------------------------------------------------------


@pytest.fixture
def newsboat() -> str:
    exe = shutil.which("newsboat")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("newsboat is not installed; CI installs it from .ci/debian-packages.txt")
        pytest.skip("newsboat is not installed (apt-get install newsboat)")
    return exe


def run_newsboat(exe: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Newsboat with its own files under `home`, never the user's, and no terminal."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "config").touch()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
    return subprocess.run(
        [exe, "-u", str(home / "urls"), "-c", str(home / "cache.db"), "-C", str(home / "config"), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_newsboat_imports_every_exported_feed(newsboat: str, tmp_path: Path) -> None:
    feeds = load_feeds(bundled_feeds_file())
    exported = tmp_path / "exported.opml"
    exported.write_text(write_opml(feeds), encoding="utf-8")
    result = run_newsboat(newsboat, tmp_path / "nb", "-i", str(exported))
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "nb" / "urls").read_text(encoding="utf-8").splitlines()
    imported = {line.split()[0]: line for line in lines if line.strip()}
    assert sorted(imported) == sorted(f.url for f in feeds)
    # Newsboat turns our folders into its tags.
    cnil = next(f for f in feeds if f.kind == "authority")
    assert '"Authorities"' in imported[cnil.url]


def test_we_import_what_newsboat_exports(newsboat: str, tmp_path: Path) -> None:
    home = tmp_path / "nb"
    home.mkdir()
    (home / "urls").write_text(
        'https://noyb.eu/en/rss "privacy" "~noyb news"\n'
        "https://www.edpb.europa.eu/feed/news_en\n"
        'https://www.biometricupdate.com/feed "biometrics"\n',
        encoding="utf-8",
    )
    result = run_newsboat(newsboat, home, "-e")
    assert result.returncode == 0, result.stderr
    assert "<opml" in result.stdout
    feeds = read_opml(result.stdout, "newsboat -e")
    assert [(f.name, f.url) for f in feeds] == [
        ("noyb news", "https://noyb.eu/en/rss"),
        ("www.edpb.europa.eu/feed/news_en", "https://www.edpb.europa.eu/feed/news_en"),
        ("www.biometricupdate.com/feed", "https://www.biometricupdate.com/feed"),
    ]
    merged, added, _ = merge_feeds([], feeds)
    save_feeds(tmp_path / "feeds.yml", merged)
    assert len(load_feeds(tmp_path / "feeds.yml")) == len(added) == 3
