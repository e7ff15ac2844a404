"""`qoder_cloud`, this client, as a user would write it (its own connection pool on the loopback
rows; on the MockTransport rows an `httpx.Client` of the caller's, as every contender gets)."""

from __future__ import annotations

import os
from typing import Any

import httpx

import qoder_cloud
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
    events_summary,
    mock_transport,
    once,
    page_summary,
)


def _env(env: Any) -> dict[str, Any]:
    networking = env.config.networking
    return env_summary(
        env.id,
        env.name,
        str(networking.type),
        list(networking.allowed_hosts),
        list(env.config.packages.pip),
        dict(env.metadata.additional_properties),
    )


def _agent(agent: Any) -> list[Any]:
    model = agent.model
    as_object = not isinstance(model, str)
    effort = model.effort if as_object else None
    if effort is not None and not isinstance(effort, str):  # an EffortLevel member, or an Effort object
        effort = str(getattr(effort, "value", None) or effort.type)
    return agent_summary(
        agent.id,
        model.id if as_object else None,
        effort,
        [str(tool.type) for tool in agent.tools],
        len(agent.mcp_servers),
    )


def tasks(ctx: Context) -> dict[tuple[str, str], Task]:
    client = qoder_cloud.QoderCloud(token=TOKEN, base_url=ctx.api)
    aclient = qoder_cloud.AsyncQoderCloud(token=TOKEN, base_url=ctx.api)
    mock = qoder_cloud.QoderCloud(
        token=TOKEN, base_url=ctx.mock_base, http_client=httpx.Client(transport=mock_transport())
    )

    def walk(limit: int = payloads.TOTAL_ITEMS, ids: list[str] | None = None) -> int:
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
        walk(ids=ids)
        return page_summary(ids)

    def sse(session: str = payloads.SESSION_ID, seen: list[Any] | None = None) -> int:
        count = 0
        with client.events.stream(session) as stream:
            for event in stream:
                if seen is not None:
                    seen.append(event)
                count += 1
        return count

    def resumable(expected: int = payloads.SSE_EVENTS, session: str = payloads.SESSION_ID) -> int:
        count = 0
        with client.events.resumable_stream(session) as stream:
            for _ in stream:
                count += 1
                if count == expected:  # the canned stream ends without a terminal event: stop there
                    break
        return count

    def sse_check() -> Any:
        seen: list[Any] = []
        sse(seen=seen)
        return events_summary([str(e.type) for e in seen], [e.id for e in seen])

    held = Held(ctx)

    def download(file_id: str) -> int:
        target = os.path.join(ctx.scratch, "ours.bin")
        client.files.download(file_id, target)
        return os.path.getsize(target)

    async def aretrieve() -> Any:
        return await aclient.environments.retrieve(ENV_ID)

    async def aenv_page() -> Any:
        return await aclient.environments.list(limit=100)

    async def awalk() -> int:
        return sum([1 async for _ in aclient.environments.list(limit=100)])

    async def asse() -> int:
        count = 0
        async with aclient.events.stream(payloads.SESSION_ID) as stream:
            async for _ in stream:
                count += 1
        return count

    name = "qoder_cloud"
    walked, events = payloads.TOTAL_ITEMS, payloads.SSE_EVENTS
    return {
        ("retrieve", name): Task(
            run=once(lambda: client.environments.retrieve(ENV_ID)),
            check=lambda: _env(client.environments.retrieve(ENV_ID)),
        ),
        ("env_page", name): Task(
            run=once(lambda: client.environments.list(limit=100)),
            check=lambda: page_summary([e.id for e in client.environments.list(limit=100).data]),
        ),
        ("walk", name): Task(run=walk, units=walked, check=walk_check),
        ("sse", name): Task(run=sse, units=events, check=sse_check),
        ("sse", "qoder_cloud resumable_stream"): Task(run=resumable, units=events),
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
        ("awalk", name): Task(arun=awalk, units=walked),
        ("asse", name): Task(arun=asse, units=events),
        ("mem_walk_small", name): Task(run=lambda: walk(walked // 10), units=walked // 10),
        ("mem_walk", name): Task(run=walk, units=walked),
        ("mem_sse_small", name): Task(run=lambda: sse(payloads.MID_SESSION_ID), units=payloads.MID_SSE_EVENTS),
        ("mem_sse", name): Task(run=sse, units=events),
        ("mem_sse_small", "qoder_cloud resumable_stream"): Task(
            run=lambda: resumable(payloads.MID_SSE_EVENTS, payloads.MID_SESSION_ID), units=payloads.MID_SSE_EVENTS
        ),
        ("mem_sse", "qoder_cloud resumable_stream"): Task(run=resumable, units=events),
        ("mem_upload_path", "qoder_cloud, file=path"): Task(
            run=once(lambda: client.files.upload(file=ctx.upload_path)),
            check=lambda: client.files.upload(file=ctx.upload_path).size_bytes > payloads.UPLOAD_BYTES,
        ),
        ("mem_upload_bytes", "qoder_cloud, file=bytes"): Task(
            run=once(lambda: client.files.upload(file=("upload.bin", held.data))),
            setup=held.read,
            check=lambda: client.files.upload(file=("upload.bin", held.data)).size_bytes > payloads.UPLOAD_BYTES,
        ),
        ("mem_download_small", "qoder_cloud files.download"): Task(run=once(lambda: download(payloads.SMALL_FILE_ID))),
        ("mem_download", "qoder_cloud files.download"): Task(
            run=once(lambda: download(payloads.FILE_ID)), check=lambda: download(payloads.FILE_ID)
        ),
    }
