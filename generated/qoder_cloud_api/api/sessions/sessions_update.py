from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session import Session
from ...models.session_update_params import SessionUpdateParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: SessionUpdateParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(session_id).strip() in ("", ".", ".."):
        raise ValueError(f"session_id must be a non-empty ID, got {session_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> Session:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

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
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | Session]:
    """Update a session

     Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it). `agent`
    replaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration applies from
    the next turn. A change emits a `session.updated` event. `vault_ids` cannot be changed.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionUpdateParams): The body of `sessions_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Session]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> ErrorResponse | Session | None:
    """Update a session

     Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it). `agent`
    replaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration applies from
    the next turn. A change emits a `session.updated` event. `vault_ids` cannot be changed.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionUpdateParams): The body of `sessions_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Session
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> Response[ErrorResponse | Session]:
    """Update a session

     Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it). `agent`
    replaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration applies from
    the next turn. A change emits a `session.updated` event. `vault_ids` cannot be changed.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionUpdateParams): The body of `sessions_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Session]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
        x_qoder_beta=x_qoder_beta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionUpdateParams,
    idempotency_key: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> ErrorResponse | Session | None:
    """Update a session

     Changes only the fields sent. `metadata` is merged (a string sets a key, `null` removes it). `agent`
    replaces the session's `tools` and/or `mcp_servers` as wholes; the new configuration applies from
    the next turn. A change emits a `session.updated` event. `vault_ids` cannot be changed.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        x_qoder_beta (str | Unset): Comma-separated beta feature identifiers, e.g. `browser-
            use-2026-07-14`.
        body (SessionUpdateParams): The body of `sessions_update`; only fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Session
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_qoder_beta=x_qoder_beta,
        )
    ).parsed
