from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_deleted import FileDeleted
from ...types import Response


def _get_kwargs(
    file_id: str,
) -> dict[str, Any]:
    if str(file_id).strip() in ("", ".", ".."):
        raise ValueError(f"file_id must be a non-empty ID, got {file_id!r}")

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | FileDeleted:
    if response.status_code == 200:
        response_200 = FileDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _parse_success(response: httpx.Response, file_id: str) -> FileDeleted:
    if response.status_code == 200:
        response_200 = FileDeleted.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return FileDeleted.from_dict({"id": file_id, "deleted": True})
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | FileDeleted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | FileDeleted]:
    """Delete a file

     Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.
    Current servers answer 200 with a deletion object; the oldest documented generation answered
    204 with no body.

    Args:
        file_id (str): The file ID (`file_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FileDeleted]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | FileDeleted | None:
    """Delete a file

     Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.
    Current servers answer 200 with a deletion object; the oldest documented generation answered
    204 with no body.

    Args:
        file_id (str): The file ID (`file_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FileDeleted
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | FileDeleted]:
    """Delete a file

     Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.
    Current servers answer 200 with a deletion object; the oldest documented generation answered
    204 with no body.

    Args:
        file_id (str): The file ID (`file_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | FileDeleted]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | FileDeleted | None:
    """Delete a file

     Deletes a file permanently. Fails with 409 while a live resource (e.g. a session) still uses it.
    Current servers answer 200 with a deletion object; the oldest documented generation answered
    204 with no body.

    Args:
        file_id (str): The file ID (`file_...`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | FileDeleted
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
        )
    ).parsed
