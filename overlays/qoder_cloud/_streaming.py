"""Server-sent event streams: typed events from one open response, as they arrive.

The bytes are decoded here in bounded steps (`_decoding.Inflater`, then UTF-8, a leading BOM
dropped), split into lines (CRLF, LF or CR) and frames (`id:`, `event:`, multi-line `data:`,
`:` comments) as the HTML standard's event-stream interpretation says, with a limit on each line
and each event (the client's `max_response_bytes`): a server that never ends a line cannot
exhaust memory. (httpx-sse, the usual decoder, buffers a line without bound and has no hook for
a limit.)

Each frame's data is one JSON event, parsed into the generated event union, where a type this
client does not know yet lands in the catch-all model instead of failing. Control frames:
`event: ping`, `event: heartbeat` and data-less frames are skipped, `data: [DONE]` ends the
stream cleanly, and `event: error` (or an event of type `error`) raises `StreamError` with the
envelope's type, message and request id.

`Stream` wraps one HTTP response; a stream that reconnects by itself is `_resumable.ResumableStream`.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar

import httpx

from ._decoding import DEFAULT_MAX_RESPONSE_BYTES, BodyTooLarge, Inflater, aiter_raw, encoding_of, iter_raw
from ._exceptions import StreamError, connection_error_from, validation_error_from
from ._redaction import secrets_of

__all__ = [
    "PREVIEW_EVENT_TYPES",
    "TERMINAL_EVENT_TYPES",
    "AsyncStream",
    "AsyncStreamOpener",
    "Frame",
    "FrameReader",
    "Stream",
    "decode_frame",
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
"""What `decode_frame` answers for `data: [DONE]`: the server ended the stream."""


def event_type(event: object) -> str:
    """The `type` of a parsed event ("" for an object without one)."""
    return str(getattr(event, "type_", ""))


@dataclass(frozen=True, slots=True, repr=False)
class Frame:
    """One server-sent frame: its `event:` name, its joined `data:` lines, and the `id:` line of
    this frame (None when the frame had none; the SSE standard's "last event id" that carries
    over from earlier frames is not used). Its `repr` leaves the data out: a traceback that
    captures locals must not print what a server echoed."""

    event: str
    data: str
    id: str | None

    def __repr__(self) -> str:
        return f"Frame(event={self.event!r}, data=<{len(self.data)} characters>, id={self.id!r})"


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class FrameReader:
    """Raw bytes of an event stream in, frames out, never holding more than `limit` characters
    of one line or one event (`BodyTooLarge` past it)."""

    def __init__(self, content_encoding: str | None, limit: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        self._inflater = Inflater(content_encoding)
        self._text = codecs.getincrementaldecoder("utf-8")("replace")  # event streams are UTF-8
        self._limit = limit
        self._started = False
        self._pending: list[str] = []  # the line being received
        self._pending_size = 0
        self._after_cr = False  # the last chunk ended in CR: a LF opening the next is the same break
        self._event = ""
        self._data: list[str] = []
        self._event_size = 0
        self._own_id: str | None = None

    def feed(self, raw: bytes) -> Iterator[Frame]:
        """The frames completed by one network chunk."""
        for piece in self._inflater.feed(raw):
            yield from self._text_in(self._text.decode(piece))

    def finish(self) -> Iterator[Frame]:
        """The frames completed by the end of the stream; a frame cut short is dropped."""
        for piece in self._inflater.flush():
            yield from self._text_in(self._text.decode(piece))
        yield from self._text_in(self._text.decode(b"", final=True))

    def _text_in(self, text: str) -> Iterator[Frame]:
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._after_cr and text:
            self._after_cr = False
            text = text.removeprefix("\n")
        if not text:
            return
        *lines, tail = _LINE_BREAK.split(text)
        self._after_cr = text.endswith("\r")
        for line in lines:
            if self._pending:
                line = "".join(self._pending) + line
                self._pending, self._pending_size = [], 0
            frame = self._line(line)
            if frame is not None:
                yield frame
        if tail:
            self._pending.append(tail)
            self._pending_size += len(tail)
            if self._pending_size > self._limit:
                raise BodyTooLarge(self._limit)

    def _line(self, line: str) -> Frame | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment (servers send them as heartbeats)
        self._event_size += len(line)
        if self._event_size > self._limit:
            raise BodyTooLarge(self._limit)
        name, colon, value = line.partition(":")
        if colon:
            value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._own_id = value or None
        return None  # `retry:` and unknown fields are ignored

    def _dispatch(self) -> Frame | None:
        frame = Frame(self._event, "\n".join(self._data), self._own_id) if self._data else None
        self._event, self._data, self._event_size, self._own_id = "", [], 0, None
        return frame


def decode_frame(frame: Frame, response: httpx.Response | None = None) -> dict[str, Any] | _Done | StreamError | None:
    """The JSON event in one frame; None for a frame that carries no event, `DONE` at the end,
    and the `StreamError` to raise for an error event or a frame that is not a JSON object (the
    caller raises it: this frame's locals hold the raw data).

    A frame with an `id:` line whose JSON has no `id` gets that id (unless it previews another
    event): it is where a resumed stream continues from.
    """
    if frame.event in _SKIPPED_EVENTS or not frame.data.strip():
        return None
    if frame.data.strip() == "[DONE]":
        return DONE
    try:
        data = json.loads(frame.data)
    except ValueError:
        return _bad_frame(response, f"an event frame did not hold JSON: {frame.data[:200]!r}", frame.data)
    if not isinstance(data, dict):
        return _bad_frame(response, f"an event frame held {type(data).__name__}, not a JSON object", data)
    if frame.event and "type" not in data:
        data["type"] = frame.event
    if frame.event == "error" or data.get("type") == "error":
        return _error_event(data, response)
    if frame.id is not None and "id" not in data and data.get("type") not in PREVIEW_EVENT_TYPES:
        data["id"] = frame.id
    return data


def _bad_frame(response: httpx.Response | None, message: str, data: Any) -> StreamError:
    if response is None:
        return StreamError(message, data=data)
    secrets = secrets_of(response.request)
    return StreamError(secrets.mask(message), data=secrets.scrub(data), request_id=_request_id(response, {}))


def _error_event(data: dict[str, Any], response: httpx.Response | None) -> StreamError:
    nested = data.get("error")
    detail: dict[str, Any] = nested if isinstance(nested, dict) else data
    message = str(detail.get("message") or "the server sent an error event")
    kind = detail.get("type")
    kind = None if kind == "error" else kind  # the frame's own type, not the error's
    request_id = _request_id(response, data) or _request_id(None, detail)
    if response is not None:
        secrets = secrets_of(response.request)
        message, data = secrets.mask(message), secrets.scrub(data)
    return StreamError(message, type=kind if isinstance(kind, str) else None, data=data, request_id=request_id)


def _request_id(response: httpx.Response | None, envelope: dict[str, Any]) -> str | None:
    found = envelope.get("request_id")
    if isinstance(found, str) and found:
        return found
    if response is None:
        return None
    header: str | None = response.headers.get("x-request-id") or response.headers.get("request-id")
    return header


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
        """The parsed event of a frame, or None (skipped frame) or `DONE`.

        Only a stored event (one whose data carries its own `id`) moves the checkpoint. Preview
        frames (`event_start`, `event_delta`) repeat the `id:` of the event they preview, which has
        not arrived yet: resuming from there would skip it.
        """
        data = decode_frame(frame, self.response)
        if isinstance(data, StreamError):
            raise data
        if data is None or isinstance(data, _Done):
            return data
        own = data.get("id")
        self.event_id = own if isinstance(own, str) and own else None
        if self.event_id is not None:
            self.last_event_id = self.event_id
        try:
            return self._parse(data)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            error = validation_error_from(
                exc,
                self.response,
                f"an event of type {data.get('type')!r}",
                secrets_of(self.response.request),
                body=frame.data.encode(),
            )
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


class Stream(_Checkpoint[T]):
    """Typed events from one open event-stream response.

    Iterate it (each event once, as it arrives); it is also a context manager. The response is
    always closed: at the end of the stream, on an error, on `close()`, or when the `with`
    block exits.
    """

    def __iter__(self) -> Iterator[T]:
        failure: Exception | None = None
        try:
            for frame in self._frames():
                event = self._event(frame)
                if event is DONE:
                    self.done = True
                    return
                if event is not None:
                    yield event
        except _BROKEN as exc:
            failure = self._failure(exc)
        finally:
            self.close()
        if failure is not None:
            raise failure

    def _frames(self) -> Iterator[Frame]:
        reader = self._reader()
        for raw in iter_raw(self.response):
            yield from reader.feed(raw)
        yield from reader.finish()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(_Checkpoint[T]):
    """The asyncio twin of `Stream`: `async for` the events; `async with` closes it."""

    async def __aiter__(self) -> AsyncIterator[T]:
        failure: Exception | None = None
        try:
            async for frame in self._frames():
                event = self._event(frame)
                if event is DONE:
                    self.done = True
                    return
                if event is not None:
                    yield event
        except _BROKEN as exc:
            failure = self._failure(exc)
        finally:
            await self.close()
        if failure is not None:
            raise failure

    async def _frames(self) -> AsyncIterator[Frame]:
        reader = self._reader()
        async for raw in aiter_raw(self.response):
            for frame in reader.feed(raw):
                yield frame
        for frame in reader.finish():
            yield frame

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
