from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_start import OAuthStart
from ...models.o_auth_start_params import OAuthStartParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthStartParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/start",
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | OAuthStart:
    if response.status_code == 200:
        response_200 = OAuthStart.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> OAuthStart:
    if response.status_code == 200:
        response_200 = OAuthStart.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OAuthStart]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthStartParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | OAuthStart]:
    """Start an MCP OAuth flow

     Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's
    authorization URL. Open it in a browser; when the user approves, the provider redirects to the
    service's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`
    credential for `mcp_server_url` in the vault. `state` is opaque and short-lived.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (OAuthStartParams): The body of `vaults_start_oauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthStart]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthStartParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | OAuthStart | None:
    """Start an MCP OAuth flow

     Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's
    authorization URL. Open it in a browser; when the user approves, the provider redirects to the
    service's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`
    credential for `mcp_server_url` in the vault. `state` is opaque and short-lived.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (OAuthStartParams): The body of `vaults_start_oauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthStart
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthStartParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | OAuthStart]:
    """Start an MCP OAuth flow

     Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's
    authorization URL. Open it in a browser; when the user approves, the provider redirects to the
    service's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`
    credential for `mcp_server_url` in the vault. `state` is opaque and short-lived.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (OAuthStartParams): The body of `vaults_start_oauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthStart]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthStartParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | OAuthStart | None:
    """Start an MCP OAuth flow

     Prepares an OAuth authorisation (with PKCE) for an MCP server and answers the provider's
    authorization URL. Open it in a browser; when the user approves, the provider redirects to the
    service's callback (on `callback_origin`), which exchanges the code and stores an `mcp_oauth`
    credential for `mcp_server_url` in the vault. `state` is opaque and short-lived.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (OAuthStartParams): The body of `vaults_start_oauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthStart
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
