from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory_version_list import MemoryVersionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    memory_store_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    memory_id: str | Unset = UNSET,
    operation: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    api_key_id: str | Unset = UNSET,
    service_account_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
    view: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(memory_store_id).strip() in ("", ".", ".."):
        raise ValueError(f"memory_store_id must be a non-empty ID, got {memory_store_id!r}")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["memory_id"] = memory_id

    params["operation"] = operation

    params["session_id"] = session_id

    params["api_key_id"] = api_key_id

    params["service_account_id"] = service_account_id

    json_created_atgte: str | Unset = UNSET
    if not isinstance(created_atgte, Unset):
        json_created_atgte = created_atgte.isoformat()
    params["created_at[gte]"] = json_created_atgte

    json_created_atlte: str | Unset = UNSET
    if not isinstance(created_atlte, Unset):
        json_created_atlte = created_atlte.isoformat()
    params["created_at[lte]"] = json_created_atlte

    params["view"] = view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_stores/{memory_store_id}/memory_versions".format(
            memory_store_id=quote(str(memory_store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MemoryVersionList:
    if response.status_code == 200:
        response_200 = MemoryVersionList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> MemoryVersionList:
    if response.status_code == 200:
        response_200 = MemoryVersionList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MemoryVersionList]:
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
    memory_id: str | Unset = UNSET,
    operation: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    api_key_id: str | Unset = UNSET,
    service_account_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryVersionList]:
    """List memory versions

     Lists the store's memory versions, newest first. List items never carry `content`.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        memory_id (str | Unset): Only versions of this memory (`mem_...`).
        operation (str | Unset): Only versions made by this kind of change, a
            `MemoryVersionOperation` value (the official SDK
            sends `created`, `modified` or `deleted`). Not in the docs; sent by the official SDK.
        session_id (str | Unset): Only versions written by this session. Not in the docs; sent by
            the official SDK.
        api_key_id (str | Unset): Only versions written with this API key. Not in the docs; sent
            by the official SDK.
        service_account_id (str | Unset): Only versions written by this service account. Not in
            the docs; sent by the official SDK.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryVersionList]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        memory_id=memory_id,
        operation=operation,
        session_id=session_id,
        api_key_id=api_key_id,
        service_account_id=service_account_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
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
    memory_id: str | Unset = UNSET,
    operation: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    api_key_id: str | Unset = UNSET,
    service_account_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
    view: str | Unset = UNSET,
) -> ErrorResponse | MemoryVersionList | None:
    """List memory versions

     Lists the store's memory versions, newest first. List items never carry `content`.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        memory_id (str | Unset): Only versions of this memory (`mem_...`).
        operation (str | Unset): Only versions made by this kind of change, a
            `MemoryVersionOperation` value (the official SDK
            sends `created`, `modified` or `deleted`). Not in the docs; sent by the official SDK.
        session_id (str | Unset): Only versions written by this session. Not in the docs; sent by
            the official SDK.
        api_key_id (str | Unset): Only versions written with this API key. Not in the docs; sent
            by the official SDK.
        service_account_id (str | Unset): Only versions written by this service account. Not in
            the docs; sent by the official SDK.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryVersionList
    """

    return sync_detailed(
        memory_store_id=memory_store_id,
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        memory_id=memory_id,
        operation=operation,
        session_id=session_id,
        api_key_id=api_key_id,
        service_account_id=service_account_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
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
    memory_id: str | Unset = UNSET,
    operation: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    api_key_id: str | Unset = UNSET,
    service_account_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
    view: str | Unset = UNSET,
) -> Response[ErrorResponse | MemoryVersionList]:
    """List memory versions

     Lists the store's memory versions, newest first. List items never carry `content`.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        memory_id (str | Unset): Only versions of this memory (`mem_...`).
        operation (str | Unset): Only versions made by this kind of change, a
            `MemoryVersionOperation` value (the official SDK
            sends `created`, `modified` or `deleted`). Not in the docs; sent by the official SDK.
        session_id (str | Unset): Only versions written by this session. Not in the docs; sent by
            the official SDK.
        api_key_id (str | Unset): Only versions written with this API key. Not in the docs; sent
            by the official SDK.
        service_account_id (str | Unset): Only versions written by this service account. Not in
            the docs; sent by the official SDK.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryVersionList]
    """

    kwargs = _get_kwargs(
        memory_store_id=memory_store_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        memory_id=memory_id,
        operation=operation,
        session_id=session_id,
        api_key_id=api_key_id,
        service_account_id=service_account_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
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
    memory_id: str | Unset = UNSET,
    operation: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    api_key_id: str | Unset = UNSET,
    service_account_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
    view: str | Unset = UNSET,
) -> ErrorResponse | MemoryVersionList | None:
    """List memory versions

     Lists the store's memory versions, newest first. List items never carry `content`.

    Args:
        memory_store_id (str): The memory store ID (`memstore_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        memory_id (str | Unset): Only versions of this memory (`mem_...`).
        operation (str | Unset): Only versions made by this kind of change, a
            `MemoryVersionOperation` value (the official SDK
            sends `created`, `modified` or `deleted`). Not in the docs; sent by the official SDK.
        session_id (str | Unset): Only versions written by this session. Not in the docs; sent by
            the official SDK.
        api_key_id (str | Unset): Only versions written with this API key. Not in the docs; sent
            by the official SDK.
        service_account_id (str | Unset): Only versions written by this service account. Not in
            the docs; sent by the official SDK.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.
        view (str | Unset): How much of each memory to return, `basic` or `full`. Not in the docs;
            sent by the official SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryVersionList
    """

    return (
        await asyncio_detailed(
            memory_store_id=memory_store_id,
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            memory_id=memory_id,
            operation=operation,
            session_id=session_id,
            api_key_id=api_key_id,
            service_account_id=service_account_id,
            created_atgte=created_atgte,
            created_atlte=created_atlte,
            view=view,
        )
    ).parsed
