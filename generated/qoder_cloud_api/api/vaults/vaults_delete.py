from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.vault_deleted import VaultDeleted
from ...types import Response


def _get_kwargs(
    vault_id: str,
) -> dict[str, Any]:
    if str(vault_id).strip() in ("", ".", ".."):
        raise ValueError(f"vault_id must be a non-empty ID, got {vault_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vaults/{vault_id}".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | VaultDeleted:
    if response.status_code == 200:
        response_200 = VaultDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _parse_success(response: httpx.Response, vault_id: str) -> VaultDeleted:
    if response.status_code == 200:
        response_200 = VaultDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return VaultDeleted.from_dict({"id": vault_id, "deleted": True})
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | VaultDeleted]:
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
) -> Response[Any | ErrorResponse | VaultDeleted]:
    """Delete a vault

     Deletes a vault, active or archived, together with every credential in it. Current servers
    answer 200 with a deletion object; the oldest documented generation answered 204 with no body.

    Args:
        vault_id (str): The vault ID (`vault_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | VaultDeleted]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | VaultDeleted | None:
    """Delete a vault

     Deletes a vault, active or archived, together with every credential in it. Current servers
    answer 200 with a deletion object; the oldest documented generation answered 204 with no body.

    Args:
        vault_id (str): The vault ID (`vault_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | VaultDeleted
    """

    return sync_detailed(
        vault_id=vault_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | VaultDeleted]:
    """Delete a vault

     Deletes a vault, active or archived, together with every credential in it. Current servers
    answer 200 with a deletion object; the oldest documented generation answered 204 with no body.

    Args:
        vault_id (str): The vault ID (`vault_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | VaultDeleted]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | VaultDeleted | None:
    """Delete a vault

     Deletes a vault, active or archived, together with every credential in it. Current servers
    answer 200 with a deletion object; the oldest documented generation answered 204 with no body.

    Args:
        vault_id (str): The vault ID (`vault_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | VaultDeleted
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            client=client,
        )
    ).parsed
