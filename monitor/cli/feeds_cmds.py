"""Editing the feeds file from the command line: `monitor feeds add|remove|enable|disable|import|export`.

`add` fetches the address once (discovery.py): a feed is added under its own title; an HTML page
that links to a feed adds that feed; a page with no feed but a news listing shows the items watching
it would give, and is added as a page source with --page. The file keeps its comments (yaml_edit.py).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from monitor.cli.context import Context, UsageError, subcommand
from monitor.cli.output import say, write_document
from monitor.config import check_url, remove_feed, save_feeds, upsert_feed
from monitor.config_values import parse_interval
from monitor.models import FeedConfig, PageSelectors


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    actions = commands.choices["feeds"].get_default("feeds_actions")
    importer = subcommand(
        actions,
        common,
        "import",
        "add the feeds of an OPML file (from Newsboat, Feedly, Miniflux...) to the feeds file",
        "  monitor feeds import subscriptions.opml\n"
        "  newsboat -e > newsboat.opml && monitor feeds import newsboat.opml\n"
        "  monitor feeds import feedly.opml --dry-run\n",
    )
    importer.add_argument("file", metavar="FILE", help="the OPML file ('-' reads standard input)")
    importer.add_argument("--dry-run", action="store_true", help="report what would be added; change nothing")
    importer.set_defaults(handler=run_feeds_import)

    exporter = subcommand(
        actions,
        common,
        "export",
        "write the feeds as OPML 2.0, for another feed reader",
        "  monitor feeds export                 # to standard output\n"
        "  monitor feeds export feeds.opml\n"
        "  monitor feeds export feeds.opml && newsboat -i feeds.opml\n",
    )
    exporter.add_argument("file", metavar="FILE", nargs="?", help="where to write (default: standard output)")
    exporter.set_defaults(handler=run_feeds_export)

    add = subcommand(
        actions,
        common,
        "add",
        "add a feed (or a page that links to one) after fetching it once to learn its title",
        "  monitor feeds add https://www.cnil.fr/fr/rss.xml\n"
        "  monitor feeds add https://noyb.eu/en            # finds the feed the page links to\n"
        "  monitor feeds add https://www.dataprotection.ie/en/news-media/latest-news --page \\\n"
        "      --name 'DPC news' --kind authority --authority DPC\n",
    )
    add.add_argument("url", metavar="URL", help="the feed's address, or a page that links to it")
    add.add_argument("--name", help="the name to list it under (default: the feed's title)")
    add.add_argument("--kind", choices=("news", "authority"), default="news", help="default: news")
    add.add_argument("--authority", metavar="CODE", help="the authority's short code (kind authority)")
    add.add_argument("--language", metavar="CODE", help="en, fr, de… (default: what the feed says)")
    add.add_argument("--country", metavar="CODE", help="two-letter country code")
    add.add_argument("--interval", metavar="DURATION", help="how often to poll it (e.g. 30m, 2h)")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag for all its items")
    add.add_argument(
        "--page",
        action="store_true",
        help="watch the page itself: its listing of news becomes items (for sites without a feed)",
    )
    for key in ("block", "link", "title", "date"):
        add.add_argument(
            f"--select-{key}",
            metavar="CSS",
            help=f"with --page: the CSS selector of the {key} (else guessed)",
        )
    add.add_argument("--dry-run", action="store_true", help="show what would be added; change nothing")
    add.set_defaults(handler=run_add)

    for name, verb, handler in (
        ("remove", "remove a feed from the feeds file (its stored items stay)", run_remove),
        ("enable", "poll a feed again", run_enable),
        ("disable", "stop polling a feed, keeping it in the feeds file", run_disable),
    ):
        parser = subcommand(actions, common, name, verb, f"  monitor feeds {name} 'CNIL (FR)'\n")
        parser.add_argument("name", metavar="NAME", help="the feed's name (as `monitor feeds` lists it)")
        parser.set_defaults(handler=handler)


def run_feeds_import(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.opml import OpmlError, merge_feeds, read_capped, read_opml  # XML: only for OPML

    source = "<stdin>" if args.file == "-" else args.file
    problems: list[str] = []
    try:
        # Capped while reading: `monitor feeds import /dev/zero` stops at the cap, not at memory's end.
        data = read_capped(sys.stdin.buffer if args.file == "-" else Path(args.file).expanduser(), source)
        incoming = read_opml(data, source, problems)
    except OpmlError as exc:
        raise UsageError(str(exc)) from exc
    existing = ctx.load_feeds()
    merged, added, skipped = merge_feeds(existing, incoming)
    for problem in problems:
        say(f"monitor: {source}: {problem}", sys.stderr)
    if added and not args.dry_run:
        save_feeds(ctx.feeds_path, merged)
    verb = "would add" if args.dry_run else "added"
    say(f"{verb} {len(added)} feed{'s' * (len(added) != 1)} to {ctx.feeds_path}")
    for feed in added:
        say(f"  + {feed.name}  <{feed.url}>  ({feed.kind}{', ' + ', '.join(feed.tags) if feed.tags else ''})")
    if skipped:
        say(f"skipped {len(skipped)} already in the feeds file")
        for feed in skipped:
            say(f"  = {feed.name}  <{feed.url}>")
    return 0


def _html_urls(ctx: Context) -> dict[str, str]:
    # Sites' own pages are learnt while polling; without a database the export simply lacks them.
    if not ctx.db_path.exists():
        return {}
    store = ctx.open_store(readonly=True)
    try:
        return store.site_links()
    finally:
        store.close()


def run_feeds_export(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.export import write_atomically
    from monitor.opml import write_opml  # XML: only for OPML

    feeds = ctx.load_feeds()
    # Page sources are left out: OPML cannot say so, and other readers would take a page for a feed.
    pages = [f.name for f in feeds if f.type == "page"]
    text = write_opml([f for f in feeds if f.type == "feed"], html_urls=_html_urls(ctx))
    if pages:
        print(
            f"left out {len(pages)} page sources (OPML lists feeds only): {', '.join(pages)}", file=sys.stderr
        )
    if args.file:
        write_atomically(Path(args.file).expanduser(), text.encode("utf-8"))
        print(f"wrote {text.count('xmlUrl=')} feeds to {args.file}", file=sys.stderr)
    else:
        write_document(text)
    return 0


def _find(feeds: list[FeedConfig], name: str) -> FeedConfig:
    for feed in feeds:
        if feed.name.casefold() == name.casefold():
            return feed
    close = difflib.get_close_matches(name, [f.name for f in feeds], n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else " (`monitor feeds` lists them)"
    raise UsageError(f"no feed named {name!r}{hint}")


def run_remove(ctx: Context, args: argparse.Namespace) -> int:
    feeds = ctx.load_feeds()
    feed = _find(feeds, args.name)
    save_feeds(ctx.feeds_path, remove_feed(feeds, feed.name))
    say(f"removed {feed.name} from {ctx.feeds_path} (its stored items stay in the database)")
    return 0


def _set_enabled(ctx: Context, name: str, enabled: bool) -> int:
    feeds = ctx.load_feeds()
    feed = _find(feeds, name)
    if feed.enabled != enabled:
        save_feeds(ctx.feeds_path, upsert_feed(feeds, replace(feed, enabled=enabled), feed.name))
    say(f"{feed.name}: {'enabled' if enabled else 'disabled'}")
    return 0


def run_enable(ctx: Context, args: argparse.Namespace) -> int:
    return _set_enabled(ctx, args.name, True)


def run_disable(ctx: Context, args: argparse.Namespace) -> int:
    return _set_enabled(ctx, args.name, False)


def _selectors(args: argparse.Namespace) -> PageSelectors | None:
    values = {k: getattr(args, f"select_{k}") for k in ("block", "link", "title", "date")}
    if not any(values.values()):
        return None
    if not args.page:
        raise UsageError("--select-* options apply to a page source: add --page")
    from monitor.config import page_selectors

    selectors, why = page_selectors(values)
    if why:
        raise UsageError(why)
    return selectors


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.discovery import discover

    url = args.url.strip()
    if problem := check_url(url):
        raise UsageError(problem)
    if args.kind == "authority" and not args.authority:
        raise UsageError("an authority's feed needs --authority CODE (e.g. --authority DPC)")
    interval = None
    if args.interval:
        try:
            interval = parse_interval(args.interval)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
    selectors = _selectors(args)
    feeds = ctx.load_feeds()
    _refuse_duplicate(feeds, url, args.name)
    found = discover(url, selectors=selectors)
    if found.error:
        raise UsageError(f"{url}: {found.error}")
    if found.kind == "page":
        _print_preview(found.title, found.preview, found.items)
        if not args.page:
            say("this page has no feed; to watch the page itself, run again with --page", sys.stderr)
            return 1
    elif args.page:
        say(f"{url} has a feed; adding the feed rather than the page", sys.stderr)
    if found.page_url:
        say(f"the page links to the feed {found.url}")
    name = (args.name or found.title or "").strip()
    if not name:
        raise UsageError("the feed has no title: give it a name with --name")
    _refuse_duplicate(feeds, found.url, name)
    feed = FeedConfig(
        name=name,
        url=found.url,
        kind="authority" if args.kind == "authority" else "news",
        language=args.language or found.language,
        country=args.country.upper() if args.country else None,
        authority=args.authority if args.kind == "authority" else None,
        interval=interval,
        tags=tuple(args.tag),
        type="page" if found.kind == "page" else "feed",
        select=selectors if found.kind == "page" else None,
    )
    if not args.dry_run:
        save_feeds(ctx.feeds_path, [*feeds, feed])
    verb = "would add" if args.dry_run else "added"
    what = "page" if feed.type == "page" else "feed"
    say(f"{verb} the {what} {feed.name} <{feed.url}> ({found.items} items now) to {ctx.feeds_path}")
    return 0


def _refuse_duplicate(feeds: list[FeedConfig], url: str, name: str | None) -> None:
    for feed in feeds:
        if feed.url == url:
            raise UsageError(f"{url} is already in the feeds file as {feed.name!r}")
        if name and feed.name.casefold() == name.strip().casefold():
            raise UsageError(f"a feed named {feed.name!r} exists already: choose another --name")


def _print_preview(title: str | None, items: Any, total: int) -> None:
    from monitor.cli.output import print_table

    say(f"{title or 'this page'}: a listing of {total} items; watching it would give:")
    rows = [((i.published or "")[:10], i.title) for i in items]
    print_table(("date", "title"), rows, flexible=(1,))
