"""A real HTTP proxy on 127.0.0.1 for tests: Debian's tinyproxy, started on a free port, with its log.

tinyproxy adds `Via: 1.1 tinyproxy` to every request it forwards, so the feed server sees which
requests came through it; its log names every URL it fetched.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Tinyproxy:
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def logged(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def tinyproxy(folder: Path, basic_auth: tuple[str, str] | None = None) -> Iterator[Tinyproxy]:
    program = shutil.which("tinyproxy")
    if program is None:
        if os.environ.get("CI") == "true":
            pytest.fail("tinyproxy missing in CI (see .ci/debian-packages.txt)")
        pytest.skip("needs tinyproxy (Debian package tinyproxy)")
    port = _free_port()
    log = folder / "tinyproxy.log"
    lines = [
        f"Port {port}",
        "Listen 127.0.0.1",
        "Timeout 30",
        f'LogFile "{log}"',
        "LogLevel Info",
        "MaxClients 20",
        "Allow 127.0.0.1",
        'ViaProxyName "tinyproxy"',
    ]
    if basic_auth:
        lines.append(f"BasicAuth {basic_auth[0]} {basic_auth[1]}")
    config = folder / "tinyproxy.conf"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [program, "-d", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"tinyproxy did not start: {proc.stderr.read() if proc.stderr else ''!r}"
                    ) from None
                time.sleep(0.05)
        yield Tinyproxy(port, log)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
