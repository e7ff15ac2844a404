from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory_list import MemoryList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    memory_store_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    path_prefix: str | Unset = UNSET,
    depth: int | Unset = UNSET,
    view: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(memory_store_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_store_id must be a non-empty ID, got {memory_store_id!r}")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["path_prefix"] = path_prefix

    params["depth"] = depth

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_stores/{memory_store_id}/memories".format(
            memory_store_id=quote(str(memory_store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | MemoryList:
    if response.status_code == 200:
        response_200 = MemoryList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> MemoryList:
    if response.status_code == 200:
        response_200 = MemoryList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MemoryList]:
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
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    path_prefix: str | Unset = UNSET,
    depth: int | Unset = UNSET,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryList]:
    """List memories

     Lists the store's memories. List items never carry `content`; retrieve a memory to read it.
    With `depth`, directories below that depth come as `memory_prefix` items instead.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        path_prefix (str | Unset): Only memories whose path starts with this prefix, e.g.
            `notes/`.
        depth (int | Unset): How deep below `path_prefix` to list; `0` lists everything, `1`
            direct children.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryList]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        path_prefix=path_prefix,
        depth=depth,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    path_prefix: str | Unset = UNSET,
    depth: int | Unset = UNSET,
    view: str | Unset = UNSET,
) -> ErrorResponse | MemoryList | None:
    """List memories

     Lists the store's memories. List items never carry `content`; retrieve a memory to read it.
    With `depth`, directories below that depth come as `memory_prefix` items instead.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        path_prefix (str | Unset): Only memories whose path starts with this prefix, e.g.
            `notes/`.
        depth (int | Unset): How deep below `path_prefix` to list; `0` lists everything, `1`
            direct children.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryList
    """

    return sync_detailed(
        memory_store_id=memory_store_id,
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        path_prefix=path_prefix,
        depth=depth,
        view=view,
    ).parsed


async def asyncio_detailed(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    path_prefix: str | Unset = UNSET,
    depth: int | Unset = UNSET,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryList]:
    """List memories

     Lists the store's memories. List items never carry `content`; retrieve a memory to read it.
    With `depth`, directories below that depth come as `memory_prefix` items instead.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        path_prefix (str | Unset): Only memories whose path starts with this prefix, e.g.
            `notes/`.
        depth (int | Unset): How deep below `path_prefix` to list; `0` lists everything, `1`
            direct children.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryList]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        path_prefix=path_prefix,
        depth=depth,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    path_prefix: str | Unset = UNSET,
    depth: int | Unset = UNSET,
    view: str | Unset = UNSET,
) -> ErrorResponse | MemoryList | None:
    """List memories

     Lists the store's memories. List items never carry `content`; retrieve a memory to read it.
    With `depth`, directories below that depth come as `memory_prefix` items instead.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        path_prefix (str | Unset): Only memories whose path starts with this prefix, e.g.
            `notes/`.
        depth (int | Unset): How deep below `path_prefix` to list; `0` lists everything, `1`
            direct children.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryList
    """

    return (
        await asyncio_detailed(
            memory_store_id=memory_store_id,
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            path_prefix=path_prefix,
            depth=depth,
            view=view,
        )
    ).parsed
