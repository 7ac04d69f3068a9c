"""Dates as feeds write them in the EU languages, and dates stated in an article's text."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import yaml
from babel import Locale

from monitor.dates import fold, parse_date, stated_date, stated_dates
from monitor.parse import parse_feed
from monitor.paths import resource_path


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jeu., 06 janv. 2022 10:00:00 +0100", utc(2022, 1, 6, 9)),
        ("Seg, 24 Set 2018", utc(2018, 9, 24)),
        ("Seg, 24 Set 2018 10:00:00 GMT", utc(2018, 9, 24, 10)),
        # Spanish and Portuguese long forms join the parts with "de"; a weekday may be hyphenated.
        ("viernes, 6 de diciembre de 2024", utc(2024, 12, 6)),
        ("segunda-feira, 24 de setembro de 2018 10:00", utc(2018, 9, 24, 10)),
        ("Thu, 20 Oct 2022 10:00:00 GMT", utc(2022, 10, 20, 10)),
        ("Do, 06 Jan 2022 10:00:00 MEZ", utc(2022, 1, 6, 9)),
        ("mié., 12 mar. 2023 08:00:00 +0100", utc(2023, 3, 12, 7)),
        ("gio, 12 mag 2023 08:00:00 +0200", utc(2023, 5, 12, 6)),
        ("ma, 12 mrt 2023 08:00:00 +0100", utc(2023, 3, 12, 7)),
        ("Fri, 3 May 2024 10:00 CEST", utc(2024, 5, 3, 8)),
        ("Thu, 06 Jan 22 10:00 EST", utc(2022, 1, 6, 15)),  # a two-digit year, a named zone
        ("Tue, 06 Jan 98 10:00 GMT", utc(1998, 1, 6, 10)),
        ("Sept 12, 2023", utc(2023, 9, 12)),
        ("06.01.2022", utc(2022, 1, 6)),
        ("06/01/2022 10:30", utc(2022, 1, 6, 10, 30)),
        ("12/25/2022", utc(2022, 12, 25)),  # the month first only where the day cannot be
        ("2022-01-06", utc(2022, 1, 6)),
        ("2022-01-06T10:00:00+01:00", utc(2022, 1, 6, 9)),
        ("2022-01-06 10:00:00", utc(2022, 1, 6, 10)),
        ("sob., 14 paź 2023 10:00 +0200", utc(2023, 10, 14, 8)),
        ("Πέμ, 06 Ιαν 2022 10:00:00 +0200", utc(2022, 1, 6, 8)),
        # Drupal's default format, C's asctime, and the German clock word "Uhr" (no zone).
        ("Thursday, January 6, 2022 - 10:00", utc(2022, 1, 6, 10)),
        ("Thu Jan  6 10:00:00 UTC 2022", utc(2022, 1, 6, 10)),
        ("Thu Jan 6 10:00:00 2022", utc(2022, 1, 6, 10)),
        ("06 Jan 2022 10:00 Uhr", utc(2022, 1, 6, 10)),
        # The word for "at" before the clock, a 12-hour clock, a day's ordinal ending.
        ("January 6, 2022 at 10:30 pm", utc(2022, 1, 6, 22, 30)),
        ("January 6, 2022 at 12:05 AM", utc(2022, 1, 6, 0, 5)),
        ("6 janvier 2022 à 10h00", utc(2022, 1, 6, 10)),
        ("6. Januar 2022 um 10:00 Uhr", utc(2022, 1, 6, 10)),
        ("6 gennaio 2022 alle 10:00", utc(2022, 1, 6, 10)),
        ("6th January 2022", utc(2022, 1, 6)),
        ("January 6th, 2022", utc(2022, 1, 6)),
        ("1er janvier 2022", utc(2022, 1, 1)),
        # The ordinal sign after the first day, in Italian and Spanish.
        ("1° gennaio 2022", utc(2022, 1, 1)),
        ("1º de enero de 2022", utc(2022, 1, 1)),
        # JavaScript's Date.toString(): the zone's name in brackets after its offset.
        ("Thu Jan 06 2022 10:00:00 GMT+0100 (Central European Standard Time)", utc(2022, 1, 6, 9)),
    ],
)
def test_feed_dates_in_many_languages(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "Mon, 32 Jan 2022 10:00 GMT",
        "Foo, 06 Jan 2022",
        "06 Smarch 2022",
        "2022-13-01",
        "06 Jan 2022 10:00 XYZT",
        "06 Jan 2022 25:00 GMT",
        "06 Jan 2022 10:00 +2500",
        "Foo Jan 6 10:00:00 UTC 2022",
        "06 Jan 2022 13:00 pm",  # no 13 o'clock on a 12-hour clock
    ],
)
def test_what_cannot_be_read_is_unknown_never_now(text: str) -> None:
    assert parse_date(text) is None


def test_a_word_two_languages_read_differently_needs_the_feeds_language() -> None:
    # "listopad" is November in Czech and Polish, October in Croatian.
    assert parse_date("13 lis 2023 10:00 +0100") is None
    assert parse_date("13 lis 2023 10:00 +0100", "cs") == utc(2023, 11, 13, 9)
    assert parse_date("13 lis 2023 10:00 +0100", "hr") == utc(2023, 10, 13, 9)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le 1er septembre 2025, la CNIL a sanctionné", "fr", date(2025, 9, 1)),
        ("Die Behörde hat am 3. Mai 2024 entschieden", "de", date(2024, 5, 3)),
        ("The decision was taken on 12 March 2023.", "en", date(2023, 3, 12)),
        ("On March 12, 2023, the regulator fined", "en", date(2023, 3, 12)),
        ("La AEPD resolvió el 12 de marzo de 2023", "es", date(2023, 3, 12)),
        ("Il provvedimento del 1° maggio 2024", "it", date(2024, 5, 1)),
        ("De AP besloot op 12 maart 2023", "nl", date(2023, 3, 12)),
        ("A decisão de 24 de setembro de 2018", "pt", date(2018, 9, 24)),
    ],
)
def test_dates_stated_in_text(text: str, language: str, expected: date) -> None:
    assert list(stated_dates(text, language)) == [expected]


def test_the_latest_stated_date_not_in_the_future_dates_a_decision() -> None:
    text = "After a complaint of 3 May 2019, the fine of 12 March 2023 is due by 1 June 2099."
    assert stated_date(text, "en", utc(2024, 1, 1)) == date(2023, 3, 12)
    assert stated_date("No date here, only 2023 and 12 items.", "en") is None
    assert list(stated_dates("on 31 February 2023 and 12 Smarch 2023", "en")) == []


def test_both_parsers_read_localised_dates_and_leave_unreadable_ones_unknown() -> None:
    entries = "".join(
        f"<item><title>t{i}</title><guid>g{i}</guid><pubDate>{d}</pubDate></item>"
        for i, d in enumerate(["jeu., 06 janv. 2022 10:00:00 +0100", "Seg, 24 Set 2018", "soon"])
    )
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{entries}</channel></rss>'
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        "<entry><title>a</title><id>a</id><updated>jeu., 06 janv. 2022 10:00:00 +0100</updated></entry>"
        # Not well-formed below: feedparser reads this one, not the lxml fast reader.
        "<entry><title>b & c</title><id>b</id><updated>Seg, 24 Set 2018</updated></entry></feed>"
    )
    assert [i.published for i in parse_feed(rss.encode(), "http://x/").items] == [
        "2022-01-06T09:00:00Z",
        "2018-09-24T00:00:00Z",
        None,
    ]
    assert [i.published for i in parse_feed(atom.encode(), "http://x/").items] == [
        "2022-01-06T09:00:00Z",
        "2018-09-24T00:00:00Z",
    ]


def test_names_agree_with_cldr() -> None:
    data = yaml.safe_load(resource_path("dates.yml").read_text(encoding="utf-8"))
    for code, spec in data["languages"].items():
        months = Locale.parse(code).months["format"]["wide"]
        assert [fold(m) for m in (spec["months"][i][0] for i in range(12))] == [
            fold(months[i]) for i in range(1, 13)
        ], code
    assert fold("Févr.") == "fevr"
