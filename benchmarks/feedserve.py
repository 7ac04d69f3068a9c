"""The benchmark's feed server, in its own process so that serving never competes for our GIL.

python -m benchmarks.feedserve FEEDS — prints "port N"; then reads commands on stdin:
"gen G" serves every feed at generation G (one new item per feed per step) and answers "ok";
"quit" stops. Uses the project's FeedServer (ETag/Last-Modified, 304).
"""

from __future__ import annotations

import sys

from benchmarks.feedgen import feed_document, feed_format
from tests.support.feedserver import FeedServer

CONTENT_TYPES = {"atom": "application/atom+xml; charset=utf-8", "rss": "application/rss+xml; charset=utf-8"}


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
                    content_type=CONTENT_TYPES[feed_format(n)],
                    last_modified=1_700_000_000.0 + generation * 3600,
                )
            server.requests.clear()
            print("ok", flush=True)
    server.stop()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
