"""The CLI documents itself: every subcommand has --help with examples and a place in the README."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from monitor import __version__
from monitor.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
# The README at the top of the checkout is the user's manual: every command must be in it.
README = ROOT / "README.md"


def subcommands(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> dict[str, argparse.ArgumentParser]:
    """Every command path under `parser` ("poll", "feeds import", ...), walking nested subparsers."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                path = (*prefix, name)
                found[" ".join(path)] = sub
                found.update(subcommands(sub, path))
    return found


COMMANDS = subcommands(build_parser())


def test_the_walk_finds_nested_commands() -> None:
    assert {"poll", "feeds", "feeds import", "feeds export", "export items", "export fines"} <= set(COMMANDS)
    assert "install-desktop" in COMMANDS


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_is_in_the_readme(path: str) -> None:
    text = README.read_text(encoding="utf-8")
    # "monitor feeds" must not count as mentioning "monitor feeds-something".
    assert re.search(rf"\bmonitor {re.escape(path)}(?![\w-])", text), (
        f"`monitor {path}` is not in {README.name}"
    )


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(path: str) -> None:
    parser = COMMANDS[path]
    text = parser.format_help()
    assert parser.description, path
    assert "examples:" in text, f"`monitor {path} --help` shows no example"
    examples = text.split("examples:", 1)[1]
    assert f"monitor {path}" in examples, f"the examples of `monitor {path}` do not show it"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"monitor {__version__}"


def test_install_desktop_puts_the_app_in_the_menu(capsys: pytest.CaptureFixture[str]) -> None:
    # conftest points XDG_DATA_HOME and XDG_CONFIG_HOME at a temporary home.
    from monitor.desktop import APP_ID, applications_dir, autostart_path, desktop_entry, icons_dir

    old = applications_dir() / "regulatory-monitor.desktop"  # from a version before the reverse-DNS id
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert main(["install-desktop", "--autostart"]) == 0
    out = capsys.readouterr().out
    entry = applications_dir() / f"{APP_ID}.desktop"
    icon = icons_dir() / f"{APP_ID}.svg"
    assert not old.exists()
    assert f"installed {entry}" in out
    assert entry.read_text(encoding="utf-8") == desktop_entry()
    assert icon.read_bytes().lstrip().startswith((b"<svg", b"<?xml"))
    autostart = autostart_path().read_text(encoding="utf-8")
    assert autostart == desktop_entry(minimized=True)
    assert "--minimized" in autostart
    assert str(Path.home()) not in str(entry)
