"""Timeouts: httpx's per-operation limits, plus an optional total for a whole call.

httpx's `timeout` bounds each connect, each read, each write and the wait for a pooled
connection; a server that sends one byte at a time never trips it, and retries add their waits.
`Timeout(..., total=seconds)` also bounds the whole call: every attempt, every wait between
attempts and the reading of the answer together (`Deadline`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._settings import DEFAULT_TIMEOUT
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = ["Deadline", "Timeout"]

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
    """The time left of one call that has a total timeout."""

    __slots__ = ("_at", "_clock", "total")

    def __init__(self, total: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self._clock = clock
        self._at = clock() + total

    def remaining(self) -> float:
        return self._at - self._clock()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def allows(self, wait: float) -> bool:
        """Whether waiting `wait` seconds before another attempt still leaves time for it."""
        return wait < self.remaining()

    def arm(self, request: httpx.Request) -> None:
        """Cap each part of the request's timeout at the time left, for the next attempt."""
        left = max(self.remaining(), 0.0)
        parts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        request.extensions["timeout"] = {
            name: left if parts.get(name) is None else min(float(parts[name] or 0.0), left) for name in _PARTS
        }
