"""A ready environment, agent and session for the session-level tests."""

from __future__ import annotations

from typing import Any

from qoder_cloud import AsyncQoderCloud, QoderCloud


def new_session(client: QoderCloud, **options: Any) -> Any:
    env = client.environments.create(name=f"env-{len(client.environments.list(limit=100).data)}")
    agent = client.agents.create(name="helper", model="ultimate", tools=[{"type": "agent_toolset_20260401"}])
    return client.sessions.create(agent=agent.id, environment_id=env.id, **options)


async def new_async_session(client: AsyncQoderCloud, **options: Any) -> Any:
    env = await client.environments.create(name="async-env")
    agent = await client.agents.create(name="helper", model="ultimate")
    return await client.sessions.create(agent=agent.id, environment_id=env.id, **options)


def user_message(text: str) -> dict[str, Any]:
    return {"type": "user.message", "content": [{"type": "text", "text": text}]}
