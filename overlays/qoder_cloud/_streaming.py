"""Server-sent event streams: typed events as they arrive, and a stream that resumes itself.

Frames are decoded by httpx-sse (`id:`, `event:`, multi-line `data:`, `:` comments, CRLF);
each frame's data is one JSON event, parsed into the generated event union, where a type this
client does not know yet lands in the catch-all model instead of failing. A `ping` or data-less
frame is skipped; an `error` frame raises `StreamError`.

`Stream` wraps one HTTP response. `ResumableStream` opens a new `Stream` after a dropped
connection, a timeout or a retryable status, sending the last complete event's ID as
`Last-Event-ID`, with jittered exponential backoff; it stops at a terminal event.
"""

from __future__ import annotations

import json
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
from httpx_sse import EventSource, ServerSentEvent, SSEError

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    StreamError,
    connection_error,
)
from ._retries import retry_delay

__all__ = [
    "TERMINAL_EVENT_TYPES",
    "AsyncResumableStream",
    "AsyncStream",
    "AsyncStreamOpener",
    "ResumableStream",
    "Stream",
]

T = TypeVar("T")

TERMINAL_EVENT_TYPES = frozenset({"session.status_terminated", "session.deleted"})
RECONNECT_INITIAL = 0.5
RECONNECT_MAX = 10.0
_SEEN_IDS = 10_000


def decode_frame(sse: ServerSentEvent) -> dict[str, Any] | None:
    """The JSON event in one frame, or None for a frame that carries no event."""
    if sse.event == "ping" or not sse.data.strip():
        return None
    try:
        data = json.loads(sse.data)
    except ValueError:
        raise StreamError(f"an event frame did not hold JSON: {sse.data[:200]!r}", data=sse.data) from None
    if not isinstance(data, dict):
        raise StreamError(f"an event frame held {type(data).__name__}, not a JSON object", data=data)
    if sse.event and "type" not in data:
        data["type"] = sse.event
    if sse.event == "error" or data.get("type") == "error":
        nested = data.get("error")
        detail: dict[str, Any] = nested if isinstance(nested, dict) else data
        message = str(detail.get("message") or "the server sent an error event")
        raise StreamError(message, type=detail.get("type"), data=data)
    return data


def _broken(exc: Exception, response: httpx.Response) -> APIConnectionError:
    return connection_error(exc, response.request, f"the event stream {response.request.url.path}")


class _Checkpoint:
    last_event_id: str | None
    event_id: str | None

    def _checkpoint(self, sse: ServerSentEvent) -> dict[str, Any] | None:
        """Decode a frame and track the resume point.

        Only a stored event (one whose data carries its own `id`) moves the checkpoint. Preview
        frames (`event_start`, `event_delta`) repeat the `id:` of the event they preview, which has
        not arrived yet: resuming from there would skip it.
        """
        data = decode_frame(sse)
        if data is not None:
            own = data.get("id")
            self.event_id = own if isinstance(own, str) and own else None
            if self.event_id is not None:
                self.last_event_id = self.event_id
        return data


class Stream(_Checkpoint, Generic[T]):
    """Typed events from one open event-stream response.

    Iterate it (each event once, as it arrives); it is also a context manager. The response is
    always closed: at the end of the stream, on an error, on `close()`, or when the `with`
    block exits.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> None:
        self.response = response
        self._parse = parse
        self.last_event_id: str | None = None
        """The ID of the last complete stored event read: where a resumed stream starts."""
        self.event_id: str | None = None
        """The `id` of the most recently yielded event (None for a preview frame)."""

    def __iter__(self) -> Iterator[T]:
        try:
            for sse in EventSource(self.response).iter_sse():
                data = self._checkpoint(sse)
                if data is not None:
                    yield _parse(self._parse, data, self.response)
        except SSEError as exc:
            raise APIResponseValidationError(str(exc), response=self.response) from None
        except httpx.TransportError as exc:
            raise connection_error(
                exc, self.response.request, f"the event stream {self.response.request.url.path}"
            ) from None
        finally:
            self.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(_Checkpoint, Generic[T]):
    """The asyncio twin of `Stream`: `async for` the events; `async with` closes it."""

    def __init__(self, response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> None:
        self.response = response
        self._parse = parse
        self.last_event_id: str | None = None
        self.event_id: str | None = None

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for sse in EventSource(self.response).aiter_sse():
                data = self._checkpoint(sse)
                if data is not None:
                    yield _parse(self._parse, data, self.response)
        except SSEError as exc:
            raise APIResponseValidationError(str(exc), response=self.response) from None
        except httpx.TransportError as exc:
            raise connection_error(
                exc, self.response.request, f"the event stream {self.response.request.url.path}"
            ) from None
        finally:
            await self.close()

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


def _parse(parse: Callable[[dict[str, Any]], T], data: dict[str, Any], response: httpx.Response) -> T:
    try:
        return parse(data)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"an event of type {data.get('type')!r} does not match the documented shape: {exc}", response=response
        ) from exc


def _event_type(event: object) -> str | None:
    kind = getattr(event, "type_", None)
    return str(kind) if kind is not None else None


class _Resume:
    """What the sync and async resumable streams share: the checkpoint, dedup and backoff."""

    def __init__(self, last_event_id: str | None, max_attempts: int | None) -> None:
        self.last_event_id = last_event_id
        self.reconnects = 0
        self._max_attempts = max_attempts
        self._failures = 0
        self._seen: deque[str] = deque(maxlen=_SEEN_IDS)
        self._seen_set: set[str] = set()
        self.closed = False

    def fresh(self, event_id: str | None) -> bool:
        """Whether an event is new (a server replaying from too early must not duplicate)."""
        if event_id is None:
            return True
        if event_id in self._seen_set:
            return False
        if len(self._seen) == self._seen.maxlen:
            self._seen_set.discard(self._seen[0])
        self._seen.append(event_id)
        self._seen_set.add(event_id)
        return True

    def on_event(self, event_id: str | None) -> None:
        if event_id:
            self.last_event_id = event_id
        self._failures = 0

    def after_failure(self, error: Exception) -> float:
        """Seconds to wait before reconnecting, or raise when the error is final."""
        if isinstance(error, APIStatusError):
            status = error.status_code
            if status != 429 and status != 408 and status < 500:
                raise error
        self._failures += 1
        if self._max_attempts is not None and self._failures > self._max_attempts:
            raise error
        self.reconnects += 1
        response = error.response if isinstance(error, APIStatusError) else None
        if response is not None and response.status_code in (429, 503):
            return retry_delay(self._failures - 1, response)
        ceiling = min(RECONNECT_INITIAL * 2 ** (self._failures - 1), RECONNECT_MAX)
        return random.uniform(ceiling / 2, ceiling)


class ResumableStream(Generic[T]):
    """Events of a session across reconnects, each complete event exactly once.

    It reconnects after a dropped connection, a timeout, a clean end of stream or a retryable
    status (408, 429, 5xx), resuming after the last complete event with `Last-Event-ID`, and
    waits a jittered, growing delay between attempts (0.5 s up to 10 s, reset once events flow
    again). It ends after `session.status_terminated` or `session.deleted`, on a non-retryable
    error, on `close()`, or after `max_attempts` consecutive failed reconnects when set.
    """

    def __init__(
        self,
        open_stream: Callable[[str | None], Stream[T]],
        *,
        last_event_id: str | None = None,
        max_attempts: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._open = open_stream
        self._state = _Resume(last_event_id, max_attempts)
        self._sleep = sleep
        self._current: Stream[T] | None = None

    @property
    def last_event_id(self) -> str | None:
        return self._state.last_event_id

    @property
    def reconnects(self) -> int:
        """How many times the stream reconnected so far."""
        return self._state.reconnects

    def connect(self) -> None:
        """Open a connection now if none is open, retrying what is retryable (errors that are
        not, such as a 404 for an unknown session, are raised here)."""
        while self._current is None and not self._state.closed:
            try:
                self._current = self._open(self._state.last_event_id)
            except (APIConnectionError, APIStatusError) as error:
                self._sleep(self._state.after_failure(error))

    def __iter__(self) -> Iterator[T]:
        state = self._state
        while not state.closed:
            try:
                self.connect()
                if self._current is None:
                    return
                for event in self._current:
                    event_id = self._current.event_id
                    if not state.fresh(event_id):
                        continue
                    state.on_event(self._current.last_event_id)
                    yield event
                    if _event_type(event) in TERMINAL_EVENT_TYPES:
                        state.closed = True
                        return
                delay = state.after_failure(APIConnectionError("the event stream ended"))
            except (APIConnectionError, APIStatusError) as error:
                delay = state.after_failure(error)
            finally:
                if self._current is not None:
                    self._current.close()
                    self._current = None
            if not state.closed:
                self._sleep(delay)

    def close(self) -> None:
        self._state.closed = True
        if self._current is not None:
            self._current.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncResumableStream(Generic[T]):
    """The asyncio twin of `ResumableStream`."""

    def __init__(
        self,
        open_stream: Callable[[str | None], Awaitable[AsyncStream[T]]],
        *,
        last_event_id: str | None = None,
        max_attempts: int | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if sleep is None:
            import asyncio  # here, so that `import qoder_cloud` does not load asyncio for sync users

            sleep = asyncio.sleep
        self._open = open_stream
        self._state = _Resume(last_event_id, max_attempts)
        self._sleep = sleep
        self._current: AsyncStream[T] | None = None

    @property
    def last_event_id(self) -> str | None:
        return self._state.last_event_id

    @property
    def reconnects(self) -> int:
        return self._state.reconnects

    async def connect(self) -> None:
        """Open a connection now if none is open (see `ResumableStream.connect`)."""
        while self._current is None and not self._state.closed:
            try:
                self._current = await self._open(self._state.last_event_id)
            except (APIConnectionError, APIStatusError) as error:
                await self._sleep(self._state.after_failure(error))

    async def __aiter__(self) -> AsyncIterator[T]:
        state = self._state
        while not state.closed:
            try:
                await self.connect()
                if self._current is None:
                    return
                async for event in self._current:
                    event_id = self._current.event_id
                    if not state.fresh(event_id):
                        continue
                    state.on_event(self._current.last_event_id)
                    yield event
                    if _event_type(event) in TERMINAL_EVENT_TYPES:
                        state.closed = True
                        return
                delay = state.after_failure(APIConnectionError("the event stream ended"))
            except (APIConnectionError, APIStatusError) as error:
                delay = state.after_failure(error)
            finally:
                if self._current is not None:
                    await self._current.close()
                    self._current = None
            if not state.closed:
                await self._sleep(delay)

    async def close(self) -> None:
        self._state.closed = True
        if self._current is not None:
            await self._current.close()

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
