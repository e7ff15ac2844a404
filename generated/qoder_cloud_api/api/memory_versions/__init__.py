# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `memory_versions` operations (`client.memory_versions`)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
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
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...models.memory_view import MemoryView
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.memory_version import MemoryVersion
    from ...models.memory_version_list import MemoryVersionList

__all__ = [
    "AsyncMemoryVersionsResource",
    "AsyncMemoryVersionsResourceWithRawResponse",
    "MemoryVersionsResource",
    "MemoryVersionsResourceWithRawResponse",
]


class MemoryVersionsResource(SyncAPIResource):
    """The `memory_versions` operations."""

    def list(
        self,
        memory_store_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        memory_id: str | None | Unset = UNSET,
        operation: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        api_key_id: str | None | Unset = UNSET,
        service_account_id: str | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MemoryVersion]:
        """List memory versions.

        Lists the store's memory versions, newest first. List items never carry `content`.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            memory_id: Only versions of this memory (`mem_...`).
            operation: Only versions made by this kind of change, a `MemoryVersionOperation` value (the
                official SDK sends `created`, `modified` or `deleted`). Not in the docs; sent by
                the official SDK.
            session_id: Only versions written by this session. Not in the docs; sent by the official
                SDK.
            api_key_id: Only versions written with this API key. Not in the docs; sent by the official
                SDK.
            service_account_id: Only versions written by this service account. Not in the docs; sent by the
                official SDK.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_versions_list as _memory_versions_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> MemoryVersionList:
            request = _memory_versions_list._get_kwargs(
                memory_store_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _memory_versions_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "memory_id": unset_if_none(memory_id),
                "operation": unset_if_none(operation),
                "session_id": unset_if_none(session_id),
                "api_key_id": unset_if_none(api_key_id),
                "service_account_id": unset_if_none(service_account_id),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
                "view": unset_if_none(enum_arg(MemoryView, "view", view)),
            },
        )

    def retrieve(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryVersion:
        """Retrieve a memory version.

        Returns one version; `content` is present unless the version was redacted.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_version_id: The memory version ID (`memver_...`).
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_versions_retrieve as _memory_versions_retrieve

        request = _memory_versions_retrieve._get_kwargs(
            memory_store_id,
            memory_version_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_versions_retrieve._parse_success,
        )

    def redact(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryVersion:
        """Redact a memory version.

        Erases the content of one version for good; the version itself stays, marked redacted. A version
        that is already redacted answers 409.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_version_id: The memory version ID (`memver_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_versions_redact as _memory_versions_redact

        request = _memory_versions_redact._get_kwargs(
            memory_store_id,
            memory_version_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_versions_redact._parse_success,
        )


class AsyncMemoryVersionsResource(AsyncAPIResource):
    """The `memory_versions` operations, for asyncio."""

    def list(
        self,
        memory_store_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        memory_id: str | None | Unset = UNSET,
        operation: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        api_key_id: str | None | Unset = UNSET,
        service_account_id: str | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MemoryVersion]:
        """List memory versions.

        Lists the store's memory versions, newest first. List items never carry `content`.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            memory_id: Only versions of this memory (`mem_...`).
            operation: Only versions made by this kind of change, a `MemoryVersionOperation` value (the
                official SDK sends `created`, `modified` or `deleted`). Not in the docs; sent by
                the official SDK.
            session_id: Only versions written by this session. Not in the docs; sent by the official
                SDK.
            api_key_id: Only versions written with this API key. Not in the docs; sent by the official
                SDK.
            service_account_id: Only versions written by this service account. Not in the docs; sent by the
                official SDK.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_versions_list as _memory_versions_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> MemoryVersionList:
            request = _memory_versions_list._get_kwargs(
                memory_store_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _memory_versions_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "memory_id": unset_if_none(memory_id),
                "operation": unset_if_none(operation),
                "session_id": unset_if_none(session_id),
                "api_key_id": unset_if_none(api_key_id),
                "service_account_id": unset_if_none(service_account_id),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
                "view": unset_if_none(enum_arg(MemoryView, "view", view)),
            },
        )

    async def retrieve(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryVersion:
        """Retrieve a memory version.

        Returns one version; `content` is present unless the version was redacted.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_version_id: The memory version ID (`memver_...`).
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_versions_retrieve as _memory_versions_retrieve

        request = _memory_versions_retrieve._get_kwargs(
            memory_store_id,
            memory_version_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_versions_retrieve._parse_success,
        )

    async def redact(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryVersion:
        """Redact a memory version.

        Erases the content of one version for good; the version itself stays, marked redacted. A version
        that is already redacted answers 409.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_version_id: The memory version ID (`memver_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_versions_redact as _memory_versions_redact

        request = _memory_versions_redact._get_kwargs(
            memory_store_id,
            memory_version_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_versions_redact._parse_success,
        )


class MemoryVersionsResourceWithRawResponse:
    """`client.with_raw_response.memory_versions`: the `memory_versions` operations, each returning a `RawResponse`."""

    def __init__(self, resource: MemoryVersionsResource) -> None:
        self.list = raw_response(resource.list)
        self.retrieve = raw_response(resource.retrieve)
        self.redact = raw_response(resource.redact)


class AsyncMemoryVersionsResourceWithRawResponse:
    """`client.with_raw_response.memory_versions`: the `memory_versions` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncMemoryVersionsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.retrieve = async_raw_response(resource.retrieve)
        self.redact = async_raw_response(resource.redact)


# What the command line offers for these operations (`qoder-cloud memory-versions <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "memory_versions",
        "operation": "memory_versions_list",
        "summary": "List memory versions",
        "description": "Lists the store's memory versions, newest first. List items never carry `content`.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},),
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
                "name": "memory_id",
                "wire": "memory_id",
                "in": "query",
                "type": "string",
                "description": "Only versions of this memory (`mem_...`).",
            },
            {
                "name": "operation",
                "wire": "operation",
                "in": "query",
                "type": "string",
                "description": "Only versions made by this kind of change, a `MemoryVersionOperation` value (the official SDK\nsends `created`, `modified` or `deleted`). Not in the docs; sent by the official SDK.",
            },
            {
                "name": "session_id",
                "wire": "session_id",
                "in": "query",
                "type": "string",
                "description": "Only versions written by this session. Not in the docs; sent by the official SDK.",
            },
            {
                "name": "api_key_id",
                "wire": "api_key_id",
                "in": "query",
                "type": "string",
                "description": "Only versions written with this API key. Not in the docs; sent by the official SDK.",
            },
            {
                "name": "service_account_id",
                "wire": "service_account_id",
                "in": "query",
                "type": "string",
                "description": "Only versions written by this service account. Not in the docs; sent by the official SDK.",
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
            {
                "name": "view",
                "wire": "view",
                "in": "query",
                "type": "choice",
                "description": "How much of each memory a list returns, `basic` (no content) or `full`.",
                "choices": (
                    "basic",
                    "full",
                ),
            },
        ),
    },
    {
        "name": "retrieve",
        "resource": "memory_versions",
        "operation": "memory_versions_retrieve",
        "summary": "Retrieve a memory version",
        "description": "Returns one version; `content` is present unless the version was redacted.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},
            {"name": "memory_version_id", "description": "The memory version ID (`memver_...`)."},
        ),
        "options": (
            {
                "name": "view",
                "wire": "view",
                "in": "query",
                "type": "choice",
                "description": "How much of each memory a list returns, `basic` (no content) or `full`.",
                "choices": (
                    "basic",
                    "full",
                ),
            },
        ),
    },
    {
        "name": "redact",
        "resource": "memory_versions",
        "operation": "memory_versions_redact",
        "summary": "Redact a memory version",
        "description": "Erases the content of one version for good; the version itself stays, marked redacted. A\nversion that is already redacted answers 409.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},
            {"name": "memory_version_id", "description": "The memory version ID (`memver_...`)."},
        ),
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
