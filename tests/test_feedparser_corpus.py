"""feedparser's own ~2,200 test feeds through parse → analyse → store: none may raise.

The documents come from feedparser's sdist (fetched by scripts/feedparser_corpus.py and cached), never
copied into this repository. Without network the test is skipped with the reason, except in CI, where
PyPI is reachable and the corpus must run.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "feedparser_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("feedparser_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_every_feedparser_test_feed_goes_through_without_raising(tmp_path: Path) -> None:
    corpus = _script()
    try:
        tests = corpus.corpus_dir()
    except corpus.CorpusUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must reach PyPI for the feedparser corpus: {exc}")
        pytest.skip(str(exc))
    report = corpus.run(tests, tmp_path / "corpus.sqlite")
    assert report.documents > 2000, f"only {report.documents} documents: the sdist layout changed?"
    assert report.items > 1000
    shown = "\n".join(f"{name}\n{trace}" for name, trace in report.failures[:5])
    assert not report.failures, f"{len(report.failures)} documents raised, first ones:\n{shown}"
