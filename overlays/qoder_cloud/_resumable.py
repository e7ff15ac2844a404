"""Streams that resume themselves: a session's events across reconnects, each complete event
exactly once.

After a dropped connection, a timeout, a clean end of stream or a status the retry policy allows
(`_retries.should_retry_status`), a new `Stream` is opened with the last complete event's ID as
`Last-Event-ID`; events seen already (a server replaying from too early) are skipped. The waits
come from `_retries.reconnect_delay`; the budget is `max_attempts` failed reconnects in a row
(`DEFAULT_RECONNECTS` unless given; None retries for as long as it takes), reset only once a
connection delivers a new complete event with an id (a preview, or a replayed event, does not
count: a proxy that drops every connection after one frame still meets a growing backoff).

**Which events are duplicates.** Every event id the stream yielded is remembered until a
reconnect proves the server has moved past it: when the first stored event of a new connection
is one not seen before, the server resumed after the checkpoint (events of one connection come
in order), so the ids delivered before that connection are forgotten. A server that ignores
`Last-Event-ID` and replays from the start keeps them all remembered, however many there are:
the set is bounded by position (the confirmed resume point), never by a count that a long
replay could overrun.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Generic, Self, TypeVar

from ._exceptions import APIConnectionError, APIStatusError, StreamError
from ._retries import DEFAULT_RECONNECTS, reconnect_delay, should_retry_status
from ._streaming import TERMINAL_EVENT_TYPES, AsyncStream, Stream, event_type

__all__ = ["AsyncResumableStream", "ResumableStream"]

log = logging.getLogger("qoder_cloud")

T = TypeVar("T")

_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


class _Resume:
    """What the sync and async resumable streams share: the checkpoint, dedup and the budget."""

    def __init__(self, last_event_id: str | None, max_attempts: int | None) -> None:
        if last_event_id is not None and not _HEADER_VALUE.fullmatch(last_event_id):
            raise ValueError(f"last_event_id cannot be sent as a header value: {last_event_id[:100]!r}")
        self.last_event_id = last_event_id
        self.reconnects = 0
        self._max_attempts = max_attempts
        self._failures = 0
        self._seen: set[str] = set()
        self._resuming = False  # a reconnection that has not yet delivered a new event
        self.closed = False
        self.path = "(not connected yet)"

    def check_resume_point(self) -> None:
        """Refuse to reconnect from an event id that cannot be sent back as `Last-Event-ID`
        (a line break, a control character, non-ASCII): every attempt would fail before it
        reached the server."""
        event_id = self.last_event_id
        if event_id is not None and not _HEADER_VALUE.fullmatch(event_id):
            raise StreamError(
                f"cannot resume the event stream: the server's event id {event_id[:100]!r} cannot be sent back "
                "as a Last-Event-ID header"
            )

    def connected(self, path: str) -> None:
        self.path = path
        if self.reconnects:
            self._resuming = True

    def first_sighting(self, event_id: str | None) -> bool:
        """Whether an event is new, remembering it (a server replaying from too early must not
        duplicate); an event without an id always is."""
        if event_id is None:
            return True
        if event_id in self._seen:
            return False
        if self._resuming:  # the server moved past everything delivered before this connection
            self._resuming = False
            self._seen.clear()
        self._seen.add(event_id)
        return True

    def on_event(self, event_id: str | None, checkpoint: str | None) -> None:
        """A new event was yielded; one with an id proves the connection healthy."""
        if checkpoint:
            self.last_event_id = checkpoint
        if event_id is not None:
            self._failures = 0

    def after_failure(self, error: APIConnectionError | APIStatusError) -> float:
        """Seconds to wait before reconnecting, or raise `error` when it is final."""
        self.check_resume_point()  # no use waiting to send what cannot be sent
        response = error.response if isinstance(error, APIStatusError) else None
        if response is not None and not should_retry_status(response.request, response):
            raise error
        self._failures += 1
        if self._max_attempts is not None and self._failures > self._max_attempts:
            raise error
        self.reconnects += 1
        delay = reconnect_delay(self._failures, response)
        log.info(
            "reconnecting the event stream %s in %.2f s (failure %d in a row, resuming after %s): %s",
            self.path,
            delay,
            self._failures,
            self.last_event_id or "the live tail",
            error,
        )
        return delay


class ResumableStream(Generic[T]):
    """Events of a session across reconnects, each complete event exactly once.

    It reconnects after a dropped connection, a timeout, a clean end of stream or a retryable
    status (408, 429, 5xx), resuming after the last complete event with `Last-Event-ID`, and
    waits a jittered, growing delay between attempts (0.5 s up to 10 s, reset once events flow
    again). It ends after `session.status_terminated` or `session.deleted`, on a non-retryable
    error, on `close()`, or after `max_attempts` failed reconnects in a row (None: no limit).
    """

    def __init__(
        self,
        open_stream: Callable[[str | None], Stream[T]],
        *,
        last_event_id: str | None = None,
        max_attempts: int | None = DEFAULT_RECONNECTS,
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
        state = self._state
        while self._current is None and not state.closed:
            state.check_resume_point()
            try:
                self._current = self._open(state.last_event_id)
            except (APIConnectionError, APIStatusError) as error:
                self._sleep(state.after_failure(error))
            else:
                state.connected(self._current.response.request.url.path)

    def __iter__(self) -> Iterator[T]:
        state = self._state
        while not state.closed:
            try:
                self.connect()
                if self._current is None:
                    return
                for event in self._current:
                    event_id = self._current.event_id
                    if not state.first_sighting(event_id):
                        continue
                    state.on_event(event_id, self._current.last_event_id)
                    yield event
                    if event_type(event) in TERMINAL_EVENT_TYPES:
                        state.closed = True
                        return
                if self._current.done:  # the server said the stream is over: `data: [DONE]`
                    state.closed = True
                    return
                delay = state.after_failure(APIConnectionError(f"the event stream {state.path} ended"))
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
        max_attempts: int | None = DEFAULT_RECONNECTS,
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
        state = self._state
        while self._current is None and not state.closed:
            state.check_resume_point()
            try:
                self._current = await self._open(state.last_event_id)
            except (APIConnectionError, APIStatusError) as error:
                await self._sleep(state.after_failure(error))
            else:
                state.connected(self._current.response.request.url.path)

    async def __aiter__(self) -> AsyncIterator[T]:
        state = self._state
        while not state.closed:
            try:
                await self.connect()
                if self._current is None:
                    return
                async for event in self._current:
                    event_id = self._current.event_id
                    if not state.first_sighting(event_id):
                        continue
                    state.on_event(event_id, self._current.last_event_id)
                    yield event
                    if event_type(event) in TERMINAL_EVENT_TYPES:
                        state.closed = True
                        return
                if self._current.done:  # the server said the stream is over: `data: [DONE]`
                    state.closed = True
                    return
                delay = state.after_failure(APIConnectionError(f"the event stream {state.path} ended"))
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
