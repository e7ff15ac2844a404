# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `vaults` operations (`client.vaults`)."""

from __future__ import annotations

import builtins
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
    from ...models.metadata import Metadata
    from ...models.metadata_filter import MetadataFilter
    from ...models.o_auth_start import OAuthStart
    from ...models.vault import Vault
    from ...models.vault_deleted import VaultDeleted
    from ...models.vault_list import VaultList
    from ...models.vault_search_page import VaultSearchPage

__all__ = [
    "AsyncVaultsResource",
    "AsyncVaultsResourceWithRawResponse",
    "VaultsResource",
    "VaultsResourceWithRawResponse",
]


class VaultsResource(SyncAPIResource):
    """The `vaults` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Vault]:
        """List vaults.

        Lists vaults, newest first. Archived vaults are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            name: Only vaults whose `display_name` matches this text.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_list as _vaults_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> VaultList:
            request = _vaults_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _vaults_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "name": unset_if_none(name),
            },
        )

    def create(
        self,
        *,
        display_name: str,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vault:
        """Create a vault.

        Creates an empty vault; add credentials to it with `credentials_create`. Current servers answer
        200, the oldest documented generation 201.

        Args:
            display_name: Human-readable name.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_create as _vaults_create

        request = _vaults_create._get_kwargs(
            body=json_body(
                {
                    "display_name": display_name,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _vaults_create._parse_success
        )

    def retrieve(
        self,
        vault_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vault:
        """Retrieve a vault.

        Returns the vault without its credentials; list them with `credentials_list`.

        Args:
            vault_id: The vault ID (`vault_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_retrieve as _vaults_retrieve

        request = _vaults_retrieve._get_kwargs(
            vault_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _vaults_retrieve._parse_success
        )

    def delete(
        self,
        vault_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VaultDeleted:
        """Delete a vault.

        Deletes a vault, active or archived, together with every credential in it. Current servers
        answer 200 with a deletion object; the oldest documented generation answered 204 with no body.

        Args:
            vault_id: The vault ID (`vault_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_delete as _vaults_delete

        request = _vaults_delete._get_kwargs(
            vault_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _vaults_delete._parse_success(response, vault_id),
        )

    def archive(
        self,
        vault_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vault:
        """Archive a vault.

        Sets `archived_at` (and `updated_at`); the vault is then hidden from lists by default.

        Args:
            vault_id: The vault ID (`vault_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_archive as _vaults_archive

        request = _vaults_archive._get_kwargs(
            vault_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _vaults_archive._parse_success
        )

    def start_oauth(
        self,
        *,
        vault_id: str,
        mcp_server_url: str,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OAuthStart:
        """Start an MCP OAuth flow.

        Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's
        authorization URL. Open it in a browser; when the user approves, the provider redirects to the
        service's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`
        credential for `mcp_server_url` in the vault. `state` is opaque and short-lived.

        Args:
            vault_id: The active vault the credential is stored in (`vault_` prefix).
            mcp_server_url: The MCP server; its OAuth metadata is discovered from it and the credential is
                matched to it.
            client_id: An OAuth client registered with the provider; omitted, the service registers one
                itself when the provider allows it.
            client_secret: The secret of a confidential `client_id` (secret; never returned).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_start_oauth as _vaults_start_oauth

        request = _vaults_start_oauth._get_kwargs(
            body=json_body(
                {
                    "vault_id": vault_id,
                    "mcp_server_url": mcp_server_url,
                    "client_id": client_id,
                    "client_secret": client_secret,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _vaults_start_oauth._parse_success,
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        name: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Vault]:
        """Search vaults.

        Finds vaults by the filters in the body (all optional, combined with AND), newest first;
        archived vaults only with `include_archived`. A beta: the request must carry `x-qoder-beta:
        search-2026-08-31`. Every filter and the cursor travel in the JSON body; URL query parameters
        are ignored. Page on by sending the answer's `next_page` back as `page`. At most 10 searches may
        be in flight at once; more are answered `429 rate_limit_error`.

        Args:
            metadata: Only items whose metadata holds every one of these keys with exactly this value.
                Keys are 1 to 64 characters, values up to 512.
            limit: Page size, 1 to 100 (20 when left out).
            page: The `next_page` of the previous answer, sent back unchanged; never built by
                hand.
            name: Only vaults whose display name contains this text (ignoring case).
            include_archived: Include archived vaults (they are left out when this is not sent).
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import vaults_search as _vaults_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(body: dict[str, Any]) -> VaultSearchPage:
            request = _vaults_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return self._call(request, options, _vaults_search._parse_success)

        return SyncPage.first(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "name": name,
                "include_archived": include_archived,
            },
        )


class AsyncVaultsResource(AsyncAPIResource):
    """The `vaults` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        include_archived: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Vault]:
        """List vaults.

        Lists vaults, newest first. Archived vaults are hidden unless `include_archived=true`.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            name: Only vaults whose `display_name` matches this text.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_list as _vaults_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> VaultList:
            request = _vaults_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _vaults_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "include_archived": unset_if_none(include_archived),
                "name": unset_if_none(name),
            },
        )

    async def create(
        self,
        *,
        display_name: str,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vault:
        """Create a vault.

        Creates an empty vault; add credentials to it with `credentials_create`. Current servers answer
        200, the oldest documented generation 201.

        Args:
            display_name: Human-readable name.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_create as _vaults_create

        request = _vaults_create._get_kwargs(
            body=json_body(
                {
                    "display_name": display_name,
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _vaults_create._parse_success
        )

    async def retrieve(
        self,
        vault_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vault:
        """Retrieve a vault.

        Returns the vault without its credentials; list them with `credentials_list`.

        Args:
            vault_id: The vault ID (`vault_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_retrieve as _vaults_retrieve

        request = _vaults_retrieve._get_kwargs(
            vault_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _vaults_retrieve._parse_success
        )

    async def delete(
        self,
        vault_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VaultDeleted:
        """Delete a vault.

        Deletes a vault, active or archived, together with every credential in it. Current servers
        answer 200 with a deletion object; the oldest documented generation answered 204 with no body.

        Args:
            vault_id: The vault ID (`vault_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_delete as _vaults_delete

        request = _vaults_delete._get_kwargs(
            vault_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            lambda response: _vaults_delete._parse_success(response, vault_id),
        )

    async def archive(
        self,
        vault_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Vault:
        """Archive a vault.

        Sets `archived_at` (and `updated_at`); the vault is then hidden from lists by default.

        Args:
            vault_id: The vault ID (`vault_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_archive as _vaults_archive

        request = _vaults_archive._get_kwargs(
            vault_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _vaults_archive._parse_success
        )

    async def start_oauth(
        self,
        *,
        vault_id: str,
        mcp_server_url: str,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OAuthStart:
        """Start an MCP OAuth flow.

        Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's
        authorization URL. Open it in a browser; when the user approves, the provider redirects to the
        service's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`
        credential for `mcp_server_url` in the vault. `state` is opaque and short-lived.

        Args:
            vault_id: The active vault the credential is stored in (`vault_` prefix).
            mcp_server_url: The MCP server; its OAuth metadata is discovered from it and the credential is
                matched to it.
            client_id: An OAuth client registered with the provider; omitted, the service registers one
                itself when the provider allows it.
            client_secret: The secret of a confidential `client_id` (secret; never returned).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import vaults_start_oauth as _vaults_start_oauth

        request = _vaults_start_oauth._get_kwargs(
            body=json_body(
                {
                    "vault_id": vault_id,
                    "mcp_server_url": mcp_server_url,
                    "client_id": client_id,
                    "client_secret": client_secret,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _vaults_start_oauth._parse_success,
        )

    def search(
        self,
        *,
        metadata: MetadataFilter | Mapping[str, str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: str | Unset = UNSET,
        name: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Vault]:
        """Search vaults.

        Finds vaults by the filters in the body (all optional, combined with AND), newest first;
        archived vaults only with `include_archived`. A beta: the request must carry `x-qoder-beta:
        search-2026-08-31`. Every filter and the cursor travel in the JSON body; URL query parameters
        are ignored. Page on by sending the answer's `next_page` back as `page`. At most 10 searches may
        be in flight at once; more are answered `429 rate_limit_error`.

        Args:
            metadata: Only items whose metadata holds every one of these keys with exactly this value.
                Keys are 1 to 64 characters, values up to 512.
            limit: Page size, 1 to 100 (20 when left out).
            page: The `next_page` of the previous answer, sent back unchanged; never built by
                hand.
            name: Only vaults whose display name contains this text (ignoring case).
            include_archived: Include archived vaults (they are left out when this is not sent).
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`. The operation's own beta, `search-2026-08-31`, is
                always sent, first.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
        """

        from . import vaults_search as _vaults_search

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(body: dict[str, Any]) -> VaultSearchPage:
            request = _vaults_search._get_kwargs(
                x_qoder_beta=beta_header(betas, required="search-2026-08-31", client=self._client.betas),
                qoder_workspace_id=workspace_header(workspace_id),
                body=json_body(body),
            )
            return await self._call(request, options, _vaults_search._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "metadata": metadata,
                "limit": limit,
                "page": page,
                "name": name,
                "include_archived": include_archived,
            },
        )


class VaultsResourceWithRawResponse:
    """`client.with_raw_response.vaults`: the `vaults` operations, each returning a `RawResponse`."""

    def __init__(self, resource: VaultsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.delete = raw_response(resource.delete)
        self.archive = raw_response(resource.archive)
        self.start_oauth = raw_response(resource.start_oauth)
        self.search = raw_response(resource.search)


class AsyncVaultsResourceWithRawResponse:
    """`client.with_raw_response.vaults`: the `vaults` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncVaultsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.delete = async_raw_response(resource.delete)
        self.archive = async_raw_response(resource.archive)
        self.start_oauth = async_raw_response(resource.start_oauth)
        self.search = async_raw_response(resource.search)


# What the command line offers for these operations (`qoder-cloud vaults <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "vaults",
        "operation": "vaults_list",
        "summary": "List vaults",
        "description": "Lists vaults, newest first. Archived vaults are hidden unless `include_archived=true`.",
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
                "description": "Only vaults whose `display_name` matches this text.",
            },
        ),
    },
    {
        "name": "create",
        "resource": "vaults",
        "operation": "vaults_create",
        "summary": "Create a vault",
        "description": "Creates an empty vault; add credentials to it with `credentials_create`. Current servers answer\n200, the oldest documented generation 201.",
        "kind": "call",
        "body": "json",
        "arguments": (),
        "options": (
            {
                "name": "display_name",
                "wire": "display_name",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "Human-readable name.",
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
        "resource": "vaults",
        "operation": "vaults_retrieve",
        "summary": "Retrieve a vault",
        "description": "Returns the vault without its credentials; list them with `credentials_list`.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "vault_id", "description": "The vault ID (`vault_...`)."},),
        "options": (),
    },
    {
        "name": "delete",
        "resource": "vaults",
        "operation": "vaults_delete",
        "summary": "Delete a vault",
        "description": "Deletes a vault, active or archived, together with every credential in it. Current servers\nanswer 200 with a deletion object; the oldest documented generation answered 204 with no body.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "vault_id", "description": "The vault ID (`vault_...`)."},),
        "options": (),
    },
    {
        "name": "archive",
        "resource": "vaults",
        "operation": "vaults_archive",
        "summary": "Archive a vault",
        "description": "Sets `archived_at` (and `updated_at`); the vault is then hidden from lists by default.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "vault_id", "description": "The vault ID (`vault_...`)."},),
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
        "name": "start_oauth",
        "resource": "vaults",
        "operation": "vaults_start_oauth",
        "summary": "Start an MCP OAuth flow",
        "description": "Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's\nauthorization URL. Open it in a browser; when the user approves, the provider redirects to the\nservice's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`\ncredential for `mcp_server_url` in the vault. `state` is opaque and short-lived.",
        "kind": "call",
        "body": "json",
        "arguments": (),
        "options": (
            {
                "name": "vault_id",
                "wire": "vault_id",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "The active vault the credential is stored in (`vault_` prefix).",
            },
            {
                "name": "mcp_server_url",
                "wire": "mcp_server_url",
                "in": "body",
                "type": "string",
                "required": True,
                "description": "The MCP server; its OAuth metadata is discovered from it and the credential is matched to it.",
            },
            {
                "name": "client_id",
                "wire": "client_id",
                "in": "body",
                "type": "string",
                "description": "An OAuth client registered with the provider; omitted, the service registers one itself when the provider allows it.",
            },
            {
                "name": "client_secret",
                "wire": "client_secret",
                "in": "body",
                "type": "string",
                "description": "The secret of a confidential `client_id` (secret; never returned).",
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
        "name": "search",
        "resource": "vaults",
        "operation": "vaults_search",
        "summary": "Search vaults",
        "description": "Finds vaults by the filters in the body (all optional, combined with AND), newest first; archived\nvaults only with `include_archived`. A beta: the request must carry\n`x-qoder-beta: search-2026-08-31`. Every filter and the cursor travel in the JSON body; URL query\nparameters are ignored. Page on by sending the answer's `next_page` back as `page`. At most 10\nsearches may be in flight at once; more are answered `429 rate_limit_error`.",
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
                "description": "Only vaults whose display name contains this text (ignoring case).",
            },
            {
                "name": "include_archived",
                "wire": "include_archived",
                "in": "body",
                "type": "boolean",
                "description": "Include archived vaults (they are left out when this is not sent).",
            },
        ),
    },
)
