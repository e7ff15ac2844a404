from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.work_item import WorkItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    environment_id: str,
    work_id: str,
    *,
    worker_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(environment_id).strip() in ("", ".", ".."):
        raise ValueError(f"environment_id must be a non-empty ID, got {environment_id!r}")
    if str(work_id).strip() in ("", ".", ".."):
        raise ValueError(f"work_id must be a non-empty ID, got {work_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(worker_id, Unset):
        headers["Worker-ID"] = worker_id

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_id}/work/{work_id}/ack".format(
            environment_id=quote(str(environment_id), safe=""),
            work_id=quote(str(work_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | WorkItem:
    if response.status_code == 200:
        response_200 = WorkItem.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> WorkItem:
    if response.status_code == 200:
        response_200 = WorkItem.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    worker_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkItem]:
    """Acknowledge a work item

     Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease
    begins; heartbeat it to keep the lease. Acknowledging an item this worker already holds
    (`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when
    another worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is
    already `stopping` or `stopped`.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkItem]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        work_id=work_id,
        worker_id=worker_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    worker_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkItem | None:
    """Acknowledge a work item

     Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease
    begins; heartbeat it to keep the lease. Acknowledging an item this worker already holds
    (`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when
    another worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is
    already `stopping` or `stopped`.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkItem
    """

    return sync_detailed(
        environment_id=environment_id,
        work_id=work_id,
        client=client,
        worker_id=worker_id,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    worker_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkItem]:
    """Acknowledge a work item

     Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease
    begins; heartbeat it to keep the lease. Acknowledging an item this worker already holds
    (`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when
    another worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is
    already `stopping` or `stopped`.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkItem]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        work_id=work_id,
        worker_id=worker_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    worker_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkItem | None:
    """Acknowledge a work item

     Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease
    begins; heartbeat it to keep the lease. Acknowledging an item this worker already holds
    (`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when
    another worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is
    already `stopping` or `stopped`.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        worker_id (str | Unset): Names the calling worker; polls that send it count in the
            statistics, and acknowledging checks it.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkItem
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            work_id=work_id,
            client=client,
            worker_id=worker_id,
            idempotency_key=idempotency_key,
        )
    ).parsed
