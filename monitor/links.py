"""Which links the app may hand to the desktop: a pure rule, so the window and the tests share it."""

from __future__ import annotations

from urllib.parse import urlsplit

OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_URL = 8192  # longer than any real article address; a giant one is an attack on the opener


def is_openable(url: object) -> bool:
    """True only for an http(s) link with a host, or a mailto: link with an address.

    Everything else (javascript:, file:, data:, custom schemes that start local programs) is refused.
    Control characters are refused outright rather than stripped: browsers drop tabs and newlines
    inside a scheme, so "java\\tscript:" would otherwise slip past a check on the parsed scheme.
    """
    if not isinstance(url, str):
        return False
    url = url.strip(" ")
    if not url or len(url) > MAX_URL or any(ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed port or IPv6 literal
        return False
    scheme = parts.scheme.lower()
    if scheme not in OPENABLE_SCHEMES:
        return False
    if scheme == "mailto":
        return "@" in parts.path
    return bool(host) and "\\" not in parts.netloc
