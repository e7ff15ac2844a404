# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `environments` operations (`client.environments`)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from functools import cached_property
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
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...models.environment_scope import EnvironmentScope
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.cloud_config_param import CloudConfigParam, CloudConfigParamDict
    from ...models.environment import Environment
    from ...models.environment_deleted import EnvironmentDeleted
    from ...models.environment_list import EnvironmentList
    from ...models.metadata import Metadata
    from ...models.metadata_patch import MetadataPatch
    from ...models.self_hosted_config_param import SelfHostedConfigParam, SelfHostedConfigParamDict
    from ..environments_work import (
        AsyncEnvironmentsWorkResource,
        AsyncEnvironmentsWorkResourceWithRawResponse,
        EnvironmentsWorkResource,
        EnvironmentsWorkResourceWithRawResponse,
    )

__all__ = [
    "AsyncEnvironmentsResource",
    "AsyncEnvironmentsResourceWithRawResponse",
    "EnvironmentsResource",
    "EnvironmentsResourceWithRawResponse",
]


class EnvironmentsResource(SyncAPIResource):
    """The `environments` operations."""

    @cached_property
    def work(self) -> EnvironmentsWorkResource:
        """The `environments_work` operations."""
        from ..environments_work import EnvironmentsWorkResource

        return EnvironmentsWorkResource(self._client)

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
    ) -> SyncPage[Environment]:
        """List environments.

        Lists environments, newest first. Archived environments are hidden unless
        `include_archived=true`.

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

        from . import environments_list as _environments_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> EnvironmentList:
            request = _environments_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _environments_list._parse_success)

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
        description: str | None | Unset = UNSET,
        config: CloudConfigParam
        | CloudConfigParamDict
        | SelfHostedConfigParam
        | SelfHostedConfigParamDict
        | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        scope: EnvironmentScope | Literal["organization", "account"] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Create an environment.

        Creates a cloud (or self-hosted) execution environment for agent sessions.

        Args:
            name: Environment name.
            description: Free-text description.
            config: The configuration to store, chosen by `type`.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            scope: Who can see the environment (`organization` or `account`). Not in the docs; sent
                by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_create as _environments_create

        request = _environments_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "config": config,
                    "metadata": metadata,
                    "scope": enum_arg(EnvironmentScope, "scope", scope),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_create._parse_success,
        )

    def retrieve(
        self,
        environment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Retrieve an environment.

        Args:
            environment_id: The environment ID (`env_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_retrieve as _environments_retrieve

        request = _environments_retrieve._get_kwargs(
            environment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_retrieve._parse_success,
        )

    def update(
        self,
        environment_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        config: CloudConfigParam
        | CloudConfigParamDict
        | SelfHostedConfigParam
        | SelfHostedConfigParamDict
        | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        scope: EnvironmentScope | Literal["organization", "account"] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Update an environment.

        Changes only the fields sent. `config`, when sent, replaces the stored configuration as a whole.
        `metadata` is merged: a string value sets a key, `null` removes it, keys not sent are kept.

        Args:
            environment_id: The environment ID (`env_...`).
            name: New name.
            description: New description; `null` clears it.
            config: The configuration to store, chosen by `type`.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            scope: Who can see the environment (`organization` or `account`). Not in the docs; sent
                by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_update as _environments_update

        request = _environments_update._get_kwargs(
            environment_id,
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "config": config,
                    "metadata": metadata,
                    "scope": enum_arg(EnvironmentScope, "scope", scope),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_update._parse_success,
        )

    def delete(
        self,
        environment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvironmentDeleted:
        """Delete an environment.

        Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving
        is the recommended alternative. Current servers answer 200 with a deletion object; the oldest
        documented generation answered 204 with no body.

        Args:
            environment_id: The environment ID (`env_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_delete as _environments_delete

        request = _environments_delete._get_kwargs(
            environment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _environments_delete._parse_success(response, environment_id),
        )

    def archive(
        self,
        environment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Archive an environment.

        Marks the environment archived: it is hidden from lists unless `include_archived=true` and
        cannot host new sessions. Running sessions are not affected.

        Args:
            environment_id: The environment ID (`env_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_archive as _environments_archive

        request = _environments_archive._get_kwargs(
            environment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_archive._parse_success,
        )


class AsyncEnvironmentsResource(AsyncAPIResource):
    """The `environments` operations, for asyncio."""

    @cached_property
    def work(self) -> AsyncEnvironmentsWorkResource:
        """The `environments_work` operations."""
        from ..environments_work import AsyncEnvironmentsWorkResource

        return AsyncEnvironmentsWorkResource(self._client)

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
    ) -> AsyncPaginator[Environment]:
        """List environments.

        Lists environments, newest first. Archived environments are hidden unless
        `include_archived=true`.

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

        from . import environments_list as _environments_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> EnvironmentList:
            request = _environments_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _environments_list._parse_success)

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
        description: str | None | Unset = UNSET,
        config: CloudConfigParam
        | CloudConfigParamDict
        | SelfHostedConfigParam
        | SelfHostedConfigParamDict
        | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        scope: EnvironmentScope | Literal["organization", "account"] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Create an environment.

        Creates a cloud (or self-hosted) execution environment for agent sessions.

        Args:
            name: Environment name.
            description: Free-text description.
            config: The configuration to store, chosen by `type`.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            scope: Who can see the environment (`organization` or `account`). Not in the docs; sent
                by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_create as _environments_create

        request = _environments_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "config": config,
                    "metadata": metadata,
                    "scope": enum_arg(EnvironmentScope, "scope", scope),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_create._parse_success,
        )

    async def retrieve(
        self,
        environment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Retrieve an environment.

        Args:
            environment_id: The environment ID (`env_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_retrieve as _environments_retrieve

        request = _environments_retrieve._get_kwargs(
            environment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_retrieve._parse_success,
        )

    async def update(
        self,
        environment_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        config: CloudConfigParam
        | CloudConfigParamDict
        | SelfHostedConfigParam
        | SelfHostedConfigParamDict
        | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        scope: EnvironmentScope | Literal["organization", "account"] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Update an environment.

        Changes only the fields sent. `config`, when sent, replaces the stored configuration as a whole.
        `metadata` is merged: a string value sets a key, `null` removes it, keys not sent are kept.

        Args:
            environment_id: The environment ID (`env_...`).
            name: New name.
            description: New description; `null` clears it.
            config: The configuration to store, chosen by `type`.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            scope: Who can see the environment (`organization` or `account`). Not in the docs; sent
                by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_update as _environments_update

        request = _environments_update._get_kwargs(
            environment_id,
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "config": config,
                    "metadata": metadata,
                    "scope": enum_arg(EnvironmentScope, "scope", scope),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_update._parse_success,
        )

    async def delete(
        self,
        environment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EnvironmentDeleted:
        """Delete an environment.

        Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving
        is the recommended alternative. Current servers answer 200 with a deletion object; the oldest
        documented generation answered 204 with no body.

        Args:
            environment_id: The environment ID (`env_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_delete as _environments_delete

        request = _environments_delete._get_kwargs(
            environment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _environments_delete._parse_success(response, environment_id),
        )

    async def archive(
        self,
        environment_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Environment:
        """Archive an environment.

        Marks the environment archived: it is hidden from lists unless `include_archived=true` and
        cannot host new sessions. Running sessions are not affected.

        Args:
            environment_id: The environment ID (`env_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_archive as _environments_archive

        request = _environments_archive._get_kwargs(
            environment_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_archive._parse_success,
        )


class EnvironmentsResourceWithRawResponse:
    """`client.with_raw_response.environments`: the `environments` operations, each returning a `RawResponse`."""

    def __init__(self, resource: EnvironmentsResource) -> None:
        self._resource = resource
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.archive = raw_response(resource.archive)

    @cached_property
    def work(self) -> EnvironmentsWorkResourceWithRawResponse:
        """The `environments_work` operations, each returning a `RawResponse`."""
        from ..environments_work import EnvironmentsWorkResourceWithRawResponse

        return EnvironmentsWorkResourceWithRawResponse(self._resource.work)


class AsyncEnvironmentsResourceWithRawResponse:
    """`client.with_raw_response.environments`: the `environments` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncEnvironmentsResource) -> None:
        self._resource = resource
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.archive = async_raw_response(resource.archive)

    @cached_property
    def work(self) -> AsyncEnvironmentsWorkResourceWithRawResponse:
        """The `environments_work` operations, each returning a `RawResponse`."""
        from ..environments_work import AsyncEnvironmentsWorkResourceWithRawResponse

        return AsyncEnvironmentsWorkResourceWithRawResponse(self._resource.work)


# What the command line offers for these operations (`qoder-cloud environments <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "environments",
        "operation": "environments_list",
        "summary": "List environments",
        "description": "Lists environments, newest first. Archived environments are hidden unless `include_archived=true`.",
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
        "resource": "environments",
        "operation": "environments_create",
        "summary": "Create an environment",
        "description": "Creates a cloud (or self-hosted) execution environment for agent sessions.",
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
                "description": "Environment name.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": "Free-text description.",
            },
            {
                "name": "config",
                "wire": "config",
                "in": "body",
                "type": "json",
                "description": "The configuration to store, chosen by `type`.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
            },
            {
                "name": "scope",
                "wire": "scope",
                "in": "body",
                "type": "choice",
                "description": "Who can see the environment (`organization` or `account`). Not in the docs; sent by the official SDK.",
                "choices": (
                    "organization",
                    "account",
                ),
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
        "resource": "environments",
        "operation": "environments_retrieve",
        "summary": "Retrieve an environment",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
        "options": (),
    },
    {
        "name": "update",
        "resource": "environments",
        "operation": "environments_update",
        "summary": "Update an environment",
        "description": "Changes only the fields sent. `config`, when sent, replaces the stored configuration as a whole.\n`metadata` is merged: a string value sets a key, `null` removes it, keys not sent are kept.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
        "options": (
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "New name.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": "New description; `null` clears it.",
            },
            {
                "name": "config",
                "wire": "config",
                "in": "body",
                "type": "json",
                "description": "The configuration to store, chosen by `type`.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
            },
            {
                "name": "scope",
                "wire": "scope",
                "in": "body",
                "type": "choice",
                "description": "Who can see the environment (`organization` or `account`). Not in the docs; sent by the official SDK.",
                "choices": (
                    "organization",
                    "account",
                ),
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
        "resource": "environments",
        "operation": "environments_delete",
        "summary": "Delete an environment",
        "description": "Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving is\nthe recommended alternative. Current servers answer 200 with a deletion object; the oldest\ndocumented generation answered 204 with no body.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
        "options": (),
    },
    {
        "name": "archive",
        "resource": "environments",
        "operation": "environments_archive",
        "summary": "Archive an environment",
        "description": "Marks the environment archived: it is hidden from lists unless `include_archived=true` and cannot\nhost new sessions. Running sessions are not affected.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
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
