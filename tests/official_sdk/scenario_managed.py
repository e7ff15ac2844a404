"""The official SDK against the local server: deployments (create, update, run, pause, unpause,
archive), their runs (per deployment and across deployments) and dreams.
Usage: python scenario_managed.py API_ROOT TOKEN"""

from __future__ import annotations

import sys
import time

import qca

MESSAGE = {"type": "user.message", "content": [{"type": "text", "text": "nightly triage"}]}


def deployments(client: qca.Managed) -> int:
    env = client.environments.create(
        name="qca-deploy-env", config={"type": "cloud", "networking": {"type": "unrestricted"}}
    )
    agent = client.agents.create(name="qca-deploy-agent", model="ultimate")
    deployment = client.deployments.create(
        name="qca-nightly",
        agent=agent.id,
        environment_id=env.id,
        initial_events=[MESSAGE],
        schedule={"type": "cron", "expression": "0 2 * * *", "timezone": "UTC"},
        metadata={"owner": "qca"},
    )
    assert deployment.status == "active" and deployment.agent.version == 1, deployment
    assert len(deployment.schedule.upcoming_runs_at) == 3, deployment.schedule
    assert client.deployments.retrieve(deployment.id).name == "qca-nightly"
    assert client.deployments.update(deployment.id, description="from qca").description == "from qca"

    run = client.deployments.run(deployment.id)
    assert run.deployment_id == deployment.id and run.error is None and run.session_id, run
    assert run.trigger_context.type == "manual"
    events = [event.type for event in client.sessions.events.list(run.session_id)]
    assert "user.message" in events, events
    assert client.sessions.retrieve(run.session_id).id == run.session_id

    assert [r.id for r in client.deployments.runs.list(deployment.id)] == [run.id]
    assert client.deployments.runs.retrieve(run.id, deployment_id=deployment.id).id == run.id
    assert run.id in [r.id for r in client.deployment_runs.list(deployment_id=deployment.id)]
    assert client.deployment_runs.retrieve(run.id).session_id == run.session_id

    paused = client.deployments.pause(deployment.id)
    assert paused.status == "paused" and paused.paused_reason.type == "manual", paused
    try:
        client.deployments.run(deployment.id)
    except qca.ConflictError as err:
        assert err.status_code == 409
    else:
        raise AssertionError("a paused deployment ran")
    assert [d.id for d in client.deployments.list(status="paused")] == [deployment.id]
    assert client.deployments.unpause(deployment.id).status == "active"

    archived = client.deployments.archive(deployment.id)
    assert archived.name.startswith("qca-nightly_archived_") and archived.archived_at, archived
    assert archived.schedule.upcoming_runs_at == []
    assert deployment.id not in [d.id for d in client.deployments.list()]
    return len(events)


def dreams(client: qca.Managed) -> str:
    store = client.memory_stores.create(name="qca dream input")
    client.memory_stores.memories.create(store.id, path="style.md", content="Prefer small PRs.")
    client.memory_stores.memories.create(store.id, path="style-copy.md", content="prefer small PRs.")
    dream = client.dreams.create(inputs=[{"type": "memory_store", "memory_store_id": store.id}], model="auto")
    assert dream.status == "pending" and dream.model.id == "auto", dream
    deadline = time.monotonic() + 20
    while dream.status in ("pending", "running"):
        assert time.monotonic() < deadline, "the dream did not finish"
        time.sleep(0.05)
        dream = client.dreams.retrieve(dream.id)
    assert dream.status == "completed", dream
    output = dream.outputs[0]
    assert output.files_touched == ["style.md"], output
    memories = [m.path for m in client.memory_stores.memories.list(output.memory_store_id)]
    assert memories == ["style.md"], memories
    assert dream.id in [d.id for d in client.dreams.list(statuses=["completed"])]
    try:
        client.dreams.cancel(dream.id)
    except qca.BadRequestError as err:
        assert err.status_code == 400
    else:
        raise AssertionError("a completed dream was canceled")
    assert client.dreams.archive(dream.id).archived_at is not None
    assert dream.id not in [d.id for d in client.dreams.list()]
    return dream.status


def main(base_url: str, token: str) -> None:
    client = qca.Managed(pat=token, base_url=base_url, max_retries=0)
    events = deployments(client)
    status = dreams(client)
    print(f"ok: a deployment run's session had {events} events; the dream {status}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
