"""The official SDK against the local server: environments, agents, sessions, events, files, vaults,
memory. Usage: python scenario_core.py API_ROOT TOKEN"""

from __future__ import annotations

import io
import sys

import qca


def main(base_url: str, token: str) -> None:
    client = qca.Managed(pat=token, base_url=base_url, max_retries=0)

    env = client.environments.create(name="qca-env", config={"type": "cloud", "networking": {"type": "unrestricted"}})
    assert client.environments.retrieve(env.id).name == "qca-env"
    env = client.environments.update(env.id, description="driven by qca")
    assert env.description == "driven by qca"
    assert env.id in [e.id for e in client.environments.list(limit=10)]

    agent = client.agents.create(name="qca-agent", model="ultimate", system="be brief")
    agent = client.agents.update(agent.id, version=agent.version, description="v2")
    assert agent.version == 2, agent.version
    assert [v.version for v in client.agents.versions.list(agent.id)] == [2, 1]

    session = client.sessions.create(agent=agent.id, environment_id=env.id, title="qca session")
    stream = client.sessions.events.stream(session.id)
    client.sessions.events.send(
        session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": "hello"}]}]
    )
    seen = []
    with stream:
        for event in stream:
            seen.append(event.type)
            if event.type == "session.status_idle":
                break
    assert "agent.message" in seen, seen
    listed = [e.type for e in client.sessions.events.list(session.id)]
    assert "user.message" in listed and listed[-1] == "session.status_idle", listed
    assert client.sessions.retrieve(session.id).status == "idle"

    uploaded = client.files.upload(file=("notes.txt", io.BytesIO(b"twenty bytes of text"), "text/plain"))
    assert client.files.retrieve_metadata(uploaded.id).size_bytes == 20

    vault = client.vaults.create(display_name="qca vault")
    credential = client.vaults.credentials.create(
        vault.id,
        auth={"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/sse", "token": "tok-secret"},
    )
    assert credential.vault_id == vault.id

    store = client.memory_stores.create(name="qca store")
    memory = client.memory_stores.memories.create(store.id, path="notes/a.md", content="first")
    memory = client.memory_stores.memories.update(
        memory.id, memory_store_id=store.id, content="second", content_sha256=memory.content_sha256
    )
    assert client.memory_stores.memories.retrieve(memory.id, memory_store_id=store.id).content == "second"
    try:  # the same precondition again is stale now
        client.memory_stores.memories.update(
            memory.id, memory_store_id=store.id, content="third", content_sha256="0" * 64
        )
    except qca.ConflictError as err:
        assert err.status_code == 409
    else:
        raise AssertionError("a stale content_sha256 did not raise ConflictError")

    try:
        client.environments.retrieve("env_missing")
    except qca.NotFoundError as err:
        assert err.status_code == 404
    else:
        raise AssertionError("a missing environment did not raise NotFoundError")

    client.environments.archive(env.id)
    print(f"ok: {len(seen)} streamed events, {len(listed)} listed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
