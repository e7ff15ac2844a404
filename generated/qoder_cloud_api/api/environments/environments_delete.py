from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.environment_deleted import EnvironmentDeleted
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    if str(environment_id).strip() in ("", ".", ".."):
        raise ValueError(f"environment_id must be a non-empty ID, got {environment_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EnvironmentDeleted | ErrorResponse:
    if response.status_code == 200:
        response_200 = EnvironmentDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _parse_success(response: httpx.Response, environment_id: str) -> EnvironmentDeleted:
    if response.status_code == 200:
        response_200 = EnvironmentDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return EnvironmentDeleted.from_dict({"id": environment_id, "deleted": True})
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EnvironmentDeleted | ErrorResponse]:
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
) -> Response[Any | EnvironmentDeleted | ErrorResponse]:
    """Delete an environment

     Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving is
    the recommended alternative. Current servers answer 200 with a deletion object; the oldest
    documented generation answered 204 with no body.

    Args:
        environment_id (str): The environment ID (`env_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnvironmentDeleted | ErrorResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EnvironmentDeleted | ErrorResponse | None:
    """Delete an environment

     Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving is
    the recommended alternative. Current servers answer 200 with a deletion object; the oldest
    documented generation answered 204 with no body.

    Args:
        environment_id (str): The environment ID (`env_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnvironmentDeleted | ErrorResponse
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | EnvironmentDeleted | ErrorResponse]:
    """Delete an environment

     Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving is
    the recommended alternative. Current servers answer 200 with a deletion object; the oldest
    documented generation answered 204 with no body.

    Args:
        environment_id (str): The environment ID (`env_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnvironmentDeleted | ErrorResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | EnvironmentDeleted | ErrorResponse | None:
    """Delete an environment

     Deletes an environment permanently. Fails with 409 while sessions still reference it; archiving is
    the recommended alternative. Current servers answer 200 with a deletion object; the oldest
    documented generation answered 204 with no body.

    Args:
        environment_id (str): The environment ID (`env_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnvironmentDeleted | ErrorResponse
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
        )
    ).parsed
