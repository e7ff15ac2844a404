"""Every sessions, threads and session-resources operation through both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from qoder_cloud import (
    AsyncQoderCloud,
    BadRequestError,
    ConflictError,
    NotFoundError,
    QoderCloud,
)
from qoder_cloud.testing import LocalServer, ManualClock
from qoder_cloud_api.models import (
    FileResource,
    GitHubRepositoryResource,
    MemoryStoreResource,
    SessionCancellation,
    SessionDeleted,
)

from .support.sessions_setup import new_async_session, new_session, user_message


def test_create_snapshots_the_agent_and_starts_idle(client: QoderCloud) -> None:
    data = client.files.upload(file=("data.csv", b"a,b\n1,2\n"))
    session = new_session(
        client,
        title="review",
        metadata={"ticket": "42"},
        environment_variables="DEBUG=1;MODE=fast",
        resources=[
            {"type": "file", "file_id": data.id, "mount_path": "/mnt/in/data.csv"},
            {"type": "github_repository", "url": "https://github.com/o/repo", "authorization_token": "ghp_x"},
            {"type": "memory_store", "memory_store_id": "memstore_1", "access": "read_only"},
        ],
    )
    assert session.id.startswith("sess_")
    assert session.status == "idle"
    assert session.title == "review"
    assert session.agent.type == "agent" and session.agent.version == 1
    assert session.environment_variables.additional_properties == {"DEBUG": "1", "MODE": "fast"}
    kinds = [type(r) for r in session.resources]
    assert kinds == [FileResource, GitHubRepositoryResource, MemoryStoreResource]
    assert "ghp_x" not in repr(session)


def test_pinned_agent_version(client: QoderCloud) -> None:
    env = client.environments.create(name="pin")
    agent = client.agents.create(name="pinned", model="ultimate", system="v1")
    client.agents.update(agent.id, version=1, system="v2")
    session = client.sessions.create(agent={"type": "agent", "id": agent.id, "version": 1}, environment_id=env.id)
    assert (session.agent.version, session.agent.system) == (1, "v1")
    with pytest.raises(NotFoundError):
        client.sessions.create(agent={"type": "agent", "id": agent.id, "version": 7}, environment_id=env.id)


def test_retrieve_update_list_archive_delete(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client, title="first")
    assert client.sessions.retrieve(session.id).title == "first"

    updated = client.sessions.update(session.id, title="renamed", metadata={"k": "v"})
    assert (updated.title, updated.metadata["k"]) == ("renamed", "v")
    assert [e.type for e in client.events.list(session.id)] == ["session.updated"]

    assert [s.id for s in client.sessions.list(statuses=["idle"])] == [session.id]
    assert [s.id for s in client.sessions.list(statuses=["running"])] == []

    archived = client.sessions.archive(session.id)
    assert archived.archived_at is not None and archived.status == "idle"
    assert list(client.sessions.list()) == []
    assert [s.id for s in client.sessions.list(include_archived=True)] == [session.id]

    deleted = client.sessions.delete(session.id)
    assert isinstance(deleted, SessionDeleted) and deleted.id == session.id
    with pytest.raises(NotFoundError):
        client.sessions.retrieve(session.id)


def test_an_environment_in_use_cannot_be_deleted(client: QoderCloud) -> None:
    session = new_session(client)
    with pytest.raises(ConflictError):
        client.environments.delete(session.environment_id)
    client.sessions.delete(session.id)
    assert client.environments.delete(session.environment_id).id == session.environment_id


def test_cancel_a_running_turn(client: QoderCloud, server: LocalServer) -> None:
    clock = ManualClock()
    server.reset(clock=clock)
    session = new_session(client)
    idle = client.sessions.cancel(session.id)
    assert isinstance(idle, SessionCancellation) and idle.status == "idle"

    server.turn_delay = 1.0  # the turn stands still until the clock moves
    with client.events.stream(session.id) as stream:
        client.events.send(session.id, events=[user_message("take your time")])
        cancelling = client.sessions.cancel(session.id)
        assert cancelling.status == "canceling"
        with pytest.raises(ConflictError):
            client.events.send(session.id, events=[user_message("too soon")])
        clock.advance(1.0)
        for event in stream:
            if event.type == "session.status_idle":
                assert event.stop_reason.type == "cancelled"
                break
    assert client.sessions.retrieve(session.id).status == "idle"


def test_user_interrupt_ends_the_turn(client: QoderCloud, server: LocalServer) -> None:
    clock = ManualClock()
    server.reset(clock=clock)
    session = new_session(client)
    server.turn_delay = 1.0
    with client.events.stream(session.id) as stream:
        client.events.send(session.id, events=[user_message("long job")])
        client.events.send(session.id, events=[{"type": "user.interrupt"}])
        clock.advance(1.0)
        stop = next(e.stop_reason.type for e in stream if e.type == "session.status_idle")
    assert stop == "cancelled"


def test_send_validates_events(client: QoderCloud) -> None:
    session = new_session(client)
    with pytest.raises(BadRequestError) as caught:
        client.events.send(session.id, events=[{"type": "user.message", "content": "plain string"}])
    assert caught.value.param == "events[0].content"
    with pytest.raises(BadRequestError):
        client.events.send(session.id, events=[{"type": "agent.message", "content": [{"type": "text", "text": "x"}]}])
    with pytest.raises(BadRequestError):
        client.events.send(session.id, events=[])


def test_events_list_pages_in_processing_order(client: QoderCloud, server: LocalServer) -> None:
    session = new_session(client)
    turn = client.events.run_turn(session.id, "list me")
    stored = [e.id for e in turn.events]
    assert [e.id for e in client.events.list(session.id, limit=2)] == stored
    newest_first = [e.id for e in client.events.list(session.id, order="desc", limit=3)]
    assert newest_first == list(reversed(stored))
    only = [e.type for e in client.events.list(session.id, types=["agent.message", "session.status_idle"])]
    assert only == ["agent.message", "session.status_idle"]


def test_threads(client: QoderCloud) -> None:
    env = client.environments.create(name="threads")
    helper = client.agents.create(name="helper", model="ultimate")
    lead = client.agents.create(
        name="lead",
        model="ultimate",
        tools=[{"type": "agent_toolset_20260401"}],
        multiagent={"type": "coordinator", "agents": [helper.id, {"type": "advisor", "model": "ultimate"}]},
    )
    session = client.sessions.create(agent=lead.id, environment_id=env.id)

    threads = list(client.threads.list(session.id))
    assert len(threads) == 3
    primary, child = threads[0], threads[1]
    assert primary.parent_thread_id is None and child.parent_thread_id == primary.id
    assert client.threads.retrieve(session.id, child.id).id == child.id

    with pytest.raises(ConflictError):
        client.threads.archive(session.id, primary.id)
    archived = client.threads.archive(session.id, child.id)
    assert archived.archived_at is not None

    turn = client.events.run_turn(session.id, "hello threads")
    assert [e.id for e in client.threads.list_events(session.id, primary.id)][-1] == turn.events[-1].id
    with client.threads.stream(session.id, primary.id, last_event_id=turn.events[0].id) as stream:
        replayed = []
        for event in stream:
            replayed.append(event.id)
            if event.type == "session.status_idle":
                break
    assert replayed == [e.id for e in turn.events[1:]]


def test_session_resources(client: QoderCloud) -> None:
    session = new_session(
        client, resources=[{"type": "github_repository", "url": "https://github.com/o/r", "authorization_token": "t1"}]
    )
    repo = client.session_resources.list(session.id).data[0]

    upload = client.files.upload(file=("notes.txt", b"remember this"))
    with pytest.raises(NotFoundError):
        client.session_resources.add(session.id, type="file", file_id="file_missing")
    added = client.session_resources.add(session.id, type="file", file_id=upload.id)
    assert isinstance(added, FileResource)
    assert added.mount_path == f"/mnt/session/uploads/{upload.id}"
    with pytest.raises(ConflictError):
        client.session_resources.add(session.id, type="file", file_id=upload.id)

    assert client.session_resources.retrieve(session.id, added.id).file_id == upload.id
    rotated = client.session_resources.update(session.id, repo.id, authorization_token="t2")
    assert rotated.id == repo.id and "t2" not in repr(rotated)
    assert {r.id for r in client.session_resources.list(session.id)} == {repo.id, added.id}

    deleted = client.session_resources.delete(session.id, added.id)
    assert deleted.id == added.id
    with pytest.raises(NotFoundError):
        client.session_resources.retrieve(session.id, added.id)


@pytest.mark.anyio
async def test_async_client_covers_sessions_threads_and_resources(async_client: AsyncQoderCloud) -> None:
    session = await new_async_session(async_client, title="async")
    assert (await async_client.sessions.retrieve(session.id)).title == "async"
    assert (await async_client.sessions.update(session.id, title="a2")).title == "a2"
    assert [s.id async for s in async_client.sessions.list()] == [session.id]

    turn = await async_client.events.run_turn(session.id, "async hello")
    assert turn.stop_reason.type == "end_turn"
    assert "async hello" in turn.text
    assert [e.id async for e in async_client.events.list(session.id)][-1] == turn.events[-1].id

    thread = (await async_client.threads.list(session.id)).data[0]
    assert (await async_client.threads.retrieve(session.id, thread.id)).id == thread.id
    assert [e.id async for e in async_client.threads.list_events(session.id, thread.id)]
    with pytest.raises(ConflictError):
        await async_client.threads.archive(session.id, thread.id)
    async with async_client.threads.stream(session.id, thread.id, last_event_id=turn.events[-2].id) as stream:
        assert [e.id async for e in _first(stream, 1)] == [turn.events[-1].id]

    repo = {"type": "github_repository", "url": "https://github.com/o/r", "authorization_token": "t1"}
    env_id = session.environment_id
    with_repo = await async_client.sessions.create(agent=session.agent.id, environment_id=env_id, resources=[repo])
    repo_id = with_repo.resources[0].id
    rotated = await async_client.session_resources.update(with_repo.id, repo_id, authorization_token="t2")
    assert rotated.id == repo_id

    upload = await async_client.files.upload(file=b"async bytes")
    added = await async_client.session_resources.add(session.id, type="file", file_id=upload.id)
    assert (await async_client.session_resources.retrieve(session.id, added.id)).file_id == upload.id
    assert [r.id async for r in async_client.session_resources.list(session.id)] == [added.id]
    assert (await async_client.session_resources.delete(session.id, added.id)).id == added.id

    assert (await async_client.sessions.cancel(session.id)).id == session.id
    assert (await async_client.sessions.archive(session.id)).archived_at is not None
    assert (await async_client.sessions.delete(session.id)).id == session.id


def test_a_slow_turn_is_visible_as_running(client: QoderCloud, server: LocalServer) -> None:
    clock = ManualClock()
    server.reset(clock=clock)
    session = new_session(client)
    server.turn_delay = 1.0
    with client.events.stream(session.id) as stream:
        client.events.send(session.id, events=[user_message("status please")])
        assert client.sessions.retrieve(session.id).status == "running"
        clock.advance(60)  # every remaining step of the turn is due now
        assert next(e.stop_reason.type for e in stream if e.type == "session.status_idle") == "end_turn"
    assert client.sessions.retrieve(session.id).status == "idle"


async def _first(stream: Any, count: int) -> AsyncIterator[Any]:
    seen = 0
    async for event in stream:
        yield event
        seen += 1
        if seen == count:
            return
