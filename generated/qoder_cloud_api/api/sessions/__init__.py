# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `sessions` operations (`client.sessions`)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

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
    enum_arg,
    json_body,
    list_arg,
    list_or_unset,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...models.session_status import SessionStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.environment_variables import EnvironmentVariables
    from ...models.file_resource_param import FileResourceParam, FileResourceParamDict
    from ...models.git_hub_repository_resource_param import (
        GitHubRepositoryResourceParam,
        GitHubRepositoryResourceParamDict,
    )
    from ...models.git_repository_resource_param import GitRepositoryResourceParam, GitRepositoryResourceParamDict
    from ...models.memory_store_resource_param import MemoryStoreResourceParam, MemoryStoreResourceParamDict
    from ...models.metadata import Metadata
    from ...models.metadata_filter import MetadataFilter
    from ...models.metadata_patch import MetadataPatch
    from ...models.session import Session
    from ...models.session_agent_overrides_param import SessionAgentOverridesParam, SessionAgentOverridesParamDict
    from ...models.session_agent_ref_param import SessionAgentRefParam, SessionAgentRefParamDict
    from ...models.session_agent_update import SessionAgentUpdate, SessionAgentUpdateDict
    from ...models.session_budget import SessionBudget, SessionBudgetDict
    from ...models.session_cancellation import SessionCancellation
    from ...models.session_deleted import SessionDeleted
    from ...models.session_list import SessionList
    from ...models.session_search_page import SessionSearchPage
    from ...models.user_define_outcome_event_param import UserDefineOutcomeEventParam, UserDefineOutcomeEventParamDict
    from ...models.user_message_event_param import UserMessageEventParam, UserMessageEventParamDict

__all__ = [
    "AsyncSessionsResource",
    "AsyncSessionsResourceWithRawResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
]


class SessionsResource(SyncAPIResource):
    """The `sessions` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        order: SortOrder | Literal["asc", "desc"] | None | Unset = UNSET,
        statuses: Sequence[SessionStatus | Literal["idle", "running", "rescheduling", "canceling", "terminated"]]
        | None
        | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: int | None | Unset = UNSET,
        deployment_id: str | None | Unset = UNSET,
        memory_store_id: str | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Session]:
        """List sessions.

        Lists sessions, newest first unless `order=asc`. Archived sessions are hidden unless
        `include_archived=true`. The filters combine with AND.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            order: The order of a list by time, `asc` or `desc` (each list says which is its
                default).
            statuses: Only sessions in one of these statuses (`idle`, `running`, `rescheduling`,
                `terminated`); repeat for several.
            agent_id: Only sessions of this agent.
            agent_version: Only sessions pinned to this agent version; meaningful together with `agent_id`.
            deployment_id: Only sessions started by this deployment.
            memory_store_id: Only sessions that mount this memory store.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_list as _sessions_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionList:
            request = _sessions_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _sessions_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "order": unset_if_none(enum_arg(SortOrder, "order", order)),
                "statuses": list_or_unset("statuses", statuses, SessionStatus),
                "agent_id": unset_if_none(agent_id),
                "agent_version": unset_if_none(agent_version),
                "deployment_id": unset_if_none(deployment_id),
                "memory_store_id": unset_if_none(memory_store_id),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlt": unset_if_none(created_at_lt),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    def create(
        self,
        *,
        agent: str
        | SessionAgentRefParam
        | SessionAgentRefParamDict
        | SessionAgentOverridesParam
        | SessionAgentOverridesParamDict,
        environment_id: str,
        title: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        resources: Sequence[
            FileResourceParam
            | FileResourceParamDict
            | GitHubRepositoryResourceParam
            | GitHubRepositoryResourceParamDict
            | GitRepositoryResourceParam
            | GitRepositoryResourceParamDict
            | MemoryStoreResourceParam
            | MemoryStoreResourceParamDict
        ]
        | Unset = UNSET,
        vault_ids: builtins.list[str] | tuple[str, ...] | Unset = UNSET,
        environment_variables: EnvironmentVariables | Mapping[str, str] | str | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        initial_events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
        ]
        | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Create a session.

        Starts a session of an agent in an environment. The session starts `idle` and begins work when
        it receives a `user.message` or `user.define_outcome` event (or through `initial_events`). The
        agent is copied at this moment: later agent updates do not reach the session. When the agent
        declares MCP servers their tools are discovered during this call, and a server that cannot be
        reached or authorised makes the call fail.

        Args:
            agent: The agent to run, as an agent ID (its latest version) or as a reference object.
            environment_id: An active (not archived) environment (`env_` prefix).
            title: A title for the session.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            resources: Files, repositories and memory stores to mount. Not allowed on self-hosted
                environments.
            vault_ids: Vaults holding credentials for the agent's MCP servers and other secrets.
            environment_variables: Variables to set in the container: a name-to-value object, or a string of
                `NAME=value` pairs separated by `;` or newlines. Names match `[A-Za-
                z_][A-Za-z0-9_]*`; `SERVER_ENDPOINT`, `USER_ID`, `WORK_DIR` and names starting
                with `CAW_` or `QODER_` are refused. Not allowed on self-hosted environments.
            budget: A spending cap for the session. Not in the docs; sent by the official SDK. The
                Python SDK caps credits (`max_credit_cost`), the TypeScript SDK caps list cost
                (`max_list_cost`); both are listed.
            initial_events: Events to process at once, in order (`user.message` or `user.define_outcome`).
                Not in the docs; sent by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_create as _sessions_create

        request = _sessions_create._get_kwargs(
            body=json_body(
                {
                    "agent": agent,
                    "environment_id": environment_id,
                    "title": title,
                    "metadata": metadata,
                    "resources": list_arg("resources", resources),
                    "vault_ids": list_arg("vault_ids", vault_ids),
                    "environment_variables": environment_variables,
                    "budget": budget,
                    "initial_events": list_arg("initial_events", initial_events),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_create._parse_success
        )

    def retrieve(
        self,
        session_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Retrieve a session.

        Args:
            session_id: The session ID (`sess_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_retrieve as _sessions_retrieve

        request = _sessions_retrieve._get_kwargs(
            session_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_retrieve._parse_success
        )

    def update(
        self,
        session_id: str,
        *,
        title: str | None | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        agent: SessionAgentUpdate | SessionAgentUpdateDict | Unset = UNSET,
        environment_variables: EnvironmentVariables | Mapping[str, str] | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Update a session.

        Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it).
        `agent` replaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration
        applies from the next turn. A change emits a `session.updated` event. `vault_ids` cannot be
        changed.

        Args:
            session_id: The session ID (`sess_...`).
            title: New title; `null` clears it.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            agent: Changes to the session's copy of the agent. The docs accept `tools` and
                `mcp_servers`, each replacing the stored list (`[]` clears it); `model`,
                `system` and `skills` are not in the docs but sent by the official SDK, and
                servers may refuse them.
            environment_variables: Variables set in the session's container, by name.
            budget: A spending cap for the session. Not in the docs; sent by the official SDK. The
                Python SDK caps credits (`max_credit_cost`), the TypeScript SDK caps list cost
                (`max_list_cost`); both are listed.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_update as _sessions_update

        request = _sessions_update._get_kwargs(
            session_id,
            body=json_body(
                {
                    "title": title,
                    "metadata": metadata,
                    "agent": agent,
                    "environment_variables": environment_variables,
                    "budget": budget,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_update._parse_success
        )

    def delete(
        self,
        session_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionDeleted:
        """Delete a session.

        Deletes the session permanently. A `session.deleted` event is emitted and every open stream of
        the session ends.

        Args:
            session_id: The session ID (`sess_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_delete as _sessions_delete

        request = _sessions_delete._get_kwargs(
            session_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_delete._parse_success
        )

    def archive(
        self,
        session_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Archive a session.

        Sets `archived_at`; the session is hidden from lists unless `include_archived=true`. Its
        `status` does not change. There is no way back: archived sessions cannot be restored.

        Args:
            session_id: The session ID (`sess_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_archive as _sessions_archive

        request = _sessions_archive._get_kwargs(
            session_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_archive._parse_success
        )

    def cancel(
        self,
        session_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionCancellation:
        """Cancel the current turn.

        Stops the turn in progress. The session goes through `canceling` back to `idle` (its
        `session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current
        servers answer 202 while a running turn is being stopped and 200 when there was nothing to stop;
        older servers always answer 200.

        Args:
            session_id: The session ID (`sess_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_cancel as _sessions_cancel

        request = _sessions_cancel._get_kwargs(
            session_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_cancel._parse_success
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        name: str | Unset = UNSET,
        order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        statuses: Sequence[SessionStatus | Literal["idle", "running", "rescheduling", "canceling", "terminated"]]
        | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_version: int | Unset = UNSET,
        deployment_id: str | Unset = UNSET,
        memory_store_id: str | Unset = UNSET,
        created_at_gt: datetime.datetime | Unset = UNSET,
        created_at_gte: datetime.datetime | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
        created_at_lte: datetime.datetime | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Session]:
        """Search sessions.

        Finds sessions by the filters in the body (all optional, combined with AND), newest first unless
        `order` is `asc`. A beta: the request must carry `x-qoder-beta: search-2026-08-31`. Every filter
        and the cursor travel in the JSON body; URL query parameters are ignored. Page on by sending the
        answer's `next_page` back as `page`. At most 10 searches may be in flight at once; more are
        answered `429 rate_limit_error`.

        Args:
            metadata: Only items whose metadata holds every one of these keys with exactly this value.
                Keys are 1 to 64 characters, values up to 512.
            limit: Page size, 1 to 100 (20 when left out).
            page: The `next_page` of the previous answer, sent back unchanged; never built by
                hand.
            name: Only sessions whose title contains this text (ignoring case).
            order: The order of a list by time, `asc` or `desc` (each list says which is its
                default).
            include_archived: Include archived sessions (they are left out when this is not sent).
            statuses: Only sessions in one of these statuses.
            agent_id: Only sessions of this agent.
            agent_version: Only sessions pinned to this agent version; meaningful together with `agent_id`.
            deployment_id: Only sessions started by this deployment.
            memory_store_id: Only sessions that mount this memory store.
            created_at_gt: Only sessions created strictly after this RFC 3339 time.
            created_at_gte: Only sessions created at or after this RFC 3339 time.
            created_at_lt: Only sessions created strictly before this RFC 3339 time.
            created_at_lte: Only sessions created at or before this RFC 3339 time.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import sessions_search as _sessions_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(body: dict[str, Any]) -> SessionSearchPage:
            request = _sessions_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return self._call(request, options, _sessions_search._parse_success)

        return SyncPage.first(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "name": name,
                "order": enum_arg(SortOrder, "order", order),
                "include_archived": include_archived,
                "statuses": list_arg("statuses", statuses),
                "agent_id": agent_id,
                "agent_version": agent_version,
                "deployment_id": deployment_id,
                "memory_store_id": memory_store_id,
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
            },
        )


class AsyncSessionsResource(AsyncAPIResource):
    """The `sessions` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        order: SortOrder | Literal["asc", "desc"] | None | Unset = UNSET,
        statuses: Sequence[SessionStatus | Literal["idle", "running", "rescheduling", "canceling", "terminated"]]
        | None
        | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: int | None | Unset = UNSET,
        deployment_id: str | None | Unset = UNSET,
        memory_store_id: str | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Session]:
        """List sessions.

        Lists sessions, newest first unless `order=asc`. Archived sessions are hidden unless
        `include_archived=true`. The filters combine with AND.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            order: The order of a list by time, `asc` or `desc` (each list says which is its
                default).
            statuses: Only sessions in one of these statuses (`idle`, `running`, `rescheduling`,
                `terminated`); repeat for several.
            agent_id: Only sessions of this agent.
            agent_version: Only sessions pinned to this agent version; meaningful together with `agent_id`.
            deployment_id: Only sessions started by this deployment.
            memory_store_id: Only sessions that mount this memory store.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_list as _sessions_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionList:
            request = _sessions_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _sessions_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "order": unset_if_none(enum_arg(SortOrder, "order", order)),
                "statuses": list_or_unset("statuses", statuses, SessionStatus),
                "agent_id": unset_if_none(agent_id),
                "agent_version": unset_if_none(agent_version),
                "deployment_id": unset_if_none(deployment_id),
                "memory_store_id": unset_if_none(memory_store_id),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlt": unset_if_none(created_at_lt),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    async def create(
        self,
        *,
        agent: str
        | SessionAgentRefParam
        | SessionAgentRefParamDict
        | SessionAgentOverridesParam
        | SessionAgentOverridesParamDict,
        environment_id: str,
        title: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        resources: Sequence[
            FileResourceParam
            | FileResourceParamDict
            | GitHubRepositoryResourceParam
            | GitHubRepositoryResourceParamDict
            | GitRepositoryResourceParam
            | GitRepositoryResourceParamDict
            | MemoryStoreResourceParam
            | MemoryStoreResourceParamDict
        ]
        | Unset = UNSET,
        vault_ids: builtins.list[str] | tuple[str, ...] | Unset = UNSET,
        environment_variables: EnvironmentVariables | Mapping[str, str] | str | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        initial_events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
        ]
        | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Create a session.

        Starts a session of an agent in an environment. The session starts `idle` and begins work when
        it receives a `user.message` or `user.define_outcome` event (or through `initial_events`). The
        agent is copied at this moment: later agent updates do not reach the session. When the agent
        declares MCP servers their tools are discovered during this call, and a server that cannot be
        reached or authorised makes the call fail.

        Args:
            agent: The agent to run, as an agent ID (its latest version) or as a reference object.
            environment_id: An active (not archived) environment (`env_` prefix).
            title: A title for the session.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            resources: Files, repositories and memory stores to mount. Not allowed on self-hosted
                environments.
            vault_ids: Vaults holding credentials for the agent's MCP servers and other secrets.
            environment_variables: Variables to set in the container: a name-to-value object, or a string of
                `NAME=value` pairs separated by `;` or newlines. Names match `[A-Za-
                z_][A-Za-z0-9_]*`; `SERVER_ENDPOINT`, `USER_ID`, `WORK_DIR` and names starting
                with `CAW_` or `QODER_` are refused. Not allowed on self-hosted environments.
            budget: A spending cap for the session. Not in the docs; sent by the official SDK. The
                Python SDK caps credits (`max_credit_cost`), the TypeScript SDK caps list cost
                (`max_list_cost`); both are listed.
            initial_events: Events to process at once, in order (`user.message` or `user.define_outcome`).
                Not in the docs; sent by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_create as _sessions_create

        request = _sessions_create._get_kwargs(
            body=json_body(
                {
                    "agent": agent,
                    "environment_id": environment_id,
                    "title": title,
                    "metadata": metadata,
                    "resources": list_arg("resources", resources),
                    "vault_ids": list_arg("vault_ids", vault_ids),
                    "environment_variables": environment_variables,
                    "budget": budget,
                    "initial_events": list_arg("initial_events", initial_events),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_create._parse_success
        )

    async def retrieve(
        self,
        session_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Retrieve a session.

        Args:
            session_id: The session ID (`sess_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_retrieve as _sessions_retrieve

        request = _sessions_retrieve._get_kwargs(
            session_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_retrieve._parse_success
        )

    async def update(
        self,
        session_id: str,
        *,
        title: str | None | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        agent: SessionAgentUpdate | SessionAgentUpdateDict | Unset = UNSET,
        environment_variables: EnvironmentVariables | Mapping[str, str] | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Update a session.

        Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it).
        `agent` replaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration
        applies from the next turn. A change emits a `session.updated` event. `vault_ids` cannot be
        changed.

        Args:
            session_id: The session ID (`sess_...`).
            title: New title; `null` clears it.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            agent: Changes to the session's copy of the agent. The docs accept `tools` and
                `mcp_servers`, each replacing the stored list (`[]` clears it); `model`,
                `system` and `skills` are not in the docs but sent by the official SDK, and
                servers may refuse them.
            environment_variables: Variables set in the session's container, by name.
            budget: A spending cap for the session. Not in the docs; sent by the official SDK. The
                Python SDK caps credits (`max_credit_cost`), the TypeScript SDK caps list cost
                (`max_list_cost`); both are listed.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_update as _sessions_update

        request = _sessions_update._get_kwargs(
            session_id,
            body=json_body(
                {
                    "title": title,
                    "metadata": metadata,
                    "agent": agent,
                    "environment_variables": environment_variables,
                    "budget": budget,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_update._parse_success
        )

    async def delete(
        self,
        session_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionDeleted:
        """Delete a session.

        Deletes the session permanently. A `session.deleted` event is emitted and every open stream of
        the session ends.

        Args:
            session_id: The session ID (`sess_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_delete as _sessions_delete

        request = _sessions_delete._get_kwargs(
            session_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_delete._parse_success
        )

    async def archive(
        self,
        session_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Archive a session.

        Sets `archived_at`; the session is hidden from lists unless `include_archived=true`. Its
        `status` does not change. There is no way back: archived sessions cannot be restored.

        Args:
            session_id: The session ID (`sess_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_archive as _sessions_archive

        request = _sessions_archive._get_kwargs(
            session_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_archive._parse_success
        )

    async def cancel(
        self,
        session_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionCancellation:
        """Cancel the current turn.

        Stops the turn in progress. The session goes through `canceling` back to `idle` (its
        `session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current
        servers answer 202 while a running turn is being stopped and 200 when there was nothing to stop;
        older servers always answer 200.

        Args:
            session_id: The session ID (`sess_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import sessions_cancel as _sessions_cancel

        request = _sessions_cancel._get_kwargs(
            session_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _sessions_cancel._parse_success
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        name: str | Unset = UNSET,
        order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        statuses: Sequence[SessionStatus | Literal["idle", "running", "rescheduling", "canceling", "terminated"]]
        | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        agent_version: int | Unset = UNSET,
        deployment_id: str | Unset = UNSET,
        memory_store_id: str | Unset = UNSET,
        created_at_gt: datetime.datetime | Unset = UNSET,
        created_at_gte: datetime.datetime | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
        created_at_lte: datetime.datetime | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Session]:
        """Search sessions.

        Finds sessions by the filters in the body (all optional, combined with AND), newest first unless
        `order` is `asc`. A beta: the request must carry `x-qoder-beta: search-2026-08-31`. Every filter
        and the cursor travel in the JSON body; URL query parameters are ignored. Page on by sending the
        answer's `next_page` back as `page`. At most 10 searches may be in flight at once; more are
        answered `429 rate_limit_error`.

        Args:
            metadata: Only items whose metadata holds every one of these keys with exactly this value.
                Keys are 1 to 64 characters, values up to 512.
            limit: Page size, 1 to 100 (20 when left out).
            page: The `next_page` of the previous answer, sent back unchanged; never built by
                hand.
            name: Only sessions whose title contains this text (ignoring case).
            order: The order of a list by time, `asc` or `desc` (each list says which is its
                default).
            include_archived: Include archived sessions (they are left out when this is not sent).
            statuses: Only sessions in one of these statuses.
            agent_id: Only sessions of this agent.
            agent_version: Only sessions pinned to this agent version; meaningful together with `agent_id`.
            deployment_id: Only sessions started by this deployment.
            memory_store_id: Only sessions that mount this memory store.
            created_at_gt: Only sessions created strictly after this RFC 3339 time.
            created_at_gte: Only sessions created at or after this RFC 3339 time.
            created_at_lt: Only sessions created strictly before this RFC 3339 time.
            created_at_lte: Only sessions created at or before this RFC 3339 time.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import sessions_search as _sessions_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(body: dict[str, Any]) -> SessionSearchPage:
            request = _sessions_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return await self._call(request, options, _sessions_search._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "name": name,
                "order": enum_arg(SortOrder, "order", order),
                "include_archived": include_archived,
                "statuses": list_arg("statuses", statuses),
                "agent_id": agent_id,
                "agent_version": agent_version,
                "deployment_id": deployment_id,
                "memory_store_id": memory_store_id,
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
            },
        )


class SessionsResourceWithRawResponse:
    """`client.with_raw_response.sessions`: the `sessions` operations, each returning a `RawResponse`."""

    def __init__(self, resource: SessionsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.archive = raw_response(resource.archive)
        self.cancel = raw_response(resource.cancel)
        self.search = raw_response(resource.search)


class AsyncSessionsResourceWithRawResponse:
    """`client.with_raw_response.sessions`: the `sessions` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncSessionsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.archive = async_raw_response(resource.archive)
        self.cancel = async_raw_response(resource.cancel)
        self.search = async_raw_response(resource.search)


# What the command line offers for these operations (`qoder-cloud sessions <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "sessions",
        "operation": "sessions_list",
        "summary": "List sessions",
        "description": "Lists sessions, newest first unless `order=asc`. Archived sessions are hidden unless\n`include_archived=true`. The filters combine with AND.",
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
                "name": "order",
                "wire": "order",
                "in": "query",
                "type": "choice",
                "description": "The order of a list by time, `asc` or `desc` (each list says which is its default).",
                "choices": (
                    "asc",
                    "desc",
                ),
            },
            {
                "name": "statuses",
                "wire": "statuses[]",
                "in": "query",
                "type": "choice",
                "multiple": True,
                "description": "Only sessions in one of these statuses (`idle`, `running`, `rescheduling`, `terminated`); repeat for several.",
                "choices": (
                    "idle",
                    "running",
                    "rescheduling",
                    "canceling",
                    "terminated",
                ),
            },
            {
                "name": "agent_id",
                "wire": "agent_id",
                "in": "query",
                "type": "string",
                "description": "Only sessions of this agent.",
            },
            {
                "name": "agent_version",
                "wire": "agent_version",
                "in": "query",
                "type": "integer",
                "description": "Only sessions pinned to this agent version; meaningful together with `agent_id`.",
            },
            {
                "name": "deployment_id",
                "wire": "deployment_id",
                "in": "query",
                "type": "string",
                "description": "Only sessions started by this deployment.",
            },
            {
                "name": "memory_store_id",
                "wire": "memory_store_id",
                "in": "query",
                "type": "string",
                "description": "Only sessions that mount this memory store.",
            },
            {
                "name": "created_at_gt",
                "wire": "created_at[gt]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created strictly after this RFC 3339 time.",
            },
            {
                "name": "created_at_gte",
                "wire": "created_at[gte]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created at or after this RFC 3339 time.",
            },
            {
                "name": "created_at_lt",
                "wire": "created_at[lt]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created strictly before this RFC 3339 time.",
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
        "resource": "sessions",
        "operation": "sessions_create",
        "summary": "Create a session",
        "description": "Starts a session of an agent in an environment. The session starts `idle` and begins work when it\nreceives a `user.message` or `user.define_outcome` event (or through `initial_events`). The agent is\ncopied at this moment: later agent updates do not reach the session. When the agent declares MCP\nservers their tools are discovered during this call, and a server that cannot be reached or\nauthorised makes the call fail.",
        "kind": "call",
        "body": "json",
        "arguments": (),
        "options": (
            {
                "name": "agent",
                "wire": "agent",
                "in": "body",
                "type": "json",
                "or_text": True,
                "required": True,
                "description": "The agent to run, as an agent ID (its latest version) or as a reference object.",
            },
            {
                "name": "environment_id",
                "wire": "environment_id",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "An active (not archived) environment (`env_` prefix).",
            },
            {
                "name": "title",
                "wire": "title",
                "in": "body",
                "type": "string",
                "description": "A title for the session.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
            },
            {
                "name": "resources",
                "wire": "resources",
                "in": "body",
                "type": "json",
                "description": "Files, repositories and memory stores to mount. Not allowed on self-hosted environments.",
            },
            {
                "name": "vault_ids",
                "wire": "vault_ids",
                "in": "body",
                "type": "string",
                "multiple": True,
                "description": "Vaults holding credentials for the agent's MCP servers and other secrets.",
            },
            {
                "name": "environment_variables",
                "wire": "environment_variables",
                "in": "body",
                "type": "json",
                "or_text": True,
                "description": "Variables to set in the container: a name-to-value object, or a string of `NAME=value` pairs\nseparated by `;` or newlines. Names match `[A-Za-z_][A-Za-z0-9_]*`; `SERVER_ENDPOINT`, `USER_ID`,\n`WORK_DIR` and names starting with `CAW_` or `QODER_` are refused. Not allowed on self-hosted\nenvironments.",
            },
            {
                "name": "budget",
                "wire": "budget",
                "in": "body",
                "type": "json",
                "description": "A spending cap for the session. Not in the docs; sent by the official SDK. The Python SDK caps\ncredits (`max_credit_cost`), the TypeScript SDK caps list cost (`max_list_cost`); both are listed.",
            },
            {
                "name": "initial_events",
                "wire": "initial_events",
                "in": "body",
                "type": "json",
                "description": "Events to process at once, in order (`user.message` or `user.define_outcome`). Not in the docs;\nsent by the official SDK.",
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
        "resource": "sessions",
        "operation": "sessions_retrieve",
        "summary": "Retrieve a session",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
        "options": (),
    },
    {
        "name": "update",
        "resource": "sessions",
        "operation": "sessions_update",
        "summary": "Update a session",
        "description": "Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it). `agent`\nreplaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration applies from\nthe next turn. A change emits a `session.updated` event. `vault_ids` cannot be changed.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
        "options": (
            {
                "name": "title",
                "wire": "title",
                "in": "body",
                "type": "string",
                "description": "New title; `null` clears it.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
            },
            {
                "name": "agent",
                "wire": "agent",
                "in": "body",
                "type": "json",
                "description": "Changes to the session's copy of the agent. The docs accept `tools` and `mcp_servers`, each\nreplacing the stored list (`[]` clears it); `model`, `system` and `skills` are not in the docs but\nsent by the official SDK, and servers may refuse them.",
            },
            {
                "name": "environment_variables",
                "wire": "environment_variables",
                "in": "body",
                "type": "json",
                "description": "Variables set in the session's container, by name.",
            },
            {
                "name": "budget",
                "wire": "budget",
                "in": "body",
                "type": "json",
                "description": "A spending cap for the session. Not in the docs; sent by the official SDK. The Python SDK caps\ncredits (`max_credit_cost`), the TypeScript SDK caps list cost (`max_list_cost`); both are listed.",
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
        "name": "delete",
        "resource": "sessions",
        "operation": "sessions_delete",
        "summary": "Delete a session",
        "description": "Deletes the session permanently. A `session.deleted` event is emitted and every open stream of the\nsession ends.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
        "options": (),
    },
    {
        "name": "archive",
        "resource": "sessions",
        "operation": "sessions_archive",
        "summary": "Archive a session",
        "description": "Sets `archived_at`; the session is hidden from lists unless `include_archived=true`. Its `status`\ndoes not change. There is no way back: archived sessions cannot be restored.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
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
        "name": "cancel",
        "resource": "sessions",
        "operation": "sessions_cancel",
        "summary": "Cancel the current turn",
        "description": "Stops the turn in progress. The session goes through `canceling` back to `idle` (its\n`session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current servers\nanswer 202 while a running turn is being stopped and 200 when there was nothing to stop; older\nservers always answer 200.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
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
        "name": "search",
        "resource": "sessions",
        "operation": "sessions_search",
        "summary": "Search sessions",
        "description": "Finds sessions by the filters in the body (all optional, combined with AND), newest first unless\n`order` is `asc`. A beta: the request must carry `x-qoder-beta: search-2026-08-31`. Every filter\nand the cursor travel in the JSON body; URL query parameters are ignored. Page on by sending the\nanswer's `next_page` back as `page`. At most 10 searches may be in flight at once; more are\nanswered `429 rate_limit_error`.",
        "kind": "list",
        "body": "json",
        "arguments": (),
        "options": (
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Only items whose metadata holds every one of these keys with exactly this value. Keys are 1 to\n64 characters, values up to 512.",
            },
            {
                "name": "limit",
                "wire": "limit",
                "in": "body",
                "type": "integer",
                "description": "Page size, 1 to 100 (20 when left out).",
            },
            {
                "name": "page",
                "wire": "page",
                "in": "body",
                "type": "string",
                "description": "The `next_page` of the previous answer, sent back unchanged; never built by hand.",
            },
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "Only sessions whose title contains this text (ignoring case).",
            },
            {
                "name": "order",
                "wire": "order",
                "in": "body",
                "type": "choice",
                "description": "The order of a list by time, `asc` or `desc` (each list says which is its default).",
                "choices": (
                    "asc",
                    "desc",
                ),
            },
            {
                "name": "include_archived",
                "wire": "include_archived",
                "in": "body",
                "type": "boolean",
                "description": "Include archived sessions (they are left out when this is not sent).",
            },
            {
                "name": "statuses",
                "wire": "statuses",
                "in": "body",
                "type": "choice",
                "multiple": True,
                "description": "Only sessions in one of these statuses.",
                "choices": (
                    "idle",
                    "running",
                    "rescheduling",
                    "canceling",
                    "terminated",
                ),
            },
            {
                "name": "agent_id",
                "wire": "agent_id",
                "in": "body",
                "type": "string",
                "description": "Only sessions of this agent.",
            },
            {
                "name": "agent_version",
                "wire": "agent_version",
                "in": "body",
                "type": "integer",
                "description": "Only sessions pinned to this agent version; meaningful together with `agent_id`.",
            },
            {
                "name": "deployment_id",
                "wire": "deployment_id",
                "in": "body",
                "type": "string",
                "description": "Only sessions started by this deployment.",
            },
            {
                "name": "memory_store_id",
                "wire": "memory_store_id",
                "in": "body",
                "type": "string",
                "description": "Only sessions that mount this memory store.",
            },
            {
                "name": "created_at_gt",
                "wire": "created_at[gt]",
                "in": "body",
                "type": "datetime",
                "description": "Only sessions created strictly after this RFC 3339 time.",
            },
            {
                "name": "created_at_gte",
                "wire": "created_at[gte]",
                "in": "body",
                "type": "datetime",
                "description": "Only sessions created at or after this RFC 3339 time.",
            },
            {
                "name": "created_at_lt",
                "wire": "created_at[lt]",
                "in": "body",
                "type": "datetime",
                "description": "Only sessions created strictly before this RFC 3339 time.",
            },
            {
                "name": "created_at_lte",
                "wire": "created_at[lte]",
                "in": "body",
                "type": "datetime",
                "description": "Only sessions created at or before this RFC 3339 time.",
            },
        ),
    },
)
