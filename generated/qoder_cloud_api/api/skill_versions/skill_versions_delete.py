from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.skill_version_deleted import SkillVersionDeleted
from ...types import Response


def _get_kwargs(
    skill_id: str,
    version: str,
) -> dict[str, Any]:
    if str(skill_id).strip() in ("", ".", ".."):
        raise ValueError(f"skill_id must be a non-empty ID, got {skill_id!r}")
    if str(version).strip() in ("", ".", ".."):
        raise ValueError(f"version must be a non-empty ID, got {version!r}")

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/skills/{skill_id}/versions/{version}".format(
            skill_id=quote(str(skill_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SkillVersionDeleted:
    if response.status_code == 200:
        response_200 = SkillVersionDeleted.from_dict(response.json())

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


def _parse_success(response: httpx.Response) -> SkillVersionDeleted:
    if response.status_code == 200:
        response_200 = SkillVersionDeleted.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SkillVersionDeleted]:
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
) -> Response[ErrorResponse | SkillVersionDeleted]:
    """Delete a skill version

     Deletes one version; the deletion object's `id` is the version string.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersionDeleted]
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
) -> ErrorResponse | SkillVersionDeleted | None:
    """Delete a skill version

     Deletes one version; the deletion object's `id` is the version string.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersionDeleted
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
) -> Response[ErrorResponse | SkillVersionDeleted]:
    """Delete a skill version

     Deletes one version; the deletion object's `id` is the version string.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersionDeleted]
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
) -> ErrorResponse | SkillVersionDeleted | None:
    """Delete a skill version

     Deletes one version; the deletion object's `id` is the version string.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        version (str): A version string of the skill, e.g. `1759178010641129` (digits only;
            `latest` is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersionDeleted
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            version=version,
            client=client,
        )
    ).parsed
