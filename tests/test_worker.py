"""`qoder_cloud.worker` against the local server: acknowledgement after acceptance, heartbeats in
the background, stops asked for by the server or by the worker, a lost lease reported to the
handler, draining on stop() and SIGTERM, items never left in `starting`, several workers on one
queue, and the asyncio twin."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from qoder_cloud import APIConnectionError, AsyncQoderCloud, PreconditionFailedError, QoderCloud
from qoder_cloud._exceptions import status_error_from
from qoder_cloud._redaction import Secrets
from qoder_cloud.testing import ManualClock
from qoder_cloud.worker import NO_HEARTBEAT, AsyncJob, AsyncWorker, Job, LeaseLostError, Worker, default_worker_id
from qoder_cloud.worker._lease import Lease
from qoder_cloud_api.models import WorkHeartbeat, WorkItem, WorkState

from .support.sessions_setup import user_message
from .support.work import example_worker, self_hosted, wait_until

FAST = {"heartbeat_interval": 0.02, "block_ms": 50}  # a worker that notices things quickly


@pytest.fixture
def env(client: QoderCloud, work_clock: ManualClock) -> tuple[str, str]:
    return self_hosted(client)


def new_session(client: QoderCloud, env: tuple[str, str], text: str | None = None, **options: Any) -> str:
    events = [user_message(text)] if text else []
    return client.sessions.create(agent=env[1], environment_id=env[0], initial_events=events, **options).id


@contextlib.contextmanager
def running(worker: Worker) -> Iterator[threading.Thread]:
    thread = threading.Thread(target=worker.run, kwargs={"handle_signals": False}, name="test-worker")
    thread.start()
    try:
        yield thread
    finally:
        worker.stop()
        thread.join(timeout=30)
        assert not thread.is_alive(), "the worker did not drain"


def items(client: QoderCloud, env_id: str) -> list[WorkItem]:
    return list(client.environments.work.list(env_id))


def states(client: QoderCloud, env_id: str) -> list[WorkState]:
    return [item.state for item in items(client, env_id)]


class Gate:
    """A handler that reports each job and holds it until it is told to stop."""

    def __init__(self) -> None:
        self.jobs: list[Job] = []
        self.started = threading.Event()
        self.outcomes: list[dict[str, Any]] = []

    def __call__(self, job: Job) -> None:
        self.jobs.append(job)
        self.started.set()
        stopped = job.wait(timeout=20)
        outcome: dict[str, Any] = {"stopped": stopped, "reason": job.stop_reason, "lost": job.lease_lost}
        try:
            job.check()
        except LeaseLostError as error:
            outcome["error"] = error
        self.outcomes.append(outcome)


# ------------------------------------------------------------------ serving


def test_a_worker_serves_each_session_and_stops_its_item(client: QoderCloud, env: tuple[str, str]) -> None:
    sessions = [new_session(client, env, f"task {n}") for n in range(3)]
    served: list[str] = []
    all_served = threading.Event()
    serve = example_worker().serve

    def handler(job: Job) -> None:
        assert job.item.state == WorkState.STARTING and job.worker_id == "w-one"
        serve(job)
        served.append(str(job.session_id))
        if len(served) == len(sessions):
            all_served.set()

    worker = Worker(client, env[0], handler, worker_id="w-one", **FAST)
    with running(worker):
        assert all_served.wait(timeout=30)
        wait_until(lambda: states(client, env[0]) == [WorkState.STOPPED] * 3, what="every item stopped")
    assert sorted(served) == sorted(sessions)
    for session_id in sessions:
        kinds = [event.type_ for event in client.events.list(session_id)]
        assert kinds.count("user.tool_result") == 1 and kinds.count("agent.message") == 1, kinds
    assert {item.metadata["served_by"] for item in items(client, env[0])} == {"w-one"}
    for item in items(client, env[0]):
        assert item.started_at is not None, "made active by a heartbeat before the handler ran"


def test_an_item_is_acknowledged_only_once_accepted(client: QoderCloud, env: tuple[str, str]) -> None:
    new_session(client, env)
    offered: list[WorkItem] = []
    seen_twice = threading.Event()

    def accept(item: WorkItem) -> bool:
        offered.append(item)
        if len(offered) >= 2:
            seen_twice.set()
        return False

    worker = Worker(client, env[0], lambda job: None, accept=accept, reclaim_older_than_ms=0, **FAST)
    with running(worker):
        assert seen_twice.wait(timeout=30), "a declined item stays in the queue and is offered again"
    [item] = items(client, env[0])
    assert item.state == WorkState.QUEUED and item.acknowledged_at is None


def test_an_accept_that_raises_leaves_the_item(client: QoderCloud, env: tuple[str, str], caplog: Any) -> None:
    new_session(client, env)
    called = threading.Event()

    def accept(item: WorkItem) -> bool:
        called.set()
        raise RuntimeError("cannot decide")

    with (
        caplog.at_level(logging.ERROR, logger="qoder_cloud.worker"),
        running(Worker(client, env[0], print, accept=accept, **FAST)),
    ):
        assert called.wait(timeout=30)
    assert states(client, env[0]) == [WorkState.QUEUED]
    assert "accept() raised" in caplog.text


def test_the_handler_sees_a_stop_the_server_asks_for(client: QoderCloud, env: tuple[str, str]) -> None:
    new_session(client, env)
    gate = Gate()
    with running(Worker(client, env[0], gate, **FAST)):
        assert gate.started.wait(timeout=30)
        job = gate.jobs[0]
        assert client.environments.work.stop(env[0], job.work_id).state == WorkState.STOPPING
        wait_until(lambda: bool(gate.outcomes), what="the handler to return")
        wait_until(lambda: states(client, env[0]) == [WorkState.STOPPED], what="the worker to stop the item")
    [outcome] = gate.outcomes
    assert outcome["stopped"] and not outcome["lost"]
    assert outcome["reason"] == "the item was asked to stop"


def test_a_lost_lease_is_reported_and_the_item_left_to_its_new_holder(
    client: QoderCloud, env: tuple[str, str], work_clock: ManualClock
) -> None:
    new_session(client, env)
    gate = Gate()
    with running(Worker(client, env[0], gate, worker_id="slow", **FAST)):
        assert gate.started.wait(timeout=30)
        work_id = gate.jobs[0].work_id
        work_clock.advance(61)  # the lease runs out on the server; the item goes back to the queue
        taken = client.environments.work.poll(env[0], worker_id="thief")
        assert taken is not None and taken.id == work_id
        client.environments.work.ack(env[0], work_id, worker_id="thief")
        client.environments.work.heartbeat(env[0], work_id, expected_last_heartbeat=NO_HEARTBEAT)
        wait_until(lambda: bool(gate.outcomes), what="the handler to hear of the lost lease")
    [outcome] = gate.outcomes
    assert outcome["lost"] and outcome["stopped"]
    assert isinstance(outcome["error"], LeaseLostError) and outcome["error"].work_id == work_id
    assert "refused" in str(outcome["error"])
    assert states(client, env[0]) == [WorkState.ACTIVE], "the worker did not stop an item the thief holds"


def test_stop_drains_the_running_handlers_and_takes_no_new_work(client: QoderCloud, env: tuple[str, str]) -> None:
    new_session(client, env)
    new_session(client, env)
    gate = Gate()
    worker = Worker(client, env[0], gate, concurrency=1, **FAST)
    with running(worker) as thread:
        assert gate.started.wait(timeout=30)
        assert [job.work_id for job in worker.jobs] == [gate.jobs[0].work_id]
        worker.stop()
        thread.join(timeout=30)
        assert not thread.is_alive()
    [outcome] = gate.outcomes
    assert outcome["stopped"] and outcome["reason"] == "the worker is stopping"
    first, second = items(client, env[0])
    assert first.state == WorkState.STOPPED
    assert second.state == WorkState.QUEUED and second.acknowledged_at is None, "the second item was not taken"
    assert worker.jobs == ()


def test_sigterm_makes_the_worker_drain(client: QoderCloud, env: tuple[str, str]) -> None:
    assert threading.current_thread() is threading.main_thread()
    new_session(client, env)
    before = signal.getsignal(signal.SIGTERM)
    outcomes: list[bool] = []

    def handler(job: Job) -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # as a process manager would
        outcomes.append(job.wait(timeout=20))

    Worker(client, env[0], handler, **FAST).run()  # returns once drained
    assert outcomes == [True]
    assert states(client, env[0]) == [WorkState.STOPPED]
    assert signal.getsignal(signal.SIGTERM) is before, "the previous SIGTERM handler is back"


def test_a_failing_handler_never_leaves_its_item_starting(
    client: QoderCloud, env: tuple[str, str], caplog: Any
) -> None:
    new_session(client, env)
    failed = threading.Event()

    def handler(job: Job) -> None:
        failed.set()
        raise RuntimeError("the sandbox would not start")

    with caplog.at_level(logging.ERROR, logger="qoder_cloud.worker"), running(Worker(client, env[0], handler, **FAST)):
        assert failed.wait(timeout=30)
        wait_until(lambda: states(client, env[0]) == [WorkState.STOPPED], what="the failed item to stop")
    assert "handler failed on work item" in caplog.text and "the sandbox would not start" in caplog.text


def test_an_item_another_worker_acknowledged_first_is_skipped(client: QoderCloud, env: tuple[str, str]) -> None:
    new_session(client, env)
    taken: list[WorkItem] = []

    def accept(item: WorkItem) -> bool:  # someone else claims it between the poll and our ack
        assert client.environments.work.poll(env[0], worker_id="faster", reclaim_older_than_ms=0) is not None
        client.environments.work.ack(env[0], item.id, worker_id="faster")
        taken.append(item)
        return True

    called = threading.Event()
    with running(Worker(client, env[0], lambda job: called.set(), accept=accept, worker_id="slower", **FAST)):
        wait_until(lambda: bool(taken), what="the poll")
    assert not called.is_set()
    assert states(client, env[0]) == [WorkState.STARTING], "left to the worker that holds it"


def test_two_workers_share_one_queue(client: QoderCloud, env: tuple[str, str]) -> None:
    sessions = [new_session(client, env, f"job {n}") for n in range(8)]
    serve = example_worker().serve
    workers = [Worker(client, env[0], serve, worker_id=name, concurrency=2, **FAST) for name in ("left", "right")]
    with running(workers[0]), running(workers[1]):
        wait_until(lambda: states(client, env[0]) == [WorkState.STOPPED] * 8, timeout=60, what="every item stopped")
        assert client.environments.work.stats(env[0]).workers_polling == 2
    for session_id in sessions:
        kinds = [event.type_ for event in client.events.list(session_id)]
        assert kinds.count("user.tool_result") == 1, f"{session_id} was served {kinds.count('user.tool_result')} times"
    assert {item.metadata["served_by"] for item in items(client, env[0])} <= {"left", "right"}


def test_a_worker_runs_once_at_a_time(client: QoderCloud, env: tuple[str, str]) -> None:
    new_session(client, env)
    gate = Gate()
    worker = Worker(client, env[0], gate, **FAST)
    with running(worker):
        assert gate.started.wait(timeout=30)
        with pytest.raises(RuntimeError, match="already running"):
            worker.run(handle_signals=False)


# ------------------------------------------------------------------ settings


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"concurrency": 0}, "concurrency must be an integer of at least 1"),
        ({"ttl_seconds": 9}, "ttl_seconds must be an integer from 10 to 600"),
        ({"ttl_seconds": 601}, "ttl_seconds must be an integer from 10 to 600"),
        ({"heartbeat_interval": 0}, "heartbeat_interval must be a number of seconds above 0"),
        ({"ttl_seconds": 30, "heartbeat_interval": 30}, r"below ttl_seconds \(30\)"),
        ({"block_ms": 1000}, "block_ms must be an integer from 1 to 999"),
        ({"reclaim_older_than_ms": -1}, "reclaim_older_than_ms must be a non-negative integer"),
        ({"worker_id": " "}, "worker_id must be a non-empty string"),
        ({"poll_error_delay": -1}, "poll_error_delay must be a non-negative number"),
    ],
)
def test_bad_settings_are_refused_by_name(client: QoderCloud, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Worker(client, "env_1", print, **options)


def test_the_handler_and_the_environment_are_checked(client: QoderCloud) -> None:
    with pytest.raises(TypeError, match="handler must be a callable"):
        Worker(client, "env_1", "serve")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="environment_id must be a non-empty string"):
        Worker(client, "", print)


def test_the_default_worker_ids_differ_and_the_heartbeat_defaults_to_a_third_of_the_ttl(client: QoderCloud) -> None:
    assert default_worker_id() != default_worker_id()
    worker = Worker(client, "env_1", print, ttl_seconds=30)
    assert str(os.getpid()) in worker.worker_id
    assert worker._settings.heartbeat_interval == 10.0


# ------------------------------------------------------------------ the lease, alone


class Ticker:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def beat(state: str, *, extended: bool = True, mark: str = "2027-01-01T00:00:00.000001Z") -> WorkHeartbeat:
    return WorkHeartbeat.from_dict(
        {
            "type": "work_heartbeat",
            "last_heartbeat": mark,
            "lease_extended": extended,
            "state": state,
            "ttl_seconds": 30,
        }
    )


def test_the_lease_takes_in_each_heartbeat(caplog: Any) -> None:
    ticker = Ticker()
    lease = Lease("work_1", 60, now=ticker)
    assert lease.mark == NO_HEARTBEAT and lease.expires == 160.0

    lease.record(beat("active", mark="m1"))
    assert (lease.mark, lease.expires, lease.stop_reason, lease.lost) == ("m1", 130.0, None, False)
    with caplog.at_level(logging.WARNING, logger="qoder_cloud.worker"):
        first = Lease("work_2", 60, now=ticker)
        first.record(beat("stopping"))
    assert first.stop_reason == "the item was asked to stop" and not first.lost
    assert "asked to stop before its work started" in caplog.text
    ended = Lease("work_3", 60, now=ticker)
    ended.record(beat("stopped", extended=False))
    assert ended.lost and ended.stop_reason is not None


def test_the_lease_is_lost_on_a_refusal_or_after_transient_failures_outlast_it() -> None:
    ticker = Ticker()
    transient = APIConnectionError("connection reset")
    lease = Lease("work_1", 60, now=ticker)
    lease.failed(transient)
    assert not lease.lost, "one failed heartbeat within the lease is not a loss"
    ticker.now = 160.0
    lease.failed(transient)
    assert lease.lost and "no heartbeat got through" in str(lease.lost_reason)

    response = httpx.Response(
        412,
        json={"type": "error", "error": {"type": "precondition_failed_error", "message": "taken"}},
        request=httpx.Request("POST", "http://127.0.0.1/x"),
    )
    refused = status_error_from(response, Secrets(()))
    assert isinstance(refused, PreconditionFailedError)
    taken = Lease("work_2", 60, now=ticker)
    taken.failed(refused)
    assert taken.lost and taken.error().work_id == "work_2"


# ------------------------------------------------------------------ asyncio


async def async_wait_until(predicate: Callable[[], bool], what: str) -> None:
    for _ in range(3000):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.anyio
async def test_the_async_worker_serves_and_drains(
    async_client: AsyncQoderCloud, client: QoderCloud, env: tuple[str, str]
) -> None:
    sessions = {new_session(client, env), new_session(client, env)}
    seen: list[AsyncJob] = []
    outcomes: list[tuple[bool, str | None]] = []

    async def handler(job: AsyncJob) -> None:
        seen.append(job)
        outcomes.append((await job.wait(timeout=20), job.stop_reason))

    worker = AsyncWorker(async_client, env[0], handler, worker_id="async", concurrency=2, **FAST)
    task = asyncio.create_task(worker.run(handle_signals=False))
    await async_wait_until(lambda: len(seen) == 2, "both items taken")
    assert {job.session_id for job in seen} == sessions
    assert len(worker.jobs) == 2
    worker.stop()
    await asyncio.wait_for(task, timeout=30)
    assert outcomes == [(True, "the worker is stopping")] * 2
    assert states(client, env[0]) == [WorkState.STOPPED] * 2


@pytest.mark.anyio
async def test_the_async_worker_reports_a_lost_lease(
    async_client: AsyncQoderCloud, client: QoderCloud, env: tuple[str, str], work_clock: ManualClock
) -> None:
    new_session(client, env)
    seen: list[AsyncJob] = []
    errors: list[LeaseLostError] = []

    async def handler(job: AsyncJob) -> None:
        seen.append(job)
        await job.wait(timeout=20)
        try:
            job.check()
        except LeaseLostError as error:
            errors.append(error)

    worker = AsyncWorker(async_client, env[0], handler, **FAST)
    task = asyncio.create_task(worker.run(handle_signals=False))
    await async_wait_until(lambda: bool(seen), "the item taken")
    work_clock.advance(61)
    work = async_client.environments.work
    assert (await work.poll(env[0], worker_id="thief")) is not None
    await work.ack(env[0], seen[0].work_id, worker_id="thief")
    await async_wait_until(lambda: bool(errors), "the handler to hear of the lost lease")
    worker.stop()
    await asyncio.wait_for(task, timeout=30)
    assert seen[0].lease_lost and errors[0].work_id == seen[0].work_id
    assert states(client, env[0]) == [WorkState.STARTING], "left to the thief"


@pytest.mark.anyio
async def test_the_async_worker_stops_items_whose_handler_failed(
    async_client: AsyncQoderCloud, client: QoderCloud, env: tuple[str, str]
) -> None:
    new_session(client, env)
    failed = asyncio.Event()

    async def handler(job: AsyncJob) -> None:
        failed.set()
        raise RuntimeError("no sandbox")

    worker = AsyncWorker(async_client, env[0], handler, **FAST)
    task = asyncio.create_task(worker.run(handle_signals=False))
    await asyncio.wait_for(failed.wait(), timeout=30)
    await async_wait_until(lambda: states(client, env[0]) == [WorkState.STOPPED], "the failed item to stop")
    worker.stop()
    await asyncio.wait_for(task, timeout=30)
