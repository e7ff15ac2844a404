# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `dreams` operations (`client.dreams`)."""

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
    list_or_unset,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.dream import Dream
    from ...models.dream_create_new_param import DreamCreateNewParam, DreamCreateNewParamDict
    from ...models.dream_list import DreamList
    from ...models.dream_memory_store_input_param import DreamMemoryStoreInputParam, DreamMemoryStoreInputParamDict
    from ...models.dream_model_param import DreamModelParam, DreamModelParamDict
    from ...models.dream_sessions_input_param import DreamSessionsInputParam, DreamSessionsInputParamDict
    from ...models.dream_update_existing_param import DreamUpdateExistingParam, DreamUpdateExistingParamDict

__all__ = [
    "AsyncDreamsResource",
    "AsyncDreamsResourceWithRawResponse",
    "DreamsResource",
    "DreamsResourceWithRawResponse",
]


class DreamsResource(SyncAPIResource):
    """The `dreams` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        statuses: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Dream]:
        """List dreams.

        Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some
        servers answer with `data` alone (no `has_more`): that is the only page.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            statuses: Only dreams in one of these statuses; repeat for several. Not in the docs; sent
                by the official SDK.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_list as _dreams_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> DreamList:
            request = _dreams_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _dreams_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "statuses": list_or_unset("statuses", statuses),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atlt": unset_if_none(created_at_lt),
            },
        )

    def create(
        self,
        *,
        inputs: Sequence[
            DreamMemoryStoreInputParam
            | DreamMemoryStoreInputParamDict
            | DreamSessionsInputParam
            | DreamSessionsInputParamDict
        ],
        model: str | DreamModelParam | DreamModelParamDict | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        output_behavior: DreamCreateNewParam
        | DreamCreateNewParamDict
        | DreamUpdateExistingParam
        | DreamUpdateExistingParamDict
        | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Start a dream.

        Starts an asynchronous memory consolidation: the dream reads one memory store (and optionally
        past sessions) and writes a reorganised output memory store. It is created `pending`, then runs,
        and ends `completed`, `failed` (with an `error`) or `canceled`. Poll it with `dreams_retrieve`.

        Args:
            inputs: Exactly one `memory_store` input, and optionally one `sessions` input.
            model: The model to use; `auto` when omitted.
            instructions: Guidance for the consolidation.
            output_behavior: Where to write, chosen by `type`. Not in the docs; sent by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_create as _dreams_create

        request = _dreams_create._get_kwargs(
            body=json_body(
                {
                    "inputs": list_arg("inputs", inputs),
                    "model": model,
                    "instructions": instructions,
                    "output_behavior": output_behavior,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_create._parse_success
        )

    def retrieve(
        self,
        dream_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Retrieve a dream.

        Args:
            dream_id: The dream ID (`drm_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_retrieve as _dreams_retrieve

        request = _dreams_retrieve._get_kwargs(
            dream_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_retrieve._parse_success
        )

    def cancel(
        self,
        dream_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Cancel a dream.

        Stops a pending or running dream (`canceled`). Canceling a canceled dream answers it again; a
        `completed` or `failed` dream cannot be canceled (400).

        Args:
            dream_id: The dream ID (`drm_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_cancel as _dreams_cancel

        request = _dreams_cancel._get_kwargs(
            dream_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_cancel._parse_success
        )

    def archive(
        self,
        dream_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Archive a dream.

        Hides a finished dream from lists (`archived_at` set); archiving again answers it unchanged. A
        `pending` or `running` dream cannot be archived (400): cancel it first.

        Args:
            dream_id: The dream ID (`drm_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_archive as _dreams_archive

        request = _dreams_archive._get_kwargs(
            dream_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_archive._parse_success
        )


class AsyncDreamsResource(AsyncAPIResource):
    """The `dreams` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        statuses: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Dream]:
        """List dreams.

        Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some
        servers answer with `data` alone (no `has_more`): that is the only page.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            statuses: Only dreams in one of these statuses; repeat for several. Not in the docs; sent
                by the official SDK.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_list as _dreams_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> DreamList:
            request = _dreams_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _dreams_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "statuses": list_or_unset("statuses", statuses),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atlt": unset_if_none(created_at_lt),
            },
        )

    async def create(
        self,
        *,
        inputs: Sequence[
            DreamMemoryStoreInputParam
            | DreamMemoryStoreInputParamDict
            | DreamSessionsInputParam
            | DreamSessionsInputParamDict
        ],
        model: str | DreamModelParam | DreamModelParamDict | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        output_behavior: DreamCreateNewParam
        | DreamCreateNewParamDict
        | DreamUpdateExistingParam
        | DreamUpdateExistingParamDict
        | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Start a dream.

        Starts an asynchronous memory consolidation: the dream reads one memory store (and optionally
        past sessions) and writes a reorganised output memory store. It is created `pending`, then runs,
        and ends `completed`, `failed` (with an `error`) or `canceled`. Poll it with `dreams_retrieve`.

        Args:
            inputs: Exactly one `memory_store` input, and optionally one `sessions` input.
            model: The model to use; `auto` when omitted.
            instructions: Guidance for the consolidation.
            output_behavior: Where to write, chosen by `type`. Not in the docs; sent by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_create as _dreams_create

        request = _dreams_create._get_kwargs(
            body=json_body(
                {
                    "inputs": list_arg("inputs", inputs),
                    "model": model,
                    "instructions": instructions,
                    "output_behavior": output_behavior,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_create._parse_success
        )

    async def retrieve(
        self,
        dream_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Retrieve a dream.

        Args:
            dream_id: The dream ID (`drm_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_retrieve as _dreams_retrieve

        request = _dreams_retrieve._get_kwargs(
            dream_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_retrieve._parse_success
        )

    async def cancel(
        self,
        dream_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Cancel a dream.

        Stops a pending or running dream (`canceled`). Canceling a canceled dream answers it again; a
        `completed` or `failed` dream cannot be canceled (400).

        Args:
            dream_id: The dream ID (`drm_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_cancel as _dreams_cancel

        request = _dreams_cancel._get_kwargs(
            dream_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_cancel._parse_success
        )

    async def archive(
        self,
        dream_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Dream:
        """Archive a dream.

        Hides a finished dream from lists (`archived_at` set); archiving again answers it unchanged. A
        `pending` or `running` dream cannot be archived (400): cancel it first.

        Args:
            dream_id: The dream ID (`drm_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import dreams_archive as _dreams_archive

        request = _dreams_archive._get_kwargs(
            dream_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _dreams_archive._parse_success
        )


class DreamsResourceWithRawResponse:
    """`client.with_raw_response.dreams`: the `dreams` operations, each returning a `RawResponse`."""

    def __init__(self, resource: DreamsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.cancel = raw_response(resource.cancel)
        self.archive = raw_response(resource.archive)


class AsyncDreamsResourceWithRawResponse:
    """`client.with_raw_response.dreams`: the `dreams` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncDreamsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.cancel = async_raw_response(resource.cancel)
        self.archive = async_raw_response(resource.archive)


# What the command line offers for these operations (`qoder-cloud dreams <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "dreams",
        "operation": "dreams_list",
        "summary": "List dreams",
        "description": "Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some servers\nanswer with `data` alone (no `has_more`): that is the only page.",
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
                "name": "statuses",
                "wire": "statuses[]",
                "in": "query",
                "type": "string",
                "multiple": True,
                "description": "Only dreams in one of these statuses; repeat for several. Not in the docs; sent by the official SDK.",
            },
            {
                "name": "created_at_gt",
                "wire": "created_at[gt]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created strictly after this RFC 3339 time.",
            },
            {
                "name": "created_at_lt",
                "wire": "created_at[lt]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created strictly before this RFC 3339 time.",
            },
        ),
    },
    {
        "name": "create",
        "resource": "dreams",
        "operation": "dreams_create",
        "summary": "Start a dream",
        "description": "Starts an asynchronous memory consolidation: the dream reads one memory store (and optionally\npast sessions) and writes a reorganised output memory store. It is created `pending`, then runs,\nand ends `completed`, `failed` (with an `error`) or `canceled`. Poll it with `dreams_retrieve`.",
        "kind": "call",
        "body": "json",
        "arguments": (),
        "options": (
            {
                "name": "inputs",
                "wire": "inputs",
                "in": "body",
                "type": "json",
                "required": True,
                "description": "Exactly one `memory_store` input, and optionally one `sessions` input.",
            },
            {
                "name": "model",
                "wire": "model",
                "in": "body",
                "type": "json",
                "or_text": True,
                "description": "The model to use; `auto` when omitted.",
            },
            {
                "name": "instructions",
                "wire": "instructions",
                "in": "body",
                "type": "string",
                "description": "Guidance for the consolidation.",
            },
            {
                "name": "output_behavior",
                "wire": "output_behavior",
                "in": "body",
                "type": "json",
                "description": "Where to write, chosen by `type`. Not in the docs; sent by the official SDK.",
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
        "resource": "dreams",
        "operation": "dreams_retrieve",
        "summary": "Retrieve a dream",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "dream_id", "description": "The dream ID (`drm_...`)."},),
        "options": (),
    },
    {
        "name": "cancel",
        "resource": "dreams",
        "operation": "dreams_cancel",
        "summary": "Cancel a dream",
        "description": "Stops a pending or running dream (`canceled`). Canceling a canceled dream answers it again; a\n`completed` or `failed` dream cannot be canceled (400).",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "dream_id", "description": "The dream ID (`drm_...`)."},),
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
        "name": "archive",
        "resource": "dreams",
        "operation": "dreams_archive",
        "summary": "Archive a dream",
        "description": "Hides a finished dream from lists (`archived_at` set); archiving again answers it unchanged. A\n`pending` or `running` dream cannot be archived (400): cancel it first.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "dream_id", "description": "The dream ID (`drm_...`)."},),
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
