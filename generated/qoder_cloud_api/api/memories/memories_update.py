from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory import Memory
from ...models.memory_update_params import MemoryUpdateParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    memory_store_id: str,
    memory_id: str,
    *,
    body: MemoryUpdateParams | Mapping[str, Any],
    view: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(memory_store_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_store_id must be a non-empty ID, got {memory_store_id!r}")
    if str(memory_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_id must be a non-empty ID, got {memory_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory_stores/{memory_store_id}/memories/{memory_id}".format(
            memory_store_id=quote(str(memory_store_id), safe=""),
            memory_id=quote(str(memory_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Memory:
    if response.status_code == 200:
        response_200 = Memory.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> Memory:
    if response.status_code == 200:
        response_200 = Memory.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Memory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    memory_store_id: str,
    memory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemoryUpdateParams,
    view: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Memory]:
    """Update a memory

     Changes the memory and records a new version. To avoid overwriting someone else's change, send
    `content_sha256` with the hash you last read: when the stored content no longer has that hash
    the update is refused with 409 and nothing is written. 409 also answers updates in an archived
    store.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_id (str): The memory ID (`mem_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (MemoryUpdateParams): The body of `memories_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Memory]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        memory_id=memory_id,
        body=body,
        view=view,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_store_id: str,
    memory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemoryUpdateParams,
    view: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Memory | None:
    """Update a memory

     Changes the memory and records a new version. To avoid overwriting someone else's change, send
    `content_sha256` with the hash you last read: when the stored content no longer has that hash
    the update is refused with 409 and nothing is written. 409 also answers updates in an archived
    store.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_id (str): The memory ID (`mem_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (MemoryUpdateParams): The body of `memories_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Memory
    """

    return sync_detailed(
        memory_store_id=memory_store_id,
        memory_id=memory_id,
        client=client,
        body=body,
        view=view,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    memory_store_id: str,
    memory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemoryUpdateParams,
    view: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Memory]:
    """Update a memory

     Changes the memory and records a new version. To avoid overwriting someone else's change, send
    `content_sha256` with the hash you last read: when the stored content no longer has that hash
    the update is refused with 409 and nothing is written. 409 also answers updates in an archived
    store.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_id (str): The memory ID (`mem_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (MemoryUpdateParams): The body of `memories_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Memory]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        memory_id=memory_id,
        body=body,
        view=view,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_store_id: str,
    memory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MemoryUpdateParams,
    view: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Memory | None:
    """Update a memory

     Changes the memory and records a new version. To avoid overwriting someone else's change, send
    `content_sha256` with the hash you last read: when the stored content no longer has that hash
    the update is refused with 409 and nothing is written. 409 also answers updates in an archived
    store.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_id (str): The memory ID (`mem_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (MemoryUpdateParams): The body of `memories_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Memory
    """

    return (
        await asyncio_detailed(
            memory_store_id=memory_store_id,
            memory_id=memory_id,
            client=client,
            body=body,
            view=view,
            idempotency_key=idempotency_key,
        )
    ).parsed
