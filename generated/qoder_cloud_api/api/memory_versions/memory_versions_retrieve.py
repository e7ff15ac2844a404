from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory_version import MemoryVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    memory_store_id: str,
    memory_version_id: str,
    *,
    view: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(memory_store_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_store_id must be a non-empty ID, got {memory_store_id!r}")
    if str(memory_version_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_version_id must be a non-empty ID, got {memory_version_id!r}")

    params: dict[str, Any] = {}

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}".format(
            memory_store_id=quote(str(memory_store_id), safe=""),
            memory_version_id=quote(str(memory_version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | MemoryVersion:
    if response.status_code == 200:
        response_200 = MemoryVersion.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> MemoryVersion:
    if response.status_code == 200:
        response_200 = MemoryVersion.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MemoryVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    memory_store_id: str,
    memory_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryVersion]:
    """Retrieve a memory version

     Returns one version; `content` is present unless the version was redacted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_version_id (str): The memory version ID (`memver_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryVersion]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        memory_version_id=memory_version_id,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_store_id: str,
    memory_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> ErrorResponse | MemoryVersion | None:
    """Retrieve a memory version

     Returns one version; `content` is present unless the version was redacted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_version_id (str): The memory version ID (`memver_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryVersion
    """

    return sync_detailed(
        memory_store_id=memory_store_id,
        memory_version_id=memory_version_id,
        client=client,
        view=view,
    ).parsed


async def asyncio_detailed(
    memory_store_id: str,
    memory_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryVersion]:
    """Retrieve a memory version

     Returns one version; `content` is present unless the version was redacted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_version_id (str): The memory version ID (`memver_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryVersion]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        memory_version_id=memory_version_id,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_store_id: str,
    memory_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    view: str | Unset = UNSET,
) -> ErrorResponse | MemoryVersion | None:
    """Retrieve a memory version

     Returns one version; `content` is present unless the version was redacted.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        memory_version_id (str): The memory version ID (`memver_...`).
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryVersion
    """

    return (
        await asyncio_detailed(
            memory_store_id=memory_store_id,
            memory_version_id=memory_version_id,
            client=client,
            view=view,
        )
    ).parsed
