"""CPU-bound work on one fetched document: parse, then analyse each item. Runs in worker processes."""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any

from monitor.analysis import Gazetteer, analyze
from monitor.models import PageSelectors, ParsedFeed
from monitor.parse import parse_feed


def prepare_feed(
    body: bytes,
    url: str,
    content_type: str | None,
    language: str | None,
    authority: str | None,
    known: Mapping[str, str] | None = None,
    seen: Collection[str] = (),
    page: PageSelectors | None = None,
    known_parties: Gazetteer | None = None,
) -> ParsedFeed:
    """Everything between the bytes and the database, pure, so it can run in any process.

    `known` maps guids already stored for this feed to their content hashes: an item found there
    unchanged is not analysed (the store skips it anyway), so a feed with one new item costs one
    analysis, not fifty. `seen` (stored entry digests) lets the parser skip those entries' bytes.
    `known_parties`: the poll's gazetteer (the register's fined parties and the watch list's).
    """
    known = known or {}
    if page is not None:  # an HTML listing watched as a page source
        from monitor.pages import parse_listing

        parsed = parse_listing(body, url, content_type, language, page)
    else:
        parsed = parse_feed(
            body, url, content_type, default_language=language, seen=seen, stored_guids=known.keys()
        )
    items = tuple(
        item
        if known.get(item.guid) == item.content_hash
        else replace(
            item,
            analysis=analyze(
                item.title,
                item.summary_text,
                item.language,
                authority,
                published=item.published,
                known_parties=known_parties,
            ),
        )
        for item in parsed.items
    )
    return replace(parsed, items=items)


def exit_with_parent(parent: int) -> None:
    """Parse-pool initializer: leave as soon as the app that started this worker is gone.

    A killed app (SIGKILL, the OOM killer, a logout) runs no cleanup, and forkserver workers never
    notice on their own: each holds the write ends of the pool's queue and of the forkserver's
    "alive" pipe, so workers and forkserver keep one another waiting for ever.
    """
    threading.Thread(target=_watch, args=(parent,), name="exit-with-parent", daemon=True).start()


def _watch(parent: int) -> None:
    try:
        handle = os.pidfd_open(parent)  # readable once the process ends; immune to pid reuse
    except (AttributeError, OSError):  # no pidfd here, or the app is already gone
        handle = None
    if handle is not None:
        select.select([handle], [], [])
    else:
        while True:
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                break
            except PermissionError:
                pass
            time.sleep(1.0)
    os._exit(0)


def parse_context() -> Any:
    """The parse pool's start method: forkserver (a clean process, never a fork of a threaded GUI)."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if hasattr(ctx, "set_forkserver_preload"):
        ctx.set_forkserver_preload(["monitor.pipeline"])
    return ctx
