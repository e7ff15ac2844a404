# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `skill_versions` operations (`client.skill_versions`)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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
    async_raw_response,
    beta_header,
    raw_response,
    unset_if_none,
    upload_files,
    workspace_header,
)

from ...models.skill_version_create_params import SkillVersionCreateParams
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.skill_version import SkillVersion
    from ...models.skill_version_deleted import SkillVersionDeleted
    from ...models.skill_version_list import SkillVersionList
    from ...types import File

__all__ = [
    "AsyncSkillVersionsResource",
    "AsyncSkillVersionsResourceWithRawResponse",
    "SkillVersionsResource",
    "SkillVersionsResourceWithRawResponse",
]


class SkillVersionsResource(SyncAPIResource):
    """The `skill_versions` operations."""

    def list(
        self,
        skill_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SkillVersion]:
        """List a skill's versions.

        Lists the skill's versions, newest first. Current servers send `data`, `has_more` and
        `next_page` only; walk forward with `page`.

        Args:
            skill_id: The skill ID (`skill_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_list as _skill_versions_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SkillVersionList:
            request = _skill_versions_list._get_kwargs(
                skill_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _skill_versions_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    def create(
        self,
        skill_id: str,
        *,
        files: FilesInput,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Create a skill version.

        Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the
        same package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the
        skill's name. The new version becomes the skill's `latest_version`.

        Args:
            skill_id: The skill ID (`skill_...`).
            files: The complete package: one `.zip`, or every file of the tree, each part's
                filename being its path (e.g. `my-skill/SKILL.md`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_create as _skill_versions_create

        request = _skill_versions_create._get_kwargs(
            skill_id,
            body=SkillVersionCreateParams(
                files=upload_files("files", files),
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_create._parse_success,
        )

    def retrieve(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Retrieve a skill version.

        Args:
            skill_id: The skill ID (`skill_...`).
            version: A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is
                refused with 400).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_retrieve as _skill_versions_retrieve

        request = _skill_versions_retrieve._get_kwargs(
            skill_id,
            version,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_retrieve._parse_success,
        )

    def delete(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillVersionDeleted:
        """Delete a skill version.

        Deletes one version; the deletion object's `id` is the version string.

        Args:
            skill_id: The skill ID (`skill_...`).
            version: A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is
                refused with 400).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_delete as _skill_versions_delete

        request = _skill_versions_delete._get_kwargs(
            skill_id,
            version,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_delete._parse_success,
        )

    def _content_request(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """The request `content` sends."""
        from . import skill_versions_content as _skill_versions_content

        return _skill_versions_content._get_kwargs(
            skill_id,
            version,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

    def content(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> File:
        """Download a skill version.

        Returns the version's files as a zip archive (the bytes themselves, not a link). The archive
        holds one top-level directory named after the skill.

        Args:
            skill_id: The skill ID (`skill_...`).
            version: A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is
                refused with 400).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_content as _skill_versions_content

        request = self._content_request(
            skill_id,
            version,
            workspace_id=workspace_id,
            betas=betas,
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_content._parse_success,
        )


class AsyncSkillVersionsResource(AsyncAPIResource):
    """The `skill_versions` operations, for asyncio."""

    def list(
        self,
        skill_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SkillVersion]:
        """List a skill's versions.

        Lists the skill's versions, newest first. Current servers send `data`, `has_more` and
        `next_page` only; walk forward with `page`.

        Args:
            skill_id: The skill ID (`skill_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_list as _skill_versions_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SkillVersionList:
            request = _skill_versions_list._get_kwargs(
                skill_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _skill_versions_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    async def create(
        self,
        skill_id: str,
        *,
        files: FilesInput,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Create a skill version.

        Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the
        same package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the
        skill's name. The new version becomes the skill's `latest_version`.

        Args:
            skill_id: The skill ID (`skill_...`).
            files: The complete package: one `.zip`, or every file of the tree, each part's
                filename being its path (e.g. `my-skill/SKILL.md`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_create as _skill_versions_create

        request = _skill_versions_create._get_kwargs(
            skill_id,
            body=SkillVersionCreateParams(
                files=upload_files("files", files),
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_create._parse_success,
        )

    async def retrieve(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillVersion:
        """Retrieve a skill version.

        Args:
            skill_id: The skill ID (`skill_...`).
            version: A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is
                refused with 400).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_retrieve as _skill_versions_retrieve

        request = _skill_versions_retrieve._get_kwargs(
            skill_id,
            version,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_retrieve._parse_success,
        )

    async def delete(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillVersionDeleted:
        """Delete a skill version.

        Deletes one version; the deletion object's `id` is the version string.

        Args:
            skill_id: The skill ID (`skill_...`).
            version: A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is
                refused with 400).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_delete as _skill_versions_delete

        request = _skill_versions_delete._get_kwargs(
            skill_id,
            version,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_delete._parse_success,
        )

    def _content_request(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """The request `content` sends."""
        from . import skill_versions_content as _skill_versions_content

        return _skill_versions_content._get_kwargs(
            skill_id,
            version,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

    async def content(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> File:
        """Download a skill version.

        Returns the version's files as a zip archive (the bytes themselves, not a link). The archive
        holds one top-level directory named after the skill.

        Args:
            skill_id: The skill ID (`skill_...`).
            version: A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is
                refused with 400).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import skill_versions_content as _skill_versions_content

        request = self._content_request(
            skill_id,
            version,
            workspace_id=workspace_id,
            betas=betas,
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _skill_versions_content._parse_success,
        )


class SkillVersionsResourceWithRawResponse:
    """`client.with_raw_response.skill_versions`: the `skill_versions` operations, each returning a `RawResponse`."""

    def __init__(self, resource: SkillVersionsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.delete = raw_response(resource.delete)
        self.content = raw_response(resource.content)


class AsyncSkillVersionsResourceWithRawResponse:
    """`client.with_raw_response.skill_versions`: the `skill_versions` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncSkillVersionsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.delete = async_raw_response(resource.delete)
        self.content = async_raw_response(resource.content)


# What the command line offers for these operations (`qoder-cloud skill-versions <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "skill_versions",
        "operation": "skill_versions_list",
        "summary": "List a skill's versions",
        "description": "Lists the skill's versions, newest first. Current servers send `data`, `has_more` and\n`next_page` only; walk forward with `page`.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "skill_id", "description": "The skill ID (`skill_...`)."},),
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
        ),
    },
    {
        "name": "create",
        "resource": "skill_versions",
        "operation": "skill_versions_create",
        "summary": "Create a skill version",
        "description": "Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the\nsame package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the\nskill's name.\nThe new version becomes the skill's `latest_version`.",
        "kind": "call",
        "body": "multipart",
        "arguments": ({"name": "skill_id", "description": "The skill ID (`skill_...`)."},),
        "options": (
            {
                "name": "files",
                "wire": "files",
                "in": "body",
                "type": "files",
                "required": True,
                "description": "The complete package: one `.zip`, or every file of the tree, each part's filename being its\npath (e.g. `my-skill/SKILL.md`).",
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
        "resource": "skill_versions",
        "operation": "skill_versions_retrieve",
        "summary": "Retrieve a skill version",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "skill_id", "description": "The skill ID (`skill_...`)."},
            {
                "name": "version",
                "description": "A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is refused with 400).",
            },
        ),
        "options": (),
    },
    {
        "name": "delete",
        "resource": "skill_versions",
        "operation": "skill_versions_delete",
        "summary": "Delete a skill version",
        "description": "Deletes one version; the deletion object's `id` is the version string.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "skill_id", "description": "The skill ID (`skill_...`)."},
            {
                "name": "version",
                "description": "A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is refused with 400).",
            },
        ),
        "options": (),
    },
    {
        "name": "content",
        "resource": "skill_versions",
        "operation": "skill_versions_content",
        "summary": "Download a skill version",
        "description": "Returns the version's files as a zip archive (the bytes themselves, not a link). The archive\nholds one top-level directory named after the skill.",
        "kind": "download",
        "body": "",
        "arguments": (
            {"name": "skill_id", "description": "The skill ID (`skill_...`)."},
            {
                "name": "version",
                "description": "A version string of the skill, e.g. `1759178010641129` (digits only; `latest` is refused with 400).",
            },
        ),
        "options": (),
    },
)
