# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `agents` operations (`client.agents`)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qoder_cloud._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    NotGiven,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    TimeoutTypes,
    async_raw_response,
    beta_header,
    json_body,
    list_arg,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.agent import Agent
    from ...models.agent_list import AgentList
    from ...models.agent_toolset import AgentToolset, AgentToolsetDict
    from ...models.browser_toolset import BrowserToolset, BrowserToolsetDict
    from ...models.custom_tool import CustomTool, CustomToolDict
    from ...models.mcp_server import MCPServer, MCPServerDict
    from ...models.mcp_toolset import MCPToolset, MCPToolsetDict
    from ...models.metadata import Metadata
    from ...models.metadata_patch import MetadataPatch
    from ...models.model_config import ModelConfig, ModelConfigDict
    from ...models.multiagent import Multiagent, MultiagentDict
    from ...models.skill_binding import SkillBinding, SkillBindingDict

__all__ = [
    "AgentsResource",
    "AgentsResourceWithRawResponse",
    "AsyncAgentsResource",
    "AsyncAgentsResourceWithRawResponse",
]


class AgentsResource(SyncAPIResource):
    """The `agents` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Agent]:
        """List agents.

        Lists agents, newest first. Archived agents are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_list as _agents_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> AgentList:
            request = _agents_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _agents_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    def create(
        self,
        *,
        name: str,
        model: str | ModelConfig | ModelConfigDict,
        system: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        tools: Sequence[
            AgentToolset
            | AgentToolsetDict
            | MCPToolset
            | MCPToolsetDict
            | CustomTool
            | CustomToolDict
            | BrowserToolset
            | BrowserToolsetDict
        ]
        | Unset = UNSET,
        mcp_servers: Sequence[MCPServer | MCPServerDict] | Unset = UNSET,
        skills: Sequence[SkillBinding | SkillBindingDict] | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        multiagent: Multiagent | MultiagentDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Create an agent.

        Creates an agent at version 1.

        Args:
            name: Agent name.
            model: A model ID from `models_list` (e.g. `ultimate`), or a model configuration
                object.
            system: The system prompt.
            description: Free-text description.
            tools: Tools; none when omitted.
            mcp_servers: MCP servers; each must be referenced by an `mcp_toolset` tool.
            skills: Skills to bind.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            multiagent: Makes the agent a coordinator of other agents (needs an `agent_toolset_20260401`
                tool).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_create as _agents_create

        request = _agents_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "model": model,
                    "system": system,
                    "description": description,
                    "tools": list_arg("tools", tools),
                    "mcp_servers": list_arg("mcp_servers", mcp_servers),
                    "skills": list_arg("skills", skills),
                    "metadata": metadata,
                    "multiagent": multiagent,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_create._parse_success
        )

    def retrieve(
        self,
        agent_id: str,
        *,
        version: int | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Retrieve an agent.

        Returns the current agent, or the snapshot of one version when `version` is given.

        Args:
            agent_id: The agent ID (`agent_...`).
            version: A version number; returns that version's snapshot instead of the current agent.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_retrieve as _agents_retrieve

        request = _agents_retrieve._get_kwargs(
            agent_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            version=unset_if_none(version),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_retrieve._parse_success
        )

    def update(
        self,
        agent_id: str,
        *,
        version: int | Unset = UNSET,
        name: str | Unset = UNSET,
        model: str | ModelConfig | ModelConfigDict | Unset = UNSET,
        system: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        tools: Sequence[
            AgentToolset
            | AgentToolsetDict
            | MCPToolset
            | MCPToolsetDict
            | CustomTool
            | CustomToolDict
            | BrowserToolset
            | BrowserToolsetDict
        ]
        | None
        | Unset = UNSET,
        mcp_servers: Sequence[MCPServer | MCPServerDict] | None | Unset = UNSET,
        skills: Sequence[SkillBinding | SkillBindingDict] | None | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        multiagent: Multiagent | MultiagentDict | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Update an agent.

        Writes a new version of the agent. `version`, when sent, must equal the agent's current version
        (optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs
        let it be left out, and then the update applies unconditionally. Lists sent replace the stored
        lists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the
        version they started with.

        Args:
            agent_id: The agent ID (`agent_...`).
            version: The version the change is based on. When sent and not the agent's current
                version, the update fails with 409; when left out, the update applies to
                whatever version is current.
            name: New name.
            model: A model ID from `models_list` (e.g. `ultimate`), or a model configuration
                object.
            system: New system prompt; `null` or `""` clears it.
            description: New description; `null` or `""` clears it.
            tools: Replacement tools; `null` or `[]` clears them.
            mcp_servers: Replacement MCP servers.
            skills: Replacement skills.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            multiagent: Replacement coordinator configuration; `null` clears it.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_update as _agents_update

        request = _agents_update._get_kwargs(
            agent_id,
            body=json_body(
                {
                    "version": version,
                    "name": name,
                    "model": model,
                    "system": system,
                    "description": description,
                    "tools": tools,
                    "mcp_servers": mcp_servers,
                    "skills": skills,
                    "metadata": metadata,
                    "multiagent": multiagent,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_update._parse_success
        )

    def archive(
        self,
        agent_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Archive an agent.

        Sets `archived_at`; the agent is hidden from lists by default but stays retrievable by ID.

        Args:
            agent_id: The agent ID (`agent_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_archive as _agents_archive

        request = _agents_archive._get_kwargs(
            agent_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_archive._parse_success
        )

    def list_versions(
        self,
        agent_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Agent]:
        """List an agent's versions.

        Lists the agent's version snapshots, newest version first. In this list `first_id` and `last_id`
        are version numbers written as strings.

        Args:
            agent_id: The agent ID (`agent_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_list_versions as _agents_list_versions

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> AgentList:
            request = _agents_list_versions._get_kwargs(
                agent_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _agents_list_versions._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )


class AsyncAgentsResource(AsyncAPIResource):
    """The `agents` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Agent]:
        """List agents.

        Lists agents, newest first. Archived agents are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_list as _agents_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> AgentList:
            request = _agents_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _agents_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    async def create(
        self,
        *,
        name: str,
        model: str | ModelConfig | ModelConfigDict,
        system: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        tools: Sequence[
            AgentToolset
            | AgentToolsetDict
            | MCPToolset
            | MCPToolsetDict
            | CustomTool
            | CustomToolDict
            | BrowserToolset
            | BrowserToolsetDict
        ]
        | Unset = UNSET,
        mcp_servers: Sequence[MCPServer | MCPServerDict] | Unset = UNSET,
        skills: Sequence[SkillBinding | SkillBindingDict] | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        multiagent: Multiagent | MultiagentDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Create an agent.

        Creates an agent at version 1.

        Args:
            name: Agent name.
            model: A model ID from `models_list` (e.g. `ultimate`), or a model configuration
                object.
            system: The system prompt.
            description: Free-text description.
            tools: Tools; none when omitted.
            mcp_servers: MCP servers; each must be referenced by an `mcp_toolset` tool.
            skills: Skills to bind.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            multiagent: Makes the agent a coordinator of other agents (needs an `agent_toolset_20260401`
                tool).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_create as _agents_create

        request = _agents_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "model": model,
                    "system": system,
                    "description": description,
                    "tools": list_arg("tools", tools),
                    "mcp_servers": list_arg("mcp_servers", mcp_servers),
                    "skills": list_arg("skills", skills),
                    "metadata": metadata,
                    "multiagent": multiagent,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_create._parse_success
        )

    async def retrieve(
        self,
        agent_id: str,
        *,
        version: int | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Retrieve an agent.

        Returns the current agent, or the snapshot of one version when `version` is given.

        Args:
            agent_id: The agent ID (`agent_...`).
            version: A version number; returns that version's snapshot instead of the current agent.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_retrieve as _agents_retrieve

        request = _agents_retrieve._get_kwargs(
            agent_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            version=unset_if_none(version),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_retrieve._parse_success
        )

    async def update(
        self,
        agent_id: str,
        *,
        version: int | Unset = UNSET,
        name: str | Unset = UNSET,
        model: str | ModelConfig | ModelConfigDict | Unset = UNSET,
        system: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        tools: Sequence[
            AgentToolset
            | AgentToolsetDict
            | MCPToolset
            | MCPToolsetDict
            | CustomTool
            | CustomToolDict
            | BrowserToolset
            | BrowserToolsetDict
        ]
        | None
        | Unset = UNSET,
        mcp_servers: Sequence[MCPServer | MCPServerDict] | None | Unset = UNSET,
        skills: Sequence[SkillBinding | SkillBindingDict] | None | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        multiagent: Multiagent | MultiagentDict | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Update an agent.

        Writes a new version of the agent. `version`, when sent, must equal the agent's current version
        (optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs
        let it be left out, and then the update applies unconditionally. Lists sent replace the stored
        lists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the
        version they started with.

        Args:
            agent_id: The agent ID (`agent_...`).
            version: The version the change is based on. When sent and not the agent's current
                version, the update fails with 409; when left out, the update applies to
                whatever version is current.
            name: New name.
            model: A model ID from `models_list` (e.g. `ultimate`), or a model configuration
                object.
            system: New system prompt; `null` or `""` clears it.
            description: New description; `null` or `""` clears it.
            tools: Replacement tools; `null` or `[]` clears them.
            mcp_servers: Replacement MCP servers.
            skills: Replacement skills.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            multiagent: Replacement coordinator configuration; `null` clears it.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_update as _agents_update

        request = _agents_update._get_kwargs(
            agent_id,
            body=json_body(
                {
                    "version": version,
                    "name": name,
                    "model": model,
                    "system": system,
                    "description": description,
                    "tools": tools,
                    "mcp_servers": mcp_servers,
                    "skills": skills,
                    "metadata": metadata,
                    "multiagent": multiagent,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_update._parse_success
        )

    async def archive(
        self,
        agent_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Agent:
        """Archive an agent.

        Sets `archived_at`; the agent is hidden from lists by default but stays retrievable by ID.

        Args:
            agent_id: The agent ID (`agent_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_archive as _agents_archive

        request = _agents_archive._get_kwargs(
            agent_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _agents_archive._parse_success
        )

    def list_versions(
        self,
        agent_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Agent]:
        """List an agent's versions.

        Lists the agent's version snapshots, newest version first. In this list `first_id` and `last_id`
        are version numbers written as strings.

        Args:
            agent_id: The agent ID (`agent_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import agents_list_versions as _agents_list_versions

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> AgentList:
            request = _agents_list_versions._get_kwargs(
                agent_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _agents_list_versions._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )


class AgentsResourceWithRawResponse:
    """`client.with_raw_response.agents`: the `agents` operations, each returning a `RawResponse`."""

    def __init__(self, resource: AgentsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.archive = raw_response(resource.archive)
        self.list_versions = raw_response(resource.list_versions)


class AsyncAgentsResourceWithRawResponse:
    """`client.with_raw_response.agents`: the `agents` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncAgentsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.archive = async_raw_response(resource.archive)
        self.list_versions = async_raw_response(resource.list_versions)


# What the command line offers for these operations (`qoder-cloud agents <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "agents",
        "operation": "agents_list",
        "summary": "List agents",
        "description": "Lists agents, newest first. Archived agents are hidden unless `include_archived=true`.",
        "kind": "list",
        "body": "",
        "arguments": (),
        "options": (
            {
                "name": "limit",
                "wire": "limit",
                "in": "query",
                "type": "integer",
                "description": "Page size, 1 to 100.",
                "default": "20",
            },
            {
                "name": "page",
                "wire": "page",
                "in": "query",
                "type": "string",
                "description": "Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and `before_id`.",
            },
            {
                "name": "after_id",
                "wire": "after_id",
                "in": "query",
                "type": "string",
                "description": "Return items after this ID (forward). Excludes `page` and `before_id`.",
            },
            {
                "name": "before_id",
                "wire": "before_id",
                "in": "query",
                "type": "string",
                "description": "Return items before this ID (backward). Excludes `page` and `after_id`.",
            },
            {
                "name": "include_archived",
                "wire": "include_archived",
                "in": "query",
                "type": "boolean",
                "description": "Include archived items.",
                "default": "false",
            },
            {
                "name": "created_at_gte",
                "wire": "created_at[gte]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created at or after this RFC 3339 time.",
            },
            {
                "name": "created_at_lte",
                "wire": "created_at[lte]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created at or before this RFC 3339 time.",
            },
        ),
    },
    {
        "name": "create",
        "resource": "agents",
        "operation": "agents_create",
        "summary": "Create an agent",
        "description": "Creates an agent at version 1.",
        "kind": "call",
        "body": "json",
        "arguments": (),
        "options": (
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "Agent name.",
            },
            {
                "name": "model",
                "wire": "model",
                "in": "body",
                "type": "json",
                "or_text": True,
                "required": True,
                "description": "A model ID from `models_list` (e.g. `ultimate`), or a model configuration object.",
            },
            {
                "name": "system",
                "wire": "system",
                "in": "body",
                "type": "string",
                "description": "The system prompt.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": "Free-text description.",
            },
            {
                "name": "tools",
                "wire": "tools",
                "in": "body",
                "type": "json",
                "description": "Tools; none when omitted.",
            },
            {
                "name": "mcp_servers",
                "wire": "mcp_servers",
                "in": "body",
                "type": "json",
                "description": "MCP servers; each must be referenced by an `mcp_toolset` tool.",
            },
            {
                "name": "skills",
                "wire": "skills",
                "in": "body",
                "type": "json",
                "description": "Skills to bind.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
            },
            {
                "name": "multiagent",
                "wire": "multiagent",
                "in": "body",
                "type": "json",
                "description": "Makes the agent a coordinator of other agents (needs an `agent_toolset_20260401` tool).",
            },
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
    {
        "name": "retrieve",
        "resource": "agents",
        "operation": "agents_retrieve",
        "summary": "Retrieve an agent",
        "description": "Returns the current agent, or the snapshot of one version when `version` is given.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "agent_id", "description": "The agent ID (`agent_...`)."},),
        "options": (
            {
                "name": "version",
                "wire": "version",
                "in": "query",
                "type": "integer",
                "description": "A version number; returns that version's snapshot instead of the current agent.",
            },
        ),
    },
    {
        "name": "update",
        "resource": "agents",
        "operation": "agents_update",
        "summary": "Update an agent",
        "description": "Writes a new version of the agent. `version`, when sent, must equal the agent's current version\n(optimistic concurrency): a stale value fails with 409. The docs ask for it; the official SDKs\nlet it be left out, and then the update applies unconditionally. Lists sent replace the stored\nlists; `metadata` is merged (a string sets a key, `null` removes it). Running sessions keep the\nversion they started with.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "agent_id", "description": "The agent ID (`agent_...`)."},),
        "options": (
            {
                "name": "version",
                "wire": "version",
                "in": "body",
                "type": "integer",
                "description": "The version the change is based on. When sent and not the agent's current version, the\nupdate fails with 409; when left out, the update applies to whatever version is current.",
            },
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "New name.",
            },
            {
                "name": "model",
                "wire": "model",
                "in": "body",
                "type": "json",
                "or_text": True,
                "description": "A model ID from `models_list` (e.g. `ultimate`), or a model configuration object.",
            },
            {
                "name": "system",
                "wire": "system",
                "in": "body",
                "type": "string",
                "description": 'New system prompt; `null` or `""` clears it.',
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": 'New description; `null` or `""` clears it.',
            },
            {
                "name": "tools",
                "wire": "tools",
                "in": "body",
                "type": "json",
                "description": "Replacement tools; `null` or `[]` clears them.",
            },
            {
                "name": "mcp_servers",
                "wire": "mcp_servers",
                "in": "body",
                "type": "json",
                "description": "Replacement MCP servers.",
            },
            {
                "name": "skills",
                "wire": "skills",
                "in": "body",
                "type": "json",
                "description": "Replacement skills.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
            },
            {
                "name": "multiagent",
                "wire": "multiagent",
                "in": "body",
                "type": "json",
                "description": "Replacement coordinator configuration; `null` clears it.",
            },
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
    {
        "name": "archive",
        "resource": "agents",
        "operation": "agents_archive",
        "summary": "Archive an agent",
        "description": "Sets `archived_at`; the agent is hidden from lists by default but stays retrievable by ID.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "agent_id", "description": "The agent ID (`agent_...`)."},),
        "options": (
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
    {
        "name": "list_versions",
        "resource": "agents",
        "operation": "agents_list_versions",
        "summary": "List an agent's versions",
        "description": "Lists the agent's version snapshots, newest version first. In this list `first_id` and `last_id`\nare version numbers written as strings.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "agent_id", "description": "The agent ID (`agent_...`)."},),
        "options": (
            {
                "name": "limit",
                "wire": "limit",
                "in": "query",
                "type": "integer",
                "description": "Page size, 1 to 100.",
                "default": "20",
            },
            {
                "name": "page",
                "wire": "page",
                "in": "query",
                "type": "string",
                "description": "Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and `before_id`.",
            },
            {
                "name": "after_id",
                "wire": "after_id",
                "in": "query",
                "type": "string",
                "description": "Return items after this ID (forward). Excludes `page` and `before_id`.",
            },
            {
                "name": "before_id",
                "wire": "before_id",
                "in": "query",
                "type": "string",
                "description": "Return items before this ID (backward). Excludes `page` and `after_id`.",
            },
        ),
    },
)
