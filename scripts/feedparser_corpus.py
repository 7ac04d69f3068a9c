#!/usr/bin/env python3
"""Run feedparser's own test feeds (~2,200 well- and ill-formed documents) through parse, analyse and
store, and report every document that raised.

The corpus comes from feedparser's source distribution, fetched with pip for the installed version and
cached, so nothing is copied into this repository and a rerun needs no network:

    python scripts/feedparser_corpus.py            # exit 1 when any document raised
    python scripts/feedparser_corpus.py --cache DIR

Each document goes the real way: monitor.pipeline.prepare_feed, then Store.store_items and
register.file_items in one transaction, as the poller does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path, PurePosixPath

SKIP_SUFFIXES = {".py", ".pyc", ".txt", ".md", ".rst", ".cfg"}


class CorpusUnavailable(Exception):
    """The sdist could not be fetched (no network, no PyPI): a reason, not a failure of the app."""


@dataclass
class Report:
    documents: int = 0
    items: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, traceback)


def default_cache() -> Path:
    return Path(os.environ.get("MONITOR_CORPUS_CACHE") or Path(tempfile.gettempdir()) / "monitor-corpus")


def corpus_dir(cache: Path | None = None) -> Path:
    """The extracted tests/ folder of feedparser's sdist for the installed version, fetched once."""
    release = version("feedparser")
    root = (cache or default_cache()) / f"feedparser-{release}"
    done = root / ".complete"
    if done.exists():
        return root / "tests"
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root.parent) as download:
        command = [
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
            f"feedparser=={release}", "-d", download,
        ]  # fmt: skip
        try:
            subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", None) or str(exc)
            raise CorpusUnavailable(
                f"pip download of feedparser=={release} failed: {detail.strip()[-500:]}"
            ) from exc
        archives = list(Path(download).glob("feedparser-*.tar.gz"))
        if not archives:
            raise CorpusUnavailable(f"pip download gave no sdist for feedparser=={release}")
        _extract_tests(archives[0], root)
    done.write_text(release)
    return root / "tests"


def _extract_tests(archive: Path, root: Path) -> None:
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            parts = PurePosixPath(member.name).parts
            # Only regular files under <sdist>/tests/, never a link or a path that climbs out.
            if len(parts) < 3 or parts[1] != "tests" or not member.isfile() or ".." in parts:
                continue
            target = root.joinpath(*parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            if source is not None:
                target.write_bytes(source.read())


def documents(tests: Path) -> Iterator[Path]:
    for path in sorted(tests.rglob("*")):
        if path.is_file() and path.suffix.lower() not in SKIP_SUFFIXES and not path.name.startswith("."):
            yield path


def run(tests: Path, db_path: Path) -> Report:
    # Imported here so `--help` works even where the app is not installed.
    from monitor.alerts import AlertRules
    from monitor.models import FeedConfig
    from monitor.pipeline import prepare_feed
    from monitor.register import Filing, file_items
    from monitor.store import Store

    report = Report()
    store = Store(db_path)
    try:
        now = "2024-06-01T12:00:00Z"
        rules = AlertRules()
        for path in documents(tests):
            name = str(path.relative_to(tests))
            report.documents += 1
            url = f"http://127.0.0.1:8000/{name}"
            try:
                with store.transaction():
                    # One feed per document: the register sees each as a new source, backlog and all.
                    store.sync_feeds([FeedConfig(name=name, url=url, authority="CNIL")], now)
                feed = store.feed_by_name(name)
                assert feed is not None
                parsed = prepare_feed(path.read_bytes(), url, None, None, None)
                with store.transaction():
                    stored = store.store_items(feed["id"], parsed.items, now, [])
                    file_items(store, stored.fresh, Filing(now=now, rules=rules))
                report.items += len(parsed.items)
            except Exception:
                report.failures.append((name, traceback.format_exc()))
        if not store.integrity_ok():
            report.failures.append(("<database>", "PRAGMA integrity_check failed"))
    finally:
        store.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, help=f"where the sdist is kept (default: {default_cache()})")
    args = parser.parse_args(argv)
    try:
        tests = corpus_dir(args.cache)
    except CorpusUnavailable as exc:
        print(f"feedparser corpus: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        report = run(tests, Path(work) / "corpus.sqlite")
    for name, trace in report.failures:
        print(f"FAILED {name}\n{trace}")
    print(f"{report.documents} documents, {report.items} items, {len(report.failures)} raised")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
