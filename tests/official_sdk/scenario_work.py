"""The official SDK against the local server: the work queue of a self-hosted environment, and a
session served through it (poll, ack, heartbeats, the tool result, stop).
Usage: python scenario_work.py API_ROOT TOKEN"""

from __future__ import annotations

import sys

import qca


def main(base_url: str, token: str) -> None:
    client = qca.Managed(pat=token, base_url=base_url, max_retries=0)
    work = client.environments.work

    env = client.environments.create(name="qca-workers", config={"type": "self_hosted"})
    assert work.poll(env.id, worker_id="qca-worker") is None, "an empty queue answers null"

    agent = client.agents.create(name="qca-self-hosted", model="ultimate")
    session = client.sessions.create(agent=agent.id, environment_id=env.id, metadata={"ticket": "42"})
    # The agent asks for its tool and waits: tools of a self-hosted session are the worker's to run.
    with client.sessions.events.stream(session.id) as stream:
        client.sessions.events.send(
            session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": "uptime"}]}]
        )
        for event in stream:
            if event.type == "agent.tool_use":
                tool_use = event
            if event.type == "session.status_idle":
                assert event.stop_reason.type == "requires_action", event.stop_reason
                assert event.stop_reason.event_ids == [tool_use.id], event.stop_reason
                break

    item = work.poll(env.id, worker_id="qca-worker", block_ms=500)
    assert item is not None and item.state == "queued", item
    assert item.data.type == "session" and item.data.id == session.id, item.data
    assert item.metadata == {"ticket": "42"}, item.metadata
    stats = work.stats(env.id)
    assert (stats.depth, stats.pending, stats.workers_polling) == (0, 1, 1), stats

    acked = work.ack(item.id, environment_id=env.id)
    assert acked.state == "starting" and acked.acknowledged_at, acked
    beat = work.heartbeat(item.id, environment_id=env.id, expected_last_heartbeat="NO_HEARTBEAT", desired_ttl_seconds=5)
    assert beat.state == "active" and beat.lease_extended and beat.ttl_seconds == 10, beat
    beat = work.heartbeat(item.id, environment_id=env.id, expected_last_heartbeat=beat.last_heartbeat)
    try:
        work.heartbeat(item.id, environment_id=env.id, expected_last_heartbeat="NO_HEARTBEAT")
    except qca.APIStatusError as err:
        assert err.status_code == 412, err.status_code
    else:
        raise AssertionError("a stale expected_last_heartbeat was accepted")

    updated = work.update(item.id, environment_id=env.id, metadata={"worker": "qca-worker"})
    assert updated.metadata == {"ticket": "42", "worker": "qca-worker"}, updated.metadata
    assert work.retrieve(item.id, environment_id=env.id).state == "active"

    # Serve the session: run the tool the agent asked for and send its result back.
    stream = client.sessions.events.stream(session.id)
    client.sessions.events.send(
        session.id,
        events=[{"type": "user.tool_result", "tool_use_id": tool_use.id, "content": [{"type": "text", "text": "up"}]}],
    )
    reply = ""
    with stream:
        for event in stream:
            if event.type == "agent.message":
                reply = event.content[0].text
            if event.type == "session.status_idle":
                break
    assert reply.endswith("printed: up"), reply

    assert work.stop(item.id, environment_id=env.id).state == "stopping"
    stopped = work.stop(item.id, environment_id=env.id)
    assert stopped.state == "stopped" and stopped.stopped_at, stopped
    listed = list(work.list(env.id, limit=10))
    assert [w.id for w in listed] == [item.id], listed

    cloud = client.environments.create(name="qca-cloud")
    try:
        work.stats(cloud.id)
    except qca.BadRequestError as err:
        assert err.status_code == 400
    else:
        raise AssertionError("a cloud environment has a work queue")
    print(f"ok: work item {item.id} served and stopped")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
