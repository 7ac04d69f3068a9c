"""The fines register's filter as command-line options, shared by `monitor fines` and
`monitor export fines`, so both (and the window) show the same decisions for the same choice."""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any

from monitor.cli.context import UsageError
from monitor.cli.values import DATE_HELP, known_value, since_day
from monitor.register_filter import ANY, DOMAINS, STATUSES, RegisterFilter, domains_option, parse_euros

if TYPE_CHECKING:  # the type only: storage is passed in, never opened here
    from monitor.store import Store


def euros(value: str) -> float:
    """--min-eur 250000, 250k, 1.5m, 2bn: a sum in euros; anything else is refused (exit 2)."""
    try:
        return parse_euros(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_options(parser: argparse.ArgumentParser, *, since_and_tag: bool = True) -> None:
    """The filter's options (`since_and_tag`: the parser lacks --since and --tag of its own)."""
    if since_and_tag:
        parser.add_argument("--since", metavar="DATE", help=f"only decisions on or after DATE ({DATE_HELP})")
        parser.add_argument("--tag", metavar="TAG", help="only decisions with this topic (e.g. biometrics)")
    parser.add_argument("--until", metavar="DATE", help="only decisions on or before DATE")
    parser.add_argument(
        "--min-eur", metavar="SUM", type=euros, help="only fines of at least SUM euros (250k, 1.5m)"
    )
    parser.add_argument("--max-eur", metavar="SUM", type=euros, help="only fines of at most SUM euros")
    parser.add_argument(
        "--country",
        metavar="CC",
        action="append",
        help="only decisions of this country's authorities (FR, GB…); repeatable",
    )
    parser.add_argument(
        "--domain",
        metavar="DOMAIN",
        help=f"domain of law: {', '.join(DOMAINS)}, several with commas, or {ANY} (default: data_protection)",
    )
    parser.add_argument(
        "--status", metavar="STATUS", action="append", choices=STATUSES, help="only this status; repeatable"
    )


def register_filter(store: Store, args: argparse.Namespace, known_tags: Any = None) -> RegisterFilter:
    """The options given, checked against what the register knows (a typo is refused, not empty)."""
    from monitor.alerts import KnownValues

    tag = args.tag and known_value(args.tag, known_tags(store) if known_tags else [args.tag], "tag")
    authority = getattr(args, "authority", None)
    if authority:
        codes = set(KnownValues.load().authorities) | set(store.known_authorities())
        authority = known_value(authority, codes, "authority", fold_case=True)
    countries = tuple(c.strip().upper() for c in args.country or ())
    for country in countries:
        if not re.fullmatch(r"[A-Z]{2}(?:-[A-Z]{2})?", country):
            raise UsageError(
                f"--country takes a two-letter country code such as FR or GB, not {country[:20]!r}"
            )
    try:
        domains = domains_option(args.domain)
        target = getattr(args, "target", None)
        return RegisterFilter(
            since=since_day(args.since),
            until=since_day(args.until, "--until"),
            min_eur=args.min_eur,
            max_eur=args.max_eur,
            authorities=(authority,) if authority else (),
            countries=countries,
            domains=domains,
            statuses=tuple(args.status or ()),
            tags=(tag,) if tag else (),
            target_key=_party_key(target) if target else None,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _party_key(name: str) -> str:
    from monitor.analysis import party_key  # the analysis loads only when a party is asked for

    return party_key(name)
