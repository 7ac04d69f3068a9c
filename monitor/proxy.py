"""Which proxy a request goes through: the `proxy` setting (system, none, or a URL) and the environment.

"system" reads the variables curl and requests read: `https_proxy`/`HTTPS_PROXY` for https URLs,
`http_proxy`/`HTTP_PROXY` for http ones, `all_proxy`/`ALL_PROXY` for both, and `no_proxy`/`NO_PROXY`
for the hosts reached directly. The lower-case name wins. Upper-case `HTTP_PROXY` is ignored when
`REQUEST_METHOD` is set: in a CGI environment a client can set it through a `Proxy:` header
("httpoxy"). NO_PROXY is a comma-separated list: `*` (everything), host names (matching the host
and its subdomains, a leading dot or `*.` allowed), `host:port`, IP addresses and CIDR ranges.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass

from monitor import urls

SYSTEM, NONE = "system", "none"


class ProxyError(ValueError):
    """A proxy setting or variable that cannot be used."""


@dataclass(frozen=True)
class Proxy:
    url: str  # without credentials
    basic_auth: str | None = None  # "user:password", sent in Proxy-Authorization


def parse_proxy_url(text: str, where: str = "proxy") -> Proxy:
    """A proxy URL (http:// or https://; "host:port" means http://, as curl reads it)."""
    value = text.strip()
    if "://" not in value:
        value = "http://" + value
    scheme = value.split("://", 1)[0].lower()
    if scheme.startswith("socks"):
        raise ProxyError(f"{where}: SOCKS proxies are not supported ({urls.shown(text)}); use an HTTP proxy")
    try:
        checked = urls.check(value, allow_userinfo=True)
    except urls.BadURL as exc:
        raise ProxyError(f"{where}: {exc}") from None
    return Proxy(urls.without_userinfo(checked), checked.userinfo)


def check_setting(value: str) -> str | None:
    """Why a value of the `proxy` setting is unusable, or None: system, none, or a proxy URL."""
    if value.strip().lower() in (SYSTEM, NONE):
        return None
    try:
        parse_proxy_url(value)
    except ProxyError as exc:
        return str(exc)
    return None


def _variable(environ: Mapping[str, str], name: str) -> tuple[str, str] | None:
    lower = environ.get(name.lower())
    if lower is not None and lower.strip():
        return name.lower(), lower
    if name == "HTTP_PROXY" and "REQUEST_METHOD" in environ:
        return None  # httpoxy: a CGI client controls HTTP_PROXY
    upper = environ.get(name)
    if upper is not None and upper.strip():
        return name, upper
    return None


def bypassed(host: str, port: int | None, no_proxy: str) -> bool:
    """Whether NO_PROXY sends this host directly (curl's and requests' reading of the list)."""
    host = host.lower().rstrip(".")
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for raw in no_proxy.replace(" ", ",").split(","):
        entry = raw.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return True
        entry_port: int | None = None
        if entry.startswith("["):  # [::1]:8080
            inside, _, rest = entry[1:].partition("]")
            entry = inside
            entry_port = int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
        elif entry.count(":") == 1:
            name, _, number = entry.partition(":")
            if number.isdigit():
                entry, entry_port = name, int(number)
        if entry_port is not None and entry_port != port:
            continue
        if address is not None:
            try:
                if address in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                pass
            continue
        entry = entry.removeprefix("*").removeprefix(".").rstrip(".")
        if entry and (host == entry or host.endswith("." + entry)):
            return True
    return False


def choose(url: str, setting: str, environ: Mapping[str, str] | None = None) -> Proxy | None:
    """The proxy for this URL under this setting, or None for a direct connection.

    Raises ProxyError when the proxy to use is malformed: a poll then reports it on every feed
    instead of quietly going around a proxy the user relies on.
    """
    mode = setting.strip()
    if mode.lower() == NONE:
        return None
    try:
        target = urls.check(url)
    except urls.BadURL:
        return None  # the fetch itself reports the URL
    if mode.lower() != SYSTEM:
        return parse_proxy_url(mode, "the proxy setting")
    env = os.environ if environ is None else environ
    no_proxy = _variable(env, "NO_PROXY")
    port = target.port or (443 if target.scheme == "https" else 80)
    if no_proxy and bypassed(target.host, port, no_proxy[1]):
        return None
    found = _variable(env, "HTTPS_PROXY" if target.scheme == "https" else "HTTP_PROXY")
    found = found or _variable(env, "ALL_PROXY")
    if found is None:
        return None
    return parse_proxy_url(found[1], found[0])
