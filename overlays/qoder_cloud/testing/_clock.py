"""The local server's sense of time: timestamps, download-link expiry, idempotency retention,
the pacing of scripted turns and stream heartbeats all read one clock.

`SystemClock` is real time. `ManualClock` stands still until a test moves it with `advance`, so a
test can expire a link or let a slow turn take its next step without sleeping:

    clock = ManualClock()
    with LocalServer(clock=clock) as server:
        server.turn_delay = 10          # each step of a turn waits 10 clock seconds
        ...                             # the turn is running and stays so
        clock.advance(60)               # its remaining steps happen now

Whoever waits for the clock does so on a `threading.Condition`; `advance` wakes every condition
someone is waiting on, and the waiter checks the time again.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

__all__ = ["Clock", "ManualClock", "SystemClock"]

_SAFETY_WAKE = 1.0  # real seconds after which a manual-clock waiter looks again (e.g. at a stop flag)


class Clock:
    """The interface: the current time, and a wait that another thread or the clock can end."""

    def time(self) -> float:
        """Seconds since the Unix epoch."""
        raise NotImplementedError

    def wait_until(self, condition: threading.Condition, deadline: float) -> None:
        """Wait on `condition` (held by the caller) until it is notified or this clock reaches
        `deadline`, whichever is first. Callers check their own predicate after."""
        raise NotImplementedError


class SystemClock(Clock):
    """Real time."""

    def time(self) -> float:
        return time.time()

    def wait_until(self, condition: threading.Condition, deadline: float) -> None:
        condition.wait(max(0.0, deadline - time.time()))


class ManualClock(Clock):
    """A clock that only moves when `advance` is called (starting at the real time unless told)."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else float(start)
        self._lock = threading.Lock()
        self._waiting: Counter[threading.Condition] = Counter()

    def time(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward and wake everything that waits on it."""
        if seconds < 0:
            raise ValueError(f"a clock only moves forward; got {seconds} seconds")
        with self._lock:
            self._now += seconds
            waiting = list(self._waiting)
        for condition in waiting:
            with condition:
                condition.notify_all()

    def wait_until(self, condition: threading.Condition, deadline: float) -> None:
        with self._lock:
            if self._now >= deadline:
                return
            self._waiting[condition] += 1  # from here on, `advance` wakes this condition
        try:
            condition.wait(_SAFETY_WAKE)
        finally:
            with self._lock:
                self._waiting[condition] -= 1
                if not self._waiting[condition]:
                    del self._waiting[condition]
