"""The import rules of ARCHITECTURE.md, checked on the source: layers, library owners, module size.

Imports are read from each module's syntax tree (every `import` and `from … import`, at any depth,
so an import inside a function counts as much as one at the top), never by importing the module.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "monitor"
MAX_LINES = 400
# The two front ends: they import the core, nothing imports them back.
FRONT_ENDS = ("monitor.cli", "monitor.gui")
ENTRY_POINTS = {"monitor.__main__"}  # `python -m monitor` starts the CLI: that is its whole job
QT = ("PySide6", "shiboken6")
OWNERS = {
    "PySide6": ("monitor.gui",),
    "feedparser": ("monitor.parse.feedparser_bridge",),  # its private names wrapped once
    "lxml": ("monitor.parse.fast", "monitor.pages"),  # feeds' XML; page sources' HTML
    "nh3": ("monitor.parse.sanitise",),
    "ruamel": ("monitor.yaml_edit",),
    "trafilatura": ("monitor.article",),
    "sqlite_utils": ("monitor.store",),
    "urllib3": ("monitor.fetch", "monitor.fetch_errors", "monitor.deadline"),  # HTTP, failures, sockets
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imported_names(module: str, path: Path) -> set[str]:
    """Every module `module` imports, by absolute name ("from x import y" gives x and x.y)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path, node)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def offenders(importers: dict[str, Path], imported: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} imports {name}"
        for module, path in importers.items()
        for name in imported_names(module, path)
        if within(name, imported)
    )


def core() -> dict[str, Path]:
    return {m: p for m, p in modules().items() if not within(m, FRONT_ENDS) and m not in ENTRY_POINTS}


def test_the_walk_sees_imports_inside_functions_and_relative_ones(tmp_path: Path) -> None:
    # The rules below are only as good as this reader: a nested, a relative and a dotted import.
    source = tmp_path / "monitor" / "store" / "feeds.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "def f():\n    from ..cli import output\n    import PySide6.QtCore\nfrom . import items\n"
    )
    names = imported_names("monitor.store.feeds", source)
    assert {"monitor.cli", "monitor.cli.output", "PySide6.QtCore", "monitor.store.items"} <= names
    assert within("monitor.cli.output", FRONT_ENDS) and not within("monitor.client", FRONT_ENDS)


def test_nothing_outside_the_front_ends_imports_them() -> None:
    assert offenders(core(), FRONT_ENDS) == []


def test_the_cli_does_not_import_the_gui_but_to_start_it() -> None:
    # `monitor gui` opens the window: that one command module may import the GUI, lazily; and
    # `monitor report -o x.pdf` (or a weekly PDF) lazily imports Qt's PDF writer, gui/pdf_report.py.
    lazy = ("monitor.cli.gui_cmds", "monitor.cli.report_cmds")
    cli = {m: p for m, p in modules().items() if within(m, ("monitor.cli",)) and m not in lazy}
    assert offenders(cli, ("monitor.gui",)) == []


def test_tests_and_the_package_never_import_the_benchmarks() -> None:
    # What tests and benchmarks share lives in tests/support/; the benchmarks are tools, not a library.
    importers = {module_name(p): p for p in sorted([*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")])}
    assert offenders(importers, ("benchmarks",)) == []


def test_no_core_module_imports_qt() -> None:
    assert offenders(core(), QT) == []
    assert offenders({m: p for m, p in modules().items() if within(m, ("monitor.cli",))}, QT) == []


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_each_library_is_imported_by_its_owner_only(library: str) -> None:
    others = {m: p for m, p in modules().items() if not within(m, OWNERS[library])}
    assert offenders(others, (library,)) == []
    owners = {m: p for m, p in modules().items() if within(m, OWNERS[library])}
    assert offenders(owners, (library,)), f"no owner of {library} imports it: the table is stale"


def test_no_module_passes_400_lines() -> None:
    lines = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in modules().items()}
    assert {m: n for m, n in lines.items() if n > MAX_LINES} == {}


def test_core_and_cli_do_not_load_qt_when_run() -> None:
    # The static walk above cannot see an import made by a library on our behalf; this can.
    code = (
        "import sys, monitor.poller, monitor.cli, monitor.register, monitor.reanalysis, monitor.export\n"
        "from monitor.cli import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'monitor.gui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_every_module_opens_with_what_it_owns() -> None:
    missing = [
        m for m, p in modules().items() if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert missing == []
