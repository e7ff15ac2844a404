"""The parts of `Job`/`AsyncJob` and `Worker`/`AsyncWorker` that do no I/O: the constructor's
checks, what a handler reads of its item, and the worker's log lines. Each twin adds its own
waiting and locking (threads or asyncio) on top."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from qoder_cloud_api.models import SessionWorkData, WorkItem

from .._exceptions import ConflictError, QoderError
from ._lease import Lease, LeaseLostError, Settings, log

if TYPE_CHECKING:
    import asyncio
    import threading

__all__ = ["JobBase", "WorkerBase"]

ClientT = TypeVar("ClientT")
HandlerT = TypeVar("HandlerT")


class JobBase(Generic[ClientT]):
    """What `Job` and `AsyncJob` share: the item, its lease, and the ids a handler reads."""

    _stop: threading.Event | asyncio.Event  # made by the twin: set once a stop is requested or the lease is lost

    def __init__(self, client: ClientT, settings: Settings, item: WorkItem) -> None:
        self.client = client
        self.item = item
        self.environment_id = settings.environment_id
        self.worker_id = settings.worker_id
        self._settings = settings
        self._lease = Lease(item.id, settings.ttl_seconds)

    @property
    def work_id(self) -> str:
        return self.item.id

    @property
    def session_id(self) -> str | None:
        """The session the item runs, or None for another kind of work."""
        data = self.item.data
        return data.id if isinstance(data, SessionWorkData) else None

    @property
    def stop_requested(self) -> bool:
        """Whether the handler should finish: the item was asked to stop, the worker is draining,
        or the lease is lost."""
        return self._stop.is_set()


class WorkerBase(Generic[ClientT, HandlerT]):
    """What `Worker` and `AsyncWorker` share: the constructor (see `Worker` for its arguments)
    and the log lines of each step. `_init_state` makes the twin's own flags and sets."""

    handler_kind: ClassVar[str]
    """How the `TypeError` for a handler that is not callable describes the handler wanted."""

    def __init__(
        self,
        client: ClientT,
        environment_id: str,
        handler: HandlerT,
        *,
        worker_id: str | None = None,
        concurrency: int = 1,
        ttl_seconds: int = 60,
        heartbeat_interval: float | None = None,
        accept: Callable[[WorkItem], bool] | None = None,
        block_ms: int = 999,
        reclaim_older_than_ms: int | None = None,
        poll_error_delay: float = 1.0,
    ) -> None:
        if not callable(handler):
            raise TypeError(f"handler must be {self.handler_kind}, got {type(handler).__name__}")
        self._settings = Settings.checked(
            environment_id=environment_id,
            worker_id=worker_id,
            concurrency=concurrency,
            ttl_seconds=ttl_seconds,
            heartbeat_interval=heartbeat_interval,
            block_ms=block_ms,
            reclaim_older_than_ms=reclaim_older_than_ms,
            poll_error_delay=poll_error_delay,
            accept=accept,
        )
        self._client = client
        self._handler = handler
        self._running = False
        self._init_state()

    def _init_state(self) -> None:
        """Make the twin's own state (its stop flag, its jobs, its threads or tasks)."""
        raise NotImplementedError

    @property
    def worker_id(self) -> str:
        return self._settings.worker_id

    @property
    def environment_id(self) -> str:
        return self._settings.environment_id

    # ------------------------------------------------------------------ log lines

    def _poll_failed(self, error: QoderError) -> float:
        """Log a failed poll; the seconds to wait before the next one."""
        delay = self._settings.poll_error_delay
        log.warning("worker %s: poll failed, next in %.1f s: %s", self.worker_id, delay, error)
        return delay

    def _ack_failed(self, item: WorkItem, error: QoderError) -> None:
        if isinstance(error, ConflictError):
            log.info("worker %s: work item %s is held by another worker", self.worker_id, item.id)
        else:
            log.warning("worker %s: could not acknowledge work item %s: %s", self.worker_id, item.id, error)

    def _not_starting(self, job: JobBase[ClientT], reason: str | None) -> None:
        log.info("worker %s: not starting work item %s: %s", self.worker_id, job.work_id, reason)

    def _handler_failed(self, job: JobBase[ClientT], error: Exception) -> None:
        """Log what the handler raised (call it in the `except` block: the traceback is logged)."""
        if isinstance(error, LeaseLostError):
            log.info("worker %s: handler gave up work item %s: %s", self.worker_id, job.work_id, error)
        else:
            log.exception("worker %s: handler failed on work item %s", self.worker_id, job.work_id)

    def _stopped(self, job: JobBase[ClientT], item: WorkItem) -> None:
        log.info("worker %s: work item %s is %s", self.worker_id, job.work_id, item.state)

    def _stop_failed(self, job: JobBase[ClientT], error: QoderError) -> None:
        log.warning("worker %s: could not stop %s (its lease runs out): %s", self.worker_id, job.work_id, error)
