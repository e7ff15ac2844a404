from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential_list import CredentialList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(vault_id).strip() in ("", ".", ".."):
        raise ValueError(f"vault_id must be a non-empty ID, got {vault_id!r}")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["include_archived"] = include_archived

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vaults/{vault_id}/credentials".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CredentialList | ErrorResponse:
    if response.status_code == 200:
        response_200 = CredentialList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> CredentialList:
    if response.status_code == 200:
        response_200 = CredentialList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CredentialList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
) -> Response[CredentialList | ErrorResponse]:
    """List a vault's credentials

     Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless
    `include_archived=true`.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        name (str | Unset): Search text; the Chinese docs say it is matched against the MCP server
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
) -> CredentialList | ErrorResponse | None:
    """List a vault's credentials

     Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless
    `include_archived=true`.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        name (str | Unset): Search text; the Chinese docs say it is matched against the MCP server
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialList | ErrorResponse
    """

    return sync_detailed(
        vault_id=vault_id,
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        name=name,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
) -> Response[CredentialList | ErrorResponse]:
    """List a vault's credentials

     Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless
    `include_archived=true`.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        name (str | Unset): Search text; the Chinese docs say it is matched against the MCP server
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    name: str | Unset = UNSET,
) -> CredentialList | ErrorResponse | None:
    """List a vault's credentials

     Lists the vault's credentials, newest first, without secrets. Archived ones are hidden unless
    `include_archived=true`.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        name (str | Unset): Search text; the Chinese docs say it is matched against the MCP server
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            include_archived=include_archived,
            name=name,
        )
    ).parsed
