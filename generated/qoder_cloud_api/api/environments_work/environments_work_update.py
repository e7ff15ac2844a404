from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.work_item import WorkItem
from ...models.work_item_update_params import WorkItemUpdateParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    environment_id: str,
    work_id: str,
    *,
    body: WorkItemUpdateParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(environment_id).strip() in ("", ".", ".."):
        raise ValueError(f"environment_id must be a non-empty ID, got {environment_id!r}")
    if str(work_id).strip() in ("", ".", ".."):
        raise ValueError(f"work_id must be a non-empty ID, got {work_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_id}/work/{work_id}".format(
            environment_id=quote(str(environment_id), safe=""),
            work_id=quote(str(work_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

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
    body: WorkItemUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkItem]:
    """Update a work item's metadata

     Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not sent
    are kept. Works in every state.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (WorkItemUpdateParams): The change to a work item's metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkItem]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        work_id=work_id,
        body=body,
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
    body: WorkItemUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkItem | None:
    """Update a work item's metadata

     Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not sent
    are kept. Works in every state.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (WorkItemUpdateParams): The change to a work item's metadata.

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
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkItemUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkItem]:
    """Update a work item's metadata

     Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not sent
    are kept. Works in every state.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (WorkItemUpdateParams): The change to a work item's metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkItem]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        work_id=work_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    work_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkItemUpdateParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkItem | None:
    """Update a work item's metadata

     Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not sent
    are kept. Works in every state.

    Args:
        environment_id (str): The environment ID (`env_...`).
        work_id (str): The work item ID (`work_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (WorkItemUpdateParams): The change to a work item's metadata.

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
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
