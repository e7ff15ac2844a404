from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.skill import Skill
from ...models.skill_create_params import SkillCreateParams
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SkillCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Skill:
    if response.status_code == 200:
        response_200 = Skill.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Skill.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(response: httpx.Response) -> Skill:
    if response.status_code == 200:
        response_200 = Skill.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Skill.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Skill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SkillCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Skill]:
    """Create a skill

     Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or
    the files of a directory tree, each part's filename carrying its path. The package must hold
    exactly one top-level directory with a `SKILL.md` whose front matter has `name` and
    `description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the
    skill's first version. The oldest documented servers answer 201; newer ones are not documented,
    so 200 is accepted too.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillCreateParams): The multipart form of `skills_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Skill]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SkillCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Skill | None:
    """Create a skill

     Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or
    the files of a directory tree, each part's filename carrying its path. The package must hold
    exactly one top-level directory with a `SKILL.md` whose front matter has `name` and
    `description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the
    skill's first version. The oldest documented servers answer 201; newer ones are not documented,
    so 200 is accepted too.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillCreateParams): The multipart form of `skills_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Skill
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SkillCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Skill]:
    """Create a skill

     Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or
    the files of a directory tree, each part's filename carrying its path. The package must hold
    exactly one top-level directory with a `SKILL.md` whose front matter has `name` and
    `description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the
    skill's first version. The oldest documented servers answer 201; newer ones are not documented,
    so 200 is accepted too.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillCreateParams): The multipart form of `skills_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Skill]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SkillCreateParams,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Skill | None:
    """Create a skill

     Registers a skill from its files, sent as `multipart/form-data`: either one `.zip` archive or
    the files of a directory tree, each part's filename carrying its path. The package must hold
    exactly one top-level directory with a `SKILL.md` whose front matter has `name` and
    `description`. The package may be up to 50 MB, as an archive and unpacked. The upload makes the
    skill's first version. The oldest documented servers answer 201; newer ones are not documented,
    so 200 is accepted too.

    Args:
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SkillCreateParams): The multipart form of `skills_create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Skill
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
