"""The work queue of self-hosted environments (`environments.work`) through both clients, against
the local server: hand-out and redelivery, acknowledgement by Worker-ID, heartbeats as
compare-and-set, leases that expire on the server's clock, stopping, the list, the statistics,
and the sessions that become work items."""

from __future__ import annotations

import datetime
import threading
from typing import Any

import httpx
import pytest

from qoder_cloud import (
    AsyncQoderCloud,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PreconditionFailedError,
    QoderCloud,
)
from qoder_cloud.testing import LocalServer, ManualClock, Reply, ToolUse
from qoder_cloud_api.models import SessionWorkData, WorkHeartbeat, WorkItem, WorkQueueStats, WorkState

from .support.constants import TOKEN
from .support.sessions_setup import user_message
from .support.work import async_self_hosted, self_hosted, tool_result


@pytest.fixture
def env_id(client: QoderCloud, work_clock: ManualClock) -> str:
    return self_hosted(client)[0]


def new_session(client: QoderCloud, env_id: str, *events: dict[str, Any], **options: Any) -> str:
    agent = client.agents.create(name="worker-agent", model="ultimate")
    return client.sessions.create(agent=agent.id, environment_id=env_id, initial_events=list(events), **options).id


def queued_item(client: QoderCloud, env_id: str, **options: Any) -> WorkItem:
    """A session's work item, handed out by a poll."""
    new_session(client, env_id)
    item = client.environments.work.poll(env_id, **options)
    assert isinstance(item, WorkItem)
    return item


def active_item(client: QoderCloud, env_id: str, worker: str = "w1") -> tuple[WorkItem, str]:
    """A work item acknowledged and heartbeaten by `worker`, and its last heartbeat mark."""
    item = queued_item(client, env_id, worker_id=worker)
    client.environments.work.ack(env_id, item.id, worker_id=worker)
    beat = client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat="NO_HEARTBEAT")
    return item, beat.last_heartbeat


def events_until_idle(client: QoderCloud, session_id: str, after: str) -> list[Any]:
    """The events after `after` up to the next `session.status_idle`."""
    seen = []
    with client.events.resumable_stream(session_id, last_event_id=after) as stream:
        for event in stream:
            seen.append(event)
            if event.type_ == "session.status_idle":
                return seen
    raise AssertionError(f"the stream ended without session.status_idle: {[e.type_ for e in seen]}")


# ------------------------------------------------------------------ sessions become work items


def test_a_session_on_a_self_hosted_environment_becomes_a_queued_work_item(client: QoderCloud, env_id: str) -> None:
    session_id = new_session(client, env_id, metadata={"team": "infra"})

    [item] = client.environments.work.list(env_id)
    assert item.id.startswith("work_")
    assert item.type_ == "work"
    assert item.environment_id == env_id
    assert isinstance(item.data, SessionWorkData)
    assert item.data.id == session_id
    assert item.state == WorkState.QUEUED
    assert item.metadata.additional_properties == {"team": "infra"}, "the session's metadata is projected"
    assert item.acknowledged_at is None and item.started_at is None and item.stopped_at is None


def test_a_session_on_a_cloud_environment_has_no_work_item(client: QoderCloud, env_id: str) -> None:
    cloud = client.environments.create(name="cloud")
    new_session(client, cloud.id)
    assert list(client.environments.work.list(env_id)) == []


def test_a_self_hosted_turn_hands_its_tool_call_to_the_worker(client: QoderCloud, env_id: str) -> None:
    session_id = new_session(client, env_id, user_message("hello there"))
    # Nothing runs the tool on the managed side: the agent asks for it and waits for the worker.
    first = events_until_idle(client, session_id, after=client.events.list(session_id).data[0].id)
    kinds = [event.type_ for event in first]
    assert "agent.tool_result" not in kinds and "agent.message" not in kinds
    tool_use = next(event for event in first if event.type_ == "agent.tool_use")
    assert tool_use.name == "bash" and tool_use.input["command"] == "echo hello there"
    assert first[-1].stop_reason.type_ == "requires_action"
    assert first[-1].stop_reason.event_ids == [tool_use.id]

    sent = client.events.send(session_id, events=[tool_result(tool_use.id, "hello there")]).data[0]
    rest = events_until_idle(client, session_id, after=sent.id)
    replies = [event for event in rest if event.type_ == "agent.message"]
    assert [reply.content[0].text for reply in replies] == ["The worker ran the command; it printed: hello there"]
    assert rest[-1].stop_reason.type_ == "end_turn"


# ------------------------------------------------------------------ poll


def test_poll_answers_none_when_the_queue_is_empty(client: QoderCloud, env_id: str) -> None:
    assert client.environments.work.poll(env_id) is None
    assert client.environments.work.poll(env_id, block_ms=1) is None


def test_poll_sends_json_null_when_empty(server: LocalServer, env_id: str) -> None:
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw:
        response = raw.get(f"/environments/{env_id}/work/poll")
    assert response.status_code == 200
    assert response.content == b"null"
    assert response.headers["content-type"].startswith("application/json")


def test_poll_hands_out_the_oldest_item_without_claiming_it(client: QoderCloud, env_id: str) -> None:
    first, second = new_session(client, env_id), new_session(client, env_id)

    handed = client.environments.work.poll(env_id)
    assert handed is not None and isinstance(handed.data, SessionWorkData) and handed.data.id == first
    assert handed.state == WorkState.QUEUED, "a poll does not acknowledge"
    again = client.environments.work.poll(env_id)
    assert again is not None and isinstance(again.data, SessionWorkData) and again.data.id == second
    assert client.environments.work.poll(env_id) is None, "both were handed out recently"


def test_an_item_not_acknowledged_in_time_is_handed_out_again(
    client: QoderCloud, env_id: str, work_clock: ManualClock
) -> None:
    item = queued_item(client, env_id, worker_id="w1")
    assert client.environments.work.poll(env_id, worker_id="w2") is None
    work_clock.advance(4.9)
    assert client.environments.work.poll(env_id, worker_id="w2") is None, "the default reclaim is 5000 ms"
    work_clock.advance(0.1)
    again = client.environments.work.poll(env_id, worker_id="w2")
    assert again is not None and again.id == item.id
    zero = client.environments.work.poll(env_id, worker_id="w3", reclaim_older_than_ms=0)
    assert zero is not None and zero.id == item.id, "reclaim_older_than_ms=0 hands it out at once"


def test_a_blocking_poll_returns_an_item_queued_while_it_waits(
    client: QoderCloud, env_id: str, server: LocalServer
) -> None:
    results: list[WorkItem | None] = []
    polling = threading.Thread(target=lambda: results.append(client.environments.work.poll(env_id, block_ms=999)))
    polling.start()
    for _ in range(2000):  # until the server has the poll
        if any(request.path.endswith("/work/poll") for request in list(server.app.requests)):
            break
        threading.Event().wait(0.001)
    session_id = new_session(client, env_id)
    polling.join(timeout=10)
    [item] = results
    assert item is not None and isinstance(item.data, SessionWorkData) and item.data.id == session_id


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ({"block_ms": 0}, "block_ms"),
        ({"block_ms": 1000}, "block_ms"),
        ({"reclaim_older_than_ms": -1}, "reclaim_older_than_ms"),
    ],
)
def test_poll_refuses_bad_waits(client: QoderCloud, env_id: str, query: dict[str, int], param: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.environments.work.poll(env_id, **query)
    assert caught.value.param == param


# ------------------------------------------------------------------ ack


def test_ack_claims_the_item_and_may_be_repeated_by_its_worker(client: QoderCloud, env_id: str) -> None:
    item = queued_item(client, env_id, worker_id="w1")

    acked = client.environments.work.ack(env_id, item.id, worker_id="w1")
    assert acked.state == WorkState.STARTING
    assert acked.acknowledged_at is not None
    assert client.environments.work.ack(env_id, item.id, worker_id="w1") == acked, "a retry changes nothing"
    client.environments.work.heartbeat(env_id, item.id)
    assert client.environments.work.ack(env_id, item.id, worker_id="w1").state == WorkState.ACTIVE
    assert client.environments.work.ack(env_id, item.id).state == WorkState.ACTIVE, "no Worker-ID: no identity check"


def test_ack_by_another_worker_is_a_conflict(client: QoderCloud, env_id: str) -> None:
    item = queued_item(client, env_id, worker_id="w1")
    with pytest.raises(ConflictError) as handed_to_w1:
        client.environments.work.ack(env_id, item.id, worker_id="w2")
    assert handed_to_w1.value.type == "invalid_request_error"

    client.environments.work.ack(env_id, item.id, worker_id="w1")
    with pytest.raises(ConflictError):
        client.environments.work.ack(env_id, item.id, worker_id="w2")


def test_ack_without_a_worker_id_claims_an_item_polled_with_one(client: QoderCloud, env_id: str) -> None:
    item = queued_item(client, env_id, worker_id="w1")
    assert client.environments.work.ack(env_id, item.id).state == WorkState.STARTING
    with pytest.raises(ConflictError):
        client.environments.work.ack(env_id, item.id, worker_id="w2")


def test_ack_of_a_stopping_or_stopped_item_is_a_conflict(client: QoderCloud, env_id: str) -> None:
    item, _ = active_item(client, env_id)
    client.environments.work.stop(env_id, item.id)
    with pytest.raises(ConflictError, match="stopping"):
        client.environments.work.ack(env_id, item.id, worker_id="w1")
    client.environments.work.stop(env_id, item.id)
    with pytest.raises(ConflictError, match="stopped"):
        client.environments.work.ack(env_id, item.id, worker_id="w1")


# ------------------------------------------------------------------ heartbeat


def test_heartbeats_are_a_compare_and_set_on_the_previous_mark(client: QoderCloud, env_id: str) -> None:
    item = queued_item(client, env_id)
    client.environments.work.ack(env_id, item.id)

    first = client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat="NO_HEARTBEAT")
    assert isinstance(first, WorkHeartbeat)
    assert first.type_ == "work_heartbeat"
    assert first.lease_extended is True
    assert first.state == WorkState.ACTIVE, "the first heartbeat makes the item active"
    assert first.ttl_seconds == 60
    second = client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat=first.last_heartbeat)
    assert second.last_heartbeat > first.last_heartbeat, "each heartbeat has a new mark, on a clock that stands still"

    with pytest.raises(PreconditionFailedError) as caught:
        client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat=first.last_heartbeat)
    assert caught.value.status_code == 412
    assert caught.value.type == "precondition_failed_error"
    assert client.environments.work.heartbeat(env_id, item.id).lease_extended is True, "omitted: unconditional"

    retrieved = client.environments.work.retrieve(env_id, item.id)
    assert retrieved.state == WorkState.ACTIVE
    started, latest = retrieved.started_at, retrieved.latest_heartbeat_at
    assert isinstance(started, datetime.datetime) and isinstance(latest, datetime.datetime)
    assert latest > started


@pytest.mark.parametrize(("desired", "granted"), [(1, 10), (10, 10), (90, 90), (600, 600), (86_400, 600)])
def test_the_desired_ttl_is_kept_within_10_and_600_seconds(
    client: QoderCloud, env_id: str, desired: int, granted: int
) -> None:
    item, mark = active_item(client, env_id)
    beat = client.environments.work.heartbeat(
        env_id, item.id, expected_last_heartbeat=mark, desired_ttl_seconds=desired
    )
    assert beat.ttl_seconds == granted


def test_a_heartbeat_before_the_ack_fails_its_precondition(client: QoderCloud, env_id: str) -> None:
    item = queued_item(client, env_id)
    with pytest.raises(PreconditionFailedError, match="acknowledge it first"):
        client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat="NO_HEARTBEAT")


def test_a_lease_that_runs_out_sends_the_item_back_and_its_old_worker_gets_412(
    client: QoderCloud, env_id: str, work_clock: ManualClock
) -> None:
    item, mark = active_item(client, env_id, worker="w1")
    beat = client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat=mark, desired_ttl_seconds=10)

    work_clock.advance(9.9)
    assert client.environments.work.retrieve(env_id, item.id).state == WorkState.ACTIVE
    work_clock.advance(0.1)
    back = client.environments.work.retrieve(env_id, item.id)
    assert back.state == WorkState.QUEUED
    assert back.acknowledged_at is None and back.started_at is None and back.latest_heartbeat_at is None

    taken = client.environments.work.poll(env_id, worker_id="w2")
    assert taken is not None and taken.id == item.id, "the item is redelivered"
    client.environments.work.ack(env_id, item.id, worker_id="w2")
    client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat="NO_HEARTBEAT")
    with pytest.raises(PreconditionFailedError):
        client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat=beat.last_heartbeat)


def test_an_acknowledged_item_never_heartbeaten_goes_back_to_the_queue(
    client: QoderCloud, env_id: str, work_clock: ManualClock
) -> None:
    item = queued_item(client, env_id, worker_id="w1")
    client.environments.work.ack(env_id, item.id, worker_id="w1")
    work_clock.advance(60)
    assert client.environments.work.retrieve(env_id, item.id).state == WorkState.QUEUED
    again = client.environments.work.poll(env_id, worker_id="w2")
    assert again is not None and again.id == item.id


# ------------------------------------------------------------------ stop


def test_a_graceful_stop_goes_through_stopping(client: QoderCloud, env_id: str) -> None:
    item, mark = active_item(client, env_id)

    stopping = client.environments.work.stop(env_id, item.id)
    assert stopping.state == WorkState.STOPPING
    assert stopping.stop_requested_at is not None and stopping.stopped_at is None
    beat = client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat=mark)
    assert beat.state == WorkState.STOPPING and beat.lease_extended is True, "a draining worker keeps its lease"

    stopped = client.environments.work.stop(env_id, item.id, force=False)
    assert stopped.state == WorkState.STOPPED and stopped.stopped_at is not None
    after = client.environments.work.heartbeat(env_id, item.id, expected_last_heartbeat=beat.last_heartbeat)
    assert after.state == WorkState.STOPPED and after.lease_extended is False
    assert client.environments.work.stop(env_id, item.id) == stopped, "stopping a stopped item changes nothing"


def test_a_forced_stop_is_immediate_and_a_queued_item_stops_without_running(client: QoderCloud, env_id: str) -> None:
    item, _ = active_item(client, env_id)
    assert client.environments.work.stop(env_id, item.id, force=True).state == WorkState.STOPPED

    queued = queued_item(client, env_id)
    assert client.environments.work.stop(env_id, queued.id).state == WorkState.STOPPED
    assert client.environments.work.poll(env_id, reclaim_older_than_ms=0) is None


def test_stop_takes_an_empty_body(server: LocalServer, client: QoderCloud, env_id: str) -> None:
    item, _ = active_item(client, env_id)
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw:
        response = raw.post(f"/environments/{env_id}/work/{item.id}/stop")
    assert response.status_code == 200
    assert response.json()["state"] == "stopping"


def test_a_stopping_item_whose_lease_runs_out_is_stopped(
    client: QoderCloud, env_id: str, work_clock: ManualClock
) -> None:
    item, _ = active_item(client, env_id)
    client.environments.work.stop(env_id, item.id)
    work_clock.advance(60)
    assert client.environments.work.retrieve(env_id, item.id).state == WorkState.STOPPED


def test_stopping_an_unfinished_turn_queues_a_new_item_for_the_session(client: QoderCloud, env_id: str) -> None:
    session_id = new_session(client, env_id, user_message("build it"))
    item = client.environments.work.poll(env_id)
    assert item is not None
    client.environments.work.ack(env_id, item.id)
    client.environments.work.stop(env_id, item.id, force=True)  # the turn still waits for its tool result

    listed = list(client.environments.work.list(env_id))
    assert [w.state for w in listed] == [WorkState.STOPPED, WorkState.QUEUED]
    assert isinstance(listed[1].data, SessionWorkData) and listed[1].data.id == session_id


def test_a_deleted_sessions_items_stop(client: QoderCloud, env_id: str) -> None:
    held, _ = active_item(client, env_id)
    queued_session = new_session(client, env_id)
    assert isinstance(held.data, SessionWorkData)
    client.sessions.delete(queued_session)
    client.sessions.delete(held.data.id)

    states = {w.id: w.state for w in client.environments.work.list(env_id)}
    assert states[held.id] == WorkState.STOPPING, "its worker is asked to stop"
    assert sorted(states.values()) == [WorkState.STOPPED, WorkState.STOPPING]


# ------------------------------------------------------------------ list, retrieve, update, stats


def test_the_list_is_in_queueing_order_and_pages(client: QoderCloud, env_id: str) -> None:
    sessions = [new_session(client, env_id) for _ in range(5)]

    page = client.environments.work.list(env_id, limit=2)
    assert len(page.data) == 2 and page.has_more
    items = list(page)
    assert [item.data.id for item in items if isinstance(item.data, SessionWorkData)] == sessions
    assert [item.id for item in items] == sorted(item.id for item in items)


def test_the_list_clamps_a_limit_above_100(server: LocalServer, client: QoderCloud, env_id: str) -> None:
    agent = client.agents.create(name="many", model="ultimate")
    for _ in range(101):
        client.sessions.create(agent=agent.id, environment_id=env_id)
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw:
        clamped = raw.get(f"/environments/{env_id}/work", params={"limit": 500})
        refused = raw.get(f"/environments/{env_id}/work", params={"limit": 0})
    assert clamped.status_code == 200
    assert len(clamped.json()["data"]) == 100 and clamped.json()["has_more"] is True
    assert refused.status_code == 400


def test_retrieve_and_update_metadata(client: QoderCloud, env_id: str) -> None:
    new_session(client, env_id, metadata={"keep": "1", "drop": "2"})
    [item] = client.environments.work.list(env_id)

    updated = client.environments.work.update(env_id, item.id, metadata={"drop": None, "claimed_by": "w1"})
    assert updated.metadata.additional_properties == {"keep": "1", "claimed_by": "w1"}
    assert client.environments.work.retrieve(env_id, item.id) == updated
    with pytest.raises(BadRequestError):
        client.environments.work.update(env_id, item.id, metadata={"n": 1})  # type: ignore[dict-item]


def test_the_statistics_follow_the_queue(client: QoderCloud, env_id: str, work_clock: ManualClock) -> None:
    empty = client.environments.work.stats(env_id)
    assert isinstance(empty, WorkQueueStats)
    assert (empty.depth, empty.pending, empty.oldest_queued_at, empty.workers_polling) == (0, 0, None, 0)

    for _ in range(3):
        new_session(client, env_id)
    handed = client.environments.work.poll(env_id, worker_id="w1")
    client.environments.work.poll(env_id)  # without a Worker-ID: not counted as a worker
    assert handed is not None
    stats = client.environments.work.stats(env_id)
    assert (stats.depth, stats.pending, stats.workers_polling) == (1, 2, 1)
    assert stats.type_ == "work_queue_stats"
    assert stats.oldest_queued_at == handed.created_at

    client.environments.work.ack(env_id, handed.id, worker_id="w1")
    assert (client.environments.work.stats(env_id).depth, client.environments.work.stats(env_id).pending) == (1, 1)
    work_clock.advance(31)
    late = client.environments.work.stats(env_id)
    assert late.workers_polling == 0, "a worker that stopped polling drops out after 30 seconds"
    assert (late.depth, late.pending) == (2, 0), "handed out too long ago to be pending: claimable again"


# ------------------------------------------------------------------ refusals

OPERATIONS = [
    ("list", ()),
    ("poll", ()),
    ("stats", ()),
    ("retrieve", ("work_x",)),
    ("update", ("work_x",)),
    ("ack", ("work_x",)),
    ("heartbeat", ("work_x",)),
    ("stop", ("work_x",)),
]


def _call(client: QoderCloud, name: str, env_id: str, args: tuple[str, ...]) -> Any:
    method = getattr(client.environments.work, name)
    result = method(env_id, *args, **({"metadata": {}} if name == "update" else {}))
    return list(result) if name == "list" else result


@pytest.mark.parametrize(("name", "args"), OPERATIONS, ids=[name for name, _ in OPERATIONS])
def test_every_work_operation_refuses_a_cloud_environment(client: QoderCloud, name: str, args: tuple[str, ...]) -> None:
    cloud = client.environments.create(name=f"cloud-{name}")
    with pytest.raises(BadRequestError, match="not self_hosted") as caught:
        _call(client, name, cloud.id, args)
    assert caught.value.param == "environment_id"


@pytest.mark.parametrize(("name", "args"), OPERATIONS, ids=[name for name, _ in OPERATIONS])
def test_every_work_operation_answers_404_for_an_unknown_environment(
    client: QoderCloud, name: str, args: tuple[str, ...]
) -> None:
    with pytest.raises(NotFoundError):
        _call(client, name, "env_missing", args)


def test_an_item_of_another_environment_is_not_found(client: QoderCloud, env_id: str) -> None:
    item = queued_item(client, env_id)
    other, _ = self_hosted(client, "other")
    with pytest.raises(NotFoundError):
        client.environments.work.retrieve(other, item.id)


# ------------------------------------------------------------------ asyncio


@pytest.mark.anyio
async def test_the_async_client_runs_the_whole_protocol(async_client: AsyncQoderCloud, work_clock: ManualClock) -> None:
    env_id, agent_id = await async_self_hosted(async_client)
    work = async_client.environments.work
    assert await work.poll(env_id, block_ms=1) is None

    await async_client.sessions.create(agent=agent_id, environment_id=env_id)
    item = await work.poll(env_id, worker_id="a1")
    assert item is not None
    assert (await work.ack(env_id, item.id, worker_id="a1")).state == WorkState.STARTING
    beat = await work.heartbeat(env_id, item.id, expected_last_heartbeat="NO_HEARTBEAT", desired_ttl_seconds=30)
    assert beat.state == WorkState.ACTIVE and beat.ttl_seconds == 30
    with pytest.raises(PreconditionFailedError):
        await work.heartbeat(env_id, item.id, expected_last_heartbeat="NO_HEARTBEAT")
    assert (await work.update(env_id, item.id, metadata={"k": "v"})).metadata["k"] == "v"
    assert (await work.retrieve(env_id, item.id)).state == WorkState.ACTIVE
    assert (await work.stats(env_id)).workers_polling == 1
    assert (await work.stop(env_id, item.id)).state == WorkState.STOPPING
    assert (await work.stop(env_id, item.id)).state == WorkState.STOPPED
    assert [listed.id async for listed in work.list(env_id)] == [item.id]


def test_scripted_tool_calls_of_a_self_hosted_session_wait_for_the_worker(
    client: QoderCloud, server: LocalServer, env_id: str
) -> None:
    server.script(ToolUse("Read", {"path": "notes.md"}, confirm=False), Reply("The notes say: {result}"))
    session_id = new_session(client, env_id, user_message("read my notes"))
    first = events_until_idle(client, session_id, after=client.events.list(session_id).data[0].id)
    tool_use = next(event for event in first if event.type_ == "agent.tool_use")
    assert tool_use.evaluated_permission == "allow", "no confirmation: the worker runs it"
    assert "agent.tool_result" not in [event.type_ for event in first]

    confirmation = {"type": "user.tool_confirmation", "tool_use_id": tool_use.id, "result": "allow"}
    with pytest.raises(BadRequestError, match="not an agent.tool_use this session is waiting for"):
        client.events.send(session_id, events=[confirmation])
    sent = client.events.send(session_id, events=[tool_result(tool_use.id, "ship on Friday")]).data[0]
    rest = events_until_idle(client, session_id, after=sent.id)
    assert [e.content[0].text for e in rest if e.type_ == "agent.message"] == ["The notes say: ship on Friday"]


def test_a_cloud_session_refuses_a_tool_result_it_did_not_ask_for(client: QoderCloud) -> None:
    cloud = client.environments.create(name="cloud-only")
    session_id = new_session(client, cloud.id)
    with pytest.raises(BadRequestError, match="not an agent.tool_use"):
        client.events.send(session_id, events=[tool_result("evt_unknown", "output")])
