"""The user's own watch list (watchlist.yml in the config folder) extends what counts as relevant."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ITEM = (
    "from monitor.analysis import analyze;"
    "a = analyze('Regulator opens a probe into loyalty cards', '', 'en');"
)
AGE = "b = analyze('Le conseil débat des compteurs connectés', '', 'fr');"


def _run(config: Path) -> str:
    code = ITEM + AGE + "print(a.matched, a.tags, b.matched, b.tags)"
    env = {"MONITOR_CONFIG_DIR": str(config), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_without_a_watch_list_the_bundled_rules_apply(tmp_path: Path) -> None:
    assert _run(tmp_path) == "False () False ()"


def test_user_phrases_and_topics_count(tmp_path: Path) -> None:
    (tmp_path / "watchlist.yml").write_text(
        "watch_phrases: [Loyalty Card*]\n"
        "tags:\n  smart_meters:\n    phrases: [smart meter*, Compteur* Connecté*]\n",
        encoding="utf-8",
    )
    assert _run(tmp_path) == "True () True ('smart_meters',)"


def test_a_broken_watch_list_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "watchlist.yml"
    path.write_text("watch_phrases: 12\n", encoding="utf-8")
    code = "from monitor.analysis import analyze; analyze('x', '', 'en')"
    env = {"MONITOR_CONFIG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode != 0 and f"{path}: watch_phrases must be a list of phrases" in done.stderr
