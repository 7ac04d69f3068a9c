"""Inflating gzip and deflate bodies ourselves, so the inflated size is capped as it grows."""

from __future__ import annotations

import zlib

from monitor.fetch_errors import FetchError


class Decoder:
    """Inflate gzip/deflate bodies ourselves so that the inflated size is capped as it grows."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
            self._raw_deflate_fallback = True
        else:
            raise FetchError(f"unsupported content encoding {encoding[:40]!r}", "protocol")
        self._limit = limit
        self._size = 0
        self._first = True
        self._parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self._append(data)
            return
        if self._first and getattr(self, "_raw_deflate_fallback", False):
            # Some servers send raw deflate without the zlib header the RFC asks for.
            self._first = False
            if data and (data[0] & 0x0F) != 8:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            # max_length bounds each step, so a bomb never materialises beyond the cap.
            chunk = self._z.decompress(data, self._limit - self._size + 1)
            self._append(chunk)
            while self._z.unconsumed_tail:
                chunk = self._z.decompress(self._z.unconsumed_tail, self._limit - self._size + 1)
                if not chunk:
                    break
                self._append(chunk)
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed body: {exc}", "protocol") from exc

    def _append(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise FetchError(
                f"body larger than {self._limit // (1024 * 1024)} MiB once decompressed", "too_large"
            )
        self._parts.append(chunk)

    def result(self) -> bytes:
        if self._z is not None:
            try:
                self._append(self._z.flush())
            except zlib.error as exc:
                raise FetchError(f"corrupt compressed body: {exc}", "protocol") from exc
        return b"".join(self._parts)
