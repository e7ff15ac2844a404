from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory_store import MemoryStore
from ...types import UNSET, Response, Unset


def _get_kwargs(
    memory_store_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(memory_store_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_store_id must be a non-empty ID, got {memory_store_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory_stores/{memory_store_id}/archive".format(
            memory_store_id=quote(str(memory_store_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | MemoryStore:
    if response.status_code == 200:
        response_200 = MemoryStore.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> MemoryStore:
    if response.status_code == 200:
        response_200 = MemoryStore.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MemoryStore]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryStore]:
    """Archive a memory store

     Makes the store read-only: memories can still be read but not created, changed or deleted. The
    store is hidden from lists by default and can still be deleted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryStore]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | MemoryStore | None:
    """Archive a memory store

     Makes the store read-only: memories can still be read but not created, changed or deleted. The
    store is hidden from lists by default and can still be deleted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryStore
    """

    return sync_detailed(
        memory_store_id=memory_store_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryStore]:
    """Archive a memory store

     Makes the store read-only: memories can still be read but not created, changed or deleted. The
    store is hidden from lists by default and can still be deleted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryStore]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | MemoryStore | None:
    """Archive a memory store

     Makes the store read-only: memories can still be read but not created, changed or deleted. The
    store is hidden from lists by default and can still be deleted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryStore
    """

    return (
        await asyncio_detailed(
            memory_store_id=memory_store_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
