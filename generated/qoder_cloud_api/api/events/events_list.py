from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_event_list import SessionEventList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    if str(session_id).strip() in ("", ".", ".."):
        raise ValueError(f"session_id must be a non-empty ID, got {session_id!r}")

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["order"] = order

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types[]"] = json_types

    json_created_atgt: str | Unset = UNSET
    if not isinstance(created_atgt, Unset):
        json_created_atgt = created_atgt.isoformat()
    params["created_at[gt]"] = json_created_atgt

    json_created_atgte: str | Unset = UNSET
    if not isinstance(created_atgte, Unset):
        json_created_atgte = created_atgte.isoformat()
    params["created_at[gte]"] = json_created_atgte

    json_created_atlt: str | Unset = UNSET
    if not isinstance(created_atlt, Unset):
        json_created_atlt = created_atlt.isoformat()
    params["created_at[lt]"] = json_created_atlt

    json_created_atlte: str | Unset = UNSET
    if not isinstance(created_atlte, Unset):
        json_created_atlte = created_atlte.isoformat()
    params["created_at[lte]"] = json_created_atlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{session_id}/events".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SessionEventList:
    if response.status_code == 200:
        response_200 = SessionEventList.from_dict(response.json())

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

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> SessionEventList:
    if response.status_code == 200:
        response_200 = SessionEventList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SessionEventList]:
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
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | SessionEventList]:
    """List a session's events

     Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews
    (`event_start`, `event_delta`) never appear here. Requesting this path with
    `Accept: text/event-stream` turns it into a stream like `events_stream`; this operation describes
    only the JSON form.

    Args:
        session_id (str): The session ID (`sess_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        order (str | Unset): Sort by processing time, `asc` (the default) or `desc`.
        types (list[str] | Unset): Only events of these types, e.g. `agent.message`; repeat for
            several. Unknown types are ignored.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionEventList]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        order=order,
        types=types,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | SessionEventList | None:
    """List a session's events

     Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews
    (`event_start`, `event_delta`) never appear here. Requesting this path with
    `Accept: text/event-stream` turns it into a stream like `events_stream`; this operation describes
    only the JSON form.

    Args:
        session_id (str): The session ID (`sess_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        order (str | Unset): Sort by processing time, `asc` (the default) or `desc`.
        types (list[str] | Unset): Only events of these types, e.g. `agent.message`; repeat for
            several. Unknown types are ignored.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionEventList
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        order=order,
        types=types,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | SessionEventList]:
    """List a session's events

     Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews
    (`event_start`, `event_delta`) never appear here. Requesting this path with
    `Accept: text/event-stream` turns it into a stream like `events_stream`; this operation describes
    only the JSON form.

    Args:
        session_id (str): The session ID (`sess_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        order (str | Unset): Sort by processing time, `asc` (the default) or `desc`.
        types (list[str] | Unset): Only events of these types, e.g. `agent.message`; repeat for
            several. Unknown types are ignored.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SessionEventList]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        page=page,
        after_id=after_id,
        before_id=before_id,
        order=order,
        types=types,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    created_atgt: datetime.datetime | Unset = UNSET,
    created_atgte: datetime.datetime | Unset = UNSET,
    created_atlt: datetime.datetime | Unset = UNSET,
    created_atlte: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | SessionEventList | None:
    """List a session's events

     Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews
    (`event_start`, `event_delta`) never appear here. Requesting this path with
    `Accept: text/event-stream` turns it into a stream like `events_stream`; this operation describes
    only the JSON form.

    Args:
        session_id (str): The session ID (`sess_...`).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        page (str | Unset): Opaque cursor; the `next_page` of the previous response. Excludes
            `after_id` and `before_id`.
        after_id (str | Unset): Return items after this ID (forward). Excludes `page` and
            `before_id`.
        before_id (str | Unset): Return items before this ID (backward). Excludes `page` and
            `after_id`.
        order (str | Unset): Sort by processing time, `asc` (the default) or `desc`.
        types (list[str] | Unset): Only events of these types, e.g. `agent.message`; repeat for
            several. Unknown types are ignored.
        created_atgt (datetime.datetime | Unset): Only items created strictly after this RFC 3339
            time.
        created_atgte (datetime.datetime | Unset): Only items created at or after this RFC 3339
            time.
        created_atlt (datetime.datetime | Unset): Only items created strictly before this RFC 3339
            time.
        created_atlte (datetime.datetime | Unset): Only items created at or before this RFC 3339
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SessionEventList
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            limit=limit,
            page=page,
            after_id=after_id,
            before_id=before_id,
            order=order,
            types=types,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
        )
    ).parsed
