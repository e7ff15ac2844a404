"""Every agents operation (and models.list) through both clients against the local server."""

from __future__ import annotations

import pytest

from qoder_cloud import AsyncQoderCloud, BadRequestError, ConflictError, NotFoundError, QoderCloud
from qoder_cloud_api.models import AgentToolset, CustomTool, MCPToolset, ModelConfig

TOOLS = [
    {
        "type": "agent_toolset_20260401",
        "enabled_tools": ["Bash", "Read"],
        "configs": [{"name": "Bash", "permission_policy": {"type": "always_ask"}}],
    },
    {"type": "mcp_toolset", "mcp_server_name": "docs"},
    {
        "type": "custom",
        "name": "lookup",
        "description": "Look a word up",
        "input_schema": {"type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]},
    },
]
SERVERS = [{"name": "docs", "type": "url", "url": "https://mcp.example.com/sse"}]


def test_create_with_the_full_agent_object(client: QoderCloud) -> None:
    agent = client.agents.create(
        name="reviewer",
        model={"id": "ultimate", "effort": "high", "context_window": 400000},
        system="Review pull requests.",
        tools=TOOLS,
        mcp_servers=SERVERS,
        skills=[{"type": "custom", "skill_id": "skill_abc", "version": "1759178010641129"}],
        metadata={"owner": "me"},
    )

    assert agent.id.startswith("agent_")
    assert agent.version == 1
    assert isinstance(agent.model, ModelConfig)
    assert (agent.model.id, agent.model.effort, agent.model.context_window) == ("ultimate", "high", 400000)
    assert [type(tool) for tool in agent.tools] == [AgentToolset, MCPToolset, CustomTool]
    assert agent.tools[0].configs[0].permission_policy.type_ == "always_ask"
    assert agent.mcp_servers[0].url == "https://mcp.example.com/sse"
    assert agent.skills[0].skill_id == "skill_abc"
    assert agent.multiagent is None


def test_model_as_a_plain_string(client: QoderCloud) -> None:
    agent = client.agents.create(name="simple", model="ultimate")
    assert agent.model == "ultimate"
    assert agent.tools == []


def test_update_bumps_the_version_and_stale_versions_conflict(client: QoderCloud) -> None:
    agent = client.agents.create(name="v", model="ultimate")

    second = client.agents.update(agent.id, version=1, system="second", metadata={"k": "v"})
    assert second.version == 2
    assert second.system == "second"

    with pytest.raises(ConflictError) as caught:
        client.agents.update(agent.id, version=1, system="stale")
    assert "Expected version 2" in caught.value.message

    third = client.agents.update(agent.id, version=2, tools=[{"type": "agent_toolset_20260401"}])
    assert third.version == 3

    versions = [v.version for v in client.agents.list_versions(agent.id)]
    assert versions == [3, 2, 1]
    assert client.agents.retrieve(agent.id, version=1).system == ""
    assert client.agents.retrieve(agent.id, version=2).system == "second"
    assert client.agents.retrieve(agent.id).version == 3
    with pytest.raises(NotFoundError):
        client.agents.retrieve(agent.id, version=9)


def test_versions_paginate_by_version_number(client: QoderCloud) -> None:
    agent = client.agents.create(name="many", model="ultimate")
    for version in range(1, 6):
        client.agents.update(agent.id, version=version, description=f"d{version}")

    first = client.agents.list_versions(agent.id, limit=2)
    assert (first.first_id, first.last_id) == ("6", "5")
    assert [v.version for v in first] == [6, 5, 4, 3, 2, 1]


def test_invalid_tools_are_rejected_with_the_param(client: QoderCloud) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.agents.create(
            name="bad", model="ultimate", tools=[{"type": "agent_toolset_20260401", "enabled_tools": ["Foo"]}]
        )
    assert caught.value.message == "unknown tool name 'Foo'"
    assert caught.value.param == "tools[0].enabled_tools"


def test_browser_toolset_needs_the_beta_header(client: QoderCloud) -> None:
    tools = [{"type": "browser_toolset_20260714"}]
    with pytest.raises(BadRequestError):
        client.agents.create(name="browser", model="ultimate", tools=tools)
    agent = client.agents.create(name="browser", model="ultimate", tools=tools, betas=["browser-use-2026-07-14"])
    assert agent.tools[0].type == "browser_toolset_20260714"


def test_archive_hides_from_the_default_list(client: QoderCloud) -> None:
    agent = client.agents.create(name="old", model="ultimate")
    archived = client.agents.archive(agent.id)

    assert archived.archived_at is not None
    assert archived.version == 1
    assert [a.id for a in client.agents.list()] == []
    assert [a.id for a in client.agents.list(include_archived=True)] == [agent.id]
    assert client.agents.retrieve(agent.id).archived_at is not None


def test_models_list(client: QoderCloud) -> None:
    models = list(client.models.list())
    assert "ultimate" in [m.id for m in models]
    ultimate = next(m for m in models if m.id == "ultimate")
    assert ultimate.default_context_window == 200000
    assert ultimate.efforts == ["low", "medium", "high", "xhigh", "max"]


@pytest.mark.anyio
async def test_async_client_covers_every_agent_operation(async_client: AsyncQoderCloud) -> None:
    agent = await async_client.agents.create(name="async", model="ultimate", tools=TOOLS, mcp_servers=SERVERS)
    assert (await async_client.agents.retrieve(agent.id)).name == "async"

    updated = await async_client.agents.update(agent.id, version=1, name="async-2")
    assert updated.version == 2
    assert (await async_client.agents.retrieve(agent.id, version=1)).name == "async"

    assert [v.version async for v in async_client.agents.list_versions(agent.id)] == [2, 1]
    assert [a.id async for a in async_client.agents.list()] == [agent.id]

    archived = await async_client.agents.archive(agent.id)
    assert archived.archived_at is not None

    models = [m.id async for m in async_client.models.list()]
    assert "ultimate" in models
