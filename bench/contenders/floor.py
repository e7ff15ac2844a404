"""Floors: reference rows that show how far below raw httpx Python can go on the same bytes.

- a keep-alive socket with the request's bytes prebuilt, the answer read by its Content-Length,
  then `json.loads` (no HTTP library at all); and `http.client` plus `json.loads`;
- msgspec decoding the same bytes straight into typed Structs (a compiled, schema-driven decoder:
  the least a typed client can cost), through the same httpx client as raw;
- for event streams, httpx's raw chunks split on blank lines with `bytes.split`, then `json.loads`
  or msgspec per event.

Nothing here is a client: no retries, no errors, no unknown fields kept.
"""

from __future__ import annotations

import datetime
import http.client
import json
import socket
from typing import Any
from urllib.parse import urlsplit

import httpx
import msgspec

from bench import payloads
from bench.contenders import (
    ENV_ID,
    TOKEN,
    Context,
    Task,
    agent_summary,
    env_summary,
    events_summary,
    mock_transport,
    once,
    page_summary,
    raw_env_summary,
)

HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}

# --------------------------------------------------------------------- typed Structs for the same payloads


class Networking(msgspec.Struct):
    type: str
    allowed_hosts: list[str] | None = None
    allow_package_managers: bool | None = None
    allow_mcp_servers: bool | None = None


class Packages(msgspec.Struct):
    type: str | None = None
    apt: list[str] | None = None
    pip: list[str] | None = None
    npm: list[str] | None = None
    cargo: list[str] | None = None
    gem: list[str] | None = None
    go: list[str] | None = None


class CloudConfig(msgspec.Struct, tag_field="type", tag="cloud"):
    networking: Networking | None = None
    packages: Packages | None = None
    setup_script: str | None = None


class SelfHostedConfig(msgspec.Struct, tag_field="type", tag="self_hosted"):
    pass


class Environment(msgspec.Struct):
    id: str
    name: str
    config: CloudConfig | SelfHostedConfig
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type: str | None = None
    description: str | None = None
    metadata: dict[str, str] | None = None
    scope: str | None = None
    archived_at: datetime.datetime | None = None


class EnvironmentPage(msgspec.Struct):
    data: list[Environment]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None
    next_page: str | None = None


class Effort(msgspec.Struct):
    type: str


class ModelConfig(msgspec.Struct):
    id: str
    effort: str | Effort | None = None
    context_window: int | None = None


class PermissionPolicy(msgspec.Struct):
    type: str


class ToolConfig(msgspec.Struct):
    type: str | None = None
    name: str | None = None
    enabled: bool | None = None
    permission_policy: PermissionPolicy | None = None


class ToolDefaultConfig(msgspec.Struct):
    enabled: bool | None = None
    permission_policy: PermissionPolicy | None = None


class AgentToolset(msgspec.Struct, tag_field="type", tag="agent_toolset_20260401"):
    enabled_tools: list[str] | None = None
    disallowed_tools: list[str] | None = None
    configs: list[ToolConfig] | None = None
    default_config: ToolDefaultConfig | None = None


class MCPToolset(msgspec.Struct, tag_field="type", tag="mcp_toolset"):
    mcp_server_name: str
    configs: list[ToolConfig] | None = None
    default_config: ToolDefaultConfig | None = None


class ToolInputSchema(msgspec.Struct):
    type: str | None = None
    properties: dict[str, Any] | None = None
    required: list[str] | None = None


class CustomTool(msgspec.Struct, tag_field="type", tag="custom"):
    name: str
    description: str
    input_schema: ToolInputSchema


class MCPServer(msgspec.Struct):
    name: str
    type: str
    url: str


class SkillBinding(msgspec.Struct):
    type: str
    skill_id: str
    version: str | None = None


class Agent(msgspec.Struct):
    id: str
    type: str
    name: str
    model: str | ModelConfig
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | None = None
    system: str | None = None
    tools: list[AgentToolset | MCPToolset | CustomTool] | None = None
    mcp_servers: list[MCPServer] | None = None
    skills: list[SkillBinding] | None = None
    metadata: dict[str, str] | None = None
    multiagent: dict[str, Any] | None = None
    archived_at: datetime.datetime | None = None


class AgentPage(msgspec.Struct):
    data: list[Agent]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None
    next_page: str | None = None


class TextBlock(msgspec.Struct, tag_field="type", tag="text"):
    text: str


class AgentMessage(msgspec.Struct, tag_field="type", tag="agent.message"):
    id: str
    processed_at: datetime.datetime
    content: list[TextBlock]


class AgentThinking(msgspec.Struct, tag_field="type", tag="agent.thinking"):
    id: str
    processed_at: datetime.datetime


class AgentToolUse(msgspec.Struct, tag_field="type", tag="agent.tool_use"):
    id: str
    processed_at: datetime.datetime
    name: str
    input: dict[str, Any]
    session_thread_id: str | None = None


ENVIRONMENT = msgspec.json.Decoder(Environment)
ENVIRONMENT_PAGE = msgspec.json.Decoder(EnvironmentPage)
AGENT_PAGE = msgspec.json.Decoder(AgentPage)
EVENT = msgspec.json.Decoder(AgentMessage | AgentThinking | AgentToolUse)
EVENT_TYPES = {AgentMessage: "agent.message", AgentThinking: "agent.thinking", AgentToolUse: "agent.tool_use"}


def _env(env: Environment) -> dict[str, Any]:
    assert isinstance(env.config, CloudConfig) and env.config.networking and env.config.packages
    networking = env.config.networking
    return env_summary(
        env.id,
        env.name,
        networking.type,
        networking.allowed_hosts or [],
        env.config.packages.pip or [],
        env.metadata or {},
    )


def _agent(agent: Agent) -> list[Any]:
    model = agent.model
    as_object = isinstance(model, ModelConfig)
    effort = model.effort if isinstance(model, ModelConfig) else None
    return agent_summary(
        agent.id,
        model.id if isinstance(model, ModelConfig) else None,
        (effort if isinstance(effort, str) or effort is None else effort.type) if as_object else None,
        [
            {AgentToolset: "agent_toolset_20260401", MCPToolset: "mcp_toolset", CustomTool: "custom"}[type(t)]
            for t in agent.tools or []
        ],
        len(agent.mcp_servers or []),
    )


class KeepAliveSocket:
    """One GET, prebuilt, over one kept-alive connection; the answer read by its Content-Length."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.address = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.request = (
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Accept: application/json\r\n\r\n"
        ).encode()
        self.sock = socket.create_connection(self.address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def get(self) -> bytes:
        self.sock.sendall(self.request)
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(65536)
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        while len(rest) < length:
            rest += self.sock.recv(65536)
        self.buffer = rest[length:]
        return rest[:length]


def _frames(response: httpx.Response) -> Any:
    """The data of each frame, split on blank lines (the canned stream's frames end in `data:`)."""
    pending = b""
    for chunk in response.iter_raw(64 * 1024):
        frames = (pending + chunk).split(b"\n\n")
        pending = frames.pop()
        for frame in frames:
            yield frame[frame.index(b"data: ") + 6 :]


def tasks(ctx: Context) -> dict[tuple[str, str], Task]:
    client = httpx.Client(headers=HEADERS)
    mock = httpx.Client(headers=HEADERS, transport=mock_transport())
    env_url = f"{ctx.api}/environments/{ENV_ID}"
    list_url = f"{ctx.api}/environments"
    stream_url = f"{ctx.api}/sessions/{payloads.SESSION_ID}/events/stream"
    sock = KeepAliveSocket(env_url)
    parts = urlsplit(env_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)

    def via_http_client() -> Any:
        conn.request("GET", parts.path, headers=HEADERS)
        return json.loads(conn.getresponse().read())

    def sse(decode: Any, seen: list[Any] | None = None) -> int:
        count = 0
        with client.stream("GET", stream_url, headers={"Accept": "text/event-stream"}) as response:
            for data in _frames(response):
                event = decode(data)
                if seen is not None:
                    seen.append(event)
                count += 1
        return count

    def sse_check(decode: Any, kind: Any, ident: Any) -> Any:
        seen: list[Any] = []
        sse(decode, seen)
        return events_summary([kind(e) for e in seen], [ident(e) for e in seen])

    def mock_env_page() -> EnvironmentPage:
        return ENVIRONMENT_PAGE.decode(mock.get(list_url, params={"limit": 100}).content)

    def mock_agent_page() -> AgentPage:
        return AGENT_PAGE.decode(mock.get(f"{ctx.api}/agents", params={"limit": 100}).content)

    events = payloads.SSE_EVENTS
    typed = "msgspec typed decode (floor)"
    return {
        ("retrieve", "keep-alive socket + json.loads (floor)"): Task(
            run=once(lambda: json.loads(sock.get())), check=lambda: raw_env_summary(json.loads(sock.get()))
        ),
        ("retrieve", "http.client + json.loads (floor)"): Task(
            run=once(via_http_client), check=lambda: raw_env_summary(via_http_client())
        ),
        ("env_page", "httpx + " + typed): Task(
            run=once(lambda: ENVIRONMENT_PAGE.decode(client.get(list_url, params={"limit": 100}).content)),
            check=lambda: page_summary(
                [e.id for e in ENVIRONMENT_PAGE.decode(client.get(list_url, params={"limit": 100}).content).data]
            ),
        ),
        ("sse", "bytes split + json.loads (floor)"): Task(
            run=lambda: sse(json.loads),
            units=events,
            check=lambda: sse_check(json.loads, lambda e: e["type"], lambda e: e["id"]),
        ),
        ("sse", "bytes split + " + typed): Task(
            run=lambda: sse(EVENT.decode),
            units=events,
            check=lambda: sse_check(EVENT.decode, lambda e: EVENT_TYPES[type(e)], lambda e: e.id),
        ),
        ("mock_retrieve", "httpx + " + typed): Task(
            run=once(lambda: ENVIRONMENT.decode(mock.get(env_url).content)),
            check=lambda: _env(ENVIRONMENT.decode(mock.get(env_url).content)),
        ),
        ("mock_env_page", "httpx + " + typed): Task(
            run=once(mock_env_page), check=lambda: page_summary([e.id for e in mock_env_page().data])
        ),
        ("mock_agent_page", "httpx + " + typed): Task(
            run=once(mock_agent_page), check=lambda: [_agent(a) for a in mock_agent_page().data]
        ),
    }
