"""A tour of the client: environments, agents, pagination, versions, a session whose reply
is streamed live, a self-hosted environment served by a worker, typed errors, a file upload and
a memory store with its history.

Runs against whatever QODER_PAT and QODER_BASE_URL point at: `make demo` starts a local server
and points them there; with your own token it runs against the real API (and cleans up after
itself by archiving what it created).
"""

from __future__ import annotations

import threading
import uuid

from self_hosted_worker import serve, waiting_for

from qoder_cloud import ConflictError, NotFoundError, QoderCloud, ReplyAccumulator
from qoder_cloud.types import (
    AgentMessageEvent,
    AgentToolUseEvent,
    CloudConfig,
    SessionStatusIdleEvent,
    TextBlock,
    UserMessageEventParamDict,
    UserToolResultEvent,
)
from qoder_cloud.worker import Worker


def main() -> None:
    suffix = uuid.uuid4().hex[:6]
    with QoderCloud() as client:
        print(f"API: {client.base_url}\n")

        env = client.environments.create(
            name=f"demo-{suffix}",
            description="Created by examples/demo.py",
            config={
                "type": "cloud",
                "networking": {"type": "limited", "allowed_hosts": ["pypi.org"], "allow_package_managers": True},
                "packages": {"pip": ["requests"]},
            },
            metadata={"created_by": "demo"},
        )
        if isinstance(env.config, CloudConfig) and env.config.networking:
            print(f"Created environment {env.id} ({env.name}), networking: {env.config.networking.type_}")

        for i in range(3):
            client.environments.create(name=f"demo-{suffix}-extra-{i}", metadata={"created_by": "demo"})
        print("Environments, two per page:")
        for page_number, page in enumerate(client.environments.list(limit=2).iter_pages(), start=1):
            names = ", ".join(e.name for e in page.data)
            print(f"  page {page_number}: {names}")
            if page_number == 3:
                break

        agent = client.agents.create(
            name=f"demo-reviewer-{suffix}",
            model="ultimate",
            system="You review Python code and suggest improvements.",
            tools=[{"type": "agent_toolset_20260401", "enabled_tools": ["Read", "Grep", "Bash"]}],
        )
        print(f"\nCreated agent {agent.id} at version {agent.version} with model {agent.model}")

        agent = client.agents.update(agent.id, version=agent.version, system="You review Python and Go code.")
        print(f"Updated the system prompt: the agent is now at version {agent.version}")
        history = [f"v{v.version}" for v in client.agents.list_versions(agent.id)]
        print(f"Version history, newest first: {', '.join(history)}")

        session = client.sessions.create(agent=agent.id, environment_id=env.id, title="demo review")
        print(f"\nCreated session {session.id} (status: {session.status})")

        print("You:   Write quicksort in Python")
        print("Agent: ", end="", flush=True)
        reply = ReplyAccumulator()  # prints the reply while it is being written
        turn = client.events.run_turn(
            session.id,
            "Write quicksort in Python",
            event_deltas=["agent.message"],
            on_event=lambda event: print(reply.add(event), end="", flush=True),
        )
        stop = turn.stop_reason.type if turn.stop_reason else "none (the session ended)"
        print(f"\nThe turn ended with stop reason {stop!r} after {len(turn.events)} events.")

        print("\nThe same kind of turn, event by event:")
        with client.events.stream(session.id) as stream:
            client.events.send(
                session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": "Now add tests"}]}]
            )
            for event in stream:
                print(f"  {event.type}")
                if event.type == "session.status_idle":
                    break

        serve_self_hosted(client, agent.id, suffix)

        try:
            client.environments.retrieve("env_does_not_exist")
        except NotFoundError as err:
            print(f"\nRetrieving a missing environment raised {type(err).__name__}:")
            print(f"  status_code={err.status_code} type={err.type} request_id={err.request_id}")
            print(f"  message={err.message!r}")

        client.sessions.archive(session.id)
        for resource in (client.environments.archive(env.id), client.agents.archive(agent.id)):
            print(f"Archived {resource.id} at {resource.archived_at}")
        for extra in client.environments.list():
            if extra.name.startswith(f"demo-{suffix}-extra-"):
                client.environments.archive(extra.id)
        remaining = [e.name for e in client.environments.list() if e.name.startswith(f"demo-{suffix}")]
        print(f"Demo environments still listed after archiving: {remaining or 'none'}")

        uploaded = client.files.upload(file=(f"demo-{suffix}.txt", b"hello from the demo\n"))
        print(f"\nUploaded {uploaded.filename} as {uploaded.id} ({uploaded.size_bytes} bytes)")
        client.files.delete(uploaded.id)

        store = client.memory_stores.create(name=f"demo-{suffix}", description="Created by examples/demo.py")
        memory = client.memories.create(store.id, path="notes/style.md", content="Prefer small PRs.")
        memory = client.memories.update(
            store.id, memory.id, content="Prefer small, focused PRs.", content_sha256=memory.content_sha256
        )
        try:
            client.memories.update(store.id, memory.id, content="stale write", content_sha256="0" * 64)
        except ConflictError as err:
            print(f"Memory {memory.path} is at version {memory.version}; a stale update raised {type(err).__name__}")
        history = [str(v.operation) for v in client.memory_versions.list(store.id, memory_id=memory.id)]
        print(f"Its history, newest first: {', '.join(history)}")
        client.memory_stores.delete(store.id)


def serve_self_hosted(client: QoderCloud, agent_id: str, suffix: str) -> None:
    """A self-hosted environment: its session waits for a worker (here on a thread of this
    process) that runs the agent's tool and sends the result back."""
    env = client.environments.create(name=f"demo-{suffix}-workers", config={"type": "self_hosted"})
    print(f"\nSelf-hosted environment {env.id}: its sessions wait for a worker")
    worker = Worker(client, env.id, serve, worker_id=f"demo-worker-{suffix}", block_ms=100)
    running = threading.Thread(target=worker.run, kwargs={"handle_signals": False})
    running.start()
    try:
        session = client.sessions.create(agent=agent_id, environment_id=env.id, title="demo self-hosted")
        with client.events.stream(session.id) as stream:
            message: UserMessageEventParamDict = {
                "type": "user.message",
                "content": [{"type": "text", "text": "hello from your own machine"}],
            }
            client.events.send(session.id, events=[message])
            for event in stream:
                if isinstance(event, AgentToolUseEvent) and event.input:
                    print(f"  the agent calls {event.name}: {event.input['command']}")
                elif isinstance(event, UserToolResultEvent):
                    print(f"  worker {worker.worker_id} sent the tool's output back")
                elif isinstance(event, AgentMessageEvent) and event.content:
                    print("  Agent: " + "".join(block.text for block in event.content if isinstance(block, TextBlock)))
                elif isinstance(event, SessionStatusIdleEvent) and not waiting_for(event):
                    break
    finally:
        worker.stop()  # drains: the handler finishes and the worker stops the work item
        running.join()
    states = ", ".join(f"{item.id} {item.state}" for item in client.environments.work.list(env.id))
    stats = client.environments.work.stats(env.id)
    print(f"  work items: {states}; queue depth {stats.depth}")
    client.sessions.archive(session.id)
    client.environments.archive(env.id)


if __name__ == "__main__":
    main()
