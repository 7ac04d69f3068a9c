"""Every URL that enters from outside is checked here: from a server (Location), feeds.yml, OPML, a proxy.

One parser, so a URL is judged the same wherever it comes from, and a bad one is a value with a
clear message (`BadURL`), never a ValueError from deep inside urllib or urllib3 that breaks a poll.
Checked: length, control and space characters, bidi overrides, lone surrogates, the scheme, the
host (IPv6 brackets, IDNA, characters, label and total length), the port range, user names and
passwords (refused where they would hide the real host), and relative or empty oddities.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, unquote, urljoin, urlsplit

MAX_LENGTH = 4096  # far above any real feed address; a megabyte Location is an attack, not a URL
WEB = ("http", "https")
FEEDS_FILE = ("http", "https", "file")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BRACKETED = re.compile(r"\[[^\[\]]+\](?::[0-9]*)?")
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOST_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")  # every dot-separated label a _LABEL, in one match
_DIGITS_AND_DOTS = re.compile(r"[0-9.]+")
# An IPv4 address as ipaddress writes it (no leading zeros, each part ≤ 255): a host matching it is
# returned as written, which is what str(IPv4Address(host)) gives, without that ~12 µs parse.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_CANONICAL_IPV4 = re.compile(rf"(?:{_OCTET}\.){{3}}{_OCTET}")
# An http(s) URL of the plainest shape: a host name of ASCII labels or a canonical IPv4 address, a
# port of 1-9999 or none, then printable ASCII without a backslash. `problem` accepts it without
# urlsplit, which costs ~8 µs a URL: `monitor feeds` checks each of 2,000 cached feeds again as it
# reads them (issue #17). Every such URL is one `check` accepts (tests/test_urls.py compares them).
_PLAIN_WEB = re.compile(
    rf"(https?)://((?i:{_LABEL})(?:\.(?i:{_LABEL}))*)(?::[1-9][0-9]{{0,3}})?(?:[/?#][!-\[\]-~]*)?"
)
# WHATWG URL parsers strip leading and trailing C0 controls and spaces before parsing; so do we.
_EDGES = "".join(chr(c) for c in range(0x21))


class BadURL(ValueError):
    """A URL that cannot be used; the message says why, showing the URL safely."""


@dataclass(frozen=True)
class CheckedURL:
    url: str  # absolute, host in ASCII (IDNA), spaces percent-encoded: what the network layer is given
    scheme: str
    host: str  # lower case, ASCII; IPv6 without brackets; "" for file:
    port: int | None
    userinfo: str | None = None  # only ever set where allowed (a proxy's credentials)


def shown(url: object, limit: int = 120) -> str:
    """A URL for a message: quoted, controls escaped by repr, cut to `limit` characters."""
    text = str(url)
    if len(text) > limit:
        text = text[:limit] + "…"
    return repr(text)


def check(
    text: object,
    *,
    base: str | None = None,
    schemes: tuple[str, ...] = WEB,
    allow_userinfo: bool = False,
) -> CheckedURL:
    """The URL, checked and made absolute (against `base` when given); BadURL says what is wrong."""
    if not isinstance(text, str):
        raise BadURL(f"a URL must be text, not {type(text).__name__}")
    raw = text.strip(_EDGES)
    if not raw:
        raise BadURL("the URL is empty")
    if len(raw) > MAX_LENGTH:
        raise BadURL(f"the URL is {len(raw):,} characters long (at most {MAX_LENGTH:,})")
    if bad := _CONTROL.search(raw):
        code = ord(bad.group())
        raise BadURL(f"invalid URL {shown(raw)}: it contains U+{code:04X} (a control, bidi or bad character)")
    if "\\" in raw.split("?", 1)[0].split("#", 1)[0]:
        # Browsers read \ as /, Python does not: "http://evil.example\@good.example" means two hosts.
        raise BadURL(f"invalid URL {shown(raw)}: it contains a backslash")
    raw = raw.replace(" ", "%20")  # as browsers do; any other white space was refused above
    try:
        absolute = urljoin(base, raw) if base else raw
        parts = urlsplit(absolute)
    except ValueError as exc:  # "Invalid IPv6 URL" and friends
        raise BadURL(f"invalid URL {shown(raw)}: {_reason(exc)}") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise BadURL(f"invalid URL {shown(raw)}: it is relative (no http:// or https://)")
    if scheme not in schemes:
        allowed = ", ".join(f"{s}://" for s in schemes[:-1]) + f" or {schemes[-1]}://"
        raise BadURL(f"url must start with {allowed}, not {shown(raw)}")
    if scheme == "file":
        return _file_url(raw, parts)
    return _web_url(raw, parts, scheme, allow_userinfo)


def problem(text: object, *, schemes: tuple[str, ...] = WEB) -> str | None:
    """Why a URL is unusable, or None: for readers of files that collect every problem."""
    if isinstance(text, str) and _plain_web(text, schemes):
        return None
    try:
        check(text, schemes=schemes)
    except BadURL as exc:
        return str(exc)
    return None


def _plain_web(text: str, schemes: tuple[str, ...]) -> bool:
    """Whether `text` is a plain http(s) URL (_PLAIN_WEB) that `check` would accept as it stands."""
    plain = _PLAIN_WEB.fullmatch(text) if len(text) <= MAX_LENGTH else None
    if plain is None or plain[1] not in schemes or len(host := plain[2]) > 253:
        return False
    # Digits and dots alone are an IPv4 address to `_host`: only a canonical one is plain.
    return not _DIGITS_AND_DOTS.fullmatch(host) or _CANONICAL_IPV4.fullmatch(host) is not None


def _reason(exc: ValueError) -> str:
    message = str(exc)
    if "IPv6" in message:
        return "the IPv6 address in brackets is not closed or not valid"
    return message


def _file_url(raw: str, parts: SplitResult) -> CheckedURL:
    if parts.netloc not in ("", "localhost"):
        raise BadURL(f"invalid URL {shown(raw)}: a file:// URL names a file on this computer only")
    if not parts.path or parts.path == "/":
        raise BadURL(f"invalid URL {shown(raw)}: no file path")
    return CheckedURL(raw, "file", "", None)


def _web_url(raw: str, parts: SplitResult, scheme: str, allow_userinfo: bool) -> CheckedURL:
    netloc = parts.netloc
    userinfo, _, hostport = netloc.rpartition("@")
    if "@" in netloc and not allow_userinfo:
        raise BadURL(
            f"invalid URL {shown(raw)}: user names and passwords in a feed URL are refused "
            "(they can hide the real host)"
        )
    try:
        port = parts.port
    except ValueError:
        raise BadURL(f"invalid URL {shown(raw)}: the port must be a number from 1 to 65535") from None
    if port == 0 or (port is None and hostport.endswith(":")):
        raise BadURL(f"invalid URL {shown(raw)}: the port must be a number from 1 to 65535")
    host = _host(raw, parts.hostname or "", hostport)
    shown_host = f"[{host}]" if ":" in host else host
    rebuilt_netloc = shown_host + (f":{port}" if port is not None else "")
    if userinfo and allow_userinfo:
        rebuilt_netloc = f"{userinfo}@{rebuilt_netloc}"
    path = parts.path or "/"
    url = parts._replace(scheme=scheme, netloc=rebuilt_netloc, path=path).geturl()
    return CheckedURL(url, scheme, host, port, unquote(userinfo) if userinfo else None)


def _host(raw: str, hostname: str, hostport: str) -> str:
    if not hostname:
        raise BadURL(f"invalid URL {shown(raw)}: it has no host")
    if ("[" in hostport or "]" in hostport) and not _BRACKETED.fullmatch(hostport):
        raise BadURL(f"invalid URL {shown(raw)}: the IPv6 address in brackets is not closed or not valid")
    if hostport.startswith("["):
        address = hostname.split("%", 1)[0]  # a zone id (fe80::1%eth0) is the machine's business
        try:
            return str(ipaddress.IPv6Address(address))
        except ValueError:
            raise BadURL(f"invalid URL {shown(raw)}: {hostname!r} is not an IPv6 address") from None
    if _DIGITS_AND_DOTS.fullmatch(hostname):
        if _CANONICAL_IPV4.fullmatch(hostname):
            return hostname
        try:
            return str(ipaddress.IPv4Address(hostname))
        except ValueError:
            raise BadURL(f"invalid URL {shown(raw)}: {hostname!r} is not an IPv4 address") from None
    name = hostname.rstrip(".")
    try:
        ascii_name = name.encode("idna").decode("ascii").lower() if not name.isascii() else name.lower()
    except UnicodeError as exc:
        raise BadURL(f"invalid URL {shown(raw)}: the host name cannot be encoded ({exc})") from None
    if len(ascii_name) > 253 or not _HOST_NAME.fullmatch(ascii_name):
        raise BadURL(f"invalid URL {shown(raw)}: {hostname!r} is not a valid host name")
    return ascii_name


def join(base: str, location: str) -> CheckedURL:
    """A redirect's Location resolved against the URL that sent it, checked as any other URL."""
    return check(location, base=base)


def without_userinfo(checked: CheckedURL) -> str:
    """The URL with any user name and password taken out (they travel in a header instead)."""
    parts = urlsplit(checked.url)
    hostport = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=hostport).geturl()
