"""The raw floor every ratio is taken against: httpx plus `json.loads` (httpx-sse plus `json.loads`
for event streams), what any Python client built on httpx does at the least. It builds no typed
objects."""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
from httpx_sse import EventSource, aconnect_sse

from bench import payloads
from bench.contenders import (
    ENV_ID,
    TOKEN,
    Context,
    Held,
    Task,
    aonce,
    burst,
    events_summary,
    mock_transport,
    once,
    page_summary,
    raw_agent_summary,
    raw_env_summary,
)

HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}


def tasks(ctx: Context) -> dict[tuple[str, str], Task]:
    client = httpx.Client(headers=HEADERS)
    aclient = httpx.AsyncClient(headers=HEADERS)
    mock = httpx.Client(headers=HEADERS, transport=mock_transport())
    env_url = f"{ctx.api}/environments/{ENV_ID}"
    list_url = f"{ctx.api}/environments"
    stream_url = f"{ctx.api}/sessions/{payloads.SESSION_ID}/events/stream"
    mid_stream_url = f"{ctx.api}/sessions/{payloads.MID_SESSION_ID}/events/stream"

    def retrieve() -> Any:
        return json.loads(client.get(env_url).content)

    def env_page() -> Any:
        return json.loads(client.get(list_url, params={"limit": 100}).content)

    def walk(limit: int = payloads.TOTAL_ITEMS, ids: list[str] | None = None) -> int:
        count, cursor = 0, None
        while True:
            params: dict[str, Any] = {"limit": 100}
            if cursor:
                params["page"] = cursor
            body = json.loads(client.get(list_url, params=params).content)
            for item in body["data"]:
                if ids is not None:
                    ids.append(item["id"])
                count += 1
                if count >= limit:
                    return count
            cursor = body.get("next_page")
            if not body["has_more"]:
                return count

    def sse(url: str = stream_url, seen: list[dict[str, Any]] | None = None) -> int:
        count = 0
        with client.stream("GET", url, headers={"Accept": "text/event-stream"}) as response:
            for event in EventSource(response).iter_sse():
                data = json.loads(event.data)
                if seen is not None:
                    seen.append(data)
                count += 1
        return count

    def sse_check() -> Any:
        seen: list[dict[str, Any]] = []
        sse(seen=seen)
        return events_summary([e["type"] for e in seen], [e["id"] for e in seen])

    def walk_check() -> Any:
        ids: list[str] = []
        walk(ids=ids)
        return page_summary(ids)

    def mock_env_page() -> Any:
        return json.loads(mock.get(list_url, params={"limit": 100}).content)

    def mock_agent_page() -> Any:
        return json.loads(mock.get(f"{ctx.api}/agents", params={"limit": 100}).content)

    def upload_path() -> Any:
        with open(ctx.upload_path, "rb") as file:
            return client.post(f"{ctx.api}/files", files={"file": ("upload.bin", file)}).json()

    held = Held(ctx)

    def upload_bytes() -> Any:
        return client.post(f"{ctx.api}/files", files={"file": ("upload.bin", held.data)}).json()

    def download(file_id: str) -> int:
        link = client.get(f"{ctx.api}/files/{file_id}/content").json()["url"]
        target = os.path.join(ctx.scratch, "raw.bin")
        with open(target, "wb") as out, httpx.stream("GET", link) as response:
            for chunk in response.iter_bytes(64 * 1024):
                out.write(chunk)
        return os.path.getsize(target)

    async def aretrieve() -> Any:
        return json.loads((await aclient.get(env_url)).content)

    async def aenv_page() -> Any:
        return json.loads((await aclient.get(list_url, params={"limit": 100})).content)

    async def awalk() -> int:
        count, cursor = 0, None
        while True:
            params: dict[str, Any] = {"limit": 100}
            if cursor:
                params["page"] = cursor
            body = json.loads((await aclient.get(list_url, params=params)).content)
            count += len(body["data"])
            cursor = body.get("next_page")
            if not body["has_more"]:
                return count

    async def asse() -> int:
        count = 0
        async with aconnect_sse(aclient, "GET", stream_url) as source:
            async for event in source.aiter_sse():
                json.loads(event.data)
                count += 1
        return count

    name = "httpx + json.loads"
    sse_name = "httpx-sse + json.loads"
    walked, events = payloads.TOTAL_ITEMS, payloads.SSE_EVENTS
    return {
        ("retrieve", name): Task(run=once(retrieve), check=lambda: raw_env_summary(retrieve())),
        ("env_page", name): Task(run=once(env_page), check=lambda: page_summary([e["id"] for e in env_page()["data"]])),
        ("walk", name): Task(run=walk, units=walked, check=walk_check),
        ("sse", sse_name): Task(run=sse, units=events, check=sse_check),
        ("mock_retrieve", name): Task(
            run=once(lambda: json.loads(mock.get(env_url).content)),
            check=lambda: raw_env_summary(json.loads(mock.get(env_url).content)),
        ),
        ("mock_env_page", name): Task(
            run=once(mock_env_page), check=lambda: page_summary([e["id"] for e in mock_env_page()["data"]])
        ),
        ("mock_agent_page", name): Task(
            run=once(mock_agent_page), check=lambda: [raw_agent_summary(a) for a in mock_agent_page()["data"]]
        ),
        ("aretrieve", name): Task(arun=aonce(aretrieve)),
        ("aburst", name): Task(arun=burst(aretrieve), units=200),
        ("aenv_page", name): Task(arun=aonce(aenv_page)),
        ("awalk", name): Task(arun=awalk, units=walked),
        ("asse", sse_name): Task(arun=asse, units=events),
        ("mem_walk_small", name): Task(run=lambda: walk(walked // 10), units=walked // 10),
        ("mem_walk", name): Task(run=walk, units=walked),
        ("mem_sse_small", sse_name): Task(run=lambda: sse(mid_stream_url), units=payloads.MID_SSE_EVENTS),
        ("mem_sse", sse_name): Task(run=sse, units=events),
        ("mem_upload_path", "httpx, an open file"): Task(
            run=once(upload_path), check=lambda: upload_path()["size_bytes"] > payloads.UPLOAD_BYTES
        ),
        ("mem_upload_bytes", "httpx, bytes"): Task(
            run=once(upload_bytes),
            setup=held.read,
            check=lambda: upload_bytes()["size_bytes"] > payloads.UPLOAD_BYTES,
        ),
        ("mem_download_small", "httpx, streamed to a file"): Task(run=once(lambda: download(payloads.SMALL_FILE_ID))),
        ("mem_download", "httpx, streamed to a file"): Task(
            run=once(lambda: download(payloads.FILE_ID)), check=lambda: download(payloads.FILE_ID)
        ),
    }
