"""Every memory store, memory and memory version operation through both clients against the
local server: path rules, the content_sha256 precondition, history and redaction, archiving."""

from __future__ import annotations

import datetime
import hashlib

import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, ConflictError, NotFoundError, QoderCloud
from qoder_cloud.testing import LocalServer
from qoder_cloud_api.models import MemoryDeleted, MemoryStoreDeleted


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_store_lifecycle(client: QoderCloud) -> None:
    store = client.memory_stores.create(name="team-prefs", description="Conventions", metadata={"a": "1"})
    assert store.id.startswith("memstore_")
    assert (store.type_, store.name, store.description, store.status) == (
        "memory_store",
        "team-prefs",
        "Conventions",
        "active",
    )
    assert (store.entry_count, store.total_size, store.archived_at) == (0, 0, None)
    other = client.memory_stores.create(name="Other")
    assert other.description == ""

    assert [s.id for s in client.memory_stores.list()] == [other.id, store.id]
    assert [s.id for s in client.memory_stores.list(name="TEAM")] == [store.id]
    assert [s.id for s in client.memory_stores.list(created_at_gte=other.created_at)] == [other.id]

    updated = client.memory_stores.update(store.id, name="prefs", description="", metadata={"a": None, "b": "2"})
    assert (updated.name, updated.description) == ("prefs", "")
    assert updated.metadata.additional_properties == {"b": "2"}
    assert client.memory_stores.retrieve(store.id).name == "prefs"
    with pytest.raises(BadRequestError):
        client.memory_stores.update(store.id, name="bad\nname")

    archived = client.memory_stores.archive(store.id)
    assert (archived.status, archived.archived_at is not None) == ("archived", True)
    assert [s.id for s in client.memory_stores.list()] == [other.id]
    assert [s.id for s in client.memory_stores.list(include_archived=True)] == [other.id, store.id]

    deleted = client.memory_stores.delete(store.id)
    assert isinstance(deleted, MemoryStoreDeleted)
    assert (deleted.id, deleted.type_) == (store.id, "memory_store_deleted")
    with pytest.raises(NotFoundError):
        client.memory_stores.retrieve(store.id)


def test_memories_create_list_retrieve_update_delete(client: QoderCloud) -> None:
    store = client.memory_stores.create(name="s")
    memory = client.memories.create(store.id, path="notes/style.md", content="Prefer small PRs.", metadata={"k": "v"})
    assert memory.id.startswith("mem_")
    assert (memory.type_, memory.memory_store_id, memory.path, memory.content) == (
        "memory",
        store.id,
        "notes/style.md",
        "Prefer small PRs.",
    )
    assert (memory.content_size_bytes, memory.content_sha256, memory.version) == (17, _sha("Prefer small PRs."), 1)
    assert memory.memory_version_id.startswith("memver_")
    other = client.memories.create(store.id, path="todo.md", content="caf\u00e9")
    assert other.content_size_bytes == 5, "sizes count UTF-8 bytes"

    listed = list(client.memories.list(store.id))
    assert [m.id for m in listed] == [other.id, memory.id]
    assert all("content" not in m.to_dict() for m in listed), "lists carry no content"
    assert [m.id for m in client.memories.list(store.id, path_prefix="notes/")] == [memory.id]
    assert client.memories.list(store.id, view="full").data[0].content == "caf\u00e9"
    assert client.memories.retrieve(store.id, memory.id).content == "Prefer small PRs."
    assert "content" not in client.memories.retrieve(store.id, memory.id, view="basic").to_dict()

    store_now = client.memory_stores.retrieve(store.id)
    assert (store_now.entry_count, store_now.total_size) == (2, 22)

    updated = client.memories.update(
        store.id, memory.id, content="Prefer small, focused PRs.", content_sha256=memory.content_sha256
    )
    assert (updated.version, updated.content_sha256) == (2, _sha("Prefer small, focused PRs."))
    assert updated.memory_version_id != memory.memory_version_id
    moved = client.memories.update(store.id, memory.id, path="notes/review.md", metadata={"k": None})
    assert (moved.path, moved.version, moved.metadata.additional_properties) == ("notes/review.md", 3, {})
    with pytest.raises(ConflictError):
        client.memories.update(store.id, memory.id, path="todo.md")

    deleted = client.memories.delete(store.id, memory.id)
    assert isinstance(deleted, MemoryDeleted)
    assert (deleted.id, deleted.type_) == (memory.id, "memory_deleted")
    with pytest.raises(NotFoundError):
        client.memories.retrieve(store.id, memory.id)
    again = client.memories.create(store.id, path="notes/review.md", content="the path is free again")
    assert again.id != memory.id


@pytest.mark.parametrize(
    "path", ["/abs.md", "a/../b.md", "a//b.md", "./a.md", "dir/", "a\x00b", "x" * 1025, "\u00e9" * 513]
)
def test_memory_path_rules(client: QoderCloud, path: str) -> None:
    store = client.memory_stores.create(name="s")
    with pytest.raises(BadRequestError) as caught:
        client.memories.create(store.id, path=path, content="x")
    assert caught.value.param == "path"


def test_memory_content_rules_and_duplicate_paths(client: QoderCloud) -> None:
    store = client.memory_stores.create(name="s")
    for content in ("   \n", "x" * 102_401, "\u00e9" * 51_201):
        with pytest.raises(BadRequestError) as caught:
            client.memories.create(store.id, path="a.md", content=content)
        assert caught.value.param == "content"
    client.memories.create(store.id, path="a.md", content="x" * 102_400)
    with pytest.raises(ConflictError) as duplicate:
        client.memories.create(store.id, path="a.md", content="again")
    assert duplicate.value.param == "path"


def test_a_stale_content_sha256_is_a_conflict_and_writes_nothing(client: QoderCloud) -> None:
    store = client.memory_stores.create(name="s")
    memory = client.memories.create(store.id, path="plan.md", content="v1")
    client.memories.update(store.id, memory.id, content="v2 by someone else")

    with pytest.raises(ConflictError) as caught:
        client.memories.update(store.id, memory.id, content="my v2", content_sha256=memory.content_sha256)
    assert caught.value.status_code == 409
    assert caught.value.param == "content_sha256"
    current = client.memories.retrieve(store.id, memory.id)
    assert (current.content, current.version) == ("v2 by someone else", 2)
    assert len(client.memory_versions.list(store.id, memory_id=memory.id).data) == 2

    with pytest.raises(ConflictError):
        client.memories.delete(store.id, memory.id, expected_content_sha256=memory.content_sha256)
    client.memories.delete(store.id, memory.id, expected_content_sha256=current.content_sha256)


def test_history_and_redaction(client: QoderCloud) -> None:
    store = client.memory_stores.create(name="s")
    memory = client.memories.create(store.id, path="creds.md", content="api key: hunter2")
    client.memories.update(store.id, memory.id, content="api key: (removed)")
    client.memories.delete(store.id, memory.id)

    history = list(client.memory_versions.list(store.id))
    assert [v.operation for v in history] == ["deleted", "updated", "created"]
    assert all(v.memory_id == memory.id and v.path == "creds.md" for v in history)
    assert all("content" not in v.to_dict() for v in history)
    assert [v.id for v in client.memory_versions.list(store.id, operation="modified")] == [history[1].id]
    assert [v.id for v in client.memory_versions.list(store.id, operation="created")] == [history[2].id]
    assert client.memory_versions.list(store.id, session_id="sess_1").data == []
    assert [v.id for v in client.memory_versions.list(store.id, limit=1)] == [v.id for v in history]
    assert [v.id for v in client.memory_versions.list(store.id, created_at_lte=history[2].created_at)] == [
        history[2].id
    ]

    first = history[2]
    assert first.id.startswith("memver_")
    original = client.memory_versions.retrieve(store.id, first.id)
    assert (original.content, original.redacted, original.content_sha256) == (
        "api key: hunter2",
        False,
        _sha("api key: hunter2"),
    )
    assert "content" not in client.memory_versions.retrieve(store.id, first.id, view="basic").to_dict()

    redacted = client.memory_versions.redact(store.id, first.id)
    assert (redacted.content, redacted.redacted) == (None, True)
    assert isinstance(redacted.redacted_at, datetime.datetime)
    assert client.memory_versions.retrieve(store.id, first.id).content is None
    assert "hunter2" not in str(client.memory_versions.list(store.id, view="full").data)
    with pytest.raises(ConflictError):
        client.memory_versions.redact(store.id, first.id)
    with pytest.raises(NotFoundError):
        client.memory_versions.retrieve(store.id, "memver_missing")


def test_an_archived_store_is_read_only_for_memories(client: QoderCloud, server: LocalServer) -> None:
    store = client.memory_stores.create(name="s")
    memory = client.memories.create(store.id, path="a.md", content="keep")
    client.memory_stores.archive(store.id)

    for attempt in (
        lambda: client.memories.create(store.id, path="b.md", content="x"),
        lambda: client.memories.update(store.id, memory.id, content="changed"),
        lambda: client.memories.delete(store.id, memory.id),
    ):
        with pytest.raises(ConflictError) as caught:
            attempt()
        assert caught.value.type == "invalid_request_error"
    assert client.memories.retrieve(store.id, memory.id).content == "keep"
    version = client.memory_versions.list(store.id).data[0]
    assert client.memory_versions.redact(store.id, version.id).redacted is True

    client.memory_stores.delete(store.id)
    assert server.state.memory_stores == {}


@pytest.mark.anyio
async def test_async_client_covers_every_memory_operation(async_client: AsyncQoderCloud) -> None:
    store = await async_client.memory_stores.create(name="async")
    assert (await async_client.memory_stores.retrieve(store.id)).name == "async"
    assert (await async_client.memory_stores.update(store.id, description="d")).description == "d"
    assert [s.id async for s in async_client.memory_stores.list()] == [store.id]

    memory = await async_client.memories.create(store.id, path="a/b.md", content="one")
    assert (await async_client.memories.retrieve(store.id, memory.id)).content == "one"
    assert [m.id async for m in async_client.memories.list(store.id)] == [memory.id]
    with pytest.raises(ConflictError):
        await async_client.memories.update(store.id, memory.id, content="two", content_sha256=_sha("stale"))
    updated = await async_client.memories.update(store.id, memory.id, content="two", content_sha256=_sha("one"))
    assert updated.version == 2

    versions = (await async_client.memory_versions.list(store.id)).data
    assert [v.operation for v in versions] == ["updated", "created"]
    assert (await async_client.memory_versions.retrieve(store.id, versions[1].id)).content == "one"
    assert (await async_client.memory_versions.redact(store.id, versions[1].id)).redacted is True

    assert (await async_client.memories.delete(store.id, memory.id)).id == memory.id
    assert (await async_client.memory_stores.archive(store.id)).status == "archived"
    assert (await async_client.memory_stores.delete(store.id)).id == store.id
    with pytest.raises(NotFoundError):
        await async_client.memory_stores.retrieve(store.id)
