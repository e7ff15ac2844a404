from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dream import Dream
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    dream_id: str,
) -> dict[str, Any]:
    if str(dream_id).strip() in ("", ".", ".."):
        raise ValueError(f"dream_id must be a non-empty ID, got {dream_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dreams/{dream_id}".format(
            dream_id=quote(str(dream_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Dream | ErrorResponse:
    if response.status_code == 200:
        response_200 = Dream.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> Dream:
    if response.status_code == 200:
        response_200 = Dream.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Dream | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Dream | ErrorResponse]:
    """Retrieve a dream

    Args:
        dream_id (str): The dream ID (`drm_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dream | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dream_id=dream_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Dream | ErrorResponse | None:
    """Retrieve a dream

    Args:
        dream_id (str): The dream ID (`drm_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dream | ErrorResponse
    """

    return sync_detailed(
        dream_id=dream_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Dream | ErrorResponse]:
    """Retrieve a dream

    Args:
        dream_id (str): The dream ID (`drm_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dream | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dream_id=dream_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Dream | ErrorResponse | None:
    """Retrieve a dream

    Args:
        dream_id (str): The dream ID (`drm_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dream | ErrorResponse
    """

    return (
        await asyncio_detailed(
            dream_id=dream_id,
            client=client,
        )
    ).parsed
