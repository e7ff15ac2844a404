"""Both clients against Prism, an independent mock that validates every request against openapi.yaml.

Our local server is hand-written, so it can accept a request the spec does not allow. Prism
cannot: it answers 4xx for any request that breaks the spec, and (run with `--errors`) 500 for a
response of its own that breaks the spec. Every call in CALLS must therefore come back as a
success, parsed into the expected type.

Coverage: every operation of openapi.yaml has at least one row in CALLS, except the two listed in
EXCLUDED. `test_calls_cover_every_operation` fails until a new operation has a row or an entry
there; `test_every_client_extra_is_covered_or_excluded` does the same for hand-written methods.

What the pinned Prism (prism-cli 5.14.2) cannot do, and how the tests deal with it (the text
serialiser and multipart parser involved are unchanged in 5.16.0, the latest release):

- Event streams (`events_stream`, `threads_stream`) are excluded. Their `text/event-stream`
  schema describes one frame's `data` object (a `SessionEvent`), which is how the generator
  builds the typed frame parser. Prism takes the schema for the whole body: it cannot serialise a
  synthesised object as text (500, `NO_COMPLEX_OBJECT_TEXT`), and a string example would be
  checked against the object schema and refused (500, "Response body must be object"). Prism
  would serve a stream only if the schema became `type: string`, which throws away the frame
  type. `test_prism_validates_a_stream_request_but_cannot_serve_the_stream` pins this: the
  client's stream request passes Prism's validation and fails only at the response. The streams,
  `events.resumable_stream` and `events.run_turn` are covered against the local server.
- `files.download` is excluded: its first step is `files_content` (in CALLS); its second is a GET
  on the returned storage link (`https://storage.qoder.com/...`), which is not an API operation,
  so Prism has nothing to validate or serve there.
- The zip download (`skill_versions_content`) is served: Prism answers `application/zip` with a
  synthesised body (the bytes `string`), so the call and `skill_versions.download` are checked
  for a valid request and the body handed back, not for a real archive.
- Multipart: Prism keeps one string per part name. `files.upload` (one file part, `name`,
  `expires_in_seconds`) passes its validation. It cannot accept `files` sent as one part per
  file (skills and skill versions), nor a `metadata` part holding JSON. Those rows are
  `xfail(strict=True)` with the reason, and `test_prism_refuses_multipart_rows_only_for_its_known_limits`
  checks that Prism's violations for them are exactly the known ones, so the xfail cannot hide a
  real mistake in the rest of the request.

To cover a new operation: add one or more rows to CALLS (and its tag to GROUPS for a new group).
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import functools
import inspect
import json
import ssl
import typing
import zipfile
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from qoder_cloud import (
    AsyncPage,
    AsyncQoderCloud,
    BadRequestError,
    InternalServerError,
    QoderCloud,
    SyncPage,
    UnprocessableEntityError,
)
from qoder_cloud_api.api.events import events_stream
from qoder_cloud_api.models import (
    Agent,
    CloudConfig,
    Credential,
    CredentialDeleted,
    CredentialValidation,
    Deployment,
    DeploymentRun,
    Dream,
    Environment,
    EnvironmentDeleted,
    FileContentLink,
    FileDeleted,
    FileMetadata,
    FileResource,
    GitHubRepositoryResource,
    GitRepositoryResource,
    LimitedCredentialNetworking,
    MCPOAuthAuthParam,
    MCPOAuthRefreshParam,
    Memory,
    MemoryDeleted,
    MemoryStore,
    MemoryStoreDeleted,
    MemoryStoreResource,
    MemoryStoreResourceParam,
    MemoryVersion,
    Model,
    OAuthStart,
    Session,
    SessionAgentRefParam,
    SessionCancellation,
    SessionDeleted,
    SessionEventBatch,
    SessionResourceDeleted,
    SessionThread,
    Skill,
    SkillDeleted,
    SkillVersion,
    SkillVersionDeleted,
    TextBlock,
    TokenEndpointAuthClientSecretBasicParam,
    UnknownCredentialAuth,
    UnknownSessionEvent,
    UserMessageEventParam,
    Vault,
    VaultDeleted,
    WorkHeartbeat,
    WorkItem,
    WorkQueueStats,
)
from qoder_cloud_api.types import File

from .support.node_tools import SPEC_PATH, node_tool
from .support.prism import PrismMock

TOKEN = "pt-prism-contract"
GROUPS = (
    "environments",
    "environments_work",
    "agents",
    "models",
    "files",
    "vaults",
    "credentials",
    "skills",
    "skill_versions",
    "memory_stores",
    "memories",
    "memory_versions",
    "sessions",
    "events",
    "threads",
    "session_resources",
    "deployments",
    "deployments_runs",
    "deployment_runs",
    "dreams",
)

_STREAM_REASON = (
    "Prism cannot serve text/event-stream: it treats the frame schema (SessionEvent) as the whole body "
    "and answers 500 NO_COMPLEX_OBJECT_TEXT (see the module docstring); covered against the local server"
)
EXCLUDED = {"events_stream": _STREAM_REASON, "threads_stream": _STREAM_REASON}
"""Operations not called for a success against Prism, and why."""

EXCLUDED_EXTRAS = {
    "files.download": "its second step GETs a storage link, not an API operation; files_content is in CALLS",
    "events.resumable_stream": "reads events_stream, which Prism cannot serve",
    "events.run_turn": "sends with events_send (in CALLS), then reads events_stream, which Prism cannot serve",
}
"""Hand-written client methods (not operations) that are not run against Prism, and why."""

COVERED_EXTRAS = {"skill_versions.download"}
"""Hand-written client methods run against Prism (see their own tests below)."""

NAMESPACES = {"environments_work": "environments.work", "deployments_runs": "deployments.runs"}
"""Tags whose operations sit under another tag's namespace on the client."""


def namespace(tag: str) -> str:
    """Where a tag's operations are on a client: `environments.work` for `environments_work`."""
    return NAMESPACES.get(tag, tag)


ENV_ID = "env_0123456789abcdef"
AGENT_ID = "agent_0123456789abcdef"
FILE_ID = "file_011CNha8iCJcU1wXNR6q4V8w"
VAULT_ID = "vault_019e3bb940277f0db05ab74291acf6ef"
CREDENTIAL_ID = "vcred_019e3bb98877759e862750b495c1fce8"
SKILL_ID = "skill_019e3bba474b73cfaf19eae9b5f5e66d"
SKILL_VERSION = "1759178010641129"
STORE_ID = "memstore_019e5cdb9c3f71c3b6505eba937a40b4"
MEMORY_ID = "mem_019e5cdc0b1a7e2f8d3c4b5a69788796"
MEMORY_VERSION_ID = "memver_019e5cdc1a2b7c3d4e5f60718293a4c6"
SESSION_ID = "sess_019e5d0a1b2c7d3e8f4a5b6c7d8e9f01"
THREAD_ID = "sthr_019e5d0a2c3d7e4f8a5b6c7d8e9f0a12"
RESOURCE_ID = "sesr_019e5d0a3d4e7f5a8b6c7d8e9f0a1b23"
DEPLOYMENT_ID = "dep_019e6a1b2c3d7e4f8a5b6c7d8e9f0a12"
DEPLOYMENT_RUN_ID = "drun_019e6a1c3d4e7f5a8b6c7d8e9f0a1b23"
DREAM_ID = "drm_019e6b2c4d5e7f6a8b7c8d9e0f1a2b34"
WORK_ID = "work_019e5d0a4e5f7a6b8c7d8e9f0a1b2c34"
SHA256 = "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca7"
JAN_1 = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
DEC_31 = datetime.datetime(2026, 12, 31, tzinfo=datetime.UTC)

CLOUD_CONFIG = {
    "type": "cloud",
    "networking": {"type": "limited", "allowed_hosts": ["pypi.org"], "allow_package_managers": True},
    "packages": {"pip": ["requests"], "apt": ["git"]},
    "setup_script": "echo ready",
}
TOOLS = [
    {
        "type": "agent_toolset_20260401",
        "enabled_tools": ["Bash", "Read"],
        "configs": [{"name": "Bash", "permission_policy": {"type": "always_ask"}}],
        "default_config": {"enabled": True},
    },
    {"type": "mcp_toolset", "mcp_server_name": "docs"},
    {
        "type": "custom",
        "name": "lookup",
        "description": "Look a word up",
        "input_schema": {"type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]},
    },
]
AGENT_FIELDS: dict[str, Any] = {
    "model": {"id": "ultimate", "effort": "high"},
    "system": "Review pull requests.",
    "tools": TOOLS,
    "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}],
    "skills": [{"type": "custom", "skill_id": "skill_abc", "version": "1759178010641129"}],
    "metadata": {"owner": "me"},
    "multiagent": {
        "type": "coordinator",
        "agents": ["agent_plain", {"type": "agent", "id": "agent_pinned", "version": 2}, {"type": "self"}],
    },
}

SKILL_MD = b"---\nname: pr-review\ndescription: Reviews pull requests\n---\nHow to review a pull request.\n"
LINT_SH = b"#!/bin/sh\nruff check .\n"
REPORT_CSV = b"quarter,revenue\nq3,1200\n"

# The union members a response may parse into, without the catch-all for types this client does not know.
KNOWN_EVENTS = tuple(member for member in typing.get_args(events_stream.Event) if member is not UnknownSessionEvent)
KNOWN_RESOURCES = (FileResource, GitHubRepositoryResource, GitRepositoryResource, MemoryStoreResource)

# Content blocks and events as the docs describe them, every kind a client may send.
CONTENT_BLOCKS: list[dict[str, Any]] = [
    {"type": "text", "text": "Summarise the attached report."},
    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
    {"type": "image", "source": {"type": "url", "url": "https://example.com/chart.png"}},
    {"type": "image", "source": {"type": "file", "file_id": FILE_ID}},
    {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "Q3: 1200"}, "title": "Q3"},
    {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0x"}},
    {"type": "document", "source": {"type": "url", "url": "https://example.com/q3.pdf"}, "context": "Finance"},
    {"type": "document", "source": {"type": "file", "file_id": FILE_ID}},
    {"type": "redacted"},
]
SEARCH_RESULT = {
    "type": "search_result",
    "source": "https://docs.example.com/quicksort",
    "title": "Quicksort",
    "content": [{"type": "text", "text": "Pick a pivot, partition, recurse."}],
    "citations": {"enabled": True},
}
CLIENT_EVENTS: list[dict[str, Any]] = [
    {"type": "user.message", "content": CONTENT_BLOCKS},
    {"type": "user.interrupt", "session_thread_id": THREAD_ID},
    {"type": "user.tool_confirmation", "tool_use_id": "toolu_01", "result": "deny", "deny_message": "Not now"},
    {
        "type": "user.custom_tool_result",
        "custom_tool_use_id": "ctu_01",
        "content": [{"type": "text", "text": "lookup: a word"}],
        "is_error": False,
    },
    {"type": "user.tool_result", "tool_use_id": "toolu_02", "content": [SEARCH_RESULT], "is_error": None},
    {
        "type": "user.define_outcome",
        "description": "A sorted list",
        "rubric": {"type": "file", "file_id": FILE_ID},
        "max_iterations": 3,
    },
    {"type": "system.message", "content": [{"type": "text", "text": "Answer in English."}]},  # last, as required
]
SESSION_RESOURCES: list[Any] = [
    {"type": "file", "file_id": FILE_ID, "mount_path": "/workspace/data/report.csv"},
    {
        "type": "github_repository",
        "url": "https://github.com/octo/app",
        "authorization_token": "ghp_contract",
        "checkout": {"type": "branch", "name": "main"},
    },
    {
        "type": "git_repository",
        "url": "https://git.example.com/team/tools.git",
        "password": "git-secret",
        "checkout": {"type": "commit", "sha": "4f2a9c1"},
        "mount_path": None,
    },
    MemoryStoreResourceParam(type_="memory_store", memory_store_id=STORE_ID, instructions="Team conventions"),
]
OAUTH_AUTH = MCPOAuthAuthParam(
    type_="mcp_oauth",
    mcp_server_url="https://mcp.example.com/sse",
    access_token="oauth-access",
    expires_at=DEC_31,
    refresh=MCPOAuthRefreshParam(
        client_id="qoder-cli",
        refresh_token="oauth-refresh",
        token_endpoint="https://auth.example.com/token",
        token_endpoint_auth=TokenEndpointAuthClientSecretBasicParam(type_="client_secret_basic", client_secret="cs"),
        scope="read write",
    ),
)


DEPLOYMENT_FIELDS: dict[str, Any] = {
    "name": "nightly-triage",
    "agent": AGENT_ID,
    "environment_id": ENV_ID,
    "initial_events": [CLIENT_EVENTS[0], CLIENT_EVENTS[6]],
    "description": "Every night at two",
    "schedule": {"type": "cron", "expression": "0 2 * * *", "timezone": "Asia/Shanghai"},
    "resources": SESSION_RESOURCES,
    "vault_ids": [VAULT_ID],
    "metadata": {"team": "platform"},
    "environment_variables": "LOG_LEVEL=info\nFEATURE_FLAG=on",
    "budget": {"type": "limit", "max_credit_cost": "12.50"},
}


class Source(enum.Enum):
    """An upload argument that needs the file system; the `sources` fixture makes each one."""

    REPORT_PATH = "a path to report.csv"
    REPORT_FILE = "report.csv opened for binary reading"
    SKILL_DIR = "the pr-review/ skill directory"
    SKILL_ZIP = "a path to pr-review.zip"


@dataclass(frozen=True)
class PrismLimit:
    """Something Prism refuses although the spec allows it: the violation it reports, and why."""

    violation: str
    reason: str


REPEATED_PARTS = PrismLimit(
    "Request body property files must be array",
    "Prism 5.14.2 keeps only the last multipart part of each name, as a string (prism-http "
    "parseMultipartFormDataParams), so `files` sent as one part per file (RFC 7578 4.3; OpenAPI 3.1's "
    "encoding of an array of binary items) never validates as an array; stoplightio/prism#2654 is the open fix",
)
JSON_PART = PrismLimit(
    "Request body property metadata must be object",
    "Prism 5.14.2 ignores a multipart part's Content-Type, so the `metadata` part (application/json, "
    "OpenAPI's default encoding for an object property, and the JSON object text the API expects) stays a string",
)


@dataclass(frozen=True)
class Call:
    """One client call: `client.<resource>.<method>(*args, **kwargs)`, expected to parse as `returns`.

    `resource` is the namespace on the client (`environments.work` for the tag `environments_work`).

    For a list method `returns` is the item type and the call answers a page; a tuple names the
    members of a union. `status` asks Prism for one documented success status (its `Prefer: code=`
    header) instead of the lowest one. `prism_limits` lists what Prism refuses in this valid call.
    """

    resource: str
    method: str
    returns: type | tuple[type, ...]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    status: int | None = None
    prism_limits: tuple[PrismLimit, ...] = ()
    name: str = ""

    @property
    def operation_id(self) -> str:
        return f"{self.resource.replace('.', '_')}_{self.method}"

    @property
    def label(self) -> str:
        return self.operation_id + (f"[{self.status}]" if self.status else "") + (f"[{self.name}]" if self.name else "")

    def options(self) -> dict[str, Any]:
        return {"extra_headers": {"Prefer": f"code={self.status}"}} if self.status else {}


CALLS = [
    # environments, agents, models
    Call("environments", "create", Environment, kwargs={"name": "ci", "config": CLOUD_CONFIG, "scope": "account"}),
    Call("environments", "create", Environment, kwargs={"name": "bare"}, status=201),
    Call(
        "environments",
        "list",
        Environment,
        kwargs={"limit": 10, "include_archived": True, "created_at_gte": JAN_1, "created_at_lte": DEC_31},
    ),
    Call("environments", "list", Environment, kwargs={"before_id": ENV_ID}),
    Call("environments", "retrieve", Environment, args=(ENV_ID,)),
    Call(
        "environments",
        "update",
        Environment,
        args=(ENV_ID,),
        kwargs={"name": "renamed", "description": None, "config": {"type": "self_hosted"}, "metadata": {"old": None}},
    ),
    Call("environments", "archive", Environment, args=(ENV_ID,)),
    Call("environments", "delete", EnvironmentDeleted, args=(ENV_ID,)),
    Call("environments", "delete", EnvironmentDeleted, args=(ENV_ID,), status=204),
    # the work queue of a self-hosted environment
    Call("environments.work", "list", WorkItem, args=(ENV_ID,), kwargs={"limit": 10, "after_id": WORK_ID}),
    Call(
        "environments.work",
        "poll",
        (WorkItem, type(None)),
        args=(ENV_ID,),
        kwargs={"block_ms": 999, "reclaim_older_than_ms": 0, "worker_id": "worker-1"},
    ),
    Call("environments.work", "stats", WorkQueueStats, args=(ENV_ID,)),
    Call("environments.work", "retrieve", WorkItem, args=(ENV_ID, WORK_ID)),
    Call(
        "environments.work",
        "update",
        WorkItem,
        args=(ENV_ID, WORK_ID),
        kwargs={"metadata": {"claimed_by": "worker-1", "old": None}},
    ),
    Call("environments.work", "ack", WorkItem, args=(ENV_ID, WORK_ID), kwargs={"worker_id": "worker-1"}),
    Call(
        "environments.work",
        "heartbeat",
        WorkHeartbeat,
        args=(ENV_ID, WORK_ID),
        kwargs={"expected_last_heartbeat": "NO_HEARTBEAT", "desired_ttl_seconds": 60},
    ),
    Call("environments.work", "stop", WorkItem, args=(ENV_ID, WORK_ID), kwargs={"force": True}),
    Call("environments.work", "stop", WorkItem, args=(ENV_ID, WORK_ID), name="graceful"),
    Call("agents", "create", Agent, kwargs={"name": "reviewer", **AGENT_FIELDS}),
    Call("agents", "create", Agent, kwargs={"name": "plain", "model": "ultimate"}, status=201),
    Call("agents", "list", Agent, kwargs={"limit": 5, "after_id": AGENT_ID}),
    Call("agents", "retrieve", Agent, args=(AGENT_ID,)),
    Call("agents", "retrieve", Agent, args=(AGENT_ID,), kwargs={"version": 2}),
    Call(
        "agents",
        "update",
        Agent,
        args=(AGENT_ID,),
        kwargs={"version": 1, "system": None, "tools": [], "multiagent": None, "metadata": {"owner": None}},
    ),
    Call("agents", "archive", Agent, args=(AGENT_ID,)),
    Call("agents", "list_versions", Agent, args=(AGENT_ID,), kwargs={"limit": 2}),
    Call("models", "list", Model),
    # files: multipart uploads from bytes, a path, a tuple and an open file
    Call("files", "upload", FileMetadata, kwargs={"file": REPORT_CSV}, name="bytes"),
    Call(
        "files",
        "upload",
        FileMetadata,
        kwargs={"file": Source.REPORT_PATH, "name": "q3-report.csv", "expires_in_seconds": 86_400},
        status=201,
        name="path",
    ),
    Call("files", "upload", FileMetadata, kwargs={"file": ("notes.md", b"# Notes\n", "text/markdown")}, name="tuple"),
    Call("files", "upload", FileMetadata, kwargs={"file": Source.REPORT_FILE}, name="open-file"),
    Call(
        "files",
        "upload",
        FileMetadata,
        kwargs={"file": REPORT_CSV, "metadata": {"project": "q3"}},
        prism_limits=(JSON_PART,),
        name="metadata",
    ),
    Call("files", "list", FileMetadata, kwargs={"limit": 5, "name": "report", "scope_id": SESSION_ID}),
    Call("files", "list", FileMetadata, kwargs={"ids": [FILE_ID, "file_011CNha8iCJcU1wXNR6q4V9x"]}),
    Call("files", "retrieve", FileMetadata, args=(FILE_ID,)),
    Call("files", "content", FileContentLink, args=(FILE_ID,)),
    Call("files", "delete", FileDeleted, args=(FILE_ID,)),
    Call("files", "delete", FileDeleted, args=(FILE_ID,), status=204),
    # vaults and credentials: every auth kind, with its secrets
    Call("vaults", "create", Vault, kwargs={"display_name": "github-tools", "metadata": {"team": "platform"}}),
    Call("vaults", "create", Vault, kwargs={"display_name": "npm"}, status=201),
    Call("vaults", "list", Vault, kwargs={"limit": 10, "include_archived": True, "name": "github"}),
    Call("vaults", "retrieve", Vault, args=(VAULT_ID,)),
    Call("vaults", "archive", Vault, args=(VAULT_ID,)),
    Call("vaults", "delete", VaultDeleted, args=(VAULT_ID,)),
    Call("vaults", "delete", VaultDeleted, args=(VAULT_ID,), status=204),
    Call(
        "credentials",
        "create",
        Credential,
        args=(VAULT_ID,),
        kwargs={
            "auth": {"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/sse", "token": "ghp_contract"},
            "display_name": "GitHub MCP",
            "metadata": {"scope": "repo"},
        },
        name="static_bearer",
    ),
    Call("credentials", "create", Credential, args=(VAULT_ID,), kwargs={"auth": OAUTH_AUTH}, name="mcp_oauth"),
    Call(
        "credentials",
        "create",
        Credential,
        args=(VAULT_ID,),
        kwargs={
            "auth": {
                "type": "environment_variable",
                "secret_name": "NPM_TOKEN",
                "secret_value": "npm_contract",
                "networking": LimitedCredentialNetworking(type_="limited", allowed_hosts=["registry.npmjs.org"]),
                "injection_location": {"header": True, "body": None},
            },
            "display_name": None,
        },
        name="environment_variable",
    ),
    Call("credentials", "list", Credential, args=(VAULT_ID,), kwargs={"include_archived": True, "name": "mcp.example"}),
    Call("credentials", "retrieve", Credential, args=(VAULT_ID, CREDENTIAL_ID)),
    Call(
        "credentials",
        "update",
        Credential,
        args=(VAULT_ID, CREDENTIAL_ID),
        kwargs={
            "auth": {"type": "static_bearer", "token": "ghp_rotated"},
            "metadata": {"scope": None, "rotated": "yes"},
        },
        name="static_bearer",
    ),
    Call(
        "credentials",
        "update",
        Credential,
        args=(VAULT_ID, CREDENTIAL_ID),
        kwargs={
            "auth": {
                "type": "mcp_oauth",
                "access_token": "oauth-access-2",
                "expires_at": None,
                "refresh": {
                    "refresh_token": "oauth-refresh-2",
                    "token_endpoint_auth": {"type": "client_secret_post", "client_secret": "cs-2"},
                },
            },
            "metadata": None,
        },
        name="mcp_oauth",
    ),
    Call(
        "credentials",
        "update",
        Credential,
        args=(VAULT_ID, CREDENTIAL_ID),
        kwargs={
            "auth": {"type": "environment_variable", "secret_value": "npm_2", "networking": {"type": "unrestricted"}}
        },
        name="environment_variable",
    ),
    Call("credentials", "archive", Credential, args=(VAULT_ID, CREDENTIAL_ID)),
    Call("credentials", "delete", CredentialDeleted, args=(VAULT_ID, CREDENTIAL_ID)),
    Call("credentials", "mcp_oauth_validate", CredentialValidation, args=(VAULT_ID, CREDENTIAL_ID)),
    # skills and skill versions: multipart uploads from a directory, (path, bytes) tuples and a zip
    Call(
        "skills",
        "create",
        Skill,
        kwargs={"files": Source.SKILL_DIR, "display_title": "PR review"},
        prism_limits=(REPEATED_PARTS,),
        name="dir",
    ),
    Call(
        "skills",
        "create",
        Skill,
        kwargs={"files": [("pr-review/SKILL.md", SKILL_MD)], "metadata": {"team": "platform"}},
        status=201,
        prism_limits=(REPEATED_PARTS, JSON_PART),
        name="tuples",
    ),
    Call("skills", "create", Skill, kwargs={"files": Source.SKILL_ZIP}, prism_limits=(REPEATED_PARTS,), name="zip"),
    Call("skills", "list", Skill, kwargs={"limit": 10, "name": "pr", "display_title": "PR review", "source": "custom"}),
    Call("skills", "retrieve", Skill, args=(SKILL_ID,)),
    Call("skills", "delete", SkillDeleted, args=(SKILL_ID,)),
    Call(
        "skill_versions",
        "create",
        SkillVersion,
        args=(SKILL_ID,),
        kwargs={"files": Source.SKILL_DIR},
        prism_limits=(REPEATED_PARTS,),
        name="dir",
    ),
    Call(
        "skill_versions",
        "create",
        SkillVersion,
        args=(SKILL_ID,),
        kwargs={"files": Source.SKILL_ZIP},
        prism_limits=(REPEATED_PARTS,),
        name="zip",
    ),
    Call("skill_versions", "list", SkillVersion, args=(SKILL_ID,), kwargs={"limit": 3}),
    Call("skill_versions", "retrieve", SkillVersion, args=(SKILL_ID, SKILL_VERSION)),
    Call("skill_versions", "delete", SkillVersionDeleted, args=(SKILL_ID, SKILL_VERSION)),
    Call("skill_versions", "content", File, args=(SKILL_ID, SKILL_VERSION)),
    # memory stores, memories and their versions
    Call(
        "memory_stores",
        "create",
        MemoryStore,
        kwargs={"name": "team-prefs", "description": "Conventions of the team", "metadata": {"team": "platform"}},
    ),
    Call("memory_stores", "create", MemoryStore, kwargs={"name": "scratch"}, status=201),
    Call(
        "memory_stores",
        "list",
        MemoryStore,
        kwargs={"include_archived": True, "name": "team", "created_at_gte": JAN_1, "created_at_lte": DEC_31},
    ),
    Call("memory_stores", "retrieve", MemoryStore, args=(STORE_ID,)),
    Call(
        "memory_stores",
        "update",
        MemoryStore,
        args=(STORE_ID,),
        kwargs={"name": "team-conventions", "description": "", "metadata": {"team": None}},
    ),
    Call("memory_stores", "archive", MemoryStore, args=(STORE_ID,)),
    Call("memory_stores", "delete", MemoryStoreDeleted, args=(STORE_ID,)),
    Call("memory_stores", "delete", MemoryStoreDeleted, args=(STORE_ID,), status=204),
    Call(
        "memories",
        "create",
        Memory,
        args=(STORE_ID,),
        kwargs={
            "path": "notes/style.md",
            "content": "Prefer small PRs.",
            "metadata": {"topic": "review"},
            "view": "full",
        },
    ),
    Call("memories", "create", Memory, args=(STORE_ID,), kwargs={"path": "todo.md", "content": "- ship"}, status=201),
    Call("memories", "list", Memory, args=(STORE_ID,), kwargs={"path_prefix": "notes/", "view": "basic", "limit": 20}),
    Call("memories", "retrieve", Memory, args=(STORE_ID, MEMORY_ID), kwargs={"view": "full"}),
    Call(
        "memories",
        "update",
        Memory,
        args=(STORE_ID, MEMORY_ID),
        kwargs={
            "content": "Prefer small, focused PRs.",
            "content_sha256": SHA256,
            "path": "notes/review-style.md",
            "metadata": {"topic": None},
        },
    ),
    Call("memories", "delete", MemoryDeleted, args=(STORE_ID, MEMORY_ID), kwargs={"expected_content_sha256": SHA256}),
    Call(
        "memory_versions",
        "list",
        MemoryVersion,
        args=(STORE_ID,),
        kwargs={
            "memory_id": MEMORY_ID,
            "operation": "modified",
            "session_id": SESSION_ID,
            "created_at_gte": JAN_1,
            "view": "basic",
        },
    ),
    Call("memory_versions", "retrieve", MemoryVersion, args=(STORE_ID, MEMORY_VERSION_ID), kwargs={"view": "full"}),
    Call("memory_versions", "redact", MemoryVersion, args=(STORE_ID, MEMORY_VERSION_ID)),
    # sessions, events, threads and session resources
    Call(
        "sessions",
        "create",
        Session,
        kwargs={
            "agent": AGENT_ID,
            "environment_id": ENV_ID,
            "title": "review",
            "metadata": {"ticket": "OPS-12"},
            "resources": SESSION_RESOURCES,
            "vault_ids": [VAULT_ID],
            "environment_variables": {"LOG_LEVEL": "debug"},
            "budget": {
                "type": "limit",
                "max_credit_cost": "25.50",
                "max_list_cost": {"amount": "10", "currency": "USD"},
            },
            "initial_events": [CLIENT_EVENTS[0], CLIENT_EVENTS[5]],
            "betas": ["browser-use-2026-07-14"],
            "workspace_id": "wksp_contract",
        },
        name="full",
    ),
    Call(
        "sessions",
        "create",
        Session,
        kwargs={
            "agent": SessionAgentRefParam(type_="agent", id=AGENT_ID, version=3),
            "environment_id": ENV_ID,
            "environment_variables": "LOG_LEVEL=debug;REGION=eu",
        },
        status=201,
        name="pinned",
    ),
    Call(
        "sessions",
        "create",
        Session,
        kwargs={
            "agent": {
                "type": "agent_with_overrides",
                "id": AGENT_ID,
                "model": {"id": "ultimate", "effort": "low"},
                "system": "Be brief.",
                "tools": TOOLS[:1],
                "mcp_servers": [],
            },
            "environment_id": ENV_ID,
        },
        name="overrides",
    ),
    Call(
        "sessions",
        "list",
        Session,
        kwargs={
            "include_archived": True,
            "order": "asc",
            "statuses": ["idle", "running"],
            "agent_id": AGENT_ID,
            "agent_version": 2,
            "memory_store_id": STORE_ID,
            "created_at_gt": JAN_1,
            "created_at_lt": DEC_31,
        },
    ),
    Call("sessions", "retrieve", Session, args=(SESSION_ID,)),
    Call(
        "sessions",
        "update",
        Session,
        args=(SESSION_ID,),
        kwargs={
            "title": None,
            "metadata": {"ticket": None},
            "agent": {"system": "Be thorough.", "tools": TOOLS, "mcp_servers": []},
            "environment_variables": {"LOG_LEVEL": "info"},
            "budget": {"type": "limit", "max_credit_cost": "50"},
        },
    ),
    Call("sessions", "archive", Session, args=(SESSION_ID,)),
    Call("sessions", "delete", SessionDeleted, args=(SESSION_ID,)),
    Call("sessions", "cancel", SessionCancellation, args=(SESSION_ID,)),
    Call("sessions", "cancel", SessionCancellation, args=(SESSION_ID,), status=202),
    Call("events", "send", SessionEventBatch, args=(SESSION_ID,), kwargs={"events": CLIENT_EVENTS}, name="every-kind"),
    Call(
        "events",
        "send",
        SessionEventBatch,
        args=(SESSION_ID,),
        kwargs={
            "events": [UserMessageEventParam(type_="user.message", content=[TextBlock(type_="text", text="Go on")])]
        },
        status=202,
        name="model",
    ),
    Call(
        "events",
        "list",
        KNOWN_EVENTS,
        args=(SESSION_ID,),
        kwargs={"order": "desc", "types": ["agent.message", "session.status_idle"], "created_at_gte": JAN_1},
    ),
    Call("threads", "list", SessionThread, args=(SESSION_ID,), kwargs={"limit": 10}),
    Call("threads", "retrieve", SessionThread, args=(SESSION_ID, THREAD_ID)),
    Call("threads", "archive", SessionThread, args=(SESSION_ID, THREAD_ID)),
    Call("threads", "list_events", KNOWN_EVENTS, args=(SESSION_ID, THREAD_ID), kwargs={"limit": 50}),
    Call("session_resources", "list", KNOWN_RESOURCES, args=(SESSION_ID,)),
    Call(
        "session_resources",
        "add",
        KNOWN_RESOURCES,
        args=(SESSION_ID,),
        kwargs={"type": "file", "file_id": FILE_ID, "mount_path": "/workspace/data/extra.csv"},
    ),
    Call("session_resources", "retrieve", KNOWN_RESOURCES, args=(SESSION_ID, RESOURCE_ID)),
    Call(
        "session_resources",
        "update",
        KNOWN_RESOURCES,
        args=(SESSION_ID, RESOURCE_ID),
        kwargs={"authorization_token": "ghp_rotated"},
        name="github",
    ),
    Call(
        "session_resources",
        "update",
        KNOWN_RESOURCES,
        args=(SESSION_ID, RESOURCE_ID),
        kwargs={"password": "git-rotated"},
        name="git",
    ),
    Call("session_resources", "delete", SessionResourceDeleted, args=(SESSION_ID, RESOURCE_ID)),
    # deployments and their runs, dreams, MCP OAuth start
    Call("deployments", "create", Deployment, kwargs=DEPLOYMENT_FIELDS),
    Call(
        "deployments",
        "create",
        Deployment,
        kwargs={
            "name": "manual",
            "agent": SessionAgentRefParam(type_="agent", id=AGENT_ID, version=2),
            "environment_id": ENV_ID,
            "initial_events": [CLIENT_EVENTS[5], CLIENT_EVENTS[6]],
            "schedule": None,
        },
        status=201,
    ),
    Call(
        "deployments",
        "list",
        Deployment,
        kwargs={
            "limit": 10,
            "status": "paused",
            "include_archived": True,
            "agent_id": AGENT_ID,
            "created_at_gte": JAN_1,
        },
    ),
    Call("deployments", "retrieve", Deployment, args=(DEPLOYMENT_ID,)),
    Call(
        "deployments",
        "update",
        Deployment,
        args=(DEPLOYMENT_ID,),
        kwargs={"description": None, "schedule": None, "metadata": {"team": None}, "vault_ids": [VAULT_ID]},
    ),
    Call("deployments", "archive", Deployment, args=(DEPLOYMENT_ID,)),
    Call("deployments", "pause", Deployment, args=(DEPLOYMENT_ID,)),
    Call("deployments", "unpause", Deployment, args=(DEPLOYMENT_ID,)),
    Call("deployments", "run", DeploymentRun, args=(DEPLOYMENT_ID,)),
    Call("deployments", "run", DeploymentRun, args=(DEPLOYMENT_ID,), status=201),
    Call(
        "deployments.runs",
        "list",
        DeploymentRun,
        args=(DEPLOYMENT_ID,),
        kwargs={"limit": 5, "triggered_after": JAN_1, "triggered_before": DEC_31},
    ),
    Call("deployments.runs", "retrieve", DeploymentRun, args=(DEPLOYMENT_ID, DEPLOYMENT_RUN_ID)),
    Call(
        "deployment_runs",
        "list",
        DeploymentRun,
        kwargs={"deployment_id": DEPLOYMENT_ID, "trigger_type": "schedule", "has_error": False, "created_at_gt": JAN_1},
    ),
    Call("deployment_runs", "retrieve", DeploymentRun, args=(DEPLOYMENT_RUN_ID,)),
    Call(
        "dreams",
        "create",
        Dream,
        kwargs={
            "inputs": [
                {"type": "memory_store", "memory_store_id": STORE_ID},
                {"type": "sessions", "session_ids": [SESSION_ID]},
            ],
            "model": "auto",
            "instructions": "Merge duplicates.",
            "output_behavior": {"type": "update_existing", "memory_store_id": STORE_ID},
        },
    ),
    Call(
        "dreams",
        "create",
        Dream,
        kwargs={
            "inputs": [{"type": "memory_store", "memory_store_id": STORE_ID}],
            "model": {"id": "lite", "speed": "fast"},
        },
        status=201,
    ),
    Call("dreams", "list", Dream, kwargs={"limit": 10, "include_archived": True, "statuses": ["completed", "failed"]}),
    Call("dreams", "retrieve", Dream, args=(DREAM_ID,)),
    Call("dreams", "cancel", Dream, args=(DREAM_ID,)),
    Call("dreams", "archive", Dream, args=(DREAM_ID,)),
    Call(
        "vaults",
        "start_oauth",
        OAuthStart,
        kwargs={
            "vault_id": VAULT_ID,
            "mcp_server_url": "https://mcp.example.com/sse",
            "client_id": "qoder-app",
            "client_secret": "cs",
        },
    ),
    # search (beta): every filter in the body, the beta header sent by the client
    Call(
        "sessions",
        "search",
        Session,
        kwargs={
            "metadata": {"team": "core"},
            "limit": 7,
            "name": "triage",
            "order": "asc",
            "include_archived": True,
            "statuses": ["idle", "running"],
            "agent_id": AGENT_ID,
            "agent_version": 2,
            "deployment_id": DEPLOYMENT_ID,
            "memory_store_id": STORE_ID,
            "created_at_gt": JAN_1,
            "created_at_gte": JAN_1,
            "created_at_lt": DEC_31,
            "created_at_lte": DEC_31,
        },
    ),
    Call("sessions", "search", Session, name="no-filters"),
    Call(
        "files",
        "search",
        FileMetadata,
        kwargs={"metadata": {"kind": "report"}, "limit": 20, "name": "report", "scope_id": SESSION_ID},
    ),
    Call("vaults", "search", Vault, kwargs={"name": "github", "include_archived": True, "page": "cursor-1"}),
    Call(
        "skills",
        "search",
        Skill,
        kwargs={"source": "custom", "display_title": "review", "name": "review", "metadata": {"team": "dev"}},
    ),
]


def _params(calls: list[Call]) -> list[Any]:
    """CALLS as test parameters; a row Prism refuses for a known reason is a strict xfail."""
    params = []
    for call in calls:
        marks = []
        if call.prism_limits:
            reason = "; ".join(limit.reason for limit in call.prism_limits)
            marks.append(pytest.mark.xfail(strict=True, raises=BadRequestError, reason=reason))
        params.append(pytest.param(call, marks=marks, id=call.label))
    return params


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismMock]:
    log_path: Path = tmp_path_factory.mktemp("prism") / "prism.log"
    with PrismMock(node_tool("prism"), SPEC_PATH, log_path) as running:
        yield running


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[Source, Path]:
    """The files behind `Source` arguments: a CSV report, and a skill as a directory and as a zip."""
    root = tmp_path_factory.mktemp("uploads")
    report = root / "report.csv"
    report.write_bytes(REPORT_CSV)
    skill = root / "pr-review"
    (skill / "scripts").mkdir(parents=True)
    (skill / "SKILL.md").write_bytes(SKILL_MD)
    (skill / "scripts" / "lint.sh").write_bytes(LINT_SH)
    archive = root / "pr-review.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("pr-review/SKILL.md", SKILL_MD)
        packed.writestr("pr-review/scripts/lint.sh", LINT_SH)
    return {Source.REPORT_PATH: report, Source.REPORT_FILE: report, Source.SKILL_DIR: skill, Source.SKILL_ZIP: archive}


@pytest.fixture(scope="module")
def tls() -> ssl.SSLContext:
    """One TLS context for every HTTP client here: Prism is plain HTTP, and building a context
    (loading the CA certificates) for each of some 250 clients would take most of the run."""
    return ssl.create_default_context()


@pytest.fixture
def prism_client(prism: PrismMock, tls: ssl.SSLContext) -> Iterator[QoderCloud]:
    with (
        httpx.Client(verify=tls, follow_redirects=False) as http,
        QoderCloud(token=TOKEN, base_url=prism.base_url, max_retries=0, http_client=http) as client,
    ):
        yield client


@pytest.fixture
async def async_prism_client(prism: PrismMock, tls: ssl.SSLContext) -> AsyncIterator[AsyncQoderCloud]:
    async with (
        httpx.AsyncClient(verify=tls, follow_redirects=False) as http,
        AsyncQoderCloud(token=TOKEN, base_url=prism.base_url, max_retries=0, http_client=http) as client,
    ):
        yield client


def _bound_method(client: QoderCloud | AsyncQoderCloud, call: Call) -> Any:
    return getattr(_resource(client, call.resource), call.method)


def _resource(client: QoderCloud | AsyncQoderCloud, dotted: str) -> Any:
    resource: Any = client
    for name in dotted.split("."):
        resource = getattr(resource, name)
    return resource


def _arguments(call: Call, sources: dict[Source, Path], opened: contextlib.ExitStack) -> dict[str, Any]:
    """The call's keyword arguments with every `Source` made real (files opened on `opened`)."""
    arguments: dict[str, Any] = {**call.kwargs, **call.options()}
    for name, value in arguments.items():
        if value is Source.REPORT_FILE:
            arguments[name] = opened.enter_context(sources[value].open("rb"))
        elif isinstance(value, Source):
            arguments[name] = sources[value]
    return arguments


def _returns_name(call: Call) -> str:
    returns = call.returns if isinstance(call.returns, tuple) else (call.returns,)
    return " | ".join(member.__name__ for member in returns)


def _check_result(call: Call, result: Any, page_type: type[SyncPage[Any]] | type[AsyncPage[Any]]) -> None:
    if call.method.startswith(("list", "search")):
        assert isinstance(result, page_type), f"{call.label} answers a page"
        items = result.data
        assert items, "Prism's synthesised page has an item"
        assert all(isinstance(item, call.returns) for item in items), f"items parse as {_returns_name(call)}"
    else:
        assert isinstance(result, call.returns), f"{call.label} parses as {_returns_name(call)}"


@functools.cache
def _spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the spec is large
    spec: dict[str, Any] = yaml.load(SPEC_PATH.read_text(), Loader=loader)  # noqa: S506 - a safe loader
    return spec


def _operations_by_tag() -> dict[str, set[str]]:
    by_tag: dict[str, set[str]] = {}
    for item in _spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                by_tag.setdefault(operation["tags"][0], set()).add(operation["operationId"])
    return by_tag


def _webhook_tags() -> set[str]:
    """The tags of the `webhooks` section: what the API sends, not operations a client calls."""
    return {operation["tags"][0] for item in _spec().get("webhooks", {}).values() for operation in item.values()}


def test_groups_are_every_tag_of_the_spec() -> None:
    assert _webhook_tags() == {"webhooks"}
    tags = {tag["name"] for tag in _spec()["tags"]} - _webhook_tags()
    assert set(GROUPS) == tags == set(_operations_by_tag())


def test_calls_cover_every_operation() -> None:
    by_tag = _operations_by_tag()
    in_spec = set().union(*(by_tag[tag] for tag in GROUPS))
    called = {call.operation_id for call in CALLS}
    assert set(EXCLUDED) == {"events_stream", "threads_stream"}, "only the event streams are left out"
    assert not called & set(EXCLUDED)
    assert called | set(EXCLUDED) == in_spec
    # the first scope; deployments, their runs, dreams, MCP OAuth start; the work queue; search
    assert len(in_spec) == 73 + 18 + 8 + 4


@pytest.mark.parametrize("client_class", [QoderCloud, AsyncQoderCloud])
def test_every_client_extra_is_covered_or_excluded(client_class: type[QoderCloud | AsyncQoderCloud]) -> None:
    """Hand-written methods (not operations of the spec) are either run against Prism or excused."""
    operations = set().union(*_operations_by_tag().values())
    client = client_class(token=TOKEN, base_url="http://127.0.0.1:9")  # never sends: only its methods are read
    extras = {
        f"{tag}.{name}"
        for tag in GROUPS
        for name, _ in inspect.getmembers(type(_resource(client, namespace(tag))), inspect.isfunction)
        if not name.startswith("_") and f"{tag}_{name}" not in operations
    }
    assert extras == COVERED_EXTRAS | set(EXCLUDED_EXTRAS)
    assert not COVERED_EXTRAS & set(EXCLUDED_EXTRAS)


@pytest.mark.parametrize("call", _params(CALLS))
def test_sync_client_call_is_valid_for_prism(prism_client: QoderCloud, sources: dict[Source, Path], call: Call) -> None:
    with contextlib.ExitStack() as opened:
        result = _bound_method(prism_client, call)(*call.args, **_arguments(call, sources, opened))
    _check_result(call, result, SyncPage)


@pytest.mark.anyio
@pytest.mark.parametrize("call", _params(CALLS))
async def test_async_client_call_is_valid_for_prism(
    async_prism_client: AsyncQoderCloud, sources: dict[Source, Path], call: Call
) -> None:
    with contextlib.ExitStack() as opened:
        pending = _bound_method(async_prism_client, call)(*call.args, **_arguments(call, sources, opened))
        assert inspect.isawaitable(pending)
        result = await pending
    _check_result(call, result, AsyncPage)


@pytest.mark.parametrize("call", [call for call in CALLS if call.prism_limits], ids=lambda call: call.label)
def test_prism_refuses_multipart_rows_only_for_its_known_limits(
    prism_client: QoderCloud, sources: dict[Source, Path], call: Call
) -> None:
    """The xfail rows: Prism's only complaints are its known limits, so the rest of the request is valid."""
    with contextlib.ExitStack() as opened, pytest.raises(BadRequestError) as caught:
        _bound_method(prism_client, call)(*call.args, **_arguments(call, sources, opened))
    violations = {violation["message"] for violation in json.loads(caught.value.response.headers["sl-violations"])}
    assert violations == {limit.violation for limit in call.prism_limits}


def test_a_synthesised_environment_parses_its_config_union(prism_client: QoderCloud) -> None:
    environment = prism_client.environments.retrieve(ENV_ID)
    assert isinstance(environment.config, CloudConfig)
    assert environment.created_at.tzinfo is not None


def test_synthesised_unions_parse_into_known_members(prism_client: QoderCloud) -> None:
    credential = prism_client.credentials.retrieve(VAULT_ID, CREDENTIAL_ID)
    assert not isinstance(credential.auth, UnknownCredentialAuth)
    session = prism_client.sessions.retrieve(SESSION_ID)
    assert session.resources and all(isinstance(resource, KNOWN_RESOURCES) for resource in session.resources)
    batch = prism_client.events.send(SESSION_ID, events=CLIENT_EVENTS[:1])
    assert batch.data and all(isinstance(event, KNOWN_EVENTS) for event in batch.data)


def test_the_next_page_cursor_is_a_request_prism_accepts(prism_client: QoderCloud) -> None:
    first = prism_client.environments.list(limit=1)
    assert first.has_next_page() and first.next_page, "Prism's synthesised page says has_more with a cursor"
    assert isinstance(first.get_next_page(), SyncPage)


def test_a_search_cursor_sent_back_in_the_body_is_a_request_prism_accepts(prism_client: QoderCloud) -> None:
    first = prism_client.sessions.search(statuses=["idle"], limit=1)
    assert first.has_next_page() and first.next_page, "Prism's synthesised page says has_more with a cursor"
    assert isinstance(first.get_next_page(), SyncPage)


def test_a_skill_version_download_streams_prisms_body_to_disk(prism_client: QoderCloud, tmp_path: Path) -> None:
    # Prism synthesises the binary body as the bytes `string`: a valid request and the body handed
    # back are what can be checked here (real archives are checked against the local server).
    target = prism_client.skill_versions.download(SKILL_ID, SKILL_VERSION, tmp_path / "pr-review.zip")
    assert target == tmp_path / "pr-review.zip"
    buffered = prism_client.skill_versions.content(SKILL_ID, SKILL_VERSION)
    assert target.read_bytes() == buffered.payload.read() != b""


@pytest.mark.anyio
async def test_an_async_skill_version_download_streams_prisms_body_to_disk(
    async_prism_client: AsyncQoderCloud, tmp_path: Path
) -> None:
    target = await async_prism_client.skill_versions.download(SKILL_ID, SKILL_VERSION, tmp_path / "v.zip")
    assert target is not None and target.read_bytes() != b""


STREAMS = [
    pytest.param(("events", (SESSION_ID,)), id="events_stream"),
    pytest.param(("threads", (SESSION_ID, THREAD_ID)), id="threads_stream"),
]


def _assert_refused_only_at_the_response(error: InternalServerError) -> None:
    # A request Prism finds invalid gets a 4xx with `sl-violations`; this one got through
    # validation and failed when Prism tried to write a text body from the frame schema.
    assert "sl-violations" not in error.response.headers
    assert isinstance(error.body, dict) and str(error.body["type"]).endswith("#NO_COMPLEX_OBJECT_TEXT")


@pytest.mark.parametrize("stream", STREAMS)
def test_prism_validates_a_stream_request_but_cannot_serve_the_stream(
    prism_client: QoderCloud, stream: tuple[str, tuple[str, ...]]
) -> None:
    resource, args = stream
    with pytest.raises(InternalServerError) as caught:
        getattr(prism_client, resource).stream(*args, event_deltas=["agent.message"], last_event_id="evt_01")
    _assert_refused_only_at_the_response(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("stream", STREAMS)
async def test_prism_validates_an_async_stream_request_but_cannot_serve_the_stream(
    async_prism_client: AsyncQoderCloud, stream: tuple[str, tuple[str, ...]]
) -> None:
    resource, args = stream
    with pytest.raises(InternalServerError) as caught:
        async with getattr(async_prism_client, resource).stream(*args, event_deltas=["agent.thinking"]):
            pass
    _assert_refused_only_at_the_response(caught.value)


# Requests the spec does not allow: Prism must refuse each one.


@pytest.fixture
def raw(prism: PrismMock, tls: ssl.SSLContext) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=prism.base_url, headers=headers, timeout=10, verify=tls) as client:
        yield client


def test_prism_refuses_a_body_without_a_required_field(raw: httpx.Client) -> None:
    response = raw.post("/environments", json={"description": "no name"})
    assert response.status_code == 400
    assert "required property 'name'" in response.headers["sl-violations"]


def test_prism_refuses_a_query_value_out_of_range(raw: httpx.Client) -> None:
    response = raw.get("/environments", params={"limit": 500})
    assert response.status_code == 400
    assert "limit" in response.headers["sl-violations"]


def test_prism_refuses_a_request_without_a_token(raw: httpx.Client) -> None:
    response = raw.get("/models", headers={"Authorization": ""})
    assert response.status_code == 401


def test_prism_refuses_a_stream_request_without_a_token(raw: httpx.Client) -> None:
    response = raw.get(
        f"/sessions/{SESSION_ID}/events/stream", headers={"Authorization": "", "Accept": "text/event-stream"}
    )
    assert response.status_code == 401


@dataclass(frozen=True)
class Invalid:
    """A request the spec does not allow, sent with raw httpx, and the violation Prism must name."""

    name: str
    method: str
    path: str
    violation: str
    json: Any = None
    files: list[tuple[str, tuple[str | None, bytes, str]]] | None = None
    params: Mapping[str, Any] | None = None


INVALID = [
    Invalid(
        "credential-without-its-secret",
        "POST",
        f"/vaults/{VAULT_ID}/credentials",
        "auth must have required property 'token'",
        json={"auth": {"type": "static_bearer", "mcp_server_url": "https://mcp.example.com/sse"}},
    ),
    Invalid(
        "credential-env-without-networking",
        "POST",
        f"/vaults/{VAULT_ID}/credentials",
        "auth must have required property 'networking'",
        json={"auth": {"type": "environment_variable", "secret_name": "NPM_TOKEN", "secret_value": "npm_x"}},
    ),
    Invalid(
        "credential-update-with-a-secretless-client-auth",
        "POST",
        f"/vaults/{VAULT_ID}/credentials/{CREDENTIAL_ID}",
        "auth.refresh.token_endpoint_auth must match exactly one schema in oneOf",
        json={"auth": {"type": "mcp_oauth", "refresh": {"token_endpoint_auth": {"type": "none"}}}},
    ),
    Invalid(
        "memory-with-an-empty-path",
        "POST",
        f"/memory_stores/{STORE_ID}/memories",
        "path must NOT have fewer than 1 characters",
        json={"path": "", "content": "Prefer small PRs."},
    ),
    Invalid(
        "memory-store-name-too-long",
        "POST",
        "/memory_stores",
        "name must NOT have more than 255 characters",
        json={"name": "x" * 256},
    ),
    Invalid(
        "message-with-plain-string-content",
        "POST",
        f"/sessions/{SESSION_ID}/events",
        "events.0.content must be array",
        json={"events": [{"type": "user.message", "content": "Write quicksort"}]},
    ),
    Invalid(
        "no-events",
        "POST",
        f"/sessions/{SESSION_ID}/events",
        "events must NOT have fewer than 1 items",
        json={"events": []},
    ),
    Invalid(
        "system-message-with-an-image",
        "POST",
        f"/sessions/{SESSION_ID}/events",
        "events.0.content.0 must have required property 'text'",
        json={"events": [{"type": "system.message", "content": [CONTENT_BLOCKS[2]]}]},
    ),
    Invalid(
        "session-without-an-environment",
        "POST",
        "/sessions",
        "required property 'environment_id'",
        json={"agent": AGENT_ID},
    ),
    Invalid(
        "session-github-repository-without-a-token",
        "POST",
        "/sessions",
        "resources.0 must have required property 'authorization_token'",
        json={
            "agent": AGENT_ID,
            "environment_id": ENV_ID,
            "resources": [{"type": "github_repository", "url": "https://github.com/o/r"}],
        },
    ),
    Invalid(
        "repository-added-after-creation",
        "POST",
        f"/sessions/{SESSION_ID}/resources",
        "type must be equal to one of the allowed values: file",
        json={"type": "github_repository", "file_id": FILE_ID},
    ),
    Invalid(
        "sessions-pinned-to-version-zero",
        "GET",
        "/sessions",
        "agent_version must be >= 1",
        params={"agent_id": AGENT_ID, "agent_version": 0},
    ),
    Invalid(
        "poll-blocking-a-second",
        "GET",
        f"/environments/{ENV_ID}/work/poll",
        "block_ms must be <= 999",
        params={"block_ms": 1000},
    ),
    Invalid(
        "heartbeat-with-a-fractional-ttl",
        "POST",
        f"/environments/{ENV_ID}/work/{WORK_ID}/heartbeat",
        "desired_ttl_seconds must be integer",
        params={"desired_ttl_seconds": "1.5"},
    ),
    Invalid(
        "stop-with-a-force-that-is-not-a-boolean",
        "POST",
        f"/environments/{ENV_ID}/work/{WORK_ID}/stop",
        "force must be boolean",
        json={"force": "yes"},
    ),
    Invalid(
        "work-metadata-update-without-metadata",
        "POST",
        f"/environments/{ENV_ID}/work/{WORK_ID}",
        "required property 'metadata'",
        json={},
    ),
    Invalid(
        "search-without-its-beta",
        "POST",
        "/sessions/search",
        "must have required property 'x-qoder-beta'",
        json={"statuses": ["idle"]},
    ),
    Invalid(
        "search-with-a-page-of-500",
        "POST",
        "/files/search",
        "limit must be <= 100",
        json={"limit": 500},
    ),
    Invalid(
        "upload-without-a-file-part",
        "POST",
        "/files",
        "required property 'file'",
        files=[("name", (None, b"report.csv", "text/plain"))],
    ),
    Invalid(
        "upload-expiring-too-soon",
        "POST",
        "/files",
        "expires_in_seconds must be >= 3600",
        files=[("file", ("report.csv", REPORT_CSV, "text/csv")), ("expires_in_seconds", (None, b"60", "text/plain"))],
    ),
    Invalid(
        "upload-as-json",
        "POST",
        "/files",
        "Supported content types: multipart/form-data",
        json={"file": "cXVhcnRlcg=="},
    ),
    Invalid(
        "skill-without-files",
        "POST",
        "/skills",
        "required property 'files'",
        files=[("display_title", (None, b"PR review", "text/plain"))],
    ),
]


@pytest.mark.parametrize("invalid", INVALID, ids=lambda invalid: invalid.name)
def test_prism_refuses_a_request_the_spec_does_not_allow(raw: httpx.Client, invalid: Invalid) -> None:
    response = raw.request(invalid.method, invalid.path, json=invalid.json, files=invalid.files, params=invalid.params)
    assert response.status_code == 400
    messages = [violation["message"] for violation in json.loads(response.headers["sl-violations"])]
    assert any(invalid.violation in message for message in messages), messages


def test_prism_refuses_an_enum_value_the_spec_does_not_allow(prism_client: QoderCloud) -> None:
    tools = [{"type": "agent_toolset_20260401", "configs": [{"name": "Bash", "permission_policy": {"type": "often"}}]}]
    with pytest.raises(BadRequestError) as caught:
        prism_client.agents.create(name="bad", model="ultimate", tools=tools)
    assert "permission_policy" in caught.value.response.headers["sl-violations"]


def test_prism_refuses_a_tool_confirmation_the_client_passes_through(prism_client: QoderCloud) -> None:
    # Plain mappings go out as given: the spec check happens on the server (here, Prism).
    event = {"type": "user.tool_confirmation", "tool_use_id": "toolu_01", "result": "maybe"}
    with pytest.raises(BadRequestError) as caught:
        prism_client.events.send(SESSION_ID, events=[event])
    assert (
        "result must be equal to one of the allowed values: allow, deny"
        in caught.value.response.headers["sl-violations"]
    )


def test_prism_refuses_a_version_below_one(prism_client: QoderCloud) -> None:
    # agents_retrieve documents no 400, so Prism answers its own 422 for an invalid query value.
    with pytest.raises(UnprocessableEntityError) as caught:
        prism_client.agents.retrieve(AGENT_ID, version=0)
    assert "version" in caught.value.response.headers["sl-violations"]


@pytest.mark.xfail(
    strict=True,
    reason="Prism 5.14.2 stores bracketed query names percent-encoded (created_at%5Bgte%5D) and so never "
    "matches or validates the decoded created_at[gte] that clients send",
)
def test_prism_refuses_a_created_at_filter_that_is_not_a_date(raw: httpx.Client) -> None:
    response = raw.get("/environments", params={"created_at[gte]": "not-a-date"})
    assert response.status_code == 400
