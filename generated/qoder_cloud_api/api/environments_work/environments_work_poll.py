from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.work_item import WorkItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    environment_id: str,
    *,
    block_ms: int | Unset = UNSET,
    reclaim_older_than_ms: int | Unset = 5000,
    worker_id: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(environment_id).strip() in ("", ".", ".."):
        raise ValueError(f"environment_id must be a non-empty ID, got {environment_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(worker_id, Unset):
        headers["Worker-ID"] = worker_id

    params: dict[str, Any] = {}

    params["block_ms"] = block_ms

    params["reclaim_older_than_ms"] = reclaim_older_than_ms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/environments/{environment_id}/work/poll".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | None | WorkItem:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | WorkItem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WorkItem.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""None | WorkItem""", data)

        response_200 = _parse_response_200(response.json())

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


def _parse_success(response: httpx.Response) -> None | WorkItem:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | WorkItem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WorkItem.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""None | WorkItem""", data)

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | None | WorkItem]:
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
    block_ms: int | Unset = UNSET,
    reclaim_older_than_ms: int | Unset = 5000,
    worker_id: str | Unset = UNSET,
) -> Response[ErrorResponse | None | WorkItem]:
    """Poll for a work item

     Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).
    Polling does not claim the item: acknowledge it to start the lease. An item handed out and not
    acknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.

    Args:
        environment_id (str): The environment ID (`env_...`).
        block_ms (int | Unset): Wait up to this many milliseconds (1 to 999) for an item before
            answering `null`; omitted, the poll answers at once.
        reclaim_older_than_ms (int | Unset): Hand out again an item that was handed out this many
            milliseconds ago or more and never acknowledged (default 5000). Default: 5000.
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | None | WorkItem]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        block_ms=block_ms,
        reclaim_older_than_ms=reclaim_older_than_ms,
        worker_id=worker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    block_ms: int | Unset = UNSET,
    reclaim_older_than_ms: int | Unset = 5000,
    worker_id: str | Unset = UNSET,
) -> ErrorResponse | None | WorkItem | None:
    """Poll for a work item

     Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).
    Polling does not claim the item: acknowledge it to start the lease. An item handed out and not
    acknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.

    Args:
        environment_id (str): The environment ID (`env_...`).
        block_ms (int | Unset): Wait up to this many milliseconds (1 to 999) for an item before
            answering `null`; omitted, the poll answers at once.
        reclaim_older_than_ms (int | Unset): Hand out again an item that was handed out this many
            milliseconds ago or more and never acknowledged (default 5000). Default: 5000.
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | None | WorkItem
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
        block_ms=block_ms,
        reclaim_older_than_ms=reclaim_older_than_ms,
        worker_id=worker_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    block_ms: int | Unset = UNSET,
    reclaim_older_than_ms: int | Unset = 5000,
    worker_id: str | Unset = UNSET,
) -> Response[ErrorResponse | None | WorkItem]:
    """Poll for a work item

     Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).
    Polling does not claim the item: acknowledge it to start the lease. An item handed out and not
    acknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.

    Args:
        environment_id (str): The environment ID (`env_...`).
        block_ms (int | Unset): Wait up to this many milliseconds (1 to 999) for an item before
            answering `null`; omitted, the poll answers at once.
        reclaim_older_than_ms (int | Unset): Hand out again an item that was handed out this many
            milliseconds ago or more and never acknowledged (default 5000). Default: 5000.
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | None | WorkItem]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        block_ms=block_ms,
        reclaim_older_than_ms=reclaim_older_than_ms,
        worker_id=worker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    block_ms: int | Unset = UNSET,
    reclaim_older_than_ms: int | Unset = 5000,
    worker_id: str | Unset = UNSET,
) -> ErrorResponse | None | WorkItem | None:
    """Poll for a work item

     Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).
    Polling does not claim the item: acknowledge it to start the lease. An item handed out and not
    acknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.

    Args:
        environment_id (str): The environment ID (`env_...`).
        block_ms (int | Unset): Wait up to this many milliseconds (1 to 999) for an item before
            answering `null`; omitted, the poll answers at once.
        reclaim_older_than_ms (int | Unset): Hand out again an item that was handed out this many
            milliseconds ago or more and never acknowledged (default 5000). Default: 5000.
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | None | WorkItem
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            block_ms=block_ms,
            reclaim_older_than_ms=reclaim_older_than_ms,
            worker_id=worker_id,
        )
    ).parsed
