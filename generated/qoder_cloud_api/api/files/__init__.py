# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `files` operations (`client.files`)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qoder_cloud._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    FileInput,
    NotGiven,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    TimeoutTypes,
    as_model,
    async_raw_response,
    beta_header,
    json_body,
    list_or_unset,
    raw_response,
    unset_if_none,
    upload_file,
    workspace_header,
)

from ...models.file_upload_params import FileUploadParams
from ...models.metadata import Metadata
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.file_content_link import FileContentLink
    from ...models.file_deleted import FileDeleted
    from ...models.file_list import FileList
    from ...models.file_metadata import FileMetadata
    from ...models.file_search_page import FileSearchPage
    from ...models.metadata_filter import MetadataFilter

__all__ = ["AsyncFilesResource", "AsyncFilesResourceWithRawResponse", "FilesResource", "FilesResourceWithRawResponse"]


class FilesResource(SyncAPIResource):
    """The `files` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        scope_id: str | None | Unset = UNSET,
        ids: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FileMetadata]:
        """List files.

        Lists files, newest first; deleted files are never listed.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            name: Only files whose name starts with this text (case-insensitive).
            scope_id: Only files scoped to this session (`sess_...`).
            ids: Only these file IDs (at most 100). Not in the docs; sent by the official SDK.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_list as _files_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> FileList:
            request = _files_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _files_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "name": unset_if_none(name),
                "scope_id": unset_if_none(scope_id),
                "ids": list_or_unset("ids", ids),
            },
        )

    def upload(
        self,
        *,
        file: FileInput,
        name: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        expires_in_seconds: int | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Upload a file.

        Stores one file sent as `multipart/form-data`. The file can then be attached to sessions. A new
        upload reports `downloadable: false` and `scope: null`. The whole request is limited to 32 MB (4
        MB in the China region); a larger body is answered 400. Current servers answer 200, the oldest
        documented generation 201.

        Args:
            file: The file's content; the part's filename becomes the stored name unless `name` is
                sent.
            name: Stored file name instead of the part's filename; at most 255 bytes, not `.` or
                `..`.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            expires_in_seconds: Remove the file after this many seconds (1 hour to 90 days). Not in the docs;
                sent by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_upload as _files_upload

        request = _files_upload._get_kwargs(
            body=FileUploadParams(
                file=upload_file("file", file),
                name=name,
                metadata=as_model(Metadata, metadata),
                expires_in_seconds=expires_in_seconds,
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _files_upload._parse_success
        )

    def retrieve(
        self,
        file_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Retrieve a file's metadata.

        Returns the file's metadata (not its bytes). A deleted file answers 404.

        Args:
            file_id: The file ID (`file_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_retrieve as _files_retrieve

        request = _files_retrieve._get_kwargs(
            file_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _files_retrieve._parse_success
        )

    def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileDeleted:
        """Delete a file.

        Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.
        Current servers answer 200 with a deletion object; the oldest documented generation answered 204
        with no body.

        Args:
            file_id: The file ID (`file_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_delete as _files_delete

        request = _files_delete._get_kwargs(
            file_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _files_delete._parse_success(response, file_id),
        )

    def content(
        self,
        file_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileContentLink:
        """Get a download link for a file.

        Returns a short-lived URL for the file's bytes; it does not return the bytes. Fetch the URL with
        a plain GET and without the API token. Only files with `downloadable: true` have a link
        (otherwise 403); a file that is not ready yet answers 409 and a deleted one 404 or 410. The
        oldest documented servers answered 302 instead, with the link in `Location` and the same JSON
        body; that answer is not declared here because every non-2xx status uses the error envelope.

        Args:
            file_id: The file ID (`file_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_content as _files_content

        request = _files_content._get_kwargs(
            file_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _files_content._parse_success
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scope_id: str | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FileMetadata]:
        """Search files.

        Finds files by the filters in the body (all optional, combined with AND), newest first. A beta:
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
            name: Only files whose filename contains this text (ignoring case).
            scope_id: Only files in this scope (currently a session ID).
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import files_search as _files_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(body: dict[str, Any]) -> FileSearchPage:
            request = _files_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return self._call(request, options, _files_search._parse_success)

        return SyncPage.first(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "name": name,
                "scope_id": scope_id,
            },
        )


class AsyncFilesResource(AsyncAPIResource):
    """The `files` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        scope_id: str | None | Unset = UNSET,
        ids: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileMetadata]:
        """List files.

        Lists files, newest first; deleted files are never listed.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            name: Only files whose name starts with this text (case-insensitive).
            scope_id: Only files scoped to this session (`sess_...`).
            ids: Only these file IDs (at most 100). Not in the docs; sent by the official SDK.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_list as _files_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> FileList:
            request = _files_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _files_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "name": unset_if_none(name),
                "scope_id": unset_if_none(scope_id),
                "ids": list_or_unset("ids", ids),
            },
        )

    async def upload(
        self,
        *,
        file: FileInput,
        name: str | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        expires_in_seconds: int | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Upload a file.

        Stores one file sent as `multipart/form-data`. The file can then be attached to sessions. A new
        upload reports `downloadable: false` and `scope: null`. The whole request is limited to 32 MB (4
        MB in the China region); a larger body is answered 400. Current servers answer 200, the oldest
        documented generation 201.

        Args:
            file: The file's content; the part's filename becomes the stored name unless `name` is
                sent.
            name: Stored file name instead of the part's filename; at most 255 bytes, not `.` or
                `..`.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            expires_in_seconds: Remove the file after this many seconds (1 hour to 90 days). Not in the docs;
                sent by the official SDK.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_upload as _files_upload

        request = _files_upload._get_kwargs(
            body=FileUploadParams(
                file=upload_file("file", file),
                name=name,
                metadata=as_model(Metadata, metadata),
                expires_in_seconds=expires_in_seconds,
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _files_upload._parse_success
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileMetadata:
        """Retrieve a file's metadata.

        Returns the file's metadata (not its bytes). A deleted file answers 404.

        Args:
            file_id: The file ID (`file_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_retrieve as _files_retrieve

        request = _files_retrieve._get_kwargs(
            file_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _files_retrieve._parse_success
        )

    async def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileDeleted:
        """Delete a file.

        Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.
        Current servers answer 200 with a deletion object; the oldest documented generation answered 204
        with no body.

        Args:
            file_id: The file ID (`file_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_delete as _files_delete

        request = _files_delete._get_kwargs(
            file_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _files_delete._parse_success(response, file_id),
        )

    async def content(
        self,
        file_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FileContentLink:
        """Get a download link for a file.

        Returns a short-lived URL for the file's bytes; it does not return the bytes. Fetch the URL with
        a plain GET and without the API token. Only files with `downloadable: true` have a link
        (otherwise 403); a file that is not ready yet answers 409 and a deleted one 404 or 410. The
        oldest documented servers answered 302 instead, with the link in `Location` and the same JSON
        body; that answer is not declared here because every non-2xx status uses the error envelope.

        Args:
            file_id: The file ID (`file_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import files_content as _files_content

        request = _files_content._get_kwargs(
            file_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _files_content._parse_success
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scope_id: str | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FileMetadata]:
        """Search files.

        Finds files by the filters in the body (all optional, combined with AND), newest first. A beta:
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
            name: Only files whose filename contains this text (ignoring case).
            scope_id: Only files in this scope (currently a session ID).
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import files_search as _files_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(body: dict[str, Any]) -> FileSearchPage:
            request = _files_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return await self._call(request, options, _files_search._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "name": name,
                "scope_id": scope_id,
            },
        )


class FilesResourceWithRawResponse:
    """`client.with_raw_response.files`: the `files` operations, each returning a `RawResponse`."""

    def __init__(self, resource: FilesResource) -> None:
        self.list = raw_response(resource.list)
        self.upload = raw_response(resource.upload)
        self.retrieve = raw_response(resource.retrieve)
        self.delete = raw_response(resource.delete)
        self.content = raw_response(resource.content)
        self.search = raw_response(resource.search)


class AsyncFilesResourceWithRawResponse:
    """`client.with_raw_response.files`: the `files` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.upload = async_raw_response(resource.upload)
        self.retrieve = async_raw_response(resource.retrieve)
        self.delete = async_raw_response(resource.delete)
        self.content = async_raw_response(resource.content)
        self.search = async_raw_response(resource.search)


# What the command line offers for these operations (`qoder-cloud files <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "files",
        "operation": "files_list",
        "summary": "List files",
        "description": "Lists files, newest first; deleted files are never listed.",
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
                "description": "Only files whose name starts with this text (case-insensitive).",
            },
            {
                "name": "scope_id",
                "wire": "scope_id",
                "in": "query",
                "type": "string",
                "description": "Only files scoped to this session (`sess_...`).",
            },
            {
                "name": "ids",
                "wire": "ids[]",
                "in": "query",
                "type": "string",
                "multiple": True,
                "description": "Only these file IDs (at most 100). Not in the docs; sent by the official SDK.",
            },
        ),
    },
    {
        "name": "upload",
        "resource": "files",
        "operation": "files_upload",
        "summary": "Upload a file",
        "description": "Stores one file sent as `multipart/form-data`. The file can then be attached to sessions.\nA new upload reports `downloadable: false` and `scope: null`. The whole request is limited to\n32 MB (4 MB in the China region); a larger body is answered 400. Current servers answer 200, the\noldest documented generation 201.",
        "kind": "call",
        "body": "multipart",
        "arguments": (),
        "options": (
            {
                "name": "file",
                "wire": "file",
                "in": "body",
                "type": "file",
                "required": True,
                "description": "The file's content; the part's filename becomes the stored name unless `name` is sent.",
            },
            {
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "Stored file name instead of the part's filename; at most 255 bytes, not `.` or `..`.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Free-form string labels. At most 16 keys; keys up to 64 characters, values up to 512.",
            },
            {
                "name": "expires_in_seconds",
                "wire": "expires_in_seconds",
                "in": "body",
                "type": "integer",
                "description": "Remove the file after this many seconds (1 hour to 90 days). Not in the docs; sent by the official SDK.",
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
        "resource": "files",
        "operation": "files_retrieve",
        "summary": "Retrieve a file's metadata",
        "description": "Returns the file's metadata (not its bytes). A deleted file answers 404.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "file_id", "description": "The file ID (`file_...`)."},),
        "options": (),
    },
    {
        "name": "delete",
        "resource": "files",
        "operation": "files_delete",
        "summary": "Delete a file",
        "description": "Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.\nCurrent servers answer 200 with a deletion object; the oldest documented generation answered\n204 with no body.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "file_id", "description": "The file ID (`file_...`)."},),
        "options": (),
    },
    {
        "name": "content",
        "resource": "files",
        "operation": "files_content",
        "summary": "Get a download link for a file",
        "description": "Returns a short-lived URL for the file's bytes; it does not return the bytes. Fetch the URL\nwith a plain GET and without the API token. Only files with `downloadable: true` have a link\n(otherwise 403); a file that is not ready yet answers 409 and a deleted one 404 or 410.\nThe oldest documented servers answered 302 instead, with the link in `Location` and the same\nJSON body; that answer is not declared here because every non-2xx status uses the error\nenvelope.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "file_id", "description": "The file ID (`file_...`)."},),
        "options": (),
    },
    {
        "name": "search",
        "resource": "files",
        "operation": "files_search",
        "summary": "Search files",
        "description": "Finds files by the filters in the body (all optional, combined with AND), newest first. A beta:\nthe request must carry `x-qoder-beta: search-2026-08-31`. Every filter and the cursor travel in\nthe JSON body; URL query parameters are ignored. Page on by sending the answer's `next_page`\nback as `page`. At most 10 searches may be in flight at once; more are answered\n`429 rate_limit_error`.",
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
                "name": "name",
                "wire": "name",
                "in": "body",
                "type": "string",
                "description": "Only files whose filename contains this text (ignoring case).",
            },
            {
                "name": "scope_id",
                "wire": "scope_id",
                "in": "body",
                "type": "string",
                "description": "Only files in this scope (currently a session ID).",
            },
        ),
    },
)
