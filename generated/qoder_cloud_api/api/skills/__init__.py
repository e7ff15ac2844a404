# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `skills` operations (`client.skills`)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from qoder_cloud._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    FilesInput,
    NotGiven,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    TimeoutTypes,
    as_model,
    async_raw_response,
    beta_header,
    enum_arg,
    json_body,
    raw_response,
    unset_if_none,
    upload_files,
    workspace_header,
)

from ...models.metadata import Metadata
from ...models.skill_create_params import SkillCreateParams
from ...models.skill_search_params_source import SkillSearchParamsSource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.metadata_filter import MetadataFilter
    from ...models.skill import Skill
    from ...models.skill_deleted import SkillDeleted
    from ...models.skill_list import SkillList
    from ...models.skill_search_page import SkillSearchPage

__all__ = [
    "AsyncSkillsResource",
    "AsyncSkillsResourceWithRawResponse",
    "SkillsResource",
    "SkillsResourceWithRawResponse",
]


class SkillsResource(SyncAPIResource):
    """The `skills` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        display_title: str | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Skill]:
        """List skills.

        Lists skills, newest first. List items carry no file content.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            name: Only skills whose name starts with this text (case-insensitive).
            display_title: Only skills whose `display_title` matches this text. Not in the docs; sent by
                the official SDK.
            source: Only skills of this origin, a `SkillSource` value (e.g. `custom` or `qoder`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_list as _skills_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SkillList:
            request = _skills_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _skills_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "name": unset_if_none(name),
                "display_title": unset_if_none(display_title),
                "source": unset_if_none(source),
            },
        )

    def create(
        self,
        *,
        files: FilesInput,
        display_title: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Create a skill.

        Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or
        the files of a directory tree, each part's filename carrying its path. The package must hold
        exactly one top-level directory with a `SKILL.md` whose front matter has `name` and
        `description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the
        skill's first version. The oldest documented servers answer 201; newer ones are not documented,
        so 200 is accepted too.

        Args:
            files: The package: one `.zip`, or every file of the tree, each part's filename being
                its path (e.g. `my-skill/SKILL.md`).
            display_title: Human-readable title; defaults to the `name` in `SKILL.md`.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_create as _skills_create

        request = _skills_create._get_kwargs(
            body=SkillCreateParams(
                files=upload_files("files", files),
                display_title=display_title,
                metadata=as_model(Metadata, metadata),
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _skills_create._parse_success
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Retrieve a skill.

        Args:
            skill_id: The skill ID (`skill_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_retrieve as _skills_retrieve

        request = _skills_retrieve._get_kwargs(
            skill_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _skills_retrieve._parse_success
        )

    def delete(
        self,
        skill_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillDeleted:
        """Delete a skill.

        Deletes the skill and all of its versions.

        Args:
            skill_id: The skill ID (`skill_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_delete as _skills_delete

        request = _skills_delete._get_kwargs(
            skill_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _skills_delete._parse_success
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        source: SkillSearchParamsSource | Literal["custom", "qoder"] | Unset = UNSET,
        display_title: str | Unset = UNSET,
        name: str | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Skill]:
        """Search skills.

        Finds skills by the filters in the body (all optional, combined with AND), newest first. A beta:
        the request must carry `x-qoder-beta: search-2026-08-31`. Every filter and the cursor travel in
        the JSON body; URL query parameters are ignored. Page on by sending the answer's `next_page`
        back as `page`. At most 10 searches may be in flight at once; more are answered `429
        rate_limit_error`.

        Args:
            metadata: Only items whose metadata holds every one of these keys with exactly this value.
                Keys are 1 to 64 characters, values up to 512.
            limit: Page size, 1 to 100 (20 when left out).
            page: The `next_page` of the previous answer, sent back unchanged; never built by
                hand.
            source: Only skills from this source, `custom` (uploaded) or `qoder` (built in).
            display_title: Only skills whose display title contains this text (ignoring case).
            name: The older name of `display_title`; used only when `display_title` is not sent.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import skills_search as _skills_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(body: dict[str, Any]) -> SkillSearchPage:
            request = _skills_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return self._call(request, options, _skills_search._parse_success)

        return SyncPage.first(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "source": enum_arg(SkillSearchParamsSource, "source", source),
                "display_title": display_title,
                "name": name,
            },
        )


class AsyncSkillsResource(AsyncAPIResource):
    """The `skills` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        display_title: str | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Skill]:
        """List skills.

        Lists skills, newest first. List items carry no file content.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            name: Only skills whose name starts with this text (case-insensitive).
            display_title: Only skills whose `display_title` matches this text. Not in the docs; sent by
                the official SDK.
            source: Only skills of this origin, a `SkillSource` value (e.g. `custom` or `qoder`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_list as _skills_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SkillList:
            request = _skills_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _skills_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "name": unset_if_none(name),
                "display_title": unset_if_none(display_title),
                "source": unset_if_none(source),
            },
        )

    async def create(
        self,
        *,
        files: FilesInput,
        display_title: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Create a skill.

        Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or
        the files of a directory tree, each part's filename carrying its path. The package must hold
        exactly one top-level directory with a `SKILL.md` whose front matter has `name` and
        `description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the
        skill's first version. The oldest documented servers answer 201; newer ones are not documented,
        so 200 is accepted too.

        Args:
            files: The package: one `.zip`, or every file of the tree, each part's filename being
                its path (e.g. `my-skill/SKILL.md`).
            display_title: Human-readable title; defaults to the `name` in `SKILL.md`.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_create as _skills_create

        request = _skills_create._get_kwargs(
            body=SkillCreateParams(
                files=upload_files("files", files),
                display_title=display_title,
                metadata=as_model(Metadata, metadata),
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _skills_create._parse_success
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Skill:
        """Retrieve a skill.

        Args:
            skill_id: The skill ID (`skill_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_retrieve as _skills_retrieve

        request = _skills_retrieve._get_kwargs(
            skill_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _skills_retrieve._parse_success
        )

    async def delete(
        self,
        skill_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillDeleted:
        """Delete a skill.

        Deletes the skill and all of its versions.

        Args:
            skill_id: The skill ID (`skill_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skills_delete as _skills_delete

        request = _skills_delete._get_kwargs(
            skill_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _skills_delete._parse_success
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        source: SkillSearchParamsSource | Literal["custom", "qoder"] | Unset = UNSET,
        display_title: str | Unset = UNSET,
        name: str | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Skill]:
        """Search skills.

        Finds skills by the filters in the body (all optional, combined with AND), newest first. A beta:
        the request must carry `x-qoder-beta: search-2026-08-31`. Every filter and the cursor travel in
        the JSON body; URL query parameters are ignored. Page on by sending the answer's `next_page`
        back as `page`. At most 10 searches may be in flight at once; more are answered `429
        rate_limit_error`.

        Args:
            metadata: Only items whose metadata holds every one of these keys with exactly this value.
                Keys are 1 to 64 characters, values up to 512.
            limit: Page size, 1 to 100 (20 when left out).
            page: The `next_page` of the previous answer, sent back unchanged; never built by
                hand.
            source: Only skills from this source, `custom` (uploaded) or `qoder` (built in).
            display_title: Only skills whose display title contains this text (ignoring case).
            name: The older name of `display_title`; used only when `display_title` is not sent.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import skills_search as _skills_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(body: dict[str, Any]) -> SkillSearchPage:
            request = _skills_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return await self._call(request, options, _skills_search._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "source": enum_arg(SkillSearchParamsSource, "source", source),
                "display_title": display_title,
                "name": name,
            },
        )


class SkillsResourceWithRawResponse:
    """`client.with_raw_response.skills`: the `skills` operations, each returning a `RawResponse`."""

    def __init__(self, resource: SkillsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.delete = raw_response(resource.delete)
        self.search = raw_response(resource.search)


class AsyncSkillsResourceWithRawResponse:
    """`client.with_raw_response.skills`: the `skills` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncSkillsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.delete = async_raw_response(resource.delete)
        self.search = async_raw_response(resource.search)


# What the command line offers for these operations (`qoder-cloud skills <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "skills",
        "operation": "skills_list",
        "summary": "List skills",
        "description": "Lists skills, newest first. List items carry no file content.",
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
                "name": "name",
                "wire": "name",
                "in": "query",
                "type": "string",
                "description": "Only skills whose name starts with this text (case-insensitive).",
            },
            {
                "name": "display_title",
                "wire": "display_title",
                "in": "query",
                "type": "string",
                "description": "Only skills whose `display_title` matches this text. Not in the docs; sent by the official SDK.",
            },
            {
                "name": "source",
                "wire": "source",
                "in": "query",
                "type": "string",
                "description": "Only skills of this origin, a `SkillSource` value (e.g. `custom` or `qoder`).",
            },
        ),
    },
    {
        "name": "create",
        "resource": "skills",
        "operation": "skills_create",
        "summary": "Create a skill",
        "description": "Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or\nthe files of a directory tree, each part's filename carrying its path. The package must hold\nexactly one top-level directory with a `SKILL.md` whose front matter has `name` and\n`description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the\nskill's first version. The oldest documented servers answer 201; newer ones are not documented,\nso 200 is accepted too.",
        "kind": "call",
        "body": "multipart",
        "arguments": (),
        "options": (
            {
                "name": "files",
                "wire": "files",
                "in": "body",
                "type": "files",
                "required": True,
                "description": "The package: one `.zip`, or every file of the tree, each part's filename being its path\n(e.g. `my-skill/SKILL.md`).",
            },
            {
                "name": "display_title",
                "wire": "display_title",
                "in": "body",
                "type": "string",
                "description": "Human-readable title; defaults to the `name` in `SKILL.md`.",
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
        "resource": "skills",
        "operation": "skills_retrieve",
        "summary": "Retrieve a skill",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "skill_id", "description": "The skill ID (`skill_...`)."},),
        "options": (),
    },
    {
        "name": "delete",
        "resource": "skills",
        "operation": "skills_delete",
        "summary": "Delete a skill",
        "description": "Deletes the skill and all of its versions.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "skill_id", "description": "The skill ID (`skill_...`)."},),
        "options": (),
    },
    {
        "name": "search",
        "resource": "skills",
        "operation": "skills_search",
        "summary": "Search skills",
        "description": "Finds skills by the filters in the body (all optional, combined with AND), newest first. A beta:\nthe request must carry `x-qoder-beta: search-2026-08-31`. Every filter and the cursor travel in\nthe JSON body; URL query parameters are ignored. Page on by sending the answer's `next_page`\nback as `page`. At most 10 searches may be in flight at once; more are answered\n`429 rate_limit_error`.",
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
                "name": "source",
                "wire": "source",
                "in": "body",
                "type": "choice",
                "description": "Only skills from this source, `custom` (uploaded) or `qoder` (built in).",
                "choices": (
                    "custom",
                    "qoder",
                ),
            },
            {
                "name": "display_title",
                "wire": "display_title",
                "in": "body",
                "type": "string",
                "description": "Only skills whose display title contains this text (ignoring case).",
            },
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "The older name of `display_title`; used only when `display_title` is not sent.",
            },
        ),
    },
)
