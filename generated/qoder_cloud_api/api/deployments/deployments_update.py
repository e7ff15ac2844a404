from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment import Deployment
from ...models.deployment_update_params import DeploymentUpdateParams
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    body: DeploymentUpdateParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(deployment_id).strip() in ("", ".", ".."):
        raise ValueError(f"deployment_id must be a non-empty ID, got {deployment_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Deployment | ErrorResponse:
    if response.status_code == 200:
        response_200 = Deployment.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> Deployment:
    if response.status_code == 200:
        response_200 = Deployment.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Deployment | ErrorResponse]:
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
    body: DeploymentUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Deployment | ErrorResponse]:
    """Update a deployment

     Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new
    `schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.
    Archived deployments cannot be changed.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (DeploymentUpdateParams): The body of `deployments_update`; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
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
    body: DeploymentUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> Deployment | ErrorResponse | None:
    """Update a deployment

     Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new
    `schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.
    Archived deployments cannot be changed.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (DeploymentUpdateParams): The body of `deployments_update`; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment | ErrorResponse
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Deployment | ErrorResponse]:
    """Update a deployment

     Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new
    `schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.
    Archived deployments cannot be changed.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (DeploymentUpdateParams): The body of `deployments_update`; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> Deployment | ErrorResponse | None:
    """Update a deployment

     Changes the fields sent; the others keep their values. `metadata` is a merge patch. A new
    `schedule` recomputes `upcoming_runs_at`; `schedule: null` makes the deployment manual-only.
    Archived deployments cannot be changed.

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (DeploymentUpdateParams): The body of `deployments_update`; every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment | ErrorResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
