from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_run_list import DeploymentRunList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    triggered_after: datetime.datetime | Unset = UNSET,
    triggered_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    if str(deployment_id).strip() in ("", ".", ".."):
        raise ValueError(f"deployment_id must be a non-empty ID, got {deployment_id!r}")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    json_triggered_after: str | Unset = UNSET
    if not isinstance(triggered_after, Unset):
        json_triggered_after = triggered_after.isoformat()
    params["triggered_after"] = json_triggered_after

    json_triggered_before: str | Unset = UNSET
    if not isinstance(triggered_before, Unset):
        json_triggered_before = triggered_before.isoformat()
    params["triggered_before"] = json_triggered_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/{deployment_id}/runs".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    triggered_after: datetime.datetime | Unset = UNSET,
    triggered_before: datetime.datetime | Unset = UNSET,
) -> Response[DeploymentRunList | ErrorResponse]:
    """List a deployment's runs

     Lists the runs of one deployment, most recent trigger first.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        triggered_after (datetime.datetime | Unset): Only runs triggered at or after this RFC 3339
            time.
        triggered_before (datetime.datetime | Unset): Only runs triggered before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRunList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        triggered_after=triggered_after,
        triggered_before=triggered_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    triggered_after: datetime.datetime | Unset = UNSET,
    triggered_before: datetime.datetime | Unset = UNSET,
) -> DeploymentRunList | ErrorResponse | None:
    """List a deployment's runs

     Lists the runs of one deployment, most recent trigger first.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        triggered_after (datetime.datetime | Unset): Only runs triggered at or after this RFC 3339
            time.
        triggered_before (datetime.datetime | Unset): Only runs triggered before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRunList | ErrorResponse
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        triggered_after=triggered_after,
        triggered_before=triggered_before,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    triggered_after: datetime.datetime | Unset = UNSET,
    triggered_before: datetime.datetime | Unset = UNSET,
) -> Response[DeploymentRunList | ErrorResponse]:
    """List a deployment's runs

     Lists the runs of one deployment, most recent trigger first.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        triggered_after (datetime.datetime | Unset): Only runs triggered at or after this RFC 3339
            time.
        triggered_before (datetime.datetime | Unset): Only runs triggered before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRunList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        triggered_after=triggered_after,
        triggered_before=triggered_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    triggered_after: datetime.datetime | Unset = UNSET,
    triggered_before: datetime.datetime | Unset = UNSET,
) -> DeploymentRunList | ErrorResponse | None:
    """List a deployment's runs

     Lists the runs of one deployment, most recent trigger first.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        triggered_after (datetime.datetime | Unset): Only runs triggered at or after this RFC 3339
            time.
        triggered_before (datetime.datetime | Unset): Only runs triggered before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRunList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            triggered_after=triggered_after,
            triggered_before=triggered_before,
        )
    ).parsed
