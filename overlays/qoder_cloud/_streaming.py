"""Server-sent event streams: typed events from one open response, as they arrive.

Frames are decoded by httpx-sse (`id:`, `event:`, multi-line `data:`, `:` comments, CRLF);
each frame's data is one JSON event, parsed into the generated event union, where a type this
client does not know yet lands in the catch-all model instead of failing. A `ping` or data-less
frame is skipped; an `error` frame raises `StreamError`.

`Stream` wraps one HTTP response; a stream that reconnects by itself is `_resumable.ResumableStream`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
from httpx_sse import EventSource, ServerSentEvent, SSEError

from ._exceptions import (
    APIResponseValidationError,
    StreamError,
    connection_error_from,
    request_id_of,
    validation_error_from,
)

__all__ = ["TERMINAL_EVENT_TYPES", "AsyncStream", "AsyncStreamOpener", "Stream", "decode_frame", "event_type"]

T = TypeVar("T")

TERMINAL_EVENT_TYPES = frozenset({"session.status_terminated", "session.deleted"})
"""After these no event follows: a stream of the session ends."""


def event_type(event: object) -> str:
    """The `type` of a parsed event ("" for an object without one)."""
    return str(getattr(event, "type_", ""))


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
        raise StreamError(
            message,
            type=_text(detail.get("type")),
            code=_text(detail.get("code")),
            request_id=_text(data.get("request_id")),
            data=data,
        )
    return data


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


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
    block exits. `_request_id` is the request ID of the answer that opened it.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> None:
        self.response = response
        self._parse = parse
        self._request_id = request_id_of(response)
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
            raise _connection_lost(exc, self.response) from None
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
        self._request_id = request_id_of(response)
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
            raise _connection_lost(exc, self.response) from None
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
        raise validation_error_from(exc, response, f"an event of type {data.get('type')!r}") from exc


def _connection_lost(exc: httpx.TransportError, response: httpx.Response) -> Exception:
    return connection_error_from(exc, response.request, f"the event stream {response.request.url.path}")
