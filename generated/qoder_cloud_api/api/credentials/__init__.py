# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `credentials` operations (`client.credentials`)."""

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
    from ...models.credential import Credential
    from ...models.credential_deleted import CredentialDeleted
    from ...models.credential_list import CredentialList
    from ...models.credential_validation import CredentialValidation
    from ...models.environment_variable_auth_param import EnvironmentVariableAuthParam, EnvironmentVariableAuthParamDict
    from ...models.environment_variable_auth_update_param import (
        EnvironmentVariableAuthUpdateParam,
        EnvironmentVariableAuthUpdateParamDict,
    )
    from ...models.mcpo_auth_auth_param import MCPOAuthAuthParam, MCPOAuthAuthParamDict
    from ...models.mcpo_auth_auth_update_param import MCPOAuthAuthUpdateParam, MCPOAuthAuthUpdateParamDict
    from ...models.metadata import Metadata
    from ...models.metadata_patch import MetadataPatch
    from ...models.static_bearer_auth_param import StaticBearerAuthParam, StaticBearerAuthParamDict
    from ...models.static_bearer_auth_update_param import StaticBearerAuthUpdateParam, StaticBearerAuthUpdateParamDict

__all__ = [
    "AsyncCredentialsResource",
    "AsyncCredentialsResourceWithRawResponse",
    "CredentialsResource",
    "CredentialsResourceWithRawResponse",
]


class CredentialsResource(SyncAPIResource):
    """The `credentials` operations."""

    def list(
        self,
        vault_id: str,
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
    ) -> SyncPage[Credential]:
        """List a vault's credentials.

        Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless
        `include_archived=true`.

        Args:
            vault_id: The vault ID (`vault_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            name: Search text; the Chinese docs say it is matched against the MCP server URL.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_list as _credentials_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> CredentialList:
            request = _credentials_list._get_kwargs(
                vault_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _credentials_list._parse_success)

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
        vault_id: str,
        *,
        auth: StaticBearerAuthParam
        | StaticBearerAuthParamDict
        | MCPOAuthAuthParam
        | MCPOAuthAuthParamDict
        | EnvironmentVariableAuthParam
        | EnvironmentVariableAuthParamDict,
        display_name: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Create a credential.

        Stores a credential in the vault. The secret parts of `auth` (`token`, `access_token`,
        `refresh.refresh_token`, `client_secret`, `secret_value`) are kept but never returned.

        Args:
            vault_id: The vault ID (`vault_...`).
            auth: The authentication to store, chosen by `type`, with its secrets.
            display_name: Accepted for compatibility but not stored; responses carry null.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_create as _credentials_create

        request = _credentials_create._get_kwargs(
            vault_id,
            body=json_body(
                {
                    "auth": auth,
                    "display_name": display_name,
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
            _credentials_create._parse_success,
        )

    def retrieve(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Retrieve a credential.

        Returns the credential without its secrets. 404 when either the vault or the credential is
        missing.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_retrieve as _credentials_retrieve

        request = _credentials_retrieve._get_kwargs(
            vault_id,
            credential_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_retrieve._parse_success,
        )

    def update(
        self,
        vault_id: str,
        credential_id: str,
        *,
        auth: StaticBearerAuthUpdateParam
        | StaticBearerAuthUpdateParamDict
        | MCPOAuthAuthUpdateParam
        | MCPOAuthAuthUpdateParamDict
        | EnvironmentVariableAuthUpdateParam
        | EnvironmentVariableAuthUpdateParamDict
        | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Update a credential.

        Changes an active credential; fields not sent are kept. `auth.type` must be sent with `auth` and
        must equal the stored type; only the secret and expiry parts of `auth` can change (the server
        URL, secret name, client ID and token endpoint cannot). `metadata` is merged: a string sets a
        key, `null` removes it; `"metadata": null` empties it.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            auth: New secrets for a credential; `type` must equal the stored type.
            metadata: Metadata changes; `null` instead of an object empties the metadata.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_update as _credentials_update

        request = _credentials_update._get_kwargs(
            vault_id,
            credential_id,
            body=json_body(
                {
                    "auth": auth,
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
            _credentials_update._parse_success,
        )

    def delete(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CredentialDeleted:
        """Delete a credential.

        Deletes the credential and its stored secrets permanently.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_delete as _credentials_delete

        request = _credentials_delete._get_kwargs(
            vault_id,
            credential_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_delete._parse_success,
        )

    def archive(
        self,
        vault_id: str,
        credential_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Archive a credential.

        Sets `archived_at`; an archived credential is no longer used. Archiving twice answers 409.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_archive as _credentials_archive

        request = _credentials_archive._get_kwargs(
            vault_id,
            credential_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_archive._parse_success,
        )

    def mcp_oauth_validate(
        self,
        vault_id: str,
        credential_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CredentialValidation:
        """Check an MCP OAuth credential.

        For an active `mcp_oauth` credential: when a refresh token is stored the server first tries a
        token refresh (keeping a rotated token if it succeeds), then calls the MCP server's `initialize`
        with the current access token, and reports both outcomes. The body is an empty JSON object.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_mcp_oauth_validate as _credentials_mcp_oauth_validate

        request = _credentials_mcp_oauth_validate._get_kwargs(
            vault_id,
            credential_id,
            body=json_body({}),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_mcp_oauth_validate._parse_success,
        )


class AsyncCredentialsResource(AsyncAPIResource):
    """The `credentials` operations, for asyncio."""

    def list(
        self,
        vault_id: str,
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
    ) -> AsyncPaginator[Credential]:
        """List a vault's credentials.

        Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless
        `include_archived=true`.

        Args:
            vault_id: The vault ID (`vault_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            include_archived: Include archived items.
            name: Search text; the Chinese docs say it is matched against the MCP server URL.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_list as _credentials_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> CredentialList:
            request = _credentials_list._get_kwargs(
                vault_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _credentials_list._parse_success)

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
        vault_id: str,
        *,
        auth: StaticBearerAuthParam
        | StaticBearerAuthParamDict
        | MCPOAuthAuthParam
        | MCPOAuthAuthParamDict
        | EnvironmentVariableAuthParam
        | EnvironmentVariableAuthParamDict,
        display_name: str | None | Unset = UNSET,
        metadata: Metadata | Mapping[str, str] | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Create a credential.

        Stores a credential in the vault. The secret parts of `auth` (`token`, `access_token`,
        `refresh.refresh_token`, `client_secret`, `secret_value`) are kept but never returned.

        Args:
            vault_id: The vault ID (`vault_...`).
            auth: The authentication to store, chosen by `type`, with its secrets.
            display_name: Accepted for compatibility but not stored; responses carry null.
            metadata: Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_create as _credentials_create

        request = _credentials_create._get_kwargs(
            vault_id,
            body=json_body(
                {
                    "auth": auth,
                    "display_name": display_name,
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
            _credentials_create._parse_success,
        )

    async def retrieve(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Retrieve a credential.

        Returns the credential without its secrets. 404 when either the vault or the credential is
        missing.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_retrieve as _credentials_retrieve

        request = _credentials_retrieve._get_kwargs(
            vault_id,
            credential_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_retrieve._parse_success,
        )

    async def update(
        self,
        vault_id: str,
        credential_id: str,
        *,
        auth: StaticBearerAuthUpdateParam
        | StaticBearerAuthUpdateParamDict
        | MCPOAuthAuthUpdateParam
        | MCPOAuthAuthUpdateParamDict
        | EnvironmentVariableAuthUpdateParam
        | EnvironmentVariableAuthUpdateParamDict
        | Unset = UNSET,
        metadata: MetadataPatch | Mapping[str, None | str] | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Update a credential.

        Changes an active credential; fields not sent are kept. `auth.type` must be sent with `auth` and
        must equal the stored type; only the secret and expiry parts of `auth` can change (the server
        URL, secret name, client ID and token endpoint cannot). `metadata` is merged: a string sets a
        key, `null` removes it; `"metadata": null` empties it.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            auth: New secrets for a credential; `type` must equal the stored type.
            metadata: Metadata changes; `null` instead of an object empties the metadata.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_update as _credentials_update

        request = _credentials_update._get_kwargs(
            vault_id,
            credential_id,
            body=json_body(
                {
                    "auth": auth,
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
            _credentials_update._parse_success,
        )

    async def delete(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CredentialDeleted:
        """Delete a credential.

        Deletes the credential and its stored secrets permanently.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_delete as _credentials_delete

        request = _credentials_delete._get_kwargs(
            vault_id,
            credential_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_delete._parse_success,
        )

    async def archive(
        self,
        vault_id: str,
        credential_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Credential:
        """Archive a credential.

        Sets `archived_at`; an archived credential is no longer used. Archiving twice answers 409.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_archive as _credentials_archive

        request = _credentials_archive._get_kwargs(
            vault_id,
            credential_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_archive._parse_success,
        )

    async def mcp_oauth_validate(
        self,
        vault_id: str,
        credential_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CredentialValidation:
        """Check an MCP OAuth credential.

        For an active `mcp_oauth` credential: when a refresh token is stored the server first tries a
        token refresh (keeping a rotated token if it succeeds), then calls the MCP server's `initialize`
        with the current access token, and reports both outcomes. The body is an empty JSON object.

        Args:
            vault_id: The vault ID (`vault_...`).
            credential_id: The credential ID (`vcred_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import credentials_mcp_oauth_validate as _credentials_mcp_oauth_validate

        request = _credentials_mcp_oauth_validate._get_kwargs(
            vault_id,
            credential_id,
            body=json_body({}),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _credentials_mcp_oauth_validate._parse_success,
        )


class CredentialsResourceWithRawResponse:
    """`client.with_raw_response.credentials`: the `credentials` operations, each returning a `RawResponse`."""

    def __init__(self, resource: CredentialsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.archive = raw_response(resource.archive)
        self.mcp_oauth_validate = raw_response(resource.mcp_oauth_validate)


class AsyncCredentialsResourceWithRawResponse:
    """`client.with_raw_response.credentials`: the `credentials` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncCredentialsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.archive = async_raw_response(resource.archive)
        self.mcp_oauth_validate = async_raw_response(resource.mcp_oauth_validate)


# What the command line offers for these operations (`qoder-cloud credentials <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "credentials",
        "operation": "credentials_list",
        "summary": "List a vault's credentials",
        "description": "Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless `include_archived=true`.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "vault_id", "description": "The vault ID (`vault_...`)."},),
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
                "description": "Search text; the Chinese docs say it is matched against the MCP server URL.",
            },
        ),
    },
    {
        "name": "create",
        "resource": "credentials",
        "operation": "credentials_create",
        "summary": "Create a credential",
        "description": "Stores a credential in the vault. The secret parts of `auth` (`token`, `access_token`,\n`refresh.refresh_token`, `client_secret`, `secret_value`) are kept but never returned.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "vault_id", "description": "The vault ID (`vault_...`)."},),
        "options": (
            {
                "name": "auth",
                "wire": "auth",
                "in": "body",
                "type": "json",
                "required": True,
                "description": "The authentication to store, chosen by `type`, with its secrets.",
            },
            {
                "name": "display_name",
                "wire": "display_name",
                "in": "body",
                "type": "string",
                "description": "Accepted for compatibility but not stored; responses carry null.",
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
        "resource": "credentials",
        "operation": "credentials_retrieve",
        "summary": "Retrieve a credential",
        "description": "Returns the credential without its secrets. 404 when either the vault or the credential is missing.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "vault_id", "description": "The vault ID (`vault_...`)."},
            {"name": "credential_id", "description": "The credential ID (`vcred_...`)."},
        ),
        "options": (),
    },
    {
        "name": "update",
        "resource": "credentials",
        "operation": "credentials_update",
        "summary": "Update a credential",
        "description": 'Changes an active credential; fields not sent are kept. `auth.type` must be sent with `auth`\nand must equal the stored type; only the secret and expiry parts of `auth` can change (the\nserver URL, secret name, client ID and token endpoint cannot). `metadata` is merged: a string\nsets a key, `null` removes it; `"metadata": null` empties it.',
        "kind": "call",
        "body": "json",
        "arguments": (
            {"name": "vault_id", "description": "The vault ID (`vault_...`)."},
            {"name": "credential_id", "description": "The credential ID (`vcred_...`)."},
        ),
        "options": (
            {
                "name": "auth",
                "wire": "auth",
                "in": "body",
                "type": "json",
                "description": "New secrets for a credential; `type` must equal the stored type.",
            },
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "description": "Metadata changes; `null` instead of an object empties the metadata.",
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
        "resource": "credentials",
        "operation": "credentials_delete",
        "summary": "Delete a credential",
        "description": "Deletes the credential and its stored secrets permanently.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "vault_id", "description": "The vault ID (`vault_...`)."},
            {"name": "credential_id", "description": "The credential ID (`vcred_...`)."},
        ),
        "options": (),
    },
    {
        "name": "archive",
        "resource": "credentials",
        "operation": "credentials_archive",
        "summary": "Archive a credential",
        "description": "Sets `archived_at`; an archived credential is no longer used. Archiving twice answers 409.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "vault_id", "description": "The vault ID (`vault_...`)."},
            {"name": "credential_id", "description": "The credential ID (`vcred_...`)."},
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
    {
        "name": "mcp_oauth_validate",
        "resource": "credentials",
        "operation": "credentials_mcp_oauth_validate",
        "summary": "Check an MCP OAuth credential",
        "description": "For an active `mcp_oauth` credential: when a refresh token is stored the server first tries a\ntoken refresh (keeping a rotated token if it succeeds), then calls the MCP server's\n`initialize` with the current access token, and reports both outcomes. The body is an empty\nJSON object.",
        "kind": "call",
        "body": "json",
        "arguments": (
            {"name": "vault_id", "description": "The vault ID (`vault_...`)."},
            {"name": "credential_id", "description": "The credential ID (`vcred_...`)."},
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
