"""Streams that resume themselves: a session's events across reconnects, each complete event
exactly once.

After a dropped connection, a timeout, a clean end of stream or a status the retry policy allows
(`_retries.should_retry_status`), a new `Stream` is opened with the last complete event's ID as
`Last-Event-ID`; events seen already (a server replaying from too early) are skipped. The waits
come from `_retries.reconnect_delay`; the budget is `max_attempts` failed reconnects in a row
(`DEFAULT_RECONNECTS` unless given; None retries for as long as it takes), reset by any event.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Generic, Self, TypeVar

from ._exceptions import APIConnectionError, APIStatusError
from ._retries import DEFAULT_RECONNECTS, reconnect_delay, should_retry_status
from ._streaming import TERMINAL_EVENT_TYPES, AsyncStream, Stream, event_type

__all__ = ["AsyncResumableStream", "ResumableStream"]

T = TypeVar("T")

_SEEN_IDS = 10_000


class _Resume:
    """What the sync and async resumable streams share: the checkpoint, dedup and the budget."""

    def __init__(self, last_event_id: str | None, max_attempts: int | None) -> None:
        self.last_event_id = last_event_id
        self.reconnects = 0
        self._max_attempts = max_attempts
        self._failures = 0
        self._seen: deque[str] = deque(maxlen=_SEEN_IDS)
        self._seen_set: set[str] = set()
        self.closed = False

    def first_sighting(self, event_id: str | None) -> bool:
        """Whether an event is new, remembering it (a server replaying from too early must not
        duplicate); an event without an id always is."""
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

    def after_failure(self, error: APIConnectionError | APIStatusError) -> float:
        """Seconds to wait before reconnecting, or raise `error` when it is final."""
        response = error.response if isinstance(error, APIStatusError) else None
        if response is not None and not should_retry_status(response.request, response):
            raise error
        self._failures += 1
        if self._max_attempts is not None and self._failures > self._max_attempts:
            raise error
        self.reconnects += 1
        return reconnect_delay(self._failures, response)


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
                    if not state.first_sighting(event_id):
                        continue
                    state.on_event(self._current.last_event_id)
                    yield event
                    if event_type(event) in TERMINAL_EVENT_TYPES:
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
                    if not state.first_sighting(event_id):
                        continue
                    state.on_event(self._current.last_event_id)
                    yield event
                    if event_type(event) in TERMINAL_EVENT_TYPES:
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
