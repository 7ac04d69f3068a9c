"""The benchmark's feed server, in its own process so that serving never competes for our GIL.

python -m benchmarks.feedserve FEEDS — prints "port N"; then reads commands on stdin:
"gen G" serves every feed at generation G (one new item per feed per step) and answers "ok";
"quit" stops. Uses the project's FeedServer (ETag/Last-Modified, 304). `PythonServer` drives it
from the benchmark (`benchmarks.run --server python`); the default server is nginx (benchmarks/nginx.py).
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from tests.support.feedgen import CONTENT_TYPE_OF, feed_document, feed_format
from tests.support.feedserver import FeedServer

ROOT = Path(__file__).resolve().parent.parent


class PythonServer:
    """This module in its own process, driven over its stdin."""

    def __init__(self, feeds: int) -> None:
        self.feeds = feeds
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.feedserve", str(feeds)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline().split()[1])
        self.generation: int | None = None

    def serve(self, generation: int) -> None:
        if generation == self.generation:
            return
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"gen {generation}\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "ok"
        self.generation = generation

    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.port}/feed/{n}.xml" for n in range(self.feeds)]

    def close(self) -> None:
        assert self.proc.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def serve(feeds: int) -> None:
    server = FeedServer().start()
    print(f"port {server.port}", flush=True)
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "quit":
            break
        if command[0] == "gen":
            generation = int(command[1])
            for n in range(feeds):
                server.add(
                    f"/feed/{n}.xml",
                    feed_document(n, generation),
                    content_type=CONTENT_TYPE_OF[feed_format(n)],
                    last_modified=1_700_000_000.0 + generation * 3600,
                )
            server.requests.clear()
            print("ok", flush=True)
    server.stop()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
