from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory_store_deleted import MemoryStoreDeleted
from ...types import Response


def _get_kwargs(
    memory_store_id: str,
) -> dict[str, Any]:
    if str(memory_store_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_store_id must be a non-empty ID, got {memory_store_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/memory_stores/{memory_store_id}".format(
            memory_store_id=quote(str(memory_store_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | MemoryStoreDeleted:
    if response.status_code == 200:
        response_200 = MemoryStoreDeleted.from_dict(response.json())

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


def _parse_success(response: httpx.Response, memory_store_id: str) -> MemoryStoreDeleted:
    if response.status_code == 200:
        response_200 = MemoryStoreDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return MemoryStoreDeleted.from_dict({"id": memory_store_id, "deleted": True})
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | MemoryStoreDeleted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MemoryStoreDeleted]:
    """Delete a memory store

     Deletes the store, active or archived, with all its memories and their history; this cannot be
    undone. Current servers answer 200 with a deletion object; the oldest documented generation
    answered 204 with no body.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MemoryStoreDeleted]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | MemoryStoreDeleted | None:
    """Delete a memory store

     Deletes the store, active or archived, with all its memories and their history; this cannot be
    undone. Current servers answer 200 with a deletion object; the oldest documented generation
    answered 204 with no body.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MemoryStoreDeleted
    """

    return sync_detailed(
        memory_store_id=memory_store_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | MemoryStoreDeleted]:
    """Delete a memory store

     Deletes the store, active or archived, with all its memories and their history; this cannot be
    undone. Current servers answer 200 with a deletion object; the oldest documented generation
    answered 204 with no body.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | MemoryStoreDeleted]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | MemoryStoreDeleted | None:
    """Delete a memory store

     Deletes the store, active or archived, with all its memories and their history; this cannot be
    undone. Current servers answer 200 with a deletion object; the oldest documented generation
    answered 204 with no body.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | MemoryStoreDeleted
    """

    return (
        await asyncio_detailed(
            memory_store_id=memory_store_id,
            client=client,
        )
    ).parsed
