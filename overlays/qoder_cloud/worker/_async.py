"""`AsyncWorker` and `AsyncJob`: a self-hosted environment's worker on asyncio tasks.

The same protocol as `Worker` (see its docstring), with the handler a coroutine function and
each item, its heartbeats and the polling loop as tasks of one event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from qoder_cloud_api.models import SessionWorkData, WorkHeartbeat, WorkItem, WorkState

from .._exceptions import ConflictError, QoderError
from ._lease import Lease, LeaseLostError, Settings, log

if TYPE_CHECKING:
    from .._client import AsyncQoderCloud

__all__ = ["AsyncJob", "AsyncWorker"]


class AsyncJob:
    """One work item this worker holds, as its coroutine handler sees it (see `Job`)."""

    def __init__(self, client: AsyncQoderCloud, settings: Settings, item: WorkItem) -> None:
        self.client = client
        self.item = item
        self.environment_id = settings.environment_id
        self.worker_id = settings.worker_id
        self._settings = settings
        self._lease = Lease(item.id, settings.ttl_seconds)
        self._beating = asyncio.Lock()  # one heartbeat at a time: each names the previous one's mark
        self._stop = asyncio.Event()
        self._done = asyncio.Event()

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
        return self._lease.stop_reason

    @property
    def lease_lost(self) -> bool:
        """Whether another worker may hold the item now."""
        return self._lease.lost

    async def wait(self, timeout: float | None = None) -> bool:
        """Wait until a stop is requested (True) or `timeout` seconds pass (False)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout)
        return self._stop.is_set()

    def check(self) -> None:
        """Raise `LeaseLostError` if the lease is lost; do nothing otherwise."""
        if self._lease.lost:
            raise self._lease.error()

    async def heartbeat(self) -> WorkHeartbeat:
        """Extend the lease now; see `Job.heartbeat`."""
        async with self._beating:
            self.check()
            try:
                beat = await self.client.environments.work.heartbeat(
                    self.environment_id,
                    self.work_id,
                    expected_last_heartbeat=self._lease.mark,
                    desired_ttl_seconds=self._settings.ttl_seconds,
                )
            except QoderError as error:
                self._lease.failed(error)
                self._update_stop()
                if self._lease.lost:
                    raise self._lease.error() from error
                raise
            self._lease.record(beat)
            self._update_stop()
            self.check()
            return beat

    def __repr__(self) -> str:
        return f"<AsyncJob work_id={self.work_id!r} session_id={self.session_id!r} stop={self.stop_requested}>"

    # ------------------------------------------------------------------ for the worker

    def _request_stop(self, reason: str) -> None:
        self._lease.request_stop(reason)
        self._stop.set()

    def _update_stop(self) -> None:
        if self._lease.stop_reason is not None:
            self._stop.set()

    async def _first_heartbeat(self) -> bool:
        """Make the item active; True once a heartbeat got through, False if the lease is lost."""
        while True:
            try:
                await self.heartbeat()
                return True
            except LeaseLostError:
                return False
            except QoderError:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._done.wait(), self._settings.heartbeat_interval)
                if self._done.is_set():
                    return False

    async def _keep_alive(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._done.wait(), self._settings.heartbeat_interval)
            if self._done.is_set():
                return
            try:
                await self.heartbeat()
            except LeaseLostError:
                return
            except QoderError:
                continue  # transient; Lease.failed decides when it has lasted too long


class AsyncWorker:
    """Serves the work items of one self-hosted environment with a coroutine `handler`.

    The asyncio twin of `Worker` (same arguments and protocol); `await worker.run()` serves until
    `worker.stop()` (call it on the event loop's thread) or SIGTERM, then drains.
    """

    def __init__(
        self,
        client: AsyncQoderCloud,
        environment_id: str,
        handler: Callable[[AsyncJob], Awaitable[object]],
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
            raise TypeError(f"handler must be a coroutine function taking an AsyncJob, got {type(handler).__name__}")
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
        self._stopping = False
        self._changed: asyncio.Event | None = None  # made in run(): wakes the loop on stop or a free slot
        self._jobs: set[AsyncJob] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._running = False

    @property
    def worker_id(self) -> str:
        return self._settings.worker_id

    @property
    def environment_id(self) -> str:
        return self._settings.environment_id

    @property
    def jobs(self) -> tuple[AsyncJob, ...]:
        """The jobs being served now."""
        return tuple(self._jobs)

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self) -> None:
        """Start draining: poll no more and ask each running handler to finish (call it on the
        event loop's thread; from another thread use `loop.call_soon_threadsafe(worker.stop)`)."""
        self._stopping = True
        for job in self._jobs:
            job._request_stop("the worker is stopping")
        if self._changed is not None:
            self._changed.set()

    async def run(self, *, handle_signals: bool = True) -> None:
        """Serve items until `stop()` or SIGTERM, then drain and return."""
        if self._running:
            raise RuntimeError("this worker is already running")
        self._running = True
        self._changed = asyncio.Event()
        loop = asyncio.get_running_loop()
        caught = handle_signals and self._catch_sigterm(loop)
        try:
            await self._serve_queue()
        finally:
            self.stop()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            if caught:
                loop.remove_signal_handler(signal.SIGTERM)
            self._running = False

    def __repr__(self) -> str:
        return f"<AsyncWorker worker_id={self.worker_id!r} env={self.environment_id!r} jobs={len(self._jobs)}>"

    # ------------------------------------------------------------------ internals

    def _catch_sigterm(self, loop: asyncio.AbstractEventLoop) -> bool:
        if threading.current_thread() is not threading.main_thread():
            return False
        try:
            loop.add_signal_handler(signal.SIGTERM, self.stop)
        except (NotImplementedError, RuntimeError):  # no signal support on this loop or platform
            return False
        return True

    async def _serve_queue(self) -> None:
        assert self._changed is not None
        while not self._stopping:
            if len(self._tasks) >= self._settings.concurrency:
                await self._changed.wait()
                self._changed.clear()
                continue
            item = await self._poll()
            if item is None or self._stopping:  # an item polled while stopping is left unacknowledged
                continue
            task = asyncio.create_task(self._serve_item(item), name=f"qoder-worker-{item.id}")
            self._tasks.add(task)
            task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._changed is not None:
            self._changed.set()

    async def _poll(self) -> WorkItem | None:
        settings = self._settings
        try:
            return await self._client.environments.work.poll(
                settings.environment_id,
                block_ms=settings.block_ms,
                reclaim_older_than_ms=settings.reclaim_older_than_ms,
                worker_id=settings.worker_id,
            )
        except QoderError as error:
            log.warning("worker %s: poll failed, next in %.1f s: %s", self.worker_id, settings.poll_error_delay, error)
            assert self._changed is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), settings.poll_error_delay)
            return None

    async def _serve_item(self, item: WorkItem) -> None:
        job = await self._take(item)
        if job is None:
            return
        try:
            await self._run_handler(job)
        finally:
            self._jobs.discard(job)

    async def _take(self, item: WorkItem) -> AsyncJob | None:
        settings = self._settings
        if not settings.accepts(item):
            return None
        try:
            acknowledged = await self._client.environments.work.ack(
                settings.environment_id, item.id, worker_id=settings.worker_id
            )
        except ConflictError:
            log.info("worker %s: work item %s is held by another worker", self.worker_id, item.id)
            return None
        except QoderError as error:
            log.warning("worker %s: could not acknowledge work item %s: %s", self.worker_id, item.id, error)
            return None
        job = AsyncJob(self._client, settings, acknowledged)
        self._jobs.add(job)
        if self._stopping:
            job._request_stop("the worker is stopping")
        return job

    async def _run_handler(self, job: AsyncJob) -> None:
        keep_alive: asyncio.Task[None] | None = None
        try:
            if not await job._first_heartbeat():
                return
            keep_alive = asyncio.create_task(job._keep_alive(), name=f"qoder-heartbeat-{job.work_id}")
            if job.stop_requested:
                log.info("worker %s: not starting work item %s: %s", self.worker_id, job.work_id, job.stop_reason)
            else:
                await self._call_handler(job)
        finally:
            job._done.set()
            if keep_alive is not None:
                await keep_alive
            await self._finish(job)

    async def _call_handler(self, job: AsyncJob) -> None:
        try:
            await self._handler(job)
        except LeaseLostError as error:
            log.info("worker %s: handler gave up work item %s: %s", self.worker_id, job.work_id, error)
        except Exception:
            log.exception("worker %s: handler failed on work item %s", self.worker_id, job.work_id)

    async def _finish(self, job: AsyncJob) -> None:
        if job.lease_lost:
            return
        work = self._client.environments.work
        try:
            item = await work.stop(self.environment_id, job.work_id)
            if item.state == WorkState.STOPPING:
                item = await work.stop(self.environment_id, job.work_id)
            log.info("worker %s: work item %s is %s", self.worker_id, job.work_id, item.state)
        except QoderError as error:
            log.warning("worker %s: could not stop %s (its lease runs out): %s", self.worker_id, job.work_id, error)
