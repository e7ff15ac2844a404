"""A user's program that touches every resource group, against the bundled local server.

Type-checked by tests/test_wheel_typing.py under `mypy --strict` and pyright (strict) with only
the built wheel installed, and run there too.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

from qoder_cloud import ConflictError, NotFoundError, QoderCloud, SyncPage
from qoder_cloud.testing import LocalServer
from qoder_cloud.types import (
    UNSET,
    CloudConfig,
    Environment,
    EnvironmentCreateParamsDict,
    Memory,
    NetworkingParam,
    TextBlock,
    Unset,
)


def environments(client: QoderCloud) -> Environment:
    env = client.environments.create(
        name="typed-env",
        config={
            "type": "cloud",
            "networking": NetworkingParam(type_="limited", allowed_hosts=["pypi.org"]),
            "packages": {"pip": ["requests"]},
        },
        metadata={"team": "core"},
        scope="account",
    )
    if isinstance(env.config, CloudConfig) and not isinstance(env.config.networking, Unset | None):
        print(env.config.networking.type_)
    labels: dict[str, str] = dict(env.metadata) if not isinstance(env.metadata, Unset) else {}
    print(labels, env.to_json()[:20], repr(env)[:20])
    params: EnvironmentCreateParamsDict = {"name": "from-a-typed-dict"}
    client.environments.create(**params)
    page: SyncPage[Environment] = client.environments.list(limit=2)
    for one in page:
        print(one.id, one.name)
    first = client.environments.list(limit=1)
    print(len(first.data), first.has_more, [len(p.data) for p in first.iter_pages()])
    client.environments.update(env.id, description="typed", metadata={"team": None})
    client.environments.archive(env.id)
    return client.environments.retrieve(env.id)


def agents_and_models(client: QoderCloud) -> str:
    for model in client.models.list():
        print(model.id)
    agent = client.agents.create(
        name="typed-agent",
        model="ultimate",
        system="You review code.",
        tools=[{"type": "agent_toolset_20260401", "enabled_tools": ["Read"]}],
    )
    agent = client.agents.update(agent.id, version=agent.version, description="updated")
    print([version.version for version in client.agents.list_versions(agent.id)])
    return agent.id


def files_and_sessions(client: QoderCloud, server: LocalServer, agent_id: str, env_id: str) -> None:
    uploaded = client.files.upload(file=("notes.txt", b"remember the tests\n", "text/plain"))
    print(uploaded.id, uploaded.size_bytes)
    output = server.add_file(b"result\n", "result.txt")
    written: Path = client.files.download(output, "result.txt")
    buffer = io.BytesIO()
    nothing: None = client.files.download(output, buffer)
    print(written.read_text(), buffer.getvalue(), nothing)
    session = client.sessions.create(agent=agent_id, environment_id=env_id, title="typed")
    client.session_resources.add(session.id, type="file", file_id=uploaded.id, mount_path="/mnt/notes.txt")
    for resource in client.session_resources.list(session.id):
        print(resource.type)
    turn = client.events.run_turn(session.id, "hello", deadline=30)
    print(turn.text, turn.stop_reason.type if turn.stop_reason else None)
    for event in client.events.list(session.id, order="asc"):
        print(event.type)
    for thread in client.threads.list(session.id):
        print(thread.id, [e.type for e in client.threads.list_events(session.id, thread.id)])
    client.sessions.update(session.id, title="renamed")
    print([s.id for s in client.sessions.list(statuses=["idle"], order="desc")])
    client.sessions.archive(session.id)
    client.sessions.delete(session.id)
    client.files.delete(uploaded.id)


def vaults(client: QoderCloud) -> None:
    vault = client.vaults.create(display_name="typed-vault")
    credential = client.credentials.create(
        vault.id, auth={"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/sse", "token": "t"}
    )
    client.credentials.update(vault.id, credential.id, auth={"type": "static_bearer", "token": "rotated"})
    print([c.id for c in client.credentials.list(vault.id)])
    client.vaults.archive(vault.id)


def skills(client: QoderCloud, root: Path) -> None:
    folder = root / "typed-skill"
    folder.mkdir(exist_ok=True)
    (folder / "SKILL.md").write_text("---\nname: typed-skill\ndescription: A skill\n---\nDo it.\n")
    skill = client.skills.create(files=str(folder), display_title="Typed")
    version = client.skill_versions.create(skill.id, files=str(folder))
    assert isinstance(version.version, str)
    archive: Path = client.skill_versions.download(skill.id, version.version, root / "typed-skill.zip")
    print(archive.stat().st_size, [v.version for v in client.skill_versions.list(skill.id)])


def memory(client: QoderCloud) -> None:
    store = client.memory_stores.create(name="typed-store")
    note = client.memories.create(store.id, path="notes/a.md", content="first")
    try:
        client.memories.update(store.id, note.id, content="second", content_sha256="0" * 64)
    except ConflictError as error:
        print(error.status_code, error.type)
    versions = list(client.memory_versions.list(store.id, memory_id=note.id))
    client.memory_versions.redact(store.id, versions[-1].id)
    print([m.path for m in client.memories.list(store.id, view="basic") if isinstance(m, Memory)])


def deployments_and_dreams(client: QoderCloud, agent_id: str, env_id: str) -> None:
    deployment = client.deployments.create(
        name="typed-deployment",
        agent=agent_id,
        environment_id=env_id,
        initial_events=[{"type": "user.message", "content": [TextBlock(type_="text", text="Triage.")]}],
    )
    run = client.deployments.run(deployment.id)
    print(run.id, [r.id for r in client.deployments.runs.list(deployment.id)])
    print([r.id for r in client.deployment_runs.list(trigger_type="manual")])
    store = client.memory_stores.create(name="typed-dream-input")
    client.memories.create(store.id, path="a.md", content="Prefer small PRs.")
    dream = client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store.id}])
    for _ in range(200):
        if dream.status not in ("pending", "running"):
            break
        time.sleep(0.05)
        dream = client.dreams.retrieve(dream.id)
    print(dream.status)


def main() -> None:
    with LocalServer(token="pt-typed") as server, QoderCloud(token="pt-typed", base_url=server.base_url) as client:
        env = environments(client)
        agent_id = agents_and_models(client)
        live = client.environments.create(name="typed-live")
        files_and_sessions(client, server, agent_id, live.id)
        vaults(client)
        skills(client, Path.cwd())
        memory(client)
        deployments_and_dreams(client, agent_id, live.id)
        try:
            client.environments.retrieve("env_missing")
        except NotFoundError as error:
            print(error.status_code, error.request_id)
        print(env.archived_at is not UNSET)


if __name__ == "__main__":
    main()
