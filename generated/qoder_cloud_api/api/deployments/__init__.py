# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `deployments` operations (`client.deployments`)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
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
    from ...models.deployment import Deployment
    from ...models.deployment_list import DeploymentList
    from ...models.deployment_run import DeploymentRun
    from ...models.deployment_schedule_param import DeploymentScheduleParam, DeploymentScheduleParamDict
    from ...models.file_resource_param import FileResourceParam, FileResourceParamDict
    from ...models.git_hub_repository_resource_param import (
        GitHubRepositoryResourceParam,
        GitHubRepositoryResourceParamDict,
    )
    from ...models.git_repository_resource_param import GitRepositoryResourceParam, GitRepositoryResourceParamDict
    from ...models.memory_store_resource_param import MemoryStoreResourceParam, MemoryStoreResourceParamDict
    from ...models.metadata import Metadata
    from ...models.metadata_patch import MetadataPatch
    from ...models.session_agent_ref_param import SessionAgentRefParam, SessionAgentRefParamDict
    from ...models.session_budget import SessionBudget, SessionBudgetDict
    from ...models.system_message_event_param import SystemMessageEventParam, SystemMessageEventParamDict
    from ...models.user_define_outcome_event_param import UserDefineOutcomeEventParam, UserDefineOutcomeEventParamDict
    from ...models.user_message_event_param import UserMessageEventParam, UserMessageEventParamDict
    from ..deployments_runs import (
        AsyncDeploymentsRunsResource,
        AsyncDeploymentsRunsResourceWithRawResponse,
        DeploymentsRunsResource,
        DeploymentsRunsResourceWithRawResponse,
    )

__all__ = [
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
]


class DeploymentsResource(SyncAPIResource):
    """The `deployments` operations."""

    @cached_property
    def runs(self) -> DeploymentsRunsResource:
        """The `deployments_runs` operations."""
        from ..deployments_runs import DeploymentsRunsResource

        return DeploymentsRunsResource(self._client)

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Deployment]:
        """List deployments.

        Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            status: Only deployments in this status, `active` or `paused`.
            agent_id: Only deployments of this agent.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_list as _deployments_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> DeploymentList:
            request = _deployments_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _deployments_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "status": unset_if_none(status),
                "agent_id": unset_if_none(agent_id),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    def create(
        self,
        *,
        name: str,
        agent: str | SessionAgentRefParam | SessionAgentRefParamDict,
        environment_id: str,
        initial_events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
            | SystemMessageEventParam
            | SystemMessageEventParamDict
        ],
        description: str | None | Unset = UNSET,
        schedule: DeploymentScheduleParam | DeploymentScheduleParamDict | None | Unset = UNSET,
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
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        environment_variables: str | None | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Create a deployment.

        Binds an agent, an environment and the initial events every run delivers to a cron schedule, or
        to manual runs only (no `schedule`). The deployment is created `active` and, when it has a
        schedule, starts firing at once. Each run starts a session with `deployment_id` set. Self-hosted
        environments are not supported.

        Args:
            name: A name for the deployment.
            agent: The agent to run, as an agent ID (its latest version) or as a reference object.
            environment_id: An active cloud environment (`env_` prefix).
            initial_events: The events each run's session receives first, in order.
            description: A description.
            schedule: When to run by itself; omit (or null) for a deployment that only runs when
                asked.
            resources: Files, repositories and memory stores each run's session mounts.
            vault_ids: Vaults holding credentials for each run's session.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            environment_variables: Variables for each run's session, as `NAME=value` pairs separated by newlines or
                `;`.
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

        from . import deployments_create as _deployments_create

        request = _deployments_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "agent": agent,
                    "environment_id": environment_id,
                    "initial_events": list_arg("initial_events", initial_events),
                    "description": description,
                    "schedule": schedule,
                    "resources": list_arg("resources", resources),
                    "vault_ids": list_arg("vault_ids", vault_ids),
                    "metadata": metadata,
                    "environment_variables": environment_variables,
                    "budget": budget,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_create._parse_success,
        )

    def retrieve(
        self,
        deployment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Retrieve a deployment.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_retrieve as _deployments_retrieve

        request = _deployments_retrieve._get_kwargs(
            deployment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_retrieve._parse_success,
        )

    def update(
        self,
        deployment_id: str,
        *,
        name: str | Unset = UNSET,
        agent: str | SessionAgentRefParam | SessionAgentRefParamDict | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        initial_events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
            | SystemMessageEventParam
            | SystemMessageEventParamDict
        ]
        | Unset = UNSET,
        description: str | None | Unset = UNSET,
        schedule: DeploymentScheduleParam | DeploymentScheduleParamDict | None | Unset = UNSET,
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
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        environment_variables: str | None | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Update a deployment.

        Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new
        `schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.
        Archived deployments cannot be changed.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            name: A new name.
            agent: The agent to run, as an agent ID (its latest version) or as a reference object.
            environment_id: A new environment.
            initial_events: New initial events, replacing the old ones.
            description: A new description; null clears it.
            schedule: A new schedule; null makes the deployment manual-only.
            resources: New resources, replacing the old ones.
            vault_ids: New vaults, replacing the old ones.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            environment_variables: New variables; null clears them.
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

        from . import deployments_update as _deployments_update

        request = _deployments_update._get_kwargs(
            deployment_id,
            body=json_body(
                {
                    "name": name,
                    "agent": agent,
                    "environment_id": environment_id,
                    "initial_events": list_arg("initial_events", initial_events),
                    "description": description,
                    "schedule": schedule,
                    "resources": list_arg("resources", resources),
                    "vault_ids": list_arg("vault_ids", vault_ids),
                    "metadata": metadata,
                    "environment_variables": environment_variables,
                    "budget": budget,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_update._parse_success,
        )

    def archive(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Archive a deployment.

        Stops the deployment for good (there is no unarchive): `archived_at` is set, `upcoming_runs_at`
        becomes empty, and `_archived_<unix time>` is appended to the name so that the name is free
        again.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_archive as _deployments_archive

        request = _deployments_archive._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_archive._parse_success,
        )

    def pause(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Pause a deployment.

        Stops scheduled and manual runs until `unpause`: `status` becomes `paused` and `paused_reason`
        `{"type": "manual"}`. Pausing a paused or archived deployment is a conflict (409).

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_pause as _deployments_pause

        request = _deployments_pause._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _deployments_pause._parse_success
        )

    def unpause(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Unpause a deployment.

        Makes a paused deployment `active` again (`paused_reason` becomes null) and recomputes its next
        runs from now; a manual-only deployment keeps `schedule: null`.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_unpause as _deployments_unpause

        request = _deployments_unpause._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_unpause._parse_success,
        )

    def run(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeploymentRun:
        """Run a deployment now.

        Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment
        must be active: a paused or archived one answers 409. When the run's session cannot be created
        the run is still recorded, with `session_id: null` and an `error`.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_run as _deployments_run

        request = _deployments_run._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _deployments_run._parse_success
        )


class AsyncDeploymentsResource(AsyncAPIResource):
    """The `deployments` operations, for asyncio."""

    @cached_property
    def runs(self) -> AsyncDeploymentsRunsResource:
        """The `deployments_runs` operations."""
        from ..deployments_runs import AsyncDeploymentsRunsResource

        return AsyncDeploymentsRunsResource(self._client)

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Deployment]:
        """List deployments.

        Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            status: Only deployments in this status, `active` or `paused`.
            agent_id: Only deployments of this agent.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_list as _deployments_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> DeploymentList:
            request = _deployments_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _deployments_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "status": unset_if_none(status),
                "agent_id": unset_if_none(agent_id),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    async def create(
        self,
        *,
        name: str,
        agent: str | SessionAgentRefParam | SessionAgentRefParamDict,
        environment_id: str,
        initial_events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
            | SystemMessageEventParam
            | SystemMessageEventParamDict
        ],
        description: str | None | Unset = UNSET,
        schedule: DeploymentScheduleParam | DeploymentScheduleParamDict | None | Unset = UNSET,
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
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        environment_variables: str | None | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Create a deployment.

        Binds an agent, an environment and the initial events every run delivers to a cron schedule, or
        to manual runs only (no `schedule`). The deployment is created `active` and, when it has a
        schedule, starts firing at once. Each run starts a session with `deployment_id` set. Self-hosted
        environments are not supported.

        Args:
            name: A name for the deployment.
            agent: The agent to run, as an agent ID (its latest version) or as a reference object.
            environment_id: An active cloud environment (`env_` prefix).
            initial_events: The events each run's session receives first, in order.
            description: A description.
            schedule: When to run by itself; omit (or null) for a deployment that only runs when
                asked.
            resources: Files, repositories and memory stores each run's session mounts.
            vault_ids: Vaults holding credentials for each run's session.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            environment_variables: Variables for each run's session, as `NAME=value` pairs separated by newlines or
                `;`.
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

        from . import deployments_create as _deployments_create

        request = _deployments_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "agent": agent,
                    "environment_id": environment_id,
                    "initial_events": list_arg("initial_events", initial_events),
                    "description": description,
                    "schedule": schedule,
                    "resources": list_arg("resources", resources),
                    "vault_ids": list_arg("vault_ids", vault_ids),
                    "metadata": metadata,
                    "environment_variables": environment_variables,
                    "budget": budget,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_create._parse_success,
        )

    async def retrieve(
        self,
        deployment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Retrieve a deployment.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_retrieve as _deployments_retrieve

        request = _deployments_retrieve._get_kwargs(
            deployment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_retrieve._parse_success,
        )

    async def update(
        self,
        deployment_id: str,
        *,
        name: str | Unset = UNSET,
        agent: str | SessionAgentRefParam | SessionAgentRefParamDict | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        initial_events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
            | SystemMessageEventParam
            | SystemMessageEventParamDict
        ]
        | Unset = UNSET,
        description: str | None | Unset = UNSET,
        schedule: DeploymentScheduleParam | DeploymentScheduleParamDict | None | Unset = UNSET,
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
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        environment_variables: str | None | Unset = UNSET,
        budget: SessionBudget | SessionBudgetDict | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Update a deployment.

        Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new
        `schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.
        Archived deployments cannot be changed.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            name: A new name.
            agent: The agent to run, as an agent ID (its latest version) or as a reference object.
            environment_id: A new environment.
            initial_events: New initial events, replacing the old ones.
            description: A new description; null clears it.
            schedule: A new schedule; null makes the deployment manual-only.
            resources: New resources, replacing the old ones.
            vault_ids: New vaults, replacing the old ones.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            environment_variables: New variables; null clears them.
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

        from . import deployments_update as _deployments_update

        request = _deployments_update._get_kwargs(
            deployment_id,
            body=json_body(
                {
                    "name": name,
                    "agent": agent,
                    "environment_id": environment_id,
                    "initial_events": list_arg("initial_events", initial_events),
                    "description": description,
                    "schedule": schedule,
                    "resources": list_arg("resources", resources),
                    "vault_ids": list_arg("vault_ids", vault_ids),
                    "metadata": metadata,
                    "environment_variables": environment_variables,
                    "budget": budget,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_update._parse_success,
        )

    async def archive(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Archive a deployment.

        Stops the deployment for good (there is no unarchive): `archived_at` is set, `upcoming_runs_at`
        becomes empty, and `_archived_<unix time>` is appended to the name so that the name is free
        again.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_archive as _deployments_archive

        request = _deployments_archive._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_archive._parse_success,
        )

    async def pause(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Pause a deployment.

        Stops scheduled and manual runs until `unpause`: `status` becomes `paused` and `paused_reason`
        `{"type": "manual"}`. Pausing a paused or archived deployment is a conflict (409).

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_pause as _deployments_pause

        request = _deployments_pause._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _deployments_pause._parse_success
        )

    async def unpause(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Deployment:
        """Unpause a deployment.

        Makes a paused deployment `active` again (`paused_reason` becomes null) and recomputes its next
        runs from now; a manual-only deployment keeps `schedule: null`.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_unpause as _deployments_unpause

        request = _deployments_unpause._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_unpause._parse_success,
        )

    async def run(
        self,
        deployment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeploymentRun:
        """Run a deployment now.

        Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment
        must be active: a paused or archived one answers 409. When the run's session cannot be created
        the run is still recorded, with `session_id: null` and an `error`.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_run as _deployments_run

        request = _deployments_run._get_kwargs(
            deployment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _deployments_run._parse_success
        )


class DeploymentsResourceWithRawResponse:
    """`client.with_raw_response.deployments`: the `deployments` operations, each returning a `RawResponse`."""

    def __init__(self, resource: DeploymentsResource) -> None:
        self._resource = resource
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.archive = raw_response(resource.archive)
        self.pause = raw_response(resource.pause)
        self.unpause = raw_response(resource.unpause)
        self.run = raw_response(resource.run)

    @cached_property
    def runs(self) -> DeploymentsRunsResourceWithRawResponse:
        """The `deployments_runs` operations, each returning a `RawResponse`."""
        from ..deployments_runs import DeploymentsRunsResourceWithRawResponse

        return DeploymentsRunsResourceWithRawResponse(self._resource.runs)


class AsyncDeploymentsResourceWithRawResponse:
    """`client.with_raw_response.deployments`: the `deployments` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncDeploymentsResource) -> None:
        self._resource = resource
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.archive = async_raw_response(resource.archive)
        self.pause = async_raw_response(resource.pause)
        self.unpause = async_raw_response(resource.unpause)
        self.run = async_raw_response(resource.run)

    @cached_property
    def runs(self) -> AsyncDeploymentsRunsResourceWithRawResponse:
        """The `deployments_runs` operations, each returning a `RawResponse`."""
        from ..deployments_runs import AsyncDeploymentsRunsResourceWithRawResponse

        return AsyncDeploymentsRunsResourceWithRawResponse(self._resource.runs)


# What the command line offers for these operations (`qoder-cloud deployments <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "deployments",
        "operation": "deployments_list",
        "summary": "List deployments",
        "description": "Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.",
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
                "name": "status",
                "wire": "status",
                "in": "query",
                "type": "string",
                "description": "Only deployments in this status, `active` or `paused`.",
            },
            {
                "name": "agent_id",
                "wire": "agent_id",
                "in": "query",
                "type": "string",
                "description": "Only deployments of this agent.",
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
        "resource": "deployments",
        "operation": "deployments_create",
        "summary": "Create a deployment",
        "description": "Binds an agent, an environment and the initial events every run delivers to a cron schedule, or\nto manual runs only (no `schedule`). The deployment is created `active` and, when it has a\nschedule, starts firing at once. Each run starts a session with `deployment_id` set. Self-hosted\nenvironments are not supported.",
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
                "description": "A name for the deployment.",
            },
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
                "description": "An active cloud environment (`env_` prefix).",
            },
            {
                "name": "initial_events",
                "wire": "initial_events",
                "in": "body",
                "type": "json",
                "required": True,
                "description": "The events each run's session receives first, in order.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": "A description.",
            },
            {
                "name": "schedule",
                "wire": "schedule",
                "in": "body",
                "type": "json",
                "description": "When to run by itself; omit (or null) for a deployment that only runs when asked.",
            },
            {
                "name": "resources",
                "wire": "resources",
                "in": "body",
                "type": "json",
                "description": "Files, repositories and memory stores each run's session mounts.",
            },
            {
                "name": "vault_ids",
                "wire": "vault_ids",
                "in": "body",
                "type": "string",
                "multiple": True,
                "description": "Vaults holding credentials for each run's session.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
            },
            {
                "name": "environment_variables",
                "wire": "environment_variables",
                "in": "body",
                "type": "string",
                "description": "Variables for each run's session, as `NAME=value` pairs separated by newlines or `;`.",
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
        "name": "retrieve",
        "resource": "deployments",
        "operation": "deployments_retrieve",
        "summary": "Retrieve a deployment",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
        "options": (),
    },
    {
        "name": "update",
        "resource": "deployments",
        "operation": "deployments_update",
        "summary": "Update a deployment",
        "description": "Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new\n`schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.\nArchived deployments cannot be changed.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
        "options": (
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "A new name.",
            },
            {
                "name": "agent",
                "wire": "agent",
                "in": "body",
                "type": "json",
                "or_text": True,
                "description": "The agent to run, as an agent ID (its latest version) or as a reference object.",
            },
            {
                "name": "environment_id",
                "wire": "environment_id",
                "in": "body",
                "type": "string",
                "description": "A new environment.",
            },
            {
                "name": "initial_events",
                "wire": "initial_events",
                "in": "body",
                "type": "json",
                "description": "New initial events, replacing the old ones.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": "A new description; null clears it.",
            },
            {
                "name": "schedule",
                "wire": "schedule",
                "in": "body",
                "type": "json",
                "description": "A new schedule; null makes the deployment manual-only.",
            },
            {
                "name": "resources",
                "wire": "resources",
                "in": "body",
                "type": "json",
                "description": "New resources, replacing the old ones.",
            },
            {
                "name": "vault_ids",
                "wire": "vault_ids",
                "in": "body",
                "type": "string",
                "multiple": True,
                "description": "New vaults, replacing the old ones.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
            },
            {
                "name": "environment_variables",
                "wire": "environment_variables",
                "in": "body",
                "type": "string",
                "description": "New variables; null clears them.",
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
        "name": "archive",
        "resource": "deployments",
        "operation": "deployments_archive",
        "summary": "Archive a deployment",
        "description": "Stops the deployment for good (there is no unarchive): `archived_at` is set, `upcoming_runs_at`\nbecomes empty, and `_archived_<unix time>` is appended to the name so that the name is free again.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
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
        "name": "pause",
        "resource": "deployments",
        "operation": "deployments_pause",
        "summary": "Pause a deployment",
        "description": 'Stops scheduled and manual runs until `unpause`: `status` becomes `paused` and `paused_reason`\n`{"type": "manual"}`. Pausing a paused or archived deployment is a conflict (409).',
        "kind": "call",
        "body": "",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
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
        "name": "unpause",
        "resource": "deployments",
        "operation": "deployments_unpause",
        "summary": "Unpause a deployment",
        "description": "Makes a paused deployment `active` again (`paused_reason` becomes null) and recomputes its next\nruns from now; a manual-only deployment keeps `schedule: null`.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
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
        "name": "run",
        "resource": "deployments",
        "operation": "deployments_run",
        "summary": "Run a deployment now",
        "description": "Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment\nmust be active: a paused or archived one answers 409. When the run's session cannot be created the\nrun is still recorded, with `session_id: null` and an `error`.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
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
)
