"""Which links leave the app: only http(s) and mailto, never anything that runs or reads locally."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.links import is_openable


@pytest.mark.parametrize(
    "url",
    [
        "https://www.cnil.fr/fr/sanction",
        "http://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG/",
        "mailto:dpo@example.org",
        " https://example.org/ ",
    ],
)
def test_web_and_mail_links_open(url: str) -> None:
    assert is_openable(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "\njavascript:alert(1)",
        "file:///etc/passwd",
        "file://host/share",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "smb://server/share",
        "ms-settings:privacy",
        "steam://run/1",
        "ftp://example.org/x",
        "https:///no-host",
        "https://",
        "http://[::1",
        "https:\\\\evil.example\\x",
        "mailto:",
        "//example.org/relative",
        "/local/path",
        "",
        "https://example.org/" + "a" * 10_000,
        "https://exa\x00mple.org/",
    ],
)
def test_everything_else_is_refused(url: str) -> None:
    assert not is_openable(url)


def test_non_strings_are_refused() -> None:
    assert not is_openable(None)
    assert not is_openable(b"https://example.org/")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_and_only_allows_the_three_schemes(text: str) -> None:
    if is_openable(text):
        assert text.strip(" ").split(":", 1)[0].lower() in ("http", "https", "mailto")
