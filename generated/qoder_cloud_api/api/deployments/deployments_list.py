from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_list import DeploymentList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["include_archived"] = include_archived

    params["status"] = status

    params["agent_id"] = agent_id

    json_created_atgte: str | Unset = UNSET
    if not isinstance(created_atgte, Unset):
        json_created_atgte = created_atgte.isoformat()
    params["created_at[gte]"] = json_created_atgte

    json_created_atlte: str | Unset = UNSET
    if not isinstance(created_atlte, Unset):
        json_created_atlte = created_atlte.isoformat()
    params["created_at[lte]"] = json_created_atlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentList | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeploymentList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DeploymentList:
    if response.status_code == 200:
        response_200 = DeploymentList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentList | ErrorResponse]:
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
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> Response[DeploymentList | ErrorResponse]:
    """List deployments

     Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        status (str | Unset): Only deployments in this status, `active` or `paused`.
        agent_id (str | Unset): Only deployments of this agent.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        status=status,
        agent_id=agent_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
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
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> DeploymentList | ErrorResponse | None:
    """List deployments

     Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        status (str | Unset): Only deployments in this status, `active` or `paused`.
        agent_id (str | Unset): Only deployments of this agent.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        status=status,
        agent_id=agent_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> Response[DeploymentList | ErrorResponse]:
    """List deployments

     Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        status (str | Unset): Only deployments in this status, `active` or `paused`.
        agent_id (str | Unset): Only deployments of this agent.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        include_archived=include_archived,
        status=status,
        agent_id=agent_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
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
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> DeploymentList | ErrorResponse | None:
    """List deployments

     Lists deployments, newest first. Archived deployments are hidden unless `include_archived=true`.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        include_archived (bool | Unset): Include archived items. Default: False.
        status (str | Unset): Only deployments in this status, `active` or `paused`.
        agent_id (str | Unset): Only deployments of this agent.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            include_archived=include_archived,
            status=status,
            agent_id=agent_id,
            created_atgte=created_atgte,
            created_atlte=created_atlte,
        )
    ).parsed
