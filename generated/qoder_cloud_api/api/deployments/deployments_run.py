from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_run import DeploymentRun
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(deployment_id).strip() in ("", ".", ".."):
        raise ValueError(f"deployment_id must be a non-empty ID, got {deployment_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}/run".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeploymentRun | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeploymentRun.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DeploymentRun.from_dict(response.json())

        return response_201

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


def _parse_success(response: httpx.Response) -> DeploymentRun:
    if response.status_code == 200:
        response_200 = DeploymentRun.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DeploymentRun.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentRun | ErrorResponse]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[DeploymentRun | ErrorResponse]:
    """Run a deployment now

     Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment
    must be active: a paused or archived one answers 409. When the run's session cannot be created the
    run is still recorded, with `session_id: null` and an `error`.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRun | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> DeploymentRun | ErrorResponse | None:
    """Run a deployment now

     Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment
    must be active: a paused or archived one answers 409. When the run's session cannot be created the
    run is still recorded, with `session_id: null` and an `error`.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRun | ErrorResponse
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeploymentRun | ErrorResponse]:
    """Run a deployment now

     Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment
    must be active: a paused or archived one answers 409. When the run's session cannot be created the
    run is still recorded, with `session_id: null` and an `error`.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRun | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> DeploymentRun | ErrorResponse | None:
    """Run a deployment now

     Starts one run at once (`trigger_context.type` `manual`), whatever the schedule. The deployment
    must be active: a paused or archived one answers 409. When the run's session cannot be created the
    run is still recorded, with `session_id: null` and an `error`.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRun | ErrorResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
