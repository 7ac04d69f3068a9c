"""feedparser's own ~2,200 test feeds through parse → analyse → store: none may raise.

The documents come from feedparser's sdist (fetched by scripts/feedparser_corpus.py and cached), never
copied into this repository. Without network the test is skipped with the reason, except in CI, where
PyPI is reachable and the corpus must run.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


@pytest.mark.slow
def test_every_feedparser_test_feed_goes_through_without_raising(
    tmp_path: Path, feedparser_corpus: ModuleType, feedparser_tests_dir: Path
) -> None:
    report = feedparser_corpus.run(feedparser_tests_dir, tmp_path / "corpus.sqlite")
    assert report.documents > 2000, f"only {report.documents} documents: the sdist layout changed?"
    assert report.items > 1000
    shown = "\n".join(f"{name}\n{trace}" for name, trace in report.failures[:5])
    assert not report.failures, f"{len(report.failures)} documents raised, first ones:\n{shown}"
