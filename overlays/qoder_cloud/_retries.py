"""When to retry a request, and how long to wait first.

A request is *safe* to repeat when it is a GET or HEAD, or carries an `Idempotency-Key`
(the server then replays the first answer instead of acting twice). Safe requests are retried
after connection errors, 408, 429 and 5xx (529 included); other requests only after 429,
which means the server did not act. 409 is never retried. A server can veto a retry with
`x-should-retry: false`.

The wait honours `Retry-After-Ms`, then `Retry-After` (seconds or an HTTP date), up to
`MAX_SERVER_DELAY`; otherwise it grows exponentially from 0.5 s to 8 s with up to 25% jitter.
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx

__all__ = ["DEFAULT_MAX_RETRIES", "is_safe", "retry_delay", "should_retry_status"]

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_SERVER_DELAY = 60.0

_SAFE_METHODS = frozenset({"GET", "HEAD"})


def is_safe(request: httpx.Request) -> bool:
    """Whether repeating `request` cannot make the server act twice."""
    return request.method in _SAFE_METHODS or "idempotency-key" in request.headers


def should_retry_status(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether a response with this status is worth another attempt."""
    status = response.status_code
    if status == 409 or response.headers.get("x-should-retry", "").lower() == "false":
        return False
    if status == 429:
        return True
    return is_safe(request) and (status == 408 or status >= 500)


def retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """Seconds to wait before retry number `attempt` (0-based)."""
    if response is not None:
        server = _server_delay(response.headers)
        if server is not None:
            return server
    base = min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY)
    return base * (1.0 - 0.25 * random.random())


def _server_delay(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return _bounded(float(value) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _bounded(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return _bounded(when.timestamp() - time.time())


def _bounded(seconds: float) -> float | None:
    if seconds != seconds or seconds < 0 or seconds > MAX_SERVER_DELAY:  # NaN, past, or too far away
        return None
    return seconds
