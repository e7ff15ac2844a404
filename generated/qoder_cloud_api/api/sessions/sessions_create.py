from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session import Session
from ...models.session_create_params import SessionCreateParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SessionCreateParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions",
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Session.from_dict(response.json())

        return response_201

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


def _parse_success(response: httpx.Response) -> Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Session.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Session]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SessionCreateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | Session]:
    """Create a session

     Starts a session of an agent in an environment. The session starts `idle` and begins work when it
    receives a `user.message` or `user.define_outcome` event (or through `initial_events`). The agent is
    copied at this moment: later agent updates do not reach the session. When the agent declares MCP
    servers their tools are discovered during this call, and a server that cannot be reached or
    authorised makes the call fail.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionCreateParams): The body of `sessions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Session]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SessionCreateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> ErrorResponse | Session | None:
    """Create a session

     Starts a session of an agent in an environment. The session starts `idle` and begins work when it
    receives a `user.message` or `user.define_outcome` event (or through `initial_events`). The agent is
    copied at this moment: later agent updates do not reach the session. When the agent declares MCP
    servers their tools are discovered during this call, and a server that cannot be reached or
    authorised makes the call fail.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionCreateParams): The body of `sessions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Session
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SessionCreateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | Session]:
    """Create a session

     Starts a session of an agent in an environment. The session starts `idle` and begins work when it
    receives a `user.message` or `user.define_outcome` event (or through `initial_events`). The agent is
    copied at this moment: later agent updates do not reach the session. When the agent declares MCP
    servers their tools are discovered during this call, and a server that cannot be reached or
    authorised makes the call fail.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionCreateParams): The body of `sessions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Session]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SessionCreateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> ErrorResponse | Session | None:
    """Create a session

     Starts a session of an agent in an environment. The session starts `idle` and begins work when it
    receives a `user.message` or `user.define_outcome` event (or through `initial_events`). The agent is
    copied at this moment: later agent updates do not reach the session. When the agent declares MCP
    servers their tools are discovered during this call, and a server that cannot be reached or
    authorised makes the call fail.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionCreateParams): The body of `sessions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Session
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_qoder_beta=x_qoder_beta,
        )
    ).parsed
