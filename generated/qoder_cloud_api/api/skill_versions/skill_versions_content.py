from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import File, Response


def _get_kwargs(
    skill_id: str,
    version: str,
) -> dict[str, Any]:
    if str(skill_id).strip() in ("", ".", ".."):
        raise ValueError(f"skill_id must be a non-empty ID, got {skill_id!r}")
    if str(version).strip() in ("", ".", ".."):
        raise ValueError(f"version must be a non-empty ID, got {version!r}")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skills/{skill_id}/versions/{version}/content".format(
            skill_id=quote(str(skill_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["headers"] = {"Accept": "application/zip, application/octet-stream"}
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _parse_success(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | File]:
    """Download a skill version

     Returns the version's files as a zip archive (the bytes themselves, not a link). The archive
    holds one top-level directory named after the skill.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | File | None:
    """Download a skill version

     Returns the version's files as a zip archive (the bytes themselves, not a link). The archive
    holds one top-level directory named after the skill.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        skill_id=skill_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | File]:
    """Download a skill version

     Returns the version's files as a zip archive (the bytes themselves, not a link). The archive
    holds one top-level directory named after the skill.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | File | None:
    """Download a skill version

     Returns the version's files as a zip archive (the bytes themselves, not a link). The archive
    holds one top-level directory named after the skill.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            version=version,
            client=client,
        )
    ).parsed
