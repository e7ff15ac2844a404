# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `session_resources` operations (`client.session_resources`)."""

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

from ...models.session_resource_add_type import SessionResourceAddType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.file_resource import FileResource
    from ...models.git_hub_repository_resource import GitHubRepositoryResource
    from ...models.git_repository_resource import GitRepositoryResource
    from ...models.memory_store_resource import MemoryStoreResource
    from ...models.session_resource_deleted import SessionResourceDeleted
    from ...models.session_resource_list import SessionResourceList
    from ...models.unknown_session_resource import UnknownSessionResource
    from . import session_resources_list as _session_resources_list

__all__ = [
    "AsyncSessionResourcesResource",
    "AsyncSessionResourcesResourceWithRawResponse",
    "SessionResource",
    "SessionResourcesResource",
    "SessionResourcesResourceWithRawResponse",
]

if TYPE_CHECKING:
    SessionResource: TypeAlias = _session_resources_list.Item
else:

    def __getattr__(name: str) -> Any:
        if name == "SessionResource":
            from . import session_resources_list as _session_resources_list

            return _session_resources_list.Item
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SessionResourcesResource(SyncAPIResource):
    """The `session_resources` operations."""

    def list(
        self,
        session_id: str,
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
    ) -> SyncPage[SessionResource]:
        """List a session's resources.

        Args:
            session_id: The session ID (`sess_...`).
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

        from . import session_resources_list as _session_resources_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionResourceList:
            request = _session_resources_list._get_kwargs(
                session_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _session_resources_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    def add(
        self,
        session_id: str,
        *,
        type: SessionResourceAddType | Literal["file"],
        file_id: str,
        mount_path: str | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
        """Add a file to a session.

        Mounts an uploaded file into a running session. Only files can be added after creation;
        repositories and memory stores are given when the session is created. Fails with 409 when the
        session is archived or terminated, the file is not ready, or it is already mounted.

        Args:
            session_id: The session ID (`sess_...`).
            type: Always `file`; only files can be added to an existing session.
            file_id: The file to mount (`file_` prefix); it must be ready.
            mount_path: Where to mount it; `/mnt/session/uploads/<file_id>` by default.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_add as _session_resources_add

        request = _session_resources_add._get_kwargs(
            session_id,
            body=json_body(
                {
                    "type": enum_arg(SessionResourceAddType, "type", type),
                    "file_id": file_id,
                    "mount_path": mount_path,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_add._parse_success,
        )

    def retrieve(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
        """Retrieve a session resource.

        Args:
            session_id: The session ID (`sess_...`).
            resource_id: The session resource ID (`sesr_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_retrieve as _session_resources_retrieve

        request = _session_resources_retrieve._get_kwargs(
            session_id,
            resource_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_retrieve._parse_success,
        )

    def update(
        self,
        session_id: str,
        resource_id: str,
        *,
        authorization_token: str | Unset = UNSET,
        password: str | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
        """Rotate a repository credential.

        Replaces the credential of a repository resource: `authorization_token` for a GitHub repository,
        `password` for another Git repository. Sending both with different values is an error.
        Credentials are never returned.

        Args:
            session_id: The session ID (`sess_...`).
            resource_id: The session resource ID (`sesr_...`).
            authorization_token: New GitHub token (GitHub repositories).
            password: New password or token (other Git repositories); kept byte for byte, spaces
                included. The repository URL must already name the user.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_update as _session_resources_update

        request = _session_resources_update._get_kwargs(
            session_id,
            resource_id,
            body=json_body(
                {
                    "authorization_token": authorization_token,
                    "password": password,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_update._parse_success,
        )

    def delete(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionResourceDeleted:
        """Remove a session resource.

        Unmounts the resource from the session.

        Args:
            session_id: The session ID (`sess_...`).
            resource_id: The session resource ID (`sesr_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_delete as _session_resources_delete

        request = _session_resources_delete._get_kwargs(
            session_id,
            resource_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_delete._parse_success,
        )


class AsyncSessionResourcesResource(AsyncAPIResource):
    """The `session_resources` operations, for asyncio."""

    def list(
        self,
        session_id: str,
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
    ) -> AsyncPaginator[SessionResource]:
        """List a session's resources.

        Args:
            session_id: The session ID (`sess_...`).
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

        from . import session_resources_list as _session_resources_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionResourceList:
            request = _session_resources_list._get_kwargs(
                session_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _session_resources_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    async def add(
        self,
        session_id: str,
        *,
        type: SessionResourceAddType | Literal["file"],
        file_id: str,
        mount_path: str | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
        """Add a file to a session.

        Mounts an uploaded file into a running session. Only files can be added after creation;
        repositories and memory stores are given when the session is created. Fails with 409 when the
        session is archived or terminated, the file is not ready, or it is already mounted.

        Args:
            session_id: The session ID (`sess_...`).
            type: Always `file`; only files can be added to an existing session.
            file_id: The file to mount (`file_` prefix); it must be ready.
            mount_path: Where to mount it; `/mnt/session/uploads/<file_id>` by default.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_add as _session_resources_add

        request = _session_resources_add._get_kwargs(
            session_id,
            body=json_body(
                {
                    "type": enum_arg(SessionResourceAddType, "type", type),
                    "file_id": file_id,
                    "mount_path": mount_path,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_add._parse_success,
        )

    async def retrieve(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
        """Retrieve a session resource.

        Args:
            session_id: The session ID (`sess_...`).
            resource_id: The session resource ID (`sesr_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_retrieve as _session_resources_retrieve

        request = _session_resources_retrieve._get_kwargs(
            session_id,
            resource_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_retrieve._parse_success,
        )

    async def update(
        self,
        session_id: str,
        resource_id: str,
        *,
        authorization_token: str | Unset = UNSET,
        password: str | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
        """Rotate a repository credential.

        Replaces the credential of a repository resource: `authorization_token` for a GitHub repository,
        `password` for another Git repository. Sending both with different values is an error.
        Credentials are never returned.

        Args:
            session_id: The session ID (`sess_...`).
            resource_id: The session resource ID (`sesr_...`).
            authorization_token: New GitHub token (GitHub repositories).
            password: New password or token (other Git repositories); kept byte for byte, spaces
                included. The repository URL must already name the user.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_update as _session_resources_update

        request = _session_resources_update._get_kwargs(
            session_id,
            resource_id,
            body=json_body(
                {
                    "authorization_token": authorization_token,
                    "password": password,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_update._parse_success,
        )

    async def delete(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionResourceDeleted:
        """Remove a session resource.

        Unmounts the resource from the session.

        Args:
            session_id: The session ID (`sess_...`).
            resource_id: The session resource ID (`sesr_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import session_resources_delete as _session_resources_delete

        request = _session_resources_delete._get_kwargs(
            session_id,
            resource_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _session_resources_delete._parse_success,
        )


class SessionResourcesResourceWithRawResponse:
    """`client.with_raw_response.session_resources`: the `session_resources` operations, each returning a `RawResponse`."""

    def __init__(self, resource: SessionResourcesResource) -> None:
        self.list = raw_response(resource.list)
        self.add = raw_response(resource.add)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class AsyncSessionResourcesResourceWithRawResponse:
    """`client.with_raw_response.session_resources`: the `session_resources` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncSessionResourcesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.add = async_raw_response(resource.add)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)


# What the command line offers for these operations (`qoder-cloud session-resources <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "session_resources",
        "operation": "session_resources_list",
        "summary": "List a session's resources",
        "description": "",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
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
        "name": "add",
        "resource": "session_resources",
        "operation": "session_resources_add",
        "summary": "Add a file to a session",
        "description": "Mounts an uploaded file into a running session. Only files can be added after creation;\nrepositories and memory stores are given when the session is created. Fails with 409 when the\nsession is archived or terminated, the file is not ready, or it is already mounted.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
        "options": (
            {
                "name": "type",
                "wire": "type",
                "in": "body",
                "type": "choice",
                "required": True,
                "description": "Always `file`; only files can be added to an existing session.",
                "choices": ("file",),
            },
            {
                "name": "file_id",
                "wire": "file_id",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "The file to mount (`file_` prefix); it must be ready.",
            },
            {
                "name": "mount_path",
                "wire": "mount_path",
                "in": "body",
                "type": "string",
                "description": "Where to mount it; `/mnt/session/uploads/<file_id>` by default.",
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
        "resource": "session_resources",
        "operation": "session_resources_retrieve",
        "summary": "Retrieve a session resource",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "resource_id", "description": "The session resource ID (`sesr_...`)."},
        ),
        "options": (),
    },
    {
        "name": "update",
        "resource": "session_resources",
        "operation": "session_resources_update",
        "summary": "Rotate a repository credential",
        "description": "Replaces the credential of a repository resource: `authorization_token` for a GitHub repository,\n`password` for another Git repository. Sending both with different values is an error. Credentials\nare never returned.",
        "kind": "call",
        "body": "json",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "resource_id", "description": "The session resource ID (`sesr_...`)."},
        ),
        "options": (
            {
                "name": "authorization_token",
                "wire": "authorization_token",
                "in": "body",
                "type": "string",
                "description": "New GitHub token (GitHub repositories).",
            },
            {
                "name": "password",
                "wire": "password",
                "in": "body",
                "type": "string",
                "description": "New password or token (other Git repositories); kept byte for byte, spaces included. The\nrepository URL must already name the user.",
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
        "resource": "session_resources",
        "operation": "session_resources_delete",
        "summary": "Remove a session resource",
        "description": "Unmounts the resource from the session.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "resource_id", "description": "The session resource ID (`sesr_...`)."},
        ),
        "options": (),
    },
)
