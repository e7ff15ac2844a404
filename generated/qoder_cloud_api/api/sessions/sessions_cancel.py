from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_cancellation import SessionCancellation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(session_id).strip() in ("", ".", ".."):
        raise ValueError(f"session_id must be a non-empty ID, got {session_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/{session_id}/cancel".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionCancellation:
    if response.status_code == 200:
        response_200 = SessionCancellation.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = SessionCancellation.from_dict(response.json())

        return response_202

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


def _parse_success(response: httpx.Response) -> SessionCancellation:
    if response.status_code == 200:
        response_200 = SessionCancellation.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = SessionCancellation.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionCancellation]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionCancellation]:
    """Cancel the current turn

     Stops the turn in progress. The session goes through `canceling` back to `idle` (its
    `session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current
    servers
    answer 202 while a running turn is being stopped and 200 when there was nothing to stop; older
    servers always answer 200.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionCancellation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | SessionCancellation | None:
    """Cancel the current turn

     Stops the turn in progress. The session goes through `canceling` back to `idle` (its
    `session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current
    servers
    answer 202 while a running turn is being stopped and 200 when there was nothing to stop; older
    servers always answer 200.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionCancellation
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionCancellation]:
    """Cancel the current turn

     Stops the turn in progress. The session goes through `canceling` back to `idle` (its
    `session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current
    servers
    answer 202 while a running turn is being stopped and 200 when there was nothing to stop; older
    servers always answer 200.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionCancellation]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | SessionCancellation | None:
    """Cancel the current turn

     Stops the turn in progress. The session goes through `canceling` back to `idle` (its
    `session.status_idle` event carries `stop_reason.type` `cancelled`) and stays usable. Current
    servers
    answer 202 while a running turn is being stopped and 200 when there was nothing to stop; older
    servers always answer 200.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionCancellation
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
