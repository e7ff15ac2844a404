from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_run_list import DeploymentRunList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    trigger_type: str | Unset = UNSET,
    has_error: bool | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["deployment_id"] = deployment_id

    params["trigger_type"] = trigger_type

    params["has_error"] = has_error

    json_created_atgt: str | Unset = UNSET
    if not isinstance(created_atgt, Unset):
        json_created_atgt = created_atgt.isoformat()
    params["created_at[gt]"] = json_created_atgt

    json_created_atgte: str | Unset = UNSET
    if not isinstance(created_atgte, Unset):
        json_created_atgte = created_atgte.isoformat()
    params["created_at[gte]"] = json_created_atgte

    json_created_atlt: str | Unset = UNSET
    if not isinstance(created_atlt, Unset):
        json_created_atlt = created_atlt.isoformat()
    params["created_at[lt]"] = json_created_atlt

    json_created_atlte: str | Unset = UNSET
    if not isinstance(created_atlte, Unset):
        json_created_atlte = created_atlte.isoformat()
    params["created_at[lte]"] = json_created_atlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentRunList | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeploymentRunList.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> DeploymentRunList:
    if response.status_code == 200:
        response_200 = DeploymentRunList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentRunList | ErrorResponse]:
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
    deployment_id: str | Unset = UNSET,
    trigger_type: str | Unset = UNSET,
    has_error: bool | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> Response[DeploymentRunList | ErrorResponse]:
    """List deployment runs

     Lists the runs of every deployment, newest first. The filters combine with AND.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        deployment_id (str | Unset): Only runs of this deployment.
        trigger_type (str | Unset): Only runs started this way, `manual` or `schedule` (older
            servers also `retry`).
        has_error (bool | Unset): Only failed runs (`true`) or only runs without an error
            (`false`).
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRunList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        deployment_id=deployment_id,
        trigger_type=trigger_type,
        has_error=has_error,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
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
    deployment_id: str | Unset = UNSET,
    trigger_type: str | Unset = UNSET,
    has_error: bool | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> DeploymentRunList | ErrorResponse | None:
    """List deployment runs

     Lists the runs of every deployment, newest first. The filters combine with AND.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        deployment_id (str | Unset): Only runs of this deployment.
        trigger_type (str | Unset): Only runs started this way, `manual` or `schedule` (older
            servers also `retry`).
        has_error (bool | Unset): Only failed runs (`true`) or only runs without an error
            (`false`).
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRunList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        deployment_id=deployment_id,
        trigger_type=trigger_type,
        has_error=has_error,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    deployment_id: str | Unset = UNSET,
    trigger_type: str | Unset = UNSET,
    has_error: bool | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> Response[DeploymentRunList | ErrorResponse]:
    """List deployment runs

     Lists the runs of every deployment, newest first. The filters combine with AND.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        deployment_id (str | Unset): Only runs of this deployment.
        trigger_type (str | Unset): Only runs started this way, `manual` or `schedule` (older
            servers also `retry`).
        has_error (bool | Unset): Only failed runs (`true`) or only runs without an error
            (`false`).
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRunList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        deployment_id=deployment_id,
        trigger_type=trigger_type,
        has_error=has_error,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
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
    deployment_id: str | Unset = UNSET,
    trigger_type: str | Unset = UNSET,
    has_error: bool | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> DeploymentRunList | ErrorResponse | None:
    """List deployment runs

     Lists the runs of every deployment, newest first. The filters combine with AND.

    Args:
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        deployment_id (str | Unset): Only runs of this deployment.
        trigger_type (str | Unset): Only runs started this way, `manual` or `schedule` (older
            servers also `retry`).
        has_error (bool | Unset): Only failed runs (`true`) or only runs without an error
            (`false`).
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRunList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            deployment_id=deployment_id,
            trigger_type=trigger_type,
            has_error=has_error,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
        )
    ).parsed
