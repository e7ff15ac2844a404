"""Reading answers in bounded memory.

httpx undoes a `Content-Encoding` in one step per network chunk, so 64 KB of gzip can become
64 MB at once, and it reads a body whole. Here a compressed body is inflated in pieces of at most
`PIECE` bytes (`Inflater`), and a body is collected only up to a limit (`BodyReader`): a 2xx answer
over `max_response_bytes` is refused, an error answer is kept only as a preview. Event streams
(`_streaming`) and downloads (`lib.downloads`) read through the same `Inflater`.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpx

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ERROR_PREVIEW_BYTES",
    "PIECE",
    "BodyReader",
    "BodyTooLarge",
    "Inflater",
    "aiter_raw",
    "encoding_of",
    "is_read",
    "iter_raw",
    "read_response",
    "rebuilt_response",
]

PIECE = 64 * 1024
"""The most bytes one inflate step may produce."""

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The largest decoded JSON answer (and event-stream line or event) a client accepts: twice the
largest request the API takes, and far above any real page."""

ERROR_PREVIEW_BYTES = 64 * 1024
"""How much of an error answer's body is read: plenty for the error envelope."""


class BodyTooLarge(Exception):
    """A body grew past the limit it was read with (internal: the client raises a typed error)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit:,} bytes")
        self.limit = limit


class _Zlib:
    """One gzip or deflate layer, inflated at most `PIECE` bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._raw_deflate = False  # "deflate" is zlib-wrapped by the standard, raw by some servers
        self._started = False
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            if not self._started and not self._gzip:
                self._started = True
                try:
                    first = self._inflate.decompress(data, PIECE)
                except zlib.error:
                    self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    first = self._inflate.decompress(data, PIECE)
            else:
                self._started = True
                first = self._inflate.decompress(data, PIECE)
            yield first
            while self._inflate.unconsumed_tail:
                yield self._inflate.decompress(self._inflate.unconsumed_tail, PIECE)
        except zlib.error as exc:
            raise httpx.DecodingError(f"the body does not decode as {self._name}: {exc}") from None

    def flush(self) -> Iterator[bytes]:
        try:
            while self._inflate.unconsumed_tail:  # input a consumer stopped reading mid-way
                yield self._inflate.decompress(self._inflate.unconsumed_tail, PIECE)
            yield self._inflate.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(f"the body does not decode as {self._name}: {exc}") from None

    @property
    def _name(self) -> str:
        return "gzip" if self._gzip else "deflate"


class Inflater:
    """Undoes a `Content-Encoding` (gzip, deflate, or several in a row) in bounded pieces.

    An encoding this client did not ask for passes through unchanged, as in httpx. A body that
    does not decode raises `httpx.DecodingError`.
    """

    def __init__(self, content_encoding: str | None) -> None:
        names = [name.strip().lower() for name in (content_encoding or "").split(",")]
        # Encodings are listed in the order they were applied: undo the last one first.
        self._layers = [_Zlib(name) for name in reversed(names) if name in ("gzip", "x-gzip", "deflate")]

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of one network chunk (each at most `PIECE` bytes, or the chunk)."""
        if not self._layers:  # no encoding: the chunk itself
            return iter((data,) if data else ())
        pieces: Iterable[bytes] = (data,)
        for layer in self._layers:
            pieces = _through(layer, pieces)
        return (piece for piece in pieces if piece)

    def flush(self) -> Iterator[bytes]:
        """The pieces still held once the body ended."""
        pieces: Iterable[bytes] = ()
        for layer in self._layers:
            pieces = itertools.chain(_through(layer, pieces), _flushed(layer))
        return (piece for piece in pieces if piece)


def _through(layer: _Zlib, pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from layer.feed(piece)


def _flushed(layer: _Zlib) -> Iterator[bytes]:
    yield from layer.flush()  # a generator, so the flush happens only once the earlier layers are done


def is_read(response: httpx.Response) -> bool:
    """Whether the body is in memory already: a transport that answers with a complete response
    (`httpx.MockTransport`), whose content httpx has decoded."""
    if not response.is_stream_consumed:  # the common case, told without raising `ResponseNotRead`
        return False
    try:
        return response.content is not None
    except httpx.ResponseNotRead:  # a stream read without keeping its content
        return False


def encoding_of(response: httpx.Response) -> str | None:
    """The encoding still to undo on what `iter_raw` yields."""
    return None if is_read(response) else response.headers.get("content-encoding")


def iter_raw(response: httpx.Response) -> Iterator[bytes]:
    """The body as it came off the network (or, when already in memory, that content)."""
    if is_read(response):
        return iter((response.content,))
    return response.iter_raw()


def aiter_raw(response: httpx.Response) -> AsyncIterator[bytes]:
    """The asyncio twin of `iter_raw`."""
    if is_read(response):
        return _held(response.content)
    return response.aiter_raw()


async def _held(content: bytes) -> AsyncIterator[bytes]:
    yield content


class BodyReader:
    """Collects a response body, decoded, up to `limit` bytes.

    Feed it the raw network chunks (`response.iter_raw()`); `feed` answers False once a preview
    is complete (`preview=True`: the rest is not needed), and raises `BodyTooLarge` when a whole
    body would exceed the limit.
    """

    def __init__(self, response: httpx.Response, limit: int, *, preview: bool = False) -> None:
        self._inflater = Inflater(encoding_of(response))
        self._limit = limit
        self._preview = preview
        self._pieces: list[bytes] = []
        self._size = 0
        self._full = False  # a preview that has all it needs

    def feed(self, raw: bytes) -> bool:
        return self._take(self._inflater.feed(raw))

    def finish(self) -> bytes:
        if not self._full:
            self._take(self._inflater.flush())
        return b"".join(self._pieces)

    def _take(self, pieces: Iterable[bytes]) -> bool:
        for piece in pieces:
            room = self._limit - self._size
            if len(piece) > room:
                if not self._preview:
                    raise BodyTooLarge(self._limit)
                piece = piece[:room]
            self._pieces.append(piece)
            self._size += len(piece)
            if self._preview and self._size >= self._limit:
                self._full = True
                return False
        return True


_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def rebuilt_response(
    response: httpx.Response, content: bytes, request: httpx.Request, headers: list[tuple[str, str]] | None = None
) -> httpx.Response:
    """A complete response with `response`'s status, `headers` (by default its own) and
    `content` (decoded), for `request`. The headers that described the encoded stream
    (`Content-Encoding`, `Content-Length`, `Transfer-Encoding`) give way to the content's length."""
    kept = [
        (name, value) for name, value in (headers or response.headers.multi_items()) if name not in _DROPPED_HEADERS
    ]
    extensions: dict[str, Any] = {
        key: response.extensions[key] for key in ("http_version", "reason_phrase") if key in response.extensions
    }
    return httpx.Response(response.status_code, headers=kept, content=content, request=request, extensions=extensions)


def read_response(response: httpx.Response, body: bytes) -> httpx.Response:
    """The closed network `response`, holding `body` (already decoded) as its content.

    This is the state httpx's own `read()` leaves a response in: `content`, `text` and `json()`
    answer from the body, the headers are those that came (a `Content-Encoding` of the stream
    included). Building a second `httpx.Response` instead cost a tenth of a small call.

    The response is also cut loose from its stream: httpx links the two in a reference cycle,
    which would keep it alive until the cyclic garbage collector runs.
    """
    response._content = body  # where httpx's `read()` keeps the body it read
    read = response if response.content is body else _copied(response, body)  # else an httpx that keeps it elsewhere
    response.stream = httpx.ByteStream(b"")
    return read


def _copied(response: httpx.Response, body: bytes) -> httpx.Response:
    copy = rebuilt_response(response, body, response.request)
    try:
        copy.elapsed = response.elapsed
    except RuntimeError:  # a response that was never sent through a client has no elapsed time
        pass
    return copy
