"""`Worker` and `Job`: a self-hosted environment's worker on threads."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

from qoder_cloud_api.models import SessionWorkData, WorkHeartbeat, WorkItem, WorkState

from .._exceptions import ConflictError, QoderError
from ._lease import Lease, LeaseLostError, Settings, log

if TYPE_CHECKING:
    from .._client import QoderCloud

__all__ = ["Job", "Worker"]

SignalHandler = Callable[[int, FrameType | None], Any] | int | None


class Job:
    """One work item this worker holds, as its handler sees it.

    The worker has acknowledged the item and made it `active` with a first heartbeat before the
    handler gets the job, and keeps the lease in the background. The handler should look at
    `stop_requested` (or block in `wait`) between steps and return soon once it is true, and call
    `check()` before anything that must not happen twice: it raises `LeaseLostError` once another
    worker may hold the item.
    """

    def __init__(self, client: QoderCloud, settings: Settings, item: WorkItem) -> None:
        self.client = client
        self.item = item
        self.environment_id = settings.environment_id
        self.worker_id = settings.worker_id
        self._settings = settings
        self._lease = Lease(item.id, settings.ttl_seconds)
        self._beating = threading.Lock()  # one heartbeat at a time: each names the previous one's mark
        self._state = threading.Lock()  # guards the lease's flags
        self._stop = threading.Event()  # set once a stop is requested or the lease is lost
        self._done = threading.Event()  # set when the job is over: the background heartbeats end

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

    @property
    def stop_reason(self) -> str | None:
        with self._state:
            return self._lease.stop_reason

    @property
    def lease_lost(self) -> bool:
        """Whether another worker may hold the item now."""
        with self._state:
            return self._lease.lost

    def wait(self, timeout: float | None = None) -> bool:
        """Block until a stop is requested (True) or `timeout` seconds pass (False)."""
        return self._stop.wait(timeout)

    def check(self) -> None:
        """Raise `LeaseLostError` if the lease is lost; do nothing otherwise."""
        with self._state:
            if self._lease.lost:
                raise self._lease.error()

    def heartbeat(self) -> WorkHeartbeat:
        """Extend the lease now (the worker also does so in the background).

        Raises `LeaseLostError` when the lease is lost; a transient failure (a connection error, a
        5xx) is raised as it is, and the lease is only lost if none gets through before it runs out.
        """
        with self._beating:
            with self._state:
                if self._lease.lost:
                    raise self._lease.error()
                mark = self._lease.mark
            try:
                beat = self.client.environments.work.heartbeat(
                    self.environment_id,
                    self.work_id,
                    expected_last_heartbeat=mark,
                    desired_ttl_seconds=self._settings.ttl_seconds,
                )
            except QoderError as error:
                with self._state:
                    self._lease.failed(error)
                    lost = self._lease.error() if self._lease.lost else None
                self._update_stop()
                if lost is not None:
                    raise lost from error
                raise
            with self._state:
                self._lease.record(beat)
                lost = self._lease.error() if self._lease.lost else None
            self._update_stop()
            if lost is not None:
                raise lost
            return beat

    def __repr__(self) -> str:
        return f"<Job work_id={self.work_id!r} session_id={self.session_id!r} stop={self.stop_requested}>"

    # ------------------------------------------------------------------ for the worker

    def _request_stop(self, reason: str) -> None:
        with self._state:
            self._lease.request_stop(reason)
        self._stop.set()

    def _update_stop(self) -> None:
        with self._state:
            stop = self._lease.stop_reason is not None
        if stop:
            self._stop.set()

    def _first_heartbeat(self) -> bool:
        """Make the item active; True once a heartbeat got through, False if the lease is lost."""
        while True:
            try:
                self.heartbeat()
                return True
            except LeaseLostError:
                return False
            except QoderError:
                if self._done.wait(self._settings.heartbeat_interval):
                    return False

    def _keep_alive(self) -> None:
        while not self._done.wait(self._settings.heartbeat_interval):
            try:
                self.heartbeat()
            except LeaseLostError:
                return
            except QoderError:
                continue  # transient; Lease.failed decides when it has lasted too long


class Worker:
    """Serves the work items of one self-hosted environment with `handler`, on threads.

    `run()` long-polls the environment's queue. For each item it asks `accept(item)` (by default:
    is it a session?), and only then acknowledges it, makes it `active` with a first heartbeat,
    keeps its lease with compare-and-set heartbeats in the background and calls `handler(job)` on
    a thread of its own; when the handler returns (or raises), the worker stops the item. An item
    whose lease was lost is left to the worker that holds it now. `stop()`, SIGTERM (when `run` is
    on the main thread) or Ctrl-C make the worker drain: it polls no more, tells each running
    handler through `job.stop_requested`, waits for them to return and stops their items.

    Several workers (threads or processes, each with its own client) may share one environment;
    each has its own `worker_id`, sent with every poll and acknowledgement.

    Args:
        client: the client to call the API with (any token source it was built with works).
        environment_id: the self-hosted environment to serve.
        handler: called with a `Job` for each item taken; its return value is ignored.
        worker_id: this worker's `Worker-ID`; default `<host>-<pid>-<random>`.
        concurrency: how many items to hold at once.
        ttl_seconds: the lease each heartbeat asks for (10 to 600).
        heartbeat_interval: seconds between heartbeats; default a third of `ttl_seconds`.
        accept: decides, before the acknowledgement, whether to take an item; an item refused is
            left in the queue, to be handed out again.
        block_ms: how long each poll waits for an item (1 to 999).
        reclaim_older_than_ms: the poll's `reclaim_older_than_ms` (the API's default when None).
        poll_error_delay: seconds to wait after a poll fails before polling again.
    """

    def __init__(
        self,
        client: QoderCloud,
        environment_id: str,
        handler: Callable[[Job], object],
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
            raise TypeError(f"handler must be a callable taking a Job, got {type(handler).__name__}")
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
        self._stopping = threading.Event()
        self._lock = threading.RLock()
        self._jobs: set[Job] = set()
        self._threads: set[threading.Thread] = set()
        self._running = False

    @property
    def worker_id(self) -> str:
        return self._settings.worker_id

    @property
    def environment_id(self) -> str:
        return self._settings.environment_id

    @property
    def jobs(self) -> tuple[Job, ...]:
        """The jobs being served now."""
        with self._lock:
            return tuple(self._jobs)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def stop(self) -> None:
        """Start draining: poll no more and ask each running handler to finish. Safe from any
        thread; `run()` returns once the handlers have returned."""
        self._stopping.set()
        for job in self.jobs:
            job._request_stop("the worker is stopping")

    def run(self, *, handle_signals: bool = True) -> None:
        """Serve items until `stop()`, SIGTERM or Ctrl-C, then drain and return.

        With `handle_signals` (and on the main thread) SIGTERM is caught while this runs and the
        previous handler is put back afterwards.
        """
        with self._lock:
            if self._running:
                raise RuntimeError("this worker is already running")
            self._running = True
        previous = self._catch_sigterm() if handle_signals else None
        try:
            self._serve_queue()
        except KeyboardInterrupt:
            log.info("worker %s interrupted; draining", self.worker_id)
        finally:
            self._stopping.set()
            self._drain()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
            with self._lock:
                self._running = False

    def __repr__(self) -> str:
        return f"<Worker worker_id={self.worker_id!r} env={self.environment_id!r} jobs={len(self.jobs)}>"

    # ------------------------------------------------------------------ internals

    def _catch_sigterm(self) -> SignalHandler:
        if threading.current_thread() is not threading.main_thread():
            return None
        # Only the flag: the handler runs between two bytecodes of the main thread, which may hold
        # a lock that stop() would take. The loop sees the flag within one poll and drains.
        return signal.signal(signal.SIGTERM, lambda signum, frame: self._stopping.set())

    def _serve_queue(self) -> None:
        slots = threading.BoundedSemaphore(self._settings.concurrency)
        while not self._stopping.is_set():
            if not slots.acquire(timeout=0.1):  # all slots busy: look at the stop flag again
                continue
            item = self._poll()
            if item is None or self._stopping.is_set():  # an item polled while stopping is left unacknowledged
                slots.release()
                continue
            thread = threading.Thread(
                target=self._serve_item, args=(item, slots), name=f"qoder-worker-{item.id}", daemon=True
            )
            with self._lock:
                self._threads.add(thread)
            thread.start()

    def _poll(self) -> WorkItem | None:
        settings = self._settings
        try:
            return self._client.environments.work.poll(
                settings.environment_id,
                block_ms=settings.block_ms,
                reclaim_older_than_ms=settings.reclaim_older_than_ms,
                worker_id=settings.worker_id,
            )
        except QoderError as error:
            log.warning("worker %s: poll failed, next in %.1f s: %s", self.worker_id, settings.poll_error_delay, error)
            self._stopping.wait(settings.poll_error_delay)
            return None

    def _serve_item(self, item: WorkItem, slots: threading.BoundedSemaphore) -> None:
        job: Job | None = None
        try:
            job = self._take(item)
            if job is not None:
                self._run_handler(job)
        finally:
            if job is not None:
                with self._lock:
                    self._jobs.discard(job)
            with self._lock:
                self._threads.discard(threading.current_thread())
            slots.release()

    def _take(self, item: WorkItem) -> Job | None:
        """Accept and acknowledge `item`, and make it active; None when it is not ours."""
        settings = self._settings
        if not settings.accepts(item):
            return None
        try:
            acknowledged = self._client.environments.work.ack(
                settings.environment_id, item.id, worker_id=settings.worker_id
            )
        except ConflictError:
            log.info("worker %s: work item %s is held by another worker", self.worker_id, item.id)
            return None
        except QoderError as error:
            log.warning("worker %s: could not acknowledge work item %s: %s", self.worker_id, item.id, error)
            return None
        job = Job(self._client, settings, acknowledged)
        with self._lock:
            self._jobs.add(job)
        if self._stopping.is_set():
            job._request_stop("the worker is stopping")
        return job

    def _run_handler(self, job: Job) -> None:
        keep_alive: threading.Thread | None = None
        try:
            if not job._first_heartbeat():
                return
            keep_alive = threading.Thread(target=job._keep_alive, name=f"qoder-heartbeat-{job.work_id}", daemon=True)
            keep_alive.start()
            if job.stop_requested:
                log.info("worker %s: not starting work item %s: %s", self.worker_id, job.work_id, job.stop_reason)
            else:
                self._call_handler(job)
        finally:
            job._done.set()
            if keep_alive is not None:
                keep_alive.join()
            self._finish(job)

    def _call_handler(self, job: Job) -> None:
        try:
            self._handler(job)
        except LeaseLostError as error:
            log.info("worker %s: handler gave up work item %s: %s", self.worker_id, job.work_id, error)
        except Exception:
            log.exception("worker %s: handler failed on work item %s", self.worker_id, job.work_id)

    def _finish(self, job: Job) -> None:
        """Stop the item, unless another worker may hold it now (graceful: stopping, then stopped)."""
        if job.lease_lost:
            return
        work = self._client.environments.work
        try:
            item = work.stop(self.environment_id, job.work_id)
            if item.state == WorkState.STOPPING:
                item = work.stop(self.environment_id, job.work_id)
            log.info("worker %s: work item %s is %s", self.worker_id, job.work_id, item.state)
        except QoderError as error:
            log.warning("worker %s: could not stop %s (its lease runs out): %s", self.worker_id, job.work_id, error)

    def _drain(self) -> None:
        for job in self.jobs:
            job._request_stop("the worker is stopping")
        while True:
            with self._lock:
                threads = list(self._threads)
            if not threads:
                return
            for thread in threads:
                thread.join()
