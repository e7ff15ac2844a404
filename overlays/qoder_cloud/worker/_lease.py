"""What the thread and asyncio workers share: their settings, and the reading of each heartbeat.

A `Lease` is the worker's record of one work item's lease: the mark the next heartbeat must name
(`expected_last_heartbeat`), until when the lease lasts as far as the worker knows, and whether a
stop was asked for or the lease is lost. It does no I/O; the workers feed it what the API answered.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from qoder_cloud_api.models import SessionWorkData, WorkHeartbeat, WorkItem, WorkState

from .._exceptions import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    QoderError,
)

__all__ = [
    "NO_HEARTBEAT",
    "Lease",
    "LeaseLostError",
    "Settings",
    "accepts_sessions",
    "default_worker_id",
    "log",
]

log = logging.getLogger("qoder_cloud.worker")

NO_HEARTBEAT = "NO_HEARTBEAT"
"""The `expected_last_heartbeat` of a lease's first heartbeat."""

MIN_TTL_SECONDS = 10
MAX_TTL_SECONDS = 600

# Answers that mean the lease cannot be kept: it was taken over (412), the item is gone (404),
# another worker holds it or it stopped (409), or this worker may not touch it any more.
_LEASE_ENDING = (PreconditionFailedError, NotFoundError, ConflictError, BadRequestError, PermissionDeniedError)


class LeaseLostError(QoderError):
    """This worker no longer holds the work item's lease: another worker may be running it now.

    Raised by `Job.check()` and `Job.heartbeat()`. A handler that gets it should stop acting on
    the item at once (its results would race the new holder's); the worker then leaves the item
    alone rather than stop it.
    """

    def __init__(self, message: str, *, work_id: str) -> None:
        super().__init__(message)
        self.message = message
        self.work_id = work_id


def default_worker_id() -> str:
    """`<host>-<pid>-<random>`: stable for one worker, different for every worker process."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


def accepts_sessions(item: WorkItem) -> bool:
    """The default `accept`: take the items that run a session, leave other kinds to other workers."""
    return isinstance(item.data, SessionWorkData)


@dataclass(frozen=True)
class Settings:
    """A worker's settings, checked once (each bad value is a `ValueError` naming the argument)."""

    environment_id: str
    worker_id: str
    concurrency: int
    ttl_seconds: int
    heartbeat_interval: float
    block_ms: int
    reclaim_older_than_ms: int | None
    poll_error_delay: float
    accept: Callable[[WorkItem], bool]

    @classmethod
    def checked(
        cls,
        *,
        environment_id: str,
        worker_id: str | None,
        concurrency: int,
        ttl_seconds: int,
        heartbeat_interval: float | None,
        block_ms: int,
        reclaim_older_than_ms: int | None,
        poll_error_delay: float,
        accept: Callable[[WorkItem], bool] | None,
    ) -> Settings:
        if not isinstance(environment_id, str) or not environment_id:
            raise ValueError(f"environment_id must be a non-empty string, got {environment_id!r}")
        if worker_id is not None and (not isinstance(worker_id, str) or not worker_id.strip()):
            raise ValueError(f"worker_id must be a non-empty string, got {worker_id!r}")
        if not _is_int(concurrency) or concurrency < 1:
            raise ValueError(f"concurrency must be an integer of at least 1, got {concurrency!r}")
        if not _is_int(ttl_seconds) or not MIN_TTL_SECONDS <= ttl_seconds <= MAX_TTL_SECONDS:
            raise ValueError(
                f"ttl_seconds must be an integer from {MIN_TTL_SECONDS} to {MAX_TTL_SECONDS} "
                f"(the API keeps leases within that range), got {ttl_seconds!r}"
            )
        interval = ttl_seconds / 3 if heartbeat_interval is None else heartbeat_interval
        if not isinstance(interval, (int, float)) or isinstance(interval, bool) or not 0 < interval < ttl_seconds:
            raise ValueError(
                f"heartbeat_interval must be a number of seconds above 0 and below ttl_seconds ({ttl_seconds}), "
                f"got {heartbeat_interval!r}"
            )
        if not _is_int(block_ms) or not 1 <= block_ms <= 999:
            raise ValueError(f"block_ms must be an integer from 1 to 999, got {block_ms!r}")
        if reclaim_older_than_ms is not None and (not _is_int(reclaim_older_than_ms) or reclaim_older_than_ms < 0):
            raise ValueError(f"reclaim_older_than_ms must be a non-negative integer, got {reclaim_older_than_ms!r}")
        if not isinstance(poll_error_delay, (int, float)) or isinstance(poll_error_delay, bool) or poll_error_delay < 0:
            raise ValueError(f"poll_error_delay must be a non-negative number of seconds, got {poll_error_delay!r}")
        if accept is not None and not callable(accept):
            raise TypeError(f"accept must be a callable taking a WorkItem, got {type(accept).__name__}")
        return cls(
            environment_id=environment_id,
            worker_id=worker_id or default_worker_id(),
            concurrency=concurrency,
            ttl_seconds=ttl_seconds,
            heartbeat_interval=float(interval),
            block_ms=block_ms,
            reclaim_older_than_ms=reclaim_older_than_ms,
            poll_error_delay=float(poll_error_delay),
            accept=accept or accepts_sessions,
        )

    def accepts(self, item: WorkItem) -> bool:
        """Whether to take `item`: `accept` says so (an `accept` that raises says no)."""
        try:
            accepted = self.accept(item)
        except Exception:
            log.exception("worker %s: accept() raised for work item %s; leaving it", self.worker_id, item.id)
            return False
        if not accepted:
            log.debug("worker %s: declined work item %s", self.worker_id, item.id)
        return bool(accepted)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Lease:
    """One work item's lease as this worker knows it (not thread-safe: the job serialises beats)."""

    def __init__(self, work_id: str, ttl_seconds: int, *, now: Callable[[], float] = time.monotonic) -> None:
        self.work_id = work_id
        self.mark = NO_HEARTBEAT
        self.ttl_seconds = ttl_seconds
        self._now = now
        self.expires = now() + ttl_seconds  # the acknowledgement started the lease
        self.beats = 0
        self.stop_reason: str | None = None
        self.lost_reason: str | None = None

    @property
    def lost(self) -> bool:
        return self.lost_reason is not None

    def request_stop(self, reason: str) -> None:
        if self.stop_reason is None:
            self.stop_reason = reason

    def lose(self, reason: str) -> None:
        if self.lost_reason is None:
            self.lost_reason = reason
            log.warning("lost the lease on work item %s: %s", self.work_id, reason)
        self.request_stop(reason)

    def error(self) -> LeaseLostError:
        return LeaseLostError(
            f"the lease on work item {self.work_id} is lost: {self.lost_reason}", work_id=self.work_id
        )

    def record(self, beat: WorkHeartbeat) -> None:
        """Take in a heartbeat's answer."""
        first = self.beats == 0
        self.beats += 1
        self.mark = beat.last_heartbeat
        ttl = beat.ttl_seconds if isinstance(beat.ttl_seconds, int) else self.ttl_seconds
        self.expires = self._now() + ttl
        if beat.state == WorkState.STOPPED or beat.lease_extended is False:
            self.lose("the item was stopped, so its lease was not extended")
        elif beat.state == WorkState.STOPPING:
            if first:
                log.warning("work item %s was asked to stop before its work started", self.work_id)
            self.request_stop("the item was asked to stop")

    def failed(self, error: QoderError) -> None:
        """Take in a heartbeat that failed: an answer that ends the lease, or a transient failure,
        which only loses the lease once the lease has run out without a heartbeat getting through
        (a 401 counts as transient: a client whose token source rotates may succeed next time)."""
        if isinstance(error, _LEASE_ENDING):
            self.lose(f"the heartbeat was refused: {error}")
        elif self._now() >= self.expires:
            self.lose(f"no heartbeat got through before the lease ran out (last error: {error})")
        else:
            log.info("heartbeat of work item %s failed, will retry: %s", self.work_id, error)
