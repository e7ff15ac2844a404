from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.work_heartbeat import WorkHeartbeat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    environment_id: str,
    work_id: str,
    *,
    expected_last_heartbeat: str | Unset = UNSET,
    desired_ttl_seconds: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(environment_id).strip() in ("", ".", ".."):
        raise ValueError(f"environment_id must be a non-empty ID, got {environment_id!r}")
    if str(work_id).strip() in ("", ".", ".."):
        raise ValueError(f"work_id must be a non-empty ID, got {work_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["expected_last_heartbeat"] = expected_last_heartbeat

    params["desired_ttl_seconds"] = desired_ttl_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_id}/work/{work_id}/heartbeat".format(
            environment_id=quote(str(environment_id), safe=""),
            work_id=quote(str(work_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | WorkHeartbeat:
    if response.status_code == 200:
        response_200 = WorkHeartbeat.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = ErrorResponse.from_dict(response.json())

        return response_412

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> WorkHeartbeat:
    if response.status_code == 200:
        response_200 = WorkHeartbeat.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkHeartbeat]:
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
    expected_last_heartbeat: str | Unset = UNSET,
    desired_ttl_seconds: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkHeartbeat]:
    """Extend a work item's lease

     Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to
    `active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only
    when the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers
    412 when it is not: the lease expired and the item went back to the queue, or another worker
    holds it now. The answer's `last_heartbeat` is the value to send next time.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        expected_last_heartbeat (str | Unset): The `last_heartbeat` of the previous heartbeat, or
            `NO_HEARTBEAT` for the first; omitted, the heartbeat is unconditional.
        desired_ttl_seconds (int | Unset): How long the lease should last from now, in seconds;
            the server keeps it within 10 to 600.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkHeartbeat]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        work_id=work_id,
        expected_last_heartbeat=expected_last_heartbeat,
        desired_ttl_seconds=desired_ttl_seconds,
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
    expected_last_heartbeat: str | Unset = UNSET,
    desired_ttl_seconds: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkHeartbeat | None:
    """Extend a work item's lease

     Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to
    `active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only
    when the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers
    412 when it is not: the lease expired and the item went back to the queue, or another worker
    holds it now. The answer's `last_heartbeat` is the value to send next time.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        expected_last_heartbeat (str | Unset): The `last_heartbeat` of the previous heartbeat, or
            `NO_HEARTBEAT` for the first; omitted, the heartbeat is unconditional.
        desired_ttl_seconds (int | Unset): How long the lease should last from now, in seconds;
            the server keeps it within 10 to 600.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkHeartbeat
    """

    return sync_detailed(
        environment_id=environment_id,
        work_id=work_id,
        client=client,
        expected_last_heartbeat=expected_last_heartbeat,
        desired_ttl_seconds=desired_ttl_seconds,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    expected_last_heartbeat: str | Unset = UNSET,
    desired_ttl_seconds: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkHeartbeat]:
    """Extend a work item's lease

     Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to
    `active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only
    when the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers
    412 when it is not: the lease expired and the item went back to the queue, or another worker
    holds it now. The answer's `last_heartbeat` is the value to send next time.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        expected_last_heartbeat (str | Unset): The `last_heartbeat` of the previous heartbeat, or
            `NO_HEARTBEAT` for the first; omitted, the heartbeat is unconditional.
        desired_ttl_seconds (int | Unset): How long the lease should last from now, in seconds;
            the server keeps it within 10 to 600.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkHeartbeat]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        work_id=work_id,
        expected_last_heartbeat=expected_last_heartbeat,
        desired_ttl_seconds=desired_ttl_seconds,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    expected_last_heartbeat: str | Unset = UNSET,
    desired_ttl_seconds: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkHeartbeat | None:
    """Extend a work item's lease

     Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to
    `active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only
    when the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers
    412 when it is not: the lease expired and the item went back to the queue, or another worker
    holds it now. The answer's `last_heartbeat` is the value to send next time.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        expected_last_heartbeat (str | Unset): The `last_heartbeat` of the previous heartbeat, or
            `NO_HEARTBEAT` for the first; omitted, the heartbeat is unconditional.
        desired_ttl_seconds (int | Unset): How long the lease should last from now, in seconds;
            the server keeps it within 10 to 600.
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkHeartbeat
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            work_id=work_id,
            client=client,
            expected_last_heartbeat=expected_last_heartbeat,
            desired_ttl_seconds=desired_ttl_seconds,
            idempotency_key=idempotency_key,
        )
    ).parsed
