from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.work_item_list import WorkItemList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    environment_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(environment_id).strip() in ("", ".", ".."):
        raise ValueError(f"environment_id must be a non-empty ID, got {environment_id!r}")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/environments/{environment_id}/work".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | WorkItemList:
    if response.status_code == 200:
        response_200 = WorkItemList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> WorkItemList:
    if response.status_code == 200:
        response_200 = WorkItemList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkItemList]:
    """List work items

     Lists the environment's work items in the order they were queued (oldest first), whatever their
    state. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted` environments
    have a work queue; any other environment answers 400.

    Args:
        environment_id (str): The environment ID (`env_...`).
        limit (int | Unset): Page size, at least 1 (default 20); values above 100 are treated as
            100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkItemList]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ErrorResponse | WorkItemList | None:
    """List work items

     Lists the environment's work items in the order they were queued (oldest first), whatever their
    state. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted` environments
    have a work queue; any other environment answers 400.

    Args:
        environment_id (str): The environment ID (`env_...`).
        limit (int | Unset): Page size, at least 1 (default 20); values above 100 are treated as
            100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkItemList
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkItemList]:
    """List work items

     Lists the environment's work items in the order they were queued (oldest first), whatever their
    state. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted` environments
    have a work queue; any other environment answers 400.

    Args:
        environment_id (str): The environment ID (`env_...`).
        limit (int | Unset): Page size, at least 1 (default 20); values above 100 are treated as
            100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkItemList]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ErrorResponse | WorkItemList | None:
    """List work items

     Lists the environment's work items in the order they were queued (oldest first), whatever their
    state. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted` environments
    have a work queue; any other environment answers 400.

    Args:
        environment_id (str): The environment ID (`env_...`).
        limit (int | Unset): Page size, at least 1 (default 20); values above 100 are treated as
            100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkItemList
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed
