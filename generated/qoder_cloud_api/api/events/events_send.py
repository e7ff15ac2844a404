from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_send_params import EventSendParams
from ...models.session_event_batch import SessionEventBatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: EventSendParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(session_id).strip() in ("", ".", ".."):
        raise ValueError(f"session_id must be a non-empty ID, got {session_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/{session_id}/events".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionEventBatch:
    if response.status_code == 200:
        response_200 = SessionEventBatch.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = SessionEventBatch.from_dict(response.json())

        return response_202

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


def _parse_success(response: httpx.Response) -> SessionEventBatch:
    if response.status_code == 200:
        response_200 = SessionEventBatch.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = SessionEventBatch.from_dict(response.json())

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionEventBatch]:
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
    body: EventSendParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionEventBatch]:
    """Send events to a session

     Delivers one or more client events, processed in order. The call returns once they are accepted;
    the agent's reaction is read with `events_list` or `events_stream`. A `system.message` may appear
    at most once per call and must be the last event. Sending a `user.message` while the previous turn
    is still running fails with 409.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (EventSendParams): The body of `events_send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionEventBatch]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
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
    body: EventSendParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | SessionEventBatch | None:
    """Send events to a session

     Delivers one or more client events, processed in order. The call returns once they are accepted;
    the agent's reaction is read with `events_list` or `events_stream`. A `system.message` may appear
    at most once per call and must be the last event. Sending a `user.message` while the previous turn
    is still running fails with 409.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (EventSendParams): The body of `events_send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionEventBatch
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventSendParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | SessionEventBatch]:
    """Send events to a session

     Delivers one or more client events, processed in order. The call returns once they are accepted;
    the agent's reaction is read with `events_list` or `events_stream`. A `system.message` may appear
    at most once per call and must be the last event. Sending a `user.message` while the previous turn
    is still running fails with 409.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (EventSendParams): The body of `events_send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionEventBatch]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventSendParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | SessionEventBatch | None:
    """Send events to a session

     Delivers one or more client events, processed in order. The call returns once they are accepted;
    the agent's reaction is read with `events_list` or `events_stream`. A `system.message` may appear
    at most once per call and must be the last event. Sending a `user.message` while the previous turn
    is still running fails with 409.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (EventSendParams): The body of `events_send`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionEventBatch
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
