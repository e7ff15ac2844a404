"""Timeouts: httpx's per-operation limits, plus an optional total for a whole call.

httpx's `timeout` bounds each connect, each read, each write and the wait for a pooled
connection; a server that sends one byte at a time never trips it, and retries add their waits.
`Timeout(..., total=seconds)` also bounds the whole call: every attempt, every wait between
attempts and the reading of the answer together (`Deadline`, which also bounds a whole
`run_turn`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._settings import DEFAULT_TIMEOUT
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = ["Deadline", "Expired", "Timeout"]

_PARTS = ("connect", "read", "write", "pool")


class Timeout(httpx.Timeout):
    """An `httpx.Timeout` with an optional `total`: the most seconds one call may take.

        Timeout(30.0, total=120.0)              # 30 s per read/connect/write, 2 minutes in all
        Timeout(total=10.0)                     # the default parts (60 s, 10 s to connect), 10 s in all

    The total covers every attempt of a call, the waits between them and the reading of the
    answer; when it runs out the call raises `APITimeoutError`. It is checked between reads, so
    a call ends at most one read timeout after its total. For an event stream or a download it
    bounds opening the stream, not reading its events or bytes.
    """

    def __init__(
        self,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        *,
        connect: float | None | NotGiven = NOT_GIVEN,
        read: float | None | NotGiven = NOT_GIVEN,
        write: float | None | NotGiven = NOT_GIVEN,
        pool: float | None | NotGiven = NOT_GIVEN,
        total: float | None = None,
    ) -> None:
        given = {
            name: value
            for name, value in zip(_PARTS, (connect, read, write, pool), strict=True)
            if not isinstance(value, NotGiven)
        }
        if isinstance(timeout, NotGiven):
            super().__init__(**{**DEFAULT_TIMEOUT.as_dict(), **given})
        elif isinstance(timeout, httpx.Timeout):
            super().__init__(**{**timeout.as_dict(), **given})
            if total is None:
                total = getattr(timeout, "total", None)
        else:
            super().__init__(timeout, **given)
        if total is not None and (
            isinstance(total, bool) or not isinstance(total, (int, float)) or not math.isfinite(total) or total <= 0
        ):
            raise ValueError(f"total must be a positive number of seconds or None, got {total!r}")
        self.total = None if total is None else float(total)

    def __eq__(self, other: Any) -> bool:
        return super().__eq__(other) and getattr(other, "total", None) == self.total

    __hash__ = None  # type: ignore[assignment]  # mutable, like httpx.Timeout

    def __repr__(self) -> str:
        parts = ", ".join(f"{name}={value}" for name, value in self.as_dict().items())
        return f"Timeout({parts}, total={self.total})"


def total_of(timeout: TimeoutTypes) -> float | None:
    """The total seconds a call may take under `timeout` (None: no total)."""
    return getattr(timeout, "total", None) if isinstance(timeout, httpx.Timeout) else None


class Deadline:
    """A total time limit, read on a monotonic clock (`total` None: no limit).

    A call with `Timeout(total=...)` has one: the send loop stops when it has `expired()` or no
    longer `allows()` the next wait, and `arm()` caps each attempt's timeout at the time left.
    So does `run_turn(deadline=...)`: each request of the turn gets at most the time left
    (`bound()`), each wait between reconnects is cut at the limit (`wait()`), and `check()` raises
    `Expired` once it has passed, so a turn ends close to its deadline even on a quiet stream.
    """

    __slots__ = ("_at", "_clock", "total")

    def __init__(self, total: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        if total is not None and not total > 0:
            raise ValueError(f"deadline must be a positive number of seconds or None, got {total!r}")
        self.total = total
        self._clock = clock
        self._at = None if total is None else clock() + total

    def remaining(self) -> float | None:
        """The seconds left (below 0 once the limit has passed); None without a limit."""
        return None if self._at is None else self._at - self._clock()

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def check(self) -> None:
        """Raise `Expired` once the limit has passed."""
        if self.expired():
            raise Expired

    def allows(self, wait: float) -> bool:
        """Whether waiting `wait` seconds before another attempt still leaves time for it."""
        left = self.remaining()
        return left is None or wait < left

    def wait(self, seconds: float) -> float:
        """How long to wait of `seconds`, cut at the limit."""
        left = self.remaining()
        return seconds if left is None else max(0.0, min(seconds, left))

    def arm(self, request: httpx.Request) -> None:
        """Cap each part of the request's timeout at the time left, for the next attempt."""
        left = self.remaining()
        if left is None:
            return
        left = max(left, 0.0)
        parts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        request.extensions["timeout"] = {
            name: left if parts.get(name) is None else min(float(parts[name] or 0.0), left) for name in _PARTS
        }

    def bound(self, timeout: TimeoutTypes | NotGiven) -> TimeoutTypes | NotGiven:
        """`timeout`, with no phase longer than the time that is left."""
        left = self.remaining()
        if left is None:
            return timeout
        left = max(left, 0.001)
        if isinstance(timeout, NotGiven) or timeout is None:
            return left
        if isinstance(timeout, httpx.Timeout):
            phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
            connect, read, write, pool = (left if phase is None else min(phase, left) for phase in phases)
            return httpx.Timeout(connect=connect, read=read, write=write, pool=pool)
        return min(timeout, left)


class Expired(Exception):
    """Internal: a `Deadline` passed (deliberately not an API error, so no retry catches it)."""
