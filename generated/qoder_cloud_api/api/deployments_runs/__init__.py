# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `deployments_runs` operations (`client.deployments.runs`)."""

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
    "AsyncDeploymentsRunsResource",
    "AsyncDeploymentsRunsResourceWithRawResponse",
    "DeploymentsRunsResource",
    "DeploymentsRunsResourceWithRawResponse",
]


class DeploymentsRunsResource(SyncAPIResource):
    """The `deployments_runs` operations."""

    def list(
        self,
        deployment_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        triggered_after: datetime.datetime | None | Unset = UNSET,
        triggered_before: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[DeploymentRun]:
        """List a deployment's runs.

        Lists the runs of one deployment, most recent trigger first.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            triggered_after: Only runs triggered at or after this RFC 3339 time.
            triggered_before: Only runs triggered before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_runs_list as _deployments_runs_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> DeploymentRunList:
            request = _deployments_runs_list._get_kwargs(
                deployment_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _deployments_runs_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "triggered_after": unset_if_none(triggered_after),
                "triggered_before": unset_if_none(triggered_before),
            },
        )

    def retrieve(
        self,
        deployment_id: str,
        deployment_run_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeploymentRun:
        """Retrieve a run of a deployment.

        One run, which must belong to this deployment (404 otherwise).

        Args:
            deployment_id: The deployment ID (`dep_...`).
            deployment_run_id: The deployment run ID (`drun_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_runs_retrieve as _deployments_runs_retrieve

        request = _deployments_runs_retrieve._get_kwargs(
            deployment_id,
            deployment_run_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_runs_retrieve._parse_success,
        )


class AsyncDeploymentsRunsResource(AsyncAPIResource):
    """The `deployments_runs` operations, for asyncio."""

    def list(
        self,
        deployment_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        triggered_after: datetime.datetime | None | Unset = UNSET,
        triggered_before: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[DeploymentRun]:
        """List a deployment's runs.

        Lists the runs of one deployment, most recent trigger first.

        Args:
            deployment_id: The deployment ID (`dep_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            triggered_after: Only runs triggered at or after this RFC 3339 time.
            triggered_before: Only runs triggered before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_runs_list as _deployments_runs_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> DeploymentRunList:
            request = _deployments_runs_list._get_kwargs(
                deployment_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _deployments_runs_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "triggered_after": unset_if_none(triggered_after),
                "triggered_before": unset_if_none(triggered_before),
            },
        )

    async def retrieve(
        self,
        deployment_id: str,
        deployment_run_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeploymentRun:
        """Retrieve a run of a deployment.

        One run, which must belong to this deployment (404 otherwise).

        Args:
            deployment_id: The deployment ID (`dep_...`).
            deployment_run_id: The deployment run ID (`drun_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import deployments_runs_retrieve as _deployments_runs_retrieve

        request = _deployments_runs_retrieve._get_kwargs(
            deployment_id,
            deployment_run_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _deployments_runs_retrieve._parse_success,
        )


class DeploymentsRunsResourceWithRawResponse:
    """`client.with_raw_response.deployments.runs`: the `deployments_runs` operations, each returning a `RawResponse`."""

    def __init__(self, resource: DeploymentsRunsResource) -> None:
        self.list = raw_response(resource.list)
        self.retrieve = raw_response(resource.retrieve)


class AsyncDeploymentsRunsResourceWithRawResponse:
    """`client.with_raw_response.deployments.runs`: the `deployments_runs` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncDeploymentsRunsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.retrieve = async_raw_response(resource.retrieve)


# What the command line offers for these operations (`qoder-cloud deployments-runs <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "deployments.runs",
        "operation": "deployments_runs_list",
        "summary": "List a deployment's runs",
        "description": "Lists the runs of one deployment, most recent trigger first.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},),
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
                "name": "triggered_after",
                "wire": "triggered_after",
                "in": "query",
                "type": "datetime",
                "description": "Only runs triggered at or after this RFC 3339 time.",
            },
            {
                "name": "triggered_before",
                "wire": "triggered_before",
                "in": "query",
                "type": "datetime",
                "description": "Only runs triggered before this RFC 3339 time.",
            },
        ),
    },
    {
        "name": "retrieve",
        "resource": "deployments.runs",
        "operation": "deployments_runs_retrieve",
        "summary": "Retrieve a run of a deployment",
        "description": "One run, which must belong to this deployment (404 otherwise).",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "deployment_id", "description": "The deployment ID (`dep_...`)."},
            {"name": "deployment_run_id", "description": "The deployment run ID (`drun_...`)."},
        ),
        "options": (),
    },
)
