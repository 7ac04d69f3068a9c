"""The real `monitor` command in a subprocess, and the checks every hostile-input test makes of it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_monitor(
    *args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m monitor ARGS` with the test's environment (its isolated data and config folders)."""
    return subprocess.run(
        [sys.executable, "-m", "monitor", *map(str, args)],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=False,
    )


# How an uncaught Python exception ends: "ValueError: Invalid IPv6 URL".
_EXCEPTION_LINE = re.compile(r"^\w*(Error|Exception|Warning): ", re.MULTILINE)


def assert_no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    for stream in (done.stdout, done.stderr):
        assert "Traceback" not in stream, stream[-3000:]
        assert not _EXCEPTION_LINE.search(stream), stream[-3000:]
