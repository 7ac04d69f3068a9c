"""JSON Feed 1.0 and 1.1: items, dates and authors read; hostile values checked where they enter."""

from __future__ import annotations

import json

from monitor.parse import classify_failure, parse_feed

URL = "https://watch.example/feed.json"


def _parse(document: object, content_type: str | None = "application/feed+json") -> object:
    return parse_feed(json.dumps(document).encode(), URL, content_type)


def test_a_json_feed_1_0_with_its_author_object_and_relative_links() -> None:
    body = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Old <b>style</b>",
        "author": {"name": "Feed Author"},
        "items": [
            {"id": 10, "url": "/posts/10", "title": "Ten", "summary": "<i>literal</i> text",
             "date_modified": "2023-01-02T03:04:05Z"},
            {"id": "b", "url": "https://watch.example/b", "content_text": "Line one.\n\nLine two.",
             "author": {"name": "Item Author"}},
        ],
    }  # fmt: skip
    parsed = parse_feed(json.dumps(body).encode(), URL, None)  # recognised by its version, no header
    assert parsed.title == "Old <b>style</b>"  # a title is text, never markup
    first, second = parsed.items
    assert (first.guid, first.link, first.published) == (
        "10",
        "https://watch.example/posts/10",
        "2023-01-02T03:04:05Z",
    )
    assert first.summary_text == "<i>literal</i> text" and first.author == "Feed Author"
    assert second.summary_text == "Line one. Line two." and second.author == "Item Author"


def test_hostile_values_are_dropped_and_scripts_never_kept() -> None:
    parsed = _parse(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": ["not", "a", "string"],
            "items": [
                {"id": True, "url": "javascript:alert(1)", "title": "Scripted",
                 "content_html": "<p onclick='x()'>ok</p><script>steal()</script>",
                 "date_published": "9999-99-99", "authors": "nobody", "attachments": "junk"},
                {"id": None, "title": None},
                {"id": "deep", "title": "Deep", "summary": {"a": [1, 2]}, "authors": [{"name": 5}]},
            ],
        }
    )  # fmt: skip
    assert parsed.title is None
    scripted, deep = parsed.items
    assert scripted.link is None and scripted.published is None
    assert "script" not in scripted.summary_html and "onclick" not in scripted.summary_html
    assert deep.summary_text == "" and deep.author is None


def test_json_that_is_not_a_feed_is_said_to_be_no_feed() -> None:
    for body in (b'{"version": "2.0", "items": []}', b"[1, 2, 3]", b"{" * 100_000, b'{"a": 1'):
        parsed = parse_feed(body, URL, "application/json")
        assert not parsed.items
        assert classify_failure(parsed, body, "application/json") is not None
