"""The import rules of ARCHITECTURE.md, checked: the core never loads Qt; each library has one owner."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "monitor"
OWNERS = {
    "PySide6": ("gui/",),
    "feedparser": ("parse.py",),
    "lxml": ("fastparse.py", "pages.py"),  # feeds' XML; page sources' HTML
    "ruamel": ("yaml_edit.py",),
    "trafilatura": ("article.py",),
    "sqlite_utils": ("store/",),
    "urllib3": ("fetch.py", "fetch_errors.py"),  # HTTP, and the naming of its failures
}


def test_core_and_cli_do_not_load_qt() -> None:
    code = (
        "import sys, monitor.poller, monitor.cli, monitor.register, monitor.reanalysis\n"
        "from monitor.cli import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_each_library_is_imported_by_its_owner_only(library: str) -> None:
    pattern = re.compile(rf"^\s*(import|from)\s+{library}\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
        and not str(path.relative_to(PACKAGE)).startswith(OWNERS[library])
    ]
    assert offenders == []
