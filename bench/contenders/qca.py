"""`qca`, the official Qoder SDK (`qca-sdk`, pydantic models), as its docs show it. Its walks and
streams take seconds, so it walks and streams a fifth and a tenth as much (times are per item and
per event)."""

from __future__ import annotations

from typing import Any

import httpx
import qca

from bench import payloads
from bench.contenders import (
    ENV_ID,
    TOKEN,
    Context,
    Held,
    Task,
    agent_summary,
    aonce,
    burst,
    env_summary,
    mock_transport,
    once,
    page_summary,
)

WALKED = payloads.TOTAL_ITEMS // 5


def _env(env: Any) -> dict[str, Any]:
    networking = env.config.networking
    return env_summary(
        env.id, env.name, networking.type, networking.allowed_hosts, env.config.packages.pip, env.metadata
    )


def _agent(agent: Any) -> list[Any]:
    model = agent.model
    as_object = not isinstance(model, str)
    effort = model.effort if as_object else None
    return agent_summary(
        agent.id,
        model.id if as_object else None,
        (effort if isinstance(effort, str) else effort.type) if as_object else None,
        [tool.type for tool in agent.tools],
        len(agent.mcp_servers),
    )


def tasks(ctx: Context) -> dict[tuple[str, str], Task]:
    client = qca.Managed(pat=TOKEN, base_url=ctx.api)
    aclient = qca.AsyncManaged(pat=TOKEN, base_url=ctx.api)
    mock = qca.Managed(pat=TOKEN, base_url=ctx.mock_base, http_client=httpx.Client(transport=mock_transport()))

    def walk(limit: int = WALKED, ids: list[str] | None = None) -> int:
        count = 0
        for env in client.environments.list(limit=100):
            if ids is not None:
                ids.append(env.id)
            count += 1
            if count >= limit:
                break
        return count

    def walk_check() -> Any:
        ids: list[str] = []
        walk(payloads.TOTAL_ITEMS, ids)
        return page_summary(ids)

    def sse() -> int:
        with client.sessions.events.stream(payloads.SHORT_SESSION_ID) as stream:
            return sum(1 for _ in stream)

    async def aretrieve() -> Any:
        return await aclient.environments.retrieve(ENV_ID)

    async def aenv_page() -> Any:
        return await aclient.environments.list(limit=100)

    async def awalk() -> int:
        count = 0
        async for _ in aclient.environments.list(limit=100):
            count += 1
            if count >= WALKED:
                break
        return count

    async def asse() -> int:
        count = 0
        async with await aclient.sessions.events.stream(payloads.SHORT_SESSION_ID) as stream:
            async for _ in stream:
                count += 1
        return count

    def upload_path() -> Any:
        with open(ctx.upload_path, "rb") as file:
            return client.files.upload(file=("upload.bin", file))

    held = Held(ctx)

    name = "qca (official SDK)"
    return {
        ("retrieve", name): Task(
            run=once(lambda: client.environments.retrieve(ENV_ID)),
            check=lambda: _env(client.environments.retrieve(ENV_ID)),
        ),
        ("env_page", name): Task(
            run=once(lambda: client.environments.list(limit=100)),
            check=lambda: page_summary([e.id for e in client.environments.list(limit=100).data]),
        ),
        ("walk", name): Task(run=walk, units=WALKED, check=walk_check),
        ("sse", name): Task(run=sse, units=payloads.SHORT_SSE_EVENTS),
        ("mock_retrieve", name): Task(
            run=once(lambda: mock.environments.retrieve(ENV_ID)),
            check=lambda: _env(mock.environments.retrieve(ENV_ID)),
        ),
        ("mock_env_page", name): Task(
            run=once(lambda: mock.environments.list(limit=100)),
            check=lambda: page_summary([e.id for e in mock.environments.list(limit=100).data]),
        ),
        ("mock_agent_page", name): Task(
            run=once(lambda: mock.agents.list(limit=100)),
            check=lambda: [_agent(a) for a in mock.agents.list(limit=100).data],
        ),
        ("aretrieve", name): Task(arun=aonce(aretrieve)),
        ("aburst", name): Task(arun=burst(aretrieve), units=200),
        ("aenv_page", name): Task(arun=aonce(aenv_page)),
        ("awalk", name): Task(arun=awalk, units=WALKED),
        ("asse", name): Task(arun=asse, units=payloads.SHORT_SSE_EVENTS),
        ("mem_walk_small", name): Task(run=lambda: walk(payloads.TOTAL_ITEMS // 10), units=payloads.TOTAL_ITEMS // 10),
        ("mem_walk", name): Task(run=lambda: walk(payloads.TOTAL_ITEMS), units=payloads.TOTAL_ITEMS),
        ("mem_upload_path", "qca, an open file"): Task(
            run=once(upload_path), check=lambda: upload_path().size_bytes > payloads.UPLOAD_BYTES
        ),
        ("mem_upload_bytes", "qca, bytes"): Task(
            run=once(lambda: client.files.upload(file=("upload.bin", held.data))),
            setup=held.read,
            check=lambda: client.files.upload(file=("upload.bin", held.data)).size_bytes > payloads.UPLOAD_BYTES,
        ),
    }
