from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dream_list import DreamList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["include_archived"] = include_archived

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = statuses

    params["statuses[]"] = json_statuses

    json_created_atgt: str | Unset = UNSET
    if not isinstance(created_atgt, Unset):
        json_created_atgt = created_atgt.isoformat()
    params["created_at[gt]"] = json_created_atgt

    json_created_atlt: str | Unset = UNSET
    if not isinstance(created_atlt, Unset):
        json_created_atlt = created_atlt.isoformat()
    params["created_at[lt]"] = json_created_atlt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dreams",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DreamList | ErrorResponse:
    if response.status_code == 200:
        response_200 = DreamList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DreamList:
    if response.status_code == 200:
        response_200 = DreamList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DreamList | ErrorResponse]:
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
    include_archived: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
) -> Response[DreamList | ErrorResponse]:
    """List dreams

     Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some servers
    answer with `data` alone (no `has_more`): that is the only page.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        statuses (list[str] | Unset): Only dreams in one of these statuses; repeat for several.
            Not in the docs; sent by the official SDK.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DreamList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        statuses=statuses,
        created_atgt=created_atgt,
        created_atlt=created_atlt,
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
    include_archived: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
) -> DreamList | ErrorResponse | None:
    """List dreams

     Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some servers
    answer with `data` alone (no `has_more`): that is the only page.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        statuses (list[str] | Unset): Only dreams in one of these statuses; repeat for several.
            Not in the docs; sent by the official SDK.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DreamList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        statuses=statuses,
        created_atgt=created_atgt,
        created_atlt=created_atlt,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
) -> Response[DreamList | ErrorResponse]:
    """List dreams

     Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some servers
    answer with `data` alone (no `has_more`): that is the only page.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        statuses (list[str] | Unset): Only dreams in one of these statuses; repeat for several.
            Not in the docs; sent by the official SDK.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DreamList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        statuses=statuses,
        created_atgt=created_atgt,
        created_atlt=created_atlt,
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
    include_archived: bool | Unset = False,
    statuses: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
) -> DreamList | ErrorResponse | None:
    """List dreams

     Lists dreams, newest first. Archived dreams are hidden unless `include_archived=true`. Some servers
    answer with `data` alone (no `has_more`): that is the only page.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        statuses (list[str] | Unset): Only dreams in one of these statuses; repeat for several.
            Not in the docs; sent by the official SDK.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DreamList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            include_archived=include_archived,
            statuses=statuses,
            created_atgt=created_atgt,
            created_atlt=created_atlt,
        )
    ).parsed
