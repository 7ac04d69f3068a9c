"""The benchmark's feeds served by nginx: static files, ETag and Last-Modified, 304s, as real sites do.

nginx is started as the benchmark's own process (`daemon off`) on a free 127.0.0.1 port, with a
config generated in a temporary folder that also holds the documents, its pid file, logs and temp
paths; it is stopped (SIGQUIT, then SIGKILL) and the folder removed after. Nothing of the system's
nginx set-up is read or touched.

`serve(g)` writes every feed at generation g (one new item per feed per step, tests/support/feedgen.py)
with a modification time of its own, so nginx's ETag (mtime and size) and Last-Modified change with
the content, and a client sending the old validators gets the new document; the same ones, a 304.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.feedgen import feed_document, feed_format

BASE_MTIME = 1_700_000_000  # generation g is dated BASE_MTIME + g hours
CONFIG = """
daemon off;
master_process on;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{
        application/rss+xml rss;
        application/atom+xml atom;
    }}
    default_type application/octet-stream;
    charset utf-8;
    charset_types application/rss+xml application/atom+xml;
    sendfile on;
    tcp_nodelay on;
    keepalive_requests 10000;
    etag on;
    if_modified_since exact;
    server {{
        listen 127.0.0.1:{port};
        root {tmp}/www;
    }}
}}
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def available() -> bool:
    return shutil.which("nginx") is not None


def version() -> str:
    found = shutil.which("nginx")
    if found is None:
        return "not installed"
    done = subprocess.run([found, "-v"], capture_output=True, text=True, check=False)
    return (done.stderr or done.stdout).strip().removeprefix("nginx version: ")


class Nginx:
    """The feeds 0..feeds-1 at /feed/N.rss or /feed/N.atom; `close()` stops nginx and cleans up."""

    def __init__(self, feeds: int) -> None:
        found = shutil.which("nginx")
        if found is None:
            raise RuntimeError("nginx is not installed (Debian: apt-get install nginx-light)")
        self.feeds = feeds
        self.generation: int | None = None
        self.tmp = Path(tempfile.mkdtemp(prefix="monitor-nginx-"))
        # nginx's workers run as nobody when started by root: they must be able to read the files.
        self.tmp.chmod(0o755)
        (self.tmp / "www" / "feed").mkdir(parents=True)
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        for _ in range(5):  # another process may take the free port between the probe and nginx
            self.port = free_port()
            conf = self.tmp / "nginx.conf"
            conf.write_text(CONFIG.format(tmp=self.tmp, port=self.port), encoding="utf-8")
            self.proc = subprocess.Popen(
                [found, "-p", str(self.tmp), "-c", str(conf), "-e", str(self.tmp / "error.log")],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            if self._listening():
                return
            self._stop()
        error = (self.tmp / "error.log").read_text(errors="replace")[-2000:]
        self.close()
        raise RuntimeError(f"nginx did not start: {error}")

    def _listening(self) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                return False
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return True
            time.sleep(0.05)
        return False

    def path(self, n: int) -> str:
        return f"/feed/{n}.{'atom' if feed_format(n) == 'atom' else 'rss'}"

    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.port}{self.path(n)}" for n in range(self.feeds)]

    def serve(self, generation: int) -> None:
        if generation == self.generation:
            return
        stamp = BASE_MTIME + generation * 3600
        www = self.tmp / "www"
        for n in range(self.feeds):
            target = www / self.path(n).lstrip("/")
            partial = target.with_suffix(".part")
            partial.write_bytes(feed_document(n, generation))
            os.utime(partial, (stamp, stamp))
            partial.chmod(0o644)
            partial.replace(target)  # whole documents only, never half of one
        self.generation = generation

    def _stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful: finish the responses in flight
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc.stderr is not None:
            self.proc.stderr.close()
        self.proc = None

    def close(self) -> None:
        self._stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Nginx:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
