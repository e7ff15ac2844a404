from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.skill_version import SkillVersion
from ...models.skill_version_create_params import SkillVersionCreateParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    skill_id: str,
    *,
    body: SkillVersionCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(skill_id).strip() in ("", ".", ".."):
        raise ValueError(f"skill_id must be a non-empty ID, got {skill_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | SkillVersion:
    if response.status_code == 201:
        response_201 = SkillVersion.from_dict(response.json())

        return response_201

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


def _parse_success(response: httpx.Response) -> SkillVersion:
    if response.status_code == 201:
        response_201 = SkillVersion.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SkillVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillVersionCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | SkillVersion]:
    """Create a skill version

     Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the
    same package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the
    skill's name.
    The new version becomes the skill's `latest_version`.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillVersionCreateParams): The multipart form of `skill_versions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersion]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillVersionCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | SkillVersion | None:
    """Create a skill version

     Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the
    same package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the
    skill's name.
    The new version becomes the skill's `latest_version`.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillVersionCreateParams): The multipart form of `skill_versions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersion
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillVersionCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | SkillVersion]:
    """Create a skill version

     Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the
    same package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the
    skill's name.
    The new version becomes the skill's `latest_version`.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillVersionCreateParams): The multipart form of `skill_versions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SkillVersion]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillVersionCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | SkillVersion | None:
    """Create a skill version

     Uploads a complete new snapshot of the skill (not a diff), as `multipart/form-data` with the
    same package rules as `skills_create` (up to 50 MB). The `name` in `SKILL.md` must equal the
    skill's name.
    The new version becomes the skill's `latest_version`.

    Args:
        skill_id (str): The skill ID (`skill_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillVersionCreateParams): The multipart form of `skill_versions_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SkillVersion
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
