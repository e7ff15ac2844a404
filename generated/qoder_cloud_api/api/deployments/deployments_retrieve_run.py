from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_run import DeploymentRun
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    deployment_id: str,
    deployment_run_id: str,
) -> dict[str, Any]:
    if str(deployment_id).strip() in ("", ".", ".."):
        raise ValueError(f"deployment_id must be a non-empty ID, got {deployment_id!r}")
    if str(deployment_run_id).strip() in ("", ".", ".."):
        raise ValueError(f"deployment_run_id must be a non-empty ID, got {deployment_run_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/{deployment_id}/runs/{deployment_run_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
            deployment_run_id=quote(str(deployment_run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeploymentRun | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeploymentRun.from_dict(response.json())

        return response_200

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


def _parse_success(response: httpx.Response) -> DeploymentRun:
    if response.status_code == 200:
        response_200 = DeploymentRun.from_dict(response.json())

        return response_200

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
    deployment_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentRun | ErrorResponse]:
    """Retrieve a run of a deployment

     One run, which must belong to this deployment (404 otherwise).

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        deployment_run_id (str): The deployment run ID (`drun_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRun | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        deployment_run_id=deployment_run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    deployment_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentRun | ErrorResponse | None:
    """Retrieve a run of a deployment

     One run, which must belong to this deployment (404 otherwise).

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        deployment_run_id (str): The deployment run ID (`drun_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRun | ErrorResponse
    """

    return sync_detailed(
        deployment_id=deployment_id,
        deployment_run_id=deployment_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    deployment_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentRun | ErrorResponse]:
    """Retrieve a run of a deployment

     One run, which must belong to this deployment (404 otherwise).

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        deployment_run_id (str): The deployment run ID (`drun_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentRun | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        deployment_run_id=deployment_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    deployment_run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentRun | ErrorResponse | None:
    """Retrieve a run of a deployment

     One run, which must belong to this deployment (404 otherwise).

    Args:
        deployment_id (str): The deployment ID (`dep_...`).
        deployment_run_id (str): The deployment run ID (`drun_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentRun | ErrorResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            deployment_run_id=deployment_run_id,
            client=client,
        )
    ).parsed
