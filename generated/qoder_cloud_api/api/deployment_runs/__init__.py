# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `deployment_runs` operations (`client.deployment_runs`)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
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
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.deployment_run import DeploymentRun
    from ...models.deployment_run_list import DeploymentRunList

__all__ = [
    "AsyncDeploymentRunsResource",
    "AsyncDeploymentRunsResourceWithRawResponse",
    "DeploymentRunsResource",
    "DeploymentRunsResourceWithRawResponse",
]


class DeploymentRunsResource(SyncAPIResource):
    """The `deployment_runs` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        deployment_id: str | None | Unset = UNSET,
        trigger_type: str | None | Unset = UNSET,
        has_error: bool | None | Unset = UNSET,
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
    ) -> SyncPage[DeploymentRun]:
        """List deployment runs.

        Lists the runs of every deployment, newest first. The filters combine with AND.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            deployment_id: Only runs of this deployment.
            trigger_type: Only runs started this way, `manual` or `schedule` (older servers also `retry`).
            has_error: Only failed runs (`true`) or only runs without an error (`false`).
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployment_runs_list as _deployment_runs_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> DeploymentRunList:
            request = _deployment_runs_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _deployment_runs_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "deployment_id": unset_if_none(deployment_id),
                "trigger_type": unset_if_none(trigger_type),
                "has_error": unset_if_none(has_error),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlt": unset_if_none(created_at_lt),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    def retrieve(
        self,
        deployment_run_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeploymentRun:
        """Retrieve a deployment run.

        Args:
            deployment_run_id: The deployment run ID (`drun_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployment_runs_retrieve as _deployment_runs_retrieve

        request = _deployment_runs_retrieve._get_kwargs(
            deployment_run_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployment_runs_retrieve._parse_success,
        )


class AsyncDeploymentRunsResource(AsyncAPIResource):
    """The `deployment_runs` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        deployment_id: str | None | Unset = UNSET,
        trigger_type: str | None | Unset = UNSET,
        has_error: bool | None | Unset = UNSET,
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
    ) -> AsyncPaginator[DeploymentRun]:
        """List deployment runs.

        Lists the runs of every deployment, newest first. The filters combine with AND.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            deployment_id: Only runs of this deployment.
            trigger_type: Only runs started this way, `manual` or `schedule` (older servers also `retry`).
            has_error: Only failed runs (`true`) or only runs without an error (`false`).
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployment_runs_list as _deployment_runs_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> DeploymentRunList:
            request = _deployment_runs_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _deployment_runs_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "deployment_id": unset_if_none(deployment_id),
                "trigger_type": unset_if_none(trigger_type),
                "has_error": unset_if_none(has_error),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlt": unset_if_none(created_at_lt),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    async def retrieve(
        self,
        deployment_run_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeploymentRun:
        """Retrieve a deployment run.

        Args:
            deployment_run_id: The deployment run ID (`drun_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployment_runs_retrieve as _deployment_runs_retrieve

        request = _deployment_runs_retrieve._get_kwargs(
            deployment_run_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployment_runs_retrieve._parse_success,
        )


class DeploymentRunsResourceWithRawResponse:
    """`client.with_raw_response.deployment_runs`: the `deployment_runs` operations, each returning a `RawResponse`."""

    def __init__(self, resource: DeploymentRunsResource) -> None:
        self.list = raw_response(resource.list)
        self.retrieve = raw_response(resource.retrieve)


class AsyncDeploymentRunsResourceWithRawResponse:
    """`client.with_raw_response.deployment_runs`: the `deployment_runs` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncDeploymentRunsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.retrieve = async_raw_response(resource.retrieve)


# What the command line offers for these operations (`qoder-cloud deployment-runs <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "deployment_runs",
        "operation": "deployment_runs_list",
        "summary": "List deployment runs",
        "description": "Lists the runs of every deployment, newest first. The filters combine with AND.",
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
                "name": "deployment_id",
                "wire": "deployment_id",
                "in": "query",
                "type": "string",
                "description": "Only runs of this deployment.",
            },
            {
                "name": "trigger_type",
                "wire": "trigger_type",
                "in": "query",
                "type": "string",
                "description": "Only runs started this way, `manual` or `schedule` (older servers also `retry`).",
            },
            {
                "name": "has_error",
                "wire": "has_error",
                "in": "query",
                "type": "boolean",
                "description": "Only failed runs (`true`) or only runs without an error (`false`).",
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
        "name": "retrieve",
        "resource": "deployment_runs",
        "operation": "deployment_runs_retrieve",
        "summary": "Retrieve a deployment run",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "deployment_run_id", "description": "The deployment run ID (`drun_...`)."},),
        "options": (),
    },
)
