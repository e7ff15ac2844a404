"""The one retry policy: what is retried, how often, and how long to wait first.

**Safe to repeat.** A GET or HEAD, or a request with an `Idempotency-Key` (the server then replays
its first answer instead of acting twice; the clients put a key on every POST).

**What is retried.** After a transport error, or a 2xx whose body could not be read (cut short
on the way, or not JSON at all): only a safe request. After a status: 429 always (the server did
not act); 408 and 5xx (529 included) only when safe; never 409 or another 4xx. The server can
decide with `x-should-retry`: `false` vetoes any retry, `true` makes a safe request retry on any
status (an unsafe one is still not retried, whatever the header says).

**The budget.** One per call: `max_retries` is the most retries a call makes for all reasons
together, so `max_retries=N` never sends more than N+1 attempts (`RetryState`).

**The wait.** The server's `Retry-After-Ms`, then `Retry-After` (seconds or an HTTP date), up to
`MAX_SERVER_DELAY`; otherwise exponential from 0.5 s to 8 s, less up to 25% jitter.

**Streams.** A resumable stream reconnects under the same classification (a status it may retry
is one `should_retry_status` allows, for its GET) with a budget of its own: `DEFAULT_RECONNECTS`
failed reconnects in a row, waits from `reconnect_delay`.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RECONNECTS",
    "RetryState",
    "is_safe",
    "reconnect_delay",
    "retry_delay",
    "server_delay",
    "should_retry_status",
]

log = logging.getLogger("qoder_cloud")

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_SERVER_DELAY = 60.0

DEFAULT_RECONNECTS = 10
"""Failed reconnects in a row after which a resumable stream gives up (about a minute of waits)."""
RECONNECT_INITIAL = 0.5
RECONNECT_MAX = 10.0

_SAFE_METHODS = frozenset({"GET", "HEAD"})
_DETERMINISTIC = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


def is_safe(request: httpx.Request) -> bool:
    """Whether repeating `request` cannot make the server act twice."""
    return request.method in _SAFE_METHODS or "idempotency-key" in request.headers


def should_retry_status(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether a non-2xx answer to `request` is worth another attempt."""
    verdict = response.headers.get("x-should-retry", "").strip().lower()
    status = response.status_code
    if verdict == "false":
        return False
    if status == 429:
        return True
    if not is_safe(request):
        return False
    return verdict == "true" or status == 408 or status >= 500


def retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """Seconds to wait before retry number `attempt` (0-based)."""
    if response is not None:
        server = server_delay(response.headers)
        if server is not None:
            return server
    base = min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY)
    return base * (1.0 - 0.25 * random.random())


def reconnect_delay(failures: int, response: httpx.Response | None) -> float:
    """Seconds a resumable stream waits after `failures` (1 or more) failed connections in a row:
    what the server asks for, else uniform in [c/2, c] with c doubling from 0.5 s up to 10 s."""
    if response is not None:
        server = server_delay(response.headers)
        if server is not None:
            return server
    ceiling = min(RECONNECT_INITIAL * 2.0 ** (failures - 1), RECONNECT_MAX)
    return random.uniform(ceiling / 2, ceiling)


class RetryState:
    """The retry budget of one call.

    After each failed attempt the send loop asks what to do: each `after_*` method answers the
    seconds to wait before the next attempt, or None when the failure is final (not retryable,
    or the budget is spent). Every reason draws on the same budget.
    """

    __slots__ = ("_attempt", "_max_retries", "_request")

    def __init__(self, request: httpx.Request, max_retries: int) -> None:
        self._request = request
        self._max_retries = max_retries
        self._attempt = 0

    @property
    def retries(self) -> int:
        """How many retries this call has made so far."""
        return self._attempt

    def after_status(self, response: httpx.Response) -> float | None:
        """A non-2xx answer (its body read)."""
        if not should_retry_status(self._request, response):
            return None
        return self._next(response, str(response.status_code))

    def after_transport_error(self, error: httpx.TransportError) -> float | None:
        """No usable answer: refused, reset, timed out, ... A request that could not even be
        written (a header h11 refuses, a scheme httpx cannot speak) fails the same way again."""
        if isinstance(error, _DETERMINISTIC) or not is_safe(self._request):
            return None
        return self._next(None, type(error).__name__)

    def after_unreadable_body(self) -> float | None:
        """A 2xx whose body could not be read: asked for again (with the same Idempotency-Key,
        so a server that acted replays its answer)."""
        return self._next(None, "an unreadable body") if is_safe(self._request) else None

    def _next(self, response: httpx.Response | None, why: str) -> float | None:
        if self._attempt >= self._max_retries:
            return None
        delay = retry_delay(self._attempt, response)
        self._attempt += 1
        request = self._request
        log.info("retrying %s %s in %.2f s after %s", request.method, request.url.path, delay, why)
        return delay


def server_delay(headers: httpx.Headers, longest: float = MAX_SERVER_DELAY) -> float | None:
    """The wait a server asks for: `Retry-After-Ms`, else `Retry-After` (seconds or an HTTP
    date); None when it sent none, or one that is past, not a number or longer than `longest`."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return _bounded(float(value) / 1000.0, longest)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _bounded(float(value), longest)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return _bounded(when.timestamp() - time.time(), longest)


def _bounded(seconds: float, longest: float) -> float | None:
    if seconds != seconds or seconds < 0 or seconds > longest:  # NaN, past, or too far away
        return None
    return seconds
