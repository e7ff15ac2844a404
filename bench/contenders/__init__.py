"""The contenders of `make bench`: one module each, run in a process of its own (bench/worker.py).

A contender module has `tasks(ctx) -> dict[(measure, variant), Task]`: what it does for each
measure it takes part in (a contender may offer several variants of one measure, e.g. the floor's
raw socket and `http.client`). It imports its own client only, so one contender's heap never
weighs on another's garbage collector.

Every task returns how many units it did (calls, items, events), which the runner checks against
what the measure expects (a short read must not look fast), and has a `check`: a plain summary
of what it parsed, which must be the same for every contender before anything is timed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bench import payloads

TOKEN = "pt-bench-token"
ENV_ID = "env_000000000000000000000001"


@dataclass
class Context:
    base: str  # the bench server, e.g. http://127.0.0.1:PORT
    upload_path: str  # a file of payloads.UPLOAD_BYTES
    scratch: str  # a directory for downloads
    loop: asyncio.AbstractEventLoop

    @property
    def api(self) -> str:
        return self.base + payloads.API_PREFIX

    @property
    def mock_base(self) -> str:
        return "http://127.0.0.1:9" + payloads.API_PREFIX


@dataclass
class Task:
    """One contender's way of doing one measure.

    `run` (or the coroutine function `arun`) does the work once and returns how many units it
    covered, which must be `units` (calls, items or events: times are reported per unit). `check`
    (or `acheck`) summarises a result for the cross-contender comparison. `setup` runs once before
    the measure, untimed and outside the traced memory (e.g. reading the bytes to upload).
    """

    run: Callable[[], int] | None = None
    arun: Callable[[], Awaitable[int]] | None = None
    units: int = 1
    check: Callable[[], Any] | None = None
    acheck: Callable[[], Awaitable[Any]] | None = None
    setup: Callable[[], None] | None = None


def once(fn: Callable[[], object]) -> Callable[[], int]:
    def run() -> int:
        fn()
        return 1

    return run


def aonce(fn: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[int]]:
    async def run() -> int:
        await fn()
        return 1

    return run


def burst(fn: Callable[[], Awaitable[object]], size: int = 200) -> Callable[[], Awaitable[int]]:
    """`size` concurrent calls gathered; counts as `size` units."""

    async def run() -> int:
        await asyncio.gather(*[fn() for _ in range(size)])
        return size

    return run


def link_target(file_id: str) -> int:
    """How many bytes the download of `file_id` holds (payloads.FILE_ID or SMALL_FILE_ID)."""
    return payloads.DOWNLOAD_BYTES if file_id == payloads.FILE_ID else payloads.DOWNLOAD_BYTES // 10


def mock_answer(path: str) -> bytes:
    """The bodies the MockTransport answers with: the server's, without a socket."""
    path = path[len(payloads.API_PREFIX) :]
    if path == "/environments":
        return FIRST_PAGE
    if path == "/agents":
        return AGENT_PAGE
    return payloads.ENVIRONMENT


def mock_transport() -> Any:
    """An `httpx.MockTransport` answering with `mock_answer` (httpx is imported by every contender)."""
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=MOCK_HEADERS, content=mock_answer(request.url.path))

    return httpx.MockTransport(answer)


class Held:
    """The upload's bytes, read once before the measure (outside the traced memory)."""

    def __init__(self, ctx: Context) -> None:
        self._path = ctx.upload_path
        self.data = b""

    def read(self) -> None:
        with open(self._path, "rb") as file:
            self.data = file.read()


FIRST_PAGE = payloads.list_page(0)
AGENT_PAGE = payloads.agent_page()
MOCK_HEADERS = {"content-type": "application/json", "x-request-id": "req_bench"}


# --------------------------------------------------------------------- summaries every contender must agree on


def env_summary(
    env_id: str, name: str, networking: str, hosts: list[str], pip: list[str], metadata: dict[str, str]
) -> dict[str, Any]:
    return {"id": env_id, "name": name, "networking": networking, "hosts": hosts, "pip": pip, "metadata": metadata}


def raw_env_summary(data: dict[str, Any]) -> dict[str, Any]:
    config = data["config"]
    return env_summary(
        data["id"],
        data["name"],
        config["networking"]["type"],
        config["networking"]["allowed_hosts"],
        config["packages"]["pip"],
        data["metadata"],
    )


def page_summary(ids: list[str]) -> dict[str, Any]:
    return {"count": len(ids), "first": ids[0], "last": ids[-1]}


def agent_summary(agent_id: str, model: str | None, effort: str | None, tools: list[str], servers: int) -> list[Any]:
    """One agent: its id, the model's ID when sent as an object (None for a plain string) and its
    effort, the tool types in order, and how many MCP servers."""
    return [agent_id, model, effort, tools, servers]


def raw_agent_summary(data: dict[str, Any]) -> list[Any]:
    model = data["model"]
    return agent_summary(
        data["id"],
        model["id"] if isinstance(model, dict) else None,
        model.get("effort") if isinstance(model, dict) else None,
        [tool["type"] for tool in data["tools"]],
        len(data["mcp_servers"]),
    )


def events_summary(types: list[str], ids: list[str]) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for kind in types:
        counts[kind] = counts.get(kind, 0) + 1
    return {"count": len(types), "types": dict(sorted(counts.items())), "first": ids[:3], "last": ids[-1]}
