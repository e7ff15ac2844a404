# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `memory_stores` operations (`client.memory_stores`)."""

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
    json_body,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.memory_store import MemoryStore
    from ...models.memory_store_deleted import MemoryStoreDeleted
    from ...models.memory_store_list import MemoryStoreList
    from ...models.metadata import Metadata
    from ...models.metadata_patch import MetadataPatch

__all__ = [
    "AsyncMemoryStoresResource",
    "AsyncMemoryStoresResourceWithRawResponse",
    "MemoryStoresResource",
    "MemoryStoresResourceWithRawResponse",
]


class MemoryStoresResource(SyncAPIResource):
    """The `memory_stores` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MemoryStore]:
        """List memory stores.

        Lists memory stores, newest first. Archived stores are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            name: Only stores whose name starts with this text (case-insensitive).
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_list as _memory_stores_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> MemoryStoreList:
            request = _memory_stores_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _memory_stores_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "name": unset_if_none(name),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Create a memory store.

        Creates an empty, active memory store. The oldest documented servers answer 201; newer ones are
        not documented, so 200 is accepted too.

        Args:
            name: Store name, without control characters. Names need not be unique.
            description: What the store is for; included in the system prompt of agents that mount it.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_create as _memory_stores_create

        request = _memory_stores_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_create._parse_success,
        )

    def retrieve(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Retrieve a memory store.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_retrieve as _memory_stores_retrieve

        request = _memory_stores_retrieve._get_kwargs(
            memory_store_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_retrieve._parse_success,
        )

    def update(
        self,
        memory_store_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Update a memory store.

        Changes only the fields sent. `description: ""` clears the description. `metadata` is merged: a
        string sets a key, `null` removes it, keys not sent are kept.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            name: New name, without control characters.
            description: New description; `""` clears it.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_update as _memory_stores_update

        request = _memory_stores_update._get_kwargs(
            memory_store_id,
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_update._parse_success,
        )

    def delete(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStoreDeleted:
        """Delete a memory store.

        Deletes the store, active or archived, with all its memories and their history; this cannot be
        undone. Current servers answer 200 with a deletion object; the oldest documented generation
        answered 204 with no body.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_delete as _memory_stores_delete

        request = _memory_stores_delete._get_kwargs(
            memory_store_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _memory_stores_delete._parse_success(response, memory_store_id),
        )

    def archive(
        self,
        memory_store_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Archive a memory store.

        Makes the store read-only: memories can still be read but not created, changed or deleted. The
        store is hidden from lists by default and can still be deleted.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_archive as _memory_stores_archive

        request = _memory_stores_archive._get_kwargs(
            memory_store_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_archive._parse_success,
        )


class AsyncMemoryStoresResource(AsyncAPIResource):
    """The `memory_stores` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MemoryStore]:
        """List memory stores.

        Lists memory stores, newest first. Archived stores are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            name: Only stores whose name starts with this text (case-insensitive).
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_list as _memory_stores_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> MemoryStoreList:
            request = _memory_stores_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _memory_stores_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "name": unset_if_none(name),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    async def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Create a memory store.

        Creates an empty, active memory store. The oldest documented servers answer 201; newer ones are
        not documented, so 200 is accepted too.

        Args:
            name: Store name, without control characters. Names need not be unique.
            description: What the store is for; included in the system prompt of agents that mount it.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_create as _memory_stores_create

        request = _memory_stores_create._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_create._parse_success,
        )

    async def retrieve(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Retrieve a memory store.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_retrieve as _memory_stores_retrieve

        request = _memory_stores_retrieve._get_kwargs(
            memory_store_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_retrieve._parse_success,
        )

    async def update(
        self,
        memory_store_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Update a memory store.

        Changes only the fields sent. `description: ""` clears the description. `metadata` is merged: a
        string sets a key, `null` removes it, keys not sent are kept.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            name: New name, without control characters.
            description: New description; `""` clears it.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_update as _memory_stores_update

        request = _memory_stores_update._get_kwargs(
            memory_store_id,
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_update._parse_success,
        )

    async def delete(
        self,
        memory_store_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStoreDeleted:
        """Delete a memory store.

        Deletes the store, active or archived, with all its memories and their history; this cannot be
        undone. Current servers answer 200 with a deletion object; the oldest documented generation
        answered 204 with no body.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_delete as _memory_stores_delete

        request = _memory_stores_delete._get_kwargs(
            memory_store_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _memory_stores_delete._parse_success(response, memory_store_id),
        )

    async def archive(
        self,
        memory_store_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryStore:
        """Archive a memory store.

        Makes the store read-only: memories can still be read but not created, changed or deleted. The
        store is hidden from lists by default and can still be deleted.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memory_stores_archive as _memory_stores_archive

        request = _memory_stores_archive._get_kwargs(
            memory_store_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _memory_stores_archive._parse_success,
        )


class MemoryStoresResourceWithRawResponse:
    """`client.with_raw_response.memory_stores`: the `memory_stores` operations, each returning a `RawResponse`."""

    def __init__(self, resource: MemoryStoresResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.archive = raw_response(resource.archive)


class AsyncMemoryStoresResourceWithRawResponse:
    """`client.with_raw_response.memory_stores`: the `memory_stores` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncMemoryStoresResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.archive = async_raw_response(resource.archive)


# What the command line offers for these operations (`qoder-cloud memory-stores <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "memory_stores",
        "operation": "memory_stores_list",
        "summary": "List memory stores",
        "description": "Lists memory stores, newest first. Archived stores are hidden unless `include_archived=true`.",
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
                "name": "name",
                "wire": "name",
                "in": "query",
                "type": "string",
                "description": "Only stores whose name starts with this text (case-insensitive).",
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
        "resource": "memory_stores",
        "operation": "memory_stores_create",
        "summary": "Create a memory store",
        "description": "Creates an empty, active memory store. The oldest documented servers answer 201; newer ones\nare not documented, so 200 is accepted too.",
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
                "description": "Store name, without control characters. Names need not be unique.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": "What the store is for; included in the system prompt of agents that mount it.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
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
        "resource": "memory_stores",
        "operation": "memory_stores_retrieve",
        "summary": "Retrieve a memory store",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},),
        "options": (),
    },
    {
        "name": "update",
        "resource": "memory_stores",
        "operation": "memory_stores_update",
        "summary": "Update a memory store",
        "description": 'Changes only the fields sent. `description: ""` clears the description. `metadata` is merged:\na string sets a key, `null` removes it, keys not sent are kept.',
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},),
        "options": (
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "New name, without control characters.",
            },
            {
                "name": "description",
                "wire": "description",
                "in": "body",
                "type": "string",
                "description": 'New description; `""` clears it.',
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
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
        "resource": "memory_stores",
        "operation": "memory_stores_delete",
        "summary": "Delete a memory store",
        "description": "Deletes the store, active or archived, with all its memories and their history; this cannot be\nundone. Current servers answer 200 with a deletion object; the oldest documented generation\nanswered 204 with no body.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},),
        "options": (),
    },
    {
        "name": "archive",
        "resource": "memory_stores",
        "operation": "memory_stores_archive",
        "summary": "Archive a memory store",
        "description": "Makes the store read-only: memories can still be read but not created, changed or deleted. The\nstore is hidden from lists by default and can still be deleted.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},),
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
