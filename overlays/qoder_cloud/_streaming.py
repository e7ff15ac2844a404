"""Server-sent event streams: typed events from one open response, as they arrive.

The bytes are inflated in bounded steps (`_decoding.Inflater`) and split into frames as bytes
(`FrameReader`: CRLF, LF or CR line breaks, `id:`, `event:`, multi-line `data:`, `:` comments, as
the HTML standard's event-stream interpretation says, a leading BOM dropped), with a limit on
each frame (the client's `max_response_bytes`): a server that never ends a line or an event
cannot exhaust memory. (httpx-sse, the usual decoder, decodes line by line, which costs more per
event, buffers a line without bound and has no hook for a limit.) Only a complete frame is
decoded from UTF-8.

Each frame's data is one JSON event, parsed into the generated event union, where a type this
client does not know yet lands in the catch-all model instead of failing. Control frames:
`event: ping`, `event: heartbeat` and data-less frames are skipped, `data: [DONE]` ends the
stream cleanly, and `event: error` (or an event of type `error`) raises `StreamError` with the
envelope's type, message and request id.

`Stream` wraps one HTTP response; a stream that reconnects by itself is `_resumable.ResumableStream`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar

import httpx

from ._closing import ClosedOnExit
from ._decoding import DEFAULT_MAX_RESPONSE_BYTES, BodyTooLarge, Inflater, aiter_raw, encoding_of, iter_raw
from ._exceptions import StreamError, connection_error_from, request_id_of, validation_error_from
from ._redaction import secrets_of

__all__ = [
    "PREVIEW_EVENT_TYPES",
    "TERMINAL_EVENT_TYPES",
    "AsyncStream",
    "AsyncStreamOpener",
    "Frame",
    "FrameReader",
    "Stream",
    "event_type",
]

T = TypeVar("T")

TERMINAL_EVENT_TYPES = frozenset({"session.status_terminated", "session.deleted"})
"""After these no event follows: a stream of the session ends."""

PREVIEW_EVENT_TYPES = frozenset({"event_start", "event_delta"})
"""Frames that preview an event still being written; their `id:` line names the previewed event."""

_SKIPPED_EVENTS = frozenset({"ping", "heartbeat"})


class _Done:
    def __repr__(self) -> str:
        return "DONE"


DONE: Final = _Done()
"""What a stream's frame decoding answers for `data: [DONE]`: the server ended the stream."""


def event_type(event: object) -> str:
    """The `type` of a parsed event ("" for an object without one)."""
    return str(getattr(event, "type_", ""))


class Frame:
    """One server-sent frame: its `event:` name, its joined `data:` lines, and the `id:` line of
    this frame (None when the frame had none; the SSE standard's "last event id" that carries
    over from earlier frames is not used). Its `repr` leaves the data out: a traceback that
    captures locals must not print what a server echoed."""

    __slots__ = ("data", "event", "id")

    def __init__(self, event: str, data: str, id: str | None) -> None:
        self.event = event
        self.data = data
        self.id = id

    def __repr__(self) -> str:
        return f"Frame(event={self.event!r}, data=<{len(self.data)} characters>, id={self.id!r})"


_BOM = b"\xef\xbb\xbf"


class FrameReader:
    """Raw bytes of an event stream in, frames out, never holding more than `limit` bytes of one
    frame (`BodyTooLarge` past it), and so of one line or one event.

    It works on bytes: a frame ends at a blank line, so the bytes are split on `\\n\\n` and only a
    complete frame is taken apart into its lines and decoded (UTF-8, invalid bytes replaced). CR
    and CRLF line breaks are turned into LF first (a CRLF split across two chunks included), and a
    leading byte order mark is dropped.
    """

    def __init__(self, content_encoding: str | None, limit: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self._inflater = Inflater(content_encoding)
        self._limit = limit
        self._head: bytes | None = b""  # the first bytes, until it is known whether they open with a BOM
        self._after_cr = False  # the last chunk ended in CR: a LF opening the next is the same break
        self._pending: list[bytes] = []  # the frame being received
        self._pending_size = 0
        self._ends_in_lf = False  # the pending bytes end in LF: a LF opening the next chunk ends the frame

    def feed(self, raw: bytes) -> list[Frame]:
        """The frames completed by one network chunk."""
        frames: list[Frame] = []
        for piece in self._inflater.feed(raw):
            self._bytes_in(piece, frames)
        return frames

    def finish(self) -> list[Frame]:
        """The frames completed by the end of the stream; a frame cut short is dropped."""
        frames: list[Frame] = []
        for piece in self._inflater.flush():
            self._bytes_in(piece, frames)
        if self._head:  # a stream shorter than a BOM
            head, self._head = self._head, None
            self._split(head, frames)
        return frames

    def _bytes_in(self, data: bytes, frames: list[Frame]) -> None:
        if self._head is not None:
            head = self._head + data
            if len(head) < len(_BOM) and _BOM.startswith(head):
                self._head = head
                return
            self._head = None
            data = head.removeprefix(_BOM)
        if self._after_cr:
            self._after_cr = False
            data = data.removeprefix(b"\n")
        if b"\r" in data:
            self._after_cr = data.endswith(b"\r")
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if data:
            self._split(data, frames)

    def _split(self, data: bytes, frames: list[Frame]) -> None:
        if b"\n\n" not in data and not (self._ends_in_lf and data.startswith(b"\n")):
            self._pending.append(data)
            self._pending_size += len(data)
            self._ends_in_lf = data.endswith(b"\n")
            if self._pending_size > self._limit:
                raise BodyTooLarge(self._limit)
            return
        if self._pending:
            self._pending.append(data)
            data = b"".join(self._pending)
        blocks = data.split(b"\n\n")
        tail = blocks.pop()
        limit = self._limit
        for block in blocks:
            if len(block) > limit:
                raise BodyTooLarge(limit)
            frame = _frame(block)
            if frame is not None:
                frames.append(frame)
        self._pending = [tail] if tail else []
        self._pending_size = len(tail)
        self._ends_in_lf = tail.endswith(b"\n")
        if self._pending_size > limit:
            raise BodyTooLarge(limit)


_PLAIN_FRAME = re.compile(rb"(?:id: ?([^\n\0]*)\n)?(?:event: ?([^\n]*)\n)?data: ?([^\n]*)")
"""The usual frame, matched in one step: an optional `id:`, an optional `event:`, one `data:` line."""


def _frame(block: bytes) -> Frame | None:
    """One frame's lines (`data:`, `event:`, `id:`; `:` comments and other fields ignored)."""
    plain = _PLAIN_FRAME.fullmatch(block)
    if plain is not None:
        own, name, value = plain.groups()
        return Frame(
            name.decode("utf-8", "replace") if name else "",
            value.decode("utf-8", "replace"),
            own.decode("utf-8", "replace") if own else None,
        )
    event = b""
    data: list[bytes] = []
    own_id: bytes | None = None
    for line in block.split(b"\n"):
        if not line or line[0] == 58:  # a blank line left of a frame break, or a `:` comment
            continue
        name, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            data.append(value)
        elif name == b"event":
            event = value
        elif name == b"id" and b"\0" not in value:
            own_id = value or None
    if not data:
        return None
    return Frame(
        event.decode("utf-8", "replace"),
        (data[0] if len(data) == 1 else b"\n".join(data)).decode("utf-8", "replace"),
        own_id.decode("utf-8", "replace") if own_id is not None else None,
    )


def _bad_frame(response: httpx.Response | None, message: str, data: Any) -> StreamError:
    if response is None:
        return StreamError(message, data=data)
    secrets = secrets_of(response.request)
    return StreamError(secrets.mask(message), data=secrets.scrub(data), request_id=_request_id_in(response, {}))


def _error_event(data: dict[str, Any], response: httpx.Response | None) -> StreamError:
    nested = data.get("error")
    detail: dict[str, Any] = nested if isinstance(nested, dict) else data
    message = str(detail.get("message") or "the server sent an error event")
    kind = detail.get("type")
    kind = None if kind == "error" else kind  # the frame's own type, not the error's
    code = detail.get("code")
    request_id = _request_id_in(response, data) or _request_id_in(None, detail)
    if response is not None:
        secrets = secrets_of(response.request)
        message, data = secrets.mask(message), secrets.scrub(data)
    return StreamError(
        message,
        type=kind if isinstance(kind, str) else None,
        code=code if isinstance(code, str) else None,
        data=data,
        request_id=request_id,
    )


def _request_id_in(response: httpx.Response | None, envelope: dict[str, Any]) -> str | None:
    """The envelope's `request_id`, else the request ID of the stream's response."""
    found = envelope.get("request_id")
    if isinstance(found, str) and found:
        return found
    return None if response is None else request_id_of(response)


class _Checkpoint(Generic[T]):
    """What the sync and async streams share: frame decoding and the resume point."""

    response: httpx.Response
    last_event_id: str | None
    event_id: str | None
    done: bool

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[dict[str, Any]], T],
        max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.response = response
        self._parse = parse
        self._limit = max_bytes
        self._request_id = request_id_of(response)
        self.last_event_id = None
        """The ID of the last complete stored event read: where a resumed stream starts."""
        self.event_id = None
        """The `id` of the most recently yielded event (None for a preview frame)."""
        self.done = False
        """Whether the server ended the stream with `data: [DONE]`."""

    def _reader(self) -> FrameReader:
        kind = self.response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if kind != "text/event-stream":
            raise validation_error_from(
                f"is not an event stream (Content-Type {kind or 'missing'!r})",
                self.response,
                "the body",
                secrets_of(self.response.request),
                body=b"",
            )
        return FrameReader(encoding_of(self.response), self._limit)

    def _event(self, frame: Frame) -> Any:
        """The parsed event of a frame, None for a frame that carries no event (`ping`,
        `heartbeat`, no data), or `DONE` for `data: [DONE]`: everything this client does for one
        frame, in one function.

        An `event:` name fills a missing `type`; an error event raises `StreamError`; a frame with
        an `id:` line whose JSON has no `id` gets that id (unless it previews another event). Only
        a stored event (one whose data carries its own `id`) moves the checkpoint: preview frames
        (`event_start`, `event_delta`) repeat the `id:` of the event they preview, which has not
        arrived yet, and resuming from there would skip it.
        """
        text = frame.data
        if frame.event in _SKIPPED_EVENTS or not text or text.isspace():
            return None
        if "[DONE]" in text and text.strip() == "[DONE]":
            return DONE
        try:
            data = json.loads(text)
        except ValueError:
            data = text
        error: Exception | None = None
        if type(data) is not dict:
            if data is text:
                error = _bad_frame(self.response, f"an event frame did not hold JSON: {text[:200]!r}", text)
            else:
                error = _bad_frame(self.response, f"an event frame held {type(data).__name__}, not a JSON object", data)
        else:
            if frame.event and "type" not in data:
                data["type"] = frame.event
            kind = data.get("type")
            if kind == "error" or frame.event == "error":
                error = _error_event(data, self.response)
            else:
                if frame.id is not None and "id" not in data and kind not in PREVIEW_EVENT_TYPES:
                    data["id"] = frame.id
                own = data.get("id")
                self.event_id = own if type(own) is str and own else None
                if self.event_id is not None:
                    self.last_event_id = self.event_id
                try:
                    return self._parse(data)
                except (KeyError, ValueError, TypeError, AttributeError) as exc:
                    error = validation_error_from(
                        exc,
                        self.response,
                        f"an event of type {kind!r}",
                        secrets_of(self.response.request),
                        body=text.encode(),
                    )
        del text, data  # a traceback that keeps this frame's locals must not show what the server sent
        raise error

    def _failure(self, exc: Exception) -> Exception:
        """The typed error for what broke the stream while it was read."""
        if isinstance(exc, BodyTooLarge):
            return validation_error_from(
                f"has a line or an event larger than max_response_bytes ({exc.limit:,} bytes)",
                self.response,
                "the event stream",
                secrets_of(self.response.request),
                body=b"",
            )
        secrets = secrets_of(self.response.request)
        if isinstance(exc, httpx.DecodingError):
            return validation_error_from(exc, self.response, "the event stream", secrets, body=b"")
        return connection_error_from(exc, self.response.request, secrets, what="the event stream")


_BROKEN = (httpx.TransportError, httpx.DecodingError, BodyTooLarge)


def _finished(reader: FrameReader) -> Iterator[list[Frame]]:
    yield reader.finish()


async def _afed(reader: FrameReader, chunks: AsyncIterator[bytes]) -> AsyncIterator[list[Frame]]:
    """The frames of each chunk, then those the end completes (no raw chunk is a local of the
    stream's own frame)."""
    async for raw in chunks:
        yield reader.feed(raw)
    yield reader.finish()


class Stream(_Checkpoint[T], ClosedOnExit):
    """Typed events from one open event-stream response.

    Iterate it (each event once, as it arrives); it is also a context manager. The response is
    always closed: at the end of the stream, on an error, on `close()`, or when the `with`
    block exits. `_request_id` is the request ID of the answer that opened it.
    """

    def __iter__(self) -> Iterator[T]:
        failure: Exception | None = None
        try:
            reader = self._reader()
            event_of = self._event
            # No local holds a raw chunk: a traceback that keeps this frame's locals shows none.
            for frames in itertools.chain(map(reader.feed, iter_raw(self.response)), _finished(reader)):
                for frame in frames:
                    event = event_of(frame)
                    if event is None:
                        continue
                    if event is DONE:
                        self.done = True
                        return
                    yield event
        except _BROKEN as exc:
            failure = self._failure(exc)
        finally:
            self.close()
        if failure is not None:
            raise failure

    def close(self) -> None:
        self.response.close()


class AsyncStream(_Checkpoint[T]):
    """The asyncio twin of `Stream`: `async for` the events; `async with` closes it."""

    async def __aiter__(self) -> AsyncIterator[T]:
        failure: Exception | None = None
        try:
            reader = self._reader()
            event_of = self._event
            async for frames in _afed(reader, aiter_raw(self.response)):
                for frame in frames:
                    event = event_of(frame)
                    if event is None:
                        continue
                    if event is DONE:
                        self.done = True
                        return
                    yield event
        except _BROKEN as exc:
            failure = self._failure(exc)
        finally:
            await self.close()
        if failure is not None:
            raise failure

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncStreamOpener(Generic[T]):
    """What an async stream method returns, so a stream can be opened three ways:
    `async with client.events.stream(...) as stream`, `stream = await client.events.stream(...)`,
    or `async for event in client.events.stream(...)`."""

    def __init__(self, open_stream: Callable[[], Awaitable[AsyncStream[T]]]) -> None:
        self._open = open_stream
        self._stream: AsyncStream[T] | None = None

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        return self._open().__await__()

    async def __aenter__(self) -> AsyncStream[T]:
        self._stream = await self._open()
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()

    async def __aiter__(self) -> AsyncIterator[T]:
        async with self as stream:
            async for event in stream:
                yield event
