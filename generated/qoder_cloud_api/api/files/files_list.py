from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_list import FileList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["name"] = name

    params["scope_id"] = scope_id

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | FileList:
    if response.status_code == 200:
        response_200 = FileList.from_dict(response.json())

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

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> FileList:
    if response.status_code == 200:
        response_200 = FileList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FileList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | FileList]:
    """List files

     Lists files, newest first; deleted files are never listed.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        name (str | Unset): Only files whose name starts with this text (case-insensitive).
        scope_id (str | Unset): Only files scoped to this session (`sess_...`).
        ids (list[str] | Unset): Only these file IDs (at most 100). Not in the docs; sent by the
            official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        name=name,
        scope_id=scope_id,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> ErrorResponse | FileList | None:
    """List files

     Lists files, newest first; deleted files are never listed.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        name (str | Unset): Only files whose name starts with this text (case-insensitive).
        scope_id (str | Unset): Only files scoped to this session (`sess_...`).
        ids (list[str] | Unset): Only these file IDs (at most 100). Not in the docs; sent by the
            official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        name=name,
        scope_id=scope_id,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | FileList]:
    """List files

     Lists files, newest first; deleted files are never listed.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        name (str | Unset): Only files whose name starts with this text (case-insensitive).
        scope_id (str | Unset): Only files scoped to this session (`sess_...`).
        ids (list[str] | Unset): Only these file IDs (at most 100). Not in the docs; sent by the
            official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        name=name,
        scope_id=scope_id,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    scope_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
) -> ErrorResponse | FileList | None:
    """List files

     Lists files, newest first; deleted files are never listed.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        name (str | Unset): Only files whose name starts with this text (case-insensitive).
        scope_id (str | Unset): Only files scoped to this session (`sess_...`).
        ids (list[str] | Unset): Only these file IDs (at most 100). Not in the docs; sent by the
            official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            name=name,
            scope_id=scope_id,
            ids=ids,
        )
    ).parsed
