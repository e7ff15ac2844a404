# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `memories` operations (`client.memories`)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

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

from ...models.memory_view import MemoryView
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.memory import Memory
    from ...models.memory_deleted import MemoryDeleted
    from ...models.memory_list import MemoryList
    from ...models.metadata import Metadata
    from ...models.metadata_patch import MetadataPatch
    from . import memories_list as _memories_list

__all__ = [
    "AsyncMemoriesResource",
    "AsyncMemoriesResourceWithRawResponse",
    "MemoriesResource",
    "MemoriesResourceWithRawResponse",
    "MemoryListItem",
]

if TYPE_CHECKING:
    MemoryListItem: TypeAlias = _memories_list.Item
else:

    def __getattr__(name: str) -> Any:
        if name == "MemoryListItem":
            from . import memories_list as _memories_list

            return _memories_list.Item
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class MemoriesResource(SyncAPIResource):
    """The `memories` operations."""

    def list(
        self,
        memory_store_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        path_prefix: str | None | Unset = UNSET,
        depth: int | None | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MemoryListItem]:
        """List memories.

        Lists the store's memories. List items never carry `content`; retrieve a memory to read it. With
        `depth`, directories below that depth come as `memory_prefix` items instead.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            path_prefix: Only memories whose path starts with this prefix, e.g. `notes/`.
            depth: How deep below `path_prefix` to list; `0` lists everything, `1` direct children.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_list as _memories_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> MemoryList:
            request = _memories_list._get_kwargs(
                memory_store_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _memories_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "path_prefix": unset_if_none(path_prefix),
                "depth": unset_if_none(depth),
                "view": unset_if_none(enum_arg(MemoryView, "view", view)),
            },
        )

    def create(
        self,
        memory_store_id: str,
        *,
        path: str,
        content: str,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory:
        """Create a memory.

        Writes a new memory at `path` and records its first version. Fails with 409 when the path is
        taken or the store is archived. The oldest documented servers answer 201; newer ones are not
        documented, so 200 is accepted too.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            path: Where to store it, relative to the store (no leading `/`, no `..`), e.g.
                `notes/style.md`.
            content: The text; not blank, at most 100 KB (102,400 bytes) in UTF-8.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_create as _memories_create

        request = _memories_create._get_kwargs(
            memory_store_id,
            body=json_body(
                {
                    "path": path,
                    "content": content,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_create._parse_success
        )

    def retrieve(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory:
        """Retrieve a memory.

        Returns the memory with its `content`.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_id: The memory ID (`mem_...`).
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_retrieve as _memories_retrieve

        request = _memories_retrieve._get_kwargs(
            memory_store_id,
            memory_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_retrieve._parse_success
        )

    def update(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        content: str | Unset = UNSET,
        content_sha256: str | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        path: str | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory:
        """Update a memory.

        Changes the memory and records a new version. To avoid overwriting someone else's change, send
        `content_sha256` with the hash you last read: when the stored content no longer has that hash
        the update is refused with 409 and nothing is written. 409 also answers updates in an archived
        store.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_id: The memory ID (`mem_...`).
            content: The new text; not blank, at most 100 KB (102,400 bytes) in UTF-8.
            content_sha256: Precondition: the SHA-256 (hex) of the content you expect to replace. If the
                stored content has another hash the update is refused with 409.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            path: Move the memory to this path. Not in the docs; sent by the official SDK.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_update as _memories_update

        request = _memories_update._get_kwargs(
            memory_store_id,
            memory_id,
            body=json_body(
                {
                    "content": content,
                    "content_sha256": content_sha256,
                    "metadata": metadata,
                    "path": path,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_update._parse_success
        )

    def delete(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        expected_content_sha256: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryDeleted:
        """Delete a memory.

        Deletes the memory and records a version with operation `deleted`; earlier versions stay
        readable. Fails with 409 in an archived store.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_id: The memory ID (`mem_...`).
            expected_content_sha256: Delete only if the stored content still has this SHA-256 (hex). Not in the docs;
                sent by the official SDK.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_delete as _memories_delete

        request = _memories_delete._get_kwargs(
            memory_store_id,
            memory_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            expected_content_sha256=unset_if_none(expected_content_sha256),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_delete._parse_success
        )


class AsyncMemoriesResource(AsyncAPIResource):
    """The `memories` operations, for asyncio."""

    def list(
        self,
        memory_store_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        path_prefix: str | None | Unset = UNSET,
        depth: int | None | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MemoryListItem]:
        """List memories.

        Lists the store's memories. List items never carry `content`; retrieve a memory to read it. With
        `depth`, directories below that depth come as `memory_prefix` items instead.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            path_prefix: Only memories whose path starts with this prefix, e.g. `notes/`.
            depth: How deep below `path_prefix` to list; `0` lists everything, `1` direct children.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_list as _memories_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> MemoryList:
            request = _memories_list._get_kwargs(
                memory_store_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _memories_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "path_prefix": unset_if_none(path_prefix),
                "depth": unset_if_none(depth),
                "view": unset_if_none(enum_arg(MemoryView, "view", view)),
            },
        )

    async def create(
        self,
        memory_store_id: str,
        *,
        path: str,
        content: str,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory:
        """Create a memory.

        Writes a new memory at `path` and records its first version. Fails with 409 when the path is
        taken or the store is archived. The oldest documented servers answer 201; newer ones are not
        documented, so 200 is accepted too.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            path: Where to store it, relative to the store (no leading `/`, no `..`), e.g.
                `notes/style.md`.
            content: The text; not blank, at most 100 KB (102,400 bytes) in UTF-8.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_create as _memories_create

        request = _memories_create._get_kwargs(
            memory_store_id,
            body=json_body(
                {
                    "path": path,
                    "content": content,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_create._parse_success
        )

    async def retrieve(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory:
        """Retrieve a memory.

        Returns the memory with its `content`.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_id: The memory ID (`mem_...`).
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_retrieve as _memories_retrieve

        request = _memories_retrieve._get_kwargs(
            memory_store_id,
            memory_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_retrieve._parse_success
        )

    async def update(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        content: str | Unset = UNSET,
        content_sha256: str | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | Unset = UNSET,
        path: str | Unset = UNSET,
        view: MemoryView | Literal["basic", "full"] | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory:
        """Update a memory.

        Changes the memory and records a new version. To avoid overwriting someone else's change, send
        `content_sha256` with the hash you last read: when the stored content no longer has that hash
        the update is refused with 409 and nothing is written. 409 also answers updates in an archived
        store.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_id: The memory ID (`mem_...`).
            content: The new text; not blank, at most 100 KB (102,400 bytes) in UTF-8.
            content_sha256: Precondition: the SHA-256 (hex) of the content you expect to replace. If the
                stored content has another hash the update is refused with 409.
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            path: Move the memory to this path. Not in the docs; sent by the official SDK.
            view: How much of each memory a list returns, `basic` (no content) or `full`.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_update as _memories_update

        request = _memories_update._get_kwargs(
            memory_store_id,
            memory_id,
            body=json_body(
                {
                    "content": content,
                    "content_sha256": content_sha256,
                    "metadata": metadata,
                    "path": path,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            view=unset_if_none(enum_arg(MemoryView, "view", view)),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_update._parse_success
        )

    async def delete(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        expected_content_sha256: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryDeleted:
        """Delete a memory.

        Deletes the memory and records a version with operation `deleted`; earlier versions stay
        readable. Fails with 409 in an archived store.

        Args:
            memory_store_id: The memory store ID (`memstore_...`).
            memory_id: The memory ID (`mem_...`).
            expected_content_sha256: Delete only if the stored content still has this SHA-256 (hex). Not in the docs;
                sent by the official SDK.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import memories_delete as _memories_delete

        request = _memories_delete._get_kwargs(
            memory_store_id,
            memory_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            expected_content_sha256=unset_if_none(expected_content_sha256),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _memories_delete._parse_success
        )


class MemoriesResourceWithRawResponse:
    """`client.with_raw_response.memories`: the `memories` operations, each returning a `RawResponse`."""

    def __init__(self, resource: MemoriesResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class AsyncMemoriesResourceWithRawResponse:
    """`client.with_raw_response.memories`: the `memories` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncMemoriesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)


# What the command line offers for these operations (`qoder-cloud memories <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "memories",
        "operation": "memories_list",
        "summary": "List memories",
        "description": "Lists the store's memories. List items never carry `content`; retrieve a memory to read it.\nWith `depth`, directories below that depth come as `memory_prefix` items instead.",
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
                "name": "path_prefix",
                "wire": "path_prefix",
                "in": "query",
                "type": "string",
                "description": "Only memories whose path starts with this prefix, e.g. `notes/`.",
            },
            {
                "name": "depth",
                "wire": "depth",
                "in": "query",
                "type": "integer",
                "description": "How deep below `path_prefix` to list; `0` lists everything, `1` direct children.",
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
        "name": "create",
        "resource": "memories",
        "operation": "memories_create",
        "summary": "Create a memory",
        "description": "Writes a new memory at `path` and records its first version. Fails with 409 when the path is\ntaken or the store is archived. The oldest documented servers answer 201; newer ones are not\ndocumented, so 200 is accepted too.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},),
        "options": (
            {
                "name": "path",
                "wire": "path",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "Where to store it, relative to the store (no leading `/`, no `..`), e.g. `notes/style.md`.",
            },
            {
                "name": "content",
                "wire": "content",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "The text; not blank, at most 100 KB (102,400 bytes) in UTF-8.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
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
        "resource": "memories",
        "operation": "memories_retrieve",
        "summary": "Retrieve a memory",
        "description": "Returns the memory with its `content`.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},
            {"name": "memory_id", "description": "The memory ID (`mem_...`)."},
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
        "name": "update",
        "resource": "memories",
        "operation": "memories_update",
        "summary": "Update a memory",
        "description": "Changes the memory and records a new version. To avoid overwriting someone else's change, send\n`content_sha256` with the hash you last read: when the stored content no longer has that hash\nthe update is refused with 409 and nothing is written. 409 also answers updates in an archived\nstore.",
        "kind": "call",
        "body": "json",
        "arguments": (
            {"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},
            {"name": "memory_id", "description": "The memory ID (`mem_...`)."},
        ),
        "options": (
            {
                "name": "content",
                "wire": "content",
                "in": "body",
                "type": "string",
                "description": "The new text; not blank, at most 100 KB (102,400 bytes) in UTF-8.",
            },
            {
                "name": "content_sha256",
                "wire": "content_sha256",
                "in": "body",
                "type": "string",
                "description": "Precondition: the SHA-256 (hex) of the content you expect to replace. If the stored content\nhas another hash the update is refused with 409.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
            },
            {
                "name": "path",
                "wire": "path",
                "in": "body",
                "type": "string",
                "description": "Move the memory to this path. Not in the docs; sent by the official SDK.",
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
        "resource": "memories",
        "operation": "memories_delete",
        "summary": "Delete a memory",
        "description": "Deletes the memory and records a version with operation `deleted`; earlier versions stay\nreadable. Fails with 409 in an archived store.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "memory_store_id", "description": "The memory store ID (`memstore_...`)."},
            {"name": "memory_id", "description": "The memory ID (`mem_...`)."},
        ),
        "options": (
            {
                "name": "expected_content_sha256",
                "wire": "expected_content_sha256",
                "in": "query",
                "type": "string",
                "description": "Delete only if the stored content still has this SHA-256 (hex). Not in the docs; sent by the official SDK.",
            },
        ),
    },
)
