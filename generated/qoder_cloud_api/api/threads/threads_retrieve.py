from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_thread import SessionThread
from ...types import Response


def _get_kwargs(
    session_id: str,
    thread_id: str,
) -> dict[str, Any]:
    if str(session_id).strip() in ("", ".", ".."):
        raise ValueError(f"session_id must be a non-empty ID, got {session_id!r}")
    if str(thread_id).strip() in ("", ".", ".."):
        raise ValueError(f"thread_id must be a non-empty ID, got {thread_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{session_id}/threads/{thread_id}".format(
            session_id=quote(str(session_id), safe=""),
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | SessionThread:
    if response.status_code == 200:
        response_200 = SessionThread.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> SessionThread:
    if response.status_code == 200:
        response_200 = SessionThread.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionThread]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SessionThread]:
    """Retrieve a thread

    Args:
        session_id (str): The session ID (`sess_...`).
        thread_id (str): The thread ID (`sthr_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionThread]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        thread_id=thread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SessionThread | None:
    """Retrieve a thread

    Args:
        session_id (str): The session ID (`sess_...`).
        thread_id (str): The thread ID (`sthr_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionThread
    """

    return sync_detailed(
        session_id=session_id,
        thread_id=thread_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SessionThread]:
    """Retrieve a thread

    Args:
        session_id (str): The session ID (`sess_...`).
        thread_id (str): The thread ID (`sthr_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionThread]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SessionThread | None:
    """Retrieve a thread

    Args:
        session_id (str): The session ID (`sess_...`).
        thread_id (str): The thread ID (`sthr_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionThread
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            thread_id=thread_id,
            client=client,
        )
    ).parsed
