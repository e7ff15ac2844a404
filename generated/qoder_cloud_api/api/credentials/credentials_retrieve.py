from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential import Credential
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    vault_id: str,
    credential_id: str,
) -> dict[str, Any]:
    if str(vault_id).strip() in ("", ".", ".."):
        raise ValueError(f"vault_id must be a non-empty ID, got {vault_id!r}")
    if str(credential_id).strip() in ("", ".", ".."):
        raise ValueError(f"credential_id must be a non-empty ID, got {credential_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vaults/{vault_id}/credentials/{credential_id}".format(
            vault_id=quote(str(vault_id), safe=""),
            credential_id=quote(str(credential_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Credential | ErrorResponse:
    if response.status_code == 200:
        response_200 = Credential.from_dict(response.json())

        return response_200

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


def _parse_success(response: httpx.Response) -> Credential:
    if response.status_code == 200:
        response_200 = Credential.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Credential | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vault_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Credential | ErrorResponse]:
    """Retrieve a credential

     Returns the credential without its secrets. 404 when either the vault or the credential is missing.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        credential_id (str): The credential ID (`vcred_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credential | ErrorResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        credential_id=credential_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vault_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Credential | ErrorResponse | None:
    """Retrieve a credential

     Returns the credential without its secrets. 404 when either the vault or the credential is missing.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        credential_id (str): The credential ID (`vcred_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credential | ErrorResponse
    """

    return sync_detailed(
        vault_id=vault_id,
        credential_id=credential_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Credential | ErrorResponse]:
    """Retrieve a credential

     Returns the credential without its secrets. 404 when either the vault or the credential is missing.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        credential_id (str): The credential ID (`vcred_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Credential | ErrorResponse]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        credential_id=credential_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    credential_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Credential | ErrorResponse | None:
    """Retrieve a credential

     Returns the credential without its secrets. 404 when either the vault or the credential is missing.

    Args:
        vault_id (str): The vault ID (`vault_...`).
        credential_id (str): The credential ID (`vcred_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Credential | ErrorResponse
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            credential_id=credential_id,
            client=client,
        )
    ).parsed
