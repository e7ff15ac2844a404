"""Dreams through both clients against the local server: a store consolidated into an output
store that holds memories, sessions as input, failure, cancel and archive rules, and a list
answer that carries only `data`."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer
from qoder_cloud_api.models import Dream, DreamModel

from .support.constants import TOKEN
from .support.scripted import scripted_server

FINISHED = ("completed", "failed", "canceled")


def _wait_until(server: LocalServer, predicate: Callable[[], bool]) -> None:
    """Wait on the server's condition (notified at every change of a dream or a session's log)."""
    with server.state.condition:
        assert server.state.condition.wait_for(predicate, timeout=10)


def _wait_until_finished(server: LocalServer, dream_id: str) -> None:
    _wait_until(server, lambda: server.state.dreams[dream_id]["status"] in FINISHED)


def _store_with(client: QoderCloud, memories: dict[str, str]) -> str:
    store = client.memory_stores.create(name="team-prefs")
    for path, content in memories.items():
        client.memories.create(store.id, path=path, content=content)
    return store.id


def test_a_dream_consolidates_a_store_into_a_new_one(server: LocalServer, client: QoderCloud) -> None:
    store_id = _store_with(
        client, {"style/tabs.md": "Use tabs.", "style/tabs-again.md": "  use TABS.  ", "review.md": "Small PRs."}
    )
    dream = client.dreams.create(
        inputs=[{"type": "memory_store", "memory_store_id": store_id}], instructions="Merge duplicates."
    )
    assert dream.id.startswith("drm_")
    assert (dream.type_, dream.status, dream.outputs, dream.error, dream.ended_at) == (
        "dream",
        "pending",
        [],
        None,
        None,
    )
    assert isinstance(dream.model, DreamModel) and dream.model.id == "auto"
    _wait_until_finished(server, dream.id)

    done = client.dreams.retrieve(dream.id)
    assert (done.status, done.error) == ("completed", None)
    assert done.ended_at is not None and done.usage.input_tokens == 6, "six words read"
    assert isinstance(done.outputs, list)
    [output] = done.outputs
    assert output.memory_store_id != store_id
    assert sorted(output.files_touched) == ["review.md", "style/tabs.md"]
    written = {m.path: m for m in client.memories.list(output.memory_store_id, view="full")}
    assert {path: memory.content for path, memory in written.items()} == {
        "style/tabs.md": "Use tabs.",
        "review.md": "Small PRs.",
    }
    assert len(list(client.memories.list(store_id))) == 3, "the input store is left as it was"


def test_a_dream_reads_sessions_and_updates_an_existing_store(server: LocalServer, client: QoderCloud) -> None:
    env = client.environments.create(name="dreams")
    agent = client.agents.create(name="dreamer", model="ultimate")
    session = client.sessions.create(agent=agent.id, environment_id=env.id)
    client.events.send(session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": "ship it"}]}])
    log = server.state.sessions.records[session.id]
    _wait_until(server, lambda: log.events[-1]["type"] == "session.status_idle")
    store_id = _store_with(client, {"notes.md": "Deploy on Fridays."})
    target = _store_with(client, {"notes.md": "old text"})
    dream = client.dreams.create(
        inputs=[
            {"type": "memory_store", "memory_store_id": store_id},
            {"type": "sessions", "session_ids": [session.id]},
        ],
        model={"id": "lite", "speed": "fast"},
        output_behavior={"type": "update_existing", "memory_store_id": target},
    )
    _wait_until_finished(server, dream.id)
    done = client.dreams.retrieve(dream.id)
    assert done.status == "completed" and done.outputs[0].memory_store_id == target
    contents = {m.path: m.content for m in client.memories.list(target, view="full")}
    assert contents["notes.md"] == "Deploy on Fridays."
    assert "ship it" in str(contents[f"sessions/{session.id}.md"])


def test_a_dream_with_nothing_to_read_fails_with_an_error(server: LocalServer, client: QoderCloud) -> None:
    empty = client.memory_stores.create(name="empty")
    dream = client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": empty.id}], model="ultimate")
    _wait_until_finished(server, dream.id)
    failed = client.dreams.retrieve(dream.id)
    assert (failed.status, failed.error.type_, failed.outputs) == ("failed", "no_output", [])
    with pytest.raises(BadRequestError):
        client.dreams.cancel(dream.id)
    assert client.dreams.archive(dream.id).archived_at is not None


def test_cancel_and_archive_follow_the_status(server: LocalServer, client: QoderCloud) -> None:
    server.dream_step_seconds = 30  # the dream stays pending until canceled
    store_id = _store_with(client, {"a.md": "text"})
    dream = client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store_id}])
    with pytest.raises(BadRequestError) as caught:
        client.dreams.archive(dream.id)
    assert "cancel" in caught.value.message
    canceled = client.dreams.cancel(dream.id)
    assert (canceled.status, canceled.ended_at is not None) == ("canceled", True)
    assert client.dreams.cancel(dream.id).ended_at == canceled.ended_at, "canceling again is idempotent"
    archived = client.dreams.archive(dream.id)
    assert client.dreams.archive(dream.id).archived_at == archived.archived_at
    assert [d.id for d in client.dreams.list()] == []
    assert [d.id for d in client.dreams.list(include_archived=True, statuses=["canceled"])] == [dream.id]
    assert client.dreams.retrieve(dream.id).outputs == [], "a canceled dream wrote nothing"


def test_completed_dreams_cannot_be_canceled(server: LocalServer, client: QoderCloud) -> None:
    store_id = _store_with(client, {"a.md": "text"})
    dream = client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store_id}])
    _wait_until_finished(server, dream.id)
    with pytest.raises(BadRequestError):
        client.dreams.cancel(dream.id)


@pytest.mark.parametrize(
    ("inputs", "param"),
    [
        ([], "inputs"),
        ([{"type": "sessions", "session_ids": ["sess_1"]}], "inputs[0].session_ids"),
        ([{"type": "memory_store"}], "inputs[0].memory_store_id"),
        ([{"type": "files"}], "inputs[0].type"),
    ],
)
def test_bad_inputs_are_refused_by_name(client: QoderCloud, inputs: list[dict[str, object]], param: str) -> None:
    with pytest.raises((BadRequestError, NotFoundError)) as caught:
        client.dreams.create(inputs=inputs)
    assert caught.value.param == param


def test_unknown_dreams_and_stores_are_not_found(client: QoderCloud) -> None:
    with pytest.raises(NotFoundError):
        client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": "memstore_missing"}])
    with pytest.raises(NotFoundError):
        client.dreams.retrieve("drm_missing")
    with pytest.raises(BadRequestError) as caught:
        client.dreams.create(
            inputs=[{"type": "memory_store", "memory_store_id": _store_with(client, {"a.md": "x"})}], model="huge"
        )
    assert caught.value.param == "model"


@pytest.mark.anyio
async def test_the_async_client_drives_a_dream(server: LocalServer, async_client: AsyncQoderCloud) -> None:
    store = await async_client.memory_stores.create(name="async")
    await async_client.memories.create(store.id, path="a.md", content="Remember this.")
    dream = await async_client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store.id}])
    _wait_until_finished(server, dream.id)
    done = await async_client.dreams.retrieve(dream.id)
    assert done.status == "completed"
    assert [m.path async for m in async_client.memories.list(done.outputs[0].memory_store_id)] == ["a.md"]
    assert [d.id async for d in async_client.dreams.list(statuses=["completed"])] == [dream.id]
    assert (await async_client.dreams.archive(dream.id)).archived_at is not None
    with pytest.raises(BadRequestError):
        await async_client.dreams.cancel(dream.id)


def _dream(number: int) -> dict[str, object]:
    return {"id": f"drm_{number:03d}", "type": "dream", "status": "completed", "created_at": "2026-06-01T00:00:00Z"}


@pytest.fixture
def data_only_server() -> Iterator[LocalServer]:
    """Answers as the docs' example does: `{"data": [...]}`, with no has_more, cursor or IDs."""
    with scripted_server({("GET", "/dreams"): lambda request: {"data": [_dream(n) for n in range(3)]}}) as running:
        yield running


def test_a_list_of_only_data_is_one_page(data_only_server: LocalServer) -> None:
    with QoderCloud(token=TOKEN, base_url=data_only_server.base_url) as client:
        page = client.dreams.list()
        assert (page.has_more, page.has_next_page(), page.next_page_query()) == (False, False, None)
        assert [d.id for d in client.dreams.list()] == ["drm_000", "drm_001", "drm_002"]
    assert all(isinstance(d, Dream) for d in page.data)
    assert len(data_only_server.app.requests) == 2, "one request per walk: nothing after the only page"


@pytest.mark.anyio
async def test_the_async_client_walks_a_list_of_only_data(data_only_server: LocalServer) -> None:
    async with AsyncQoderCloud(token=TOKEN, base_url=data_only_server.base_url) as client:
        assert [d.id async for d in client.dreams.list()] == ["drm_000", "drm_001", "drm_002"]
    assert len(data_only_server.app.requests) == 1
