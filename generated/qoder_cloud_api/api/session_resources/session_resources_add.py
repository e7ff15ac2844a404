from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_resource import FileResource
from ...models.git_hub_repository_resource import GitHubRepositoryResource
from ...models.git_repository_resource import GitRepositoryResource
from ...models.memory_store_resource import MemoryStoreResource
from ...models.session_resource_add_params import SessionResourceAddParams
from ...models.unknown_session_resource import UnknownSessionResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: SessionResourceAddParams | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    if str(session_id).strip() in ("", ".", ".."):
        raise ValueError(f"session_id must be a non-empty ID, got {session_id!r}")
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/{session_id}/resources".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | FileResource
    | GitHubRepositoryResource
    | GitRepositoryResource
    | MemoryStoreResource
    | UnknownSessionResource
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            FileResource
            | GitHubRepositoryResource
            | GitRepositoryResource
            | MemoryStoreResource
            | UnknownSessionResource
        ):
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "file":
                        return FileResource.from_dict(data)
                    if kind == "github_repository":
                        return GitHubRepositoryResource.from_dict(data)
                    if kind == "git_repository":
                        return GitRepositoryResource.from_dict(data)
                    if kind == "memory_store":
                        return MemoryStoreResource.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_0 = FileResource.from_dict(data)

                return componentsschemas_session_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_1 = GitHubRepositoryResource.from_dict(data)

                return componentsschemas_session_resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_2 = GitRepositoryResource.from_dict(data)

                return componentsschemas_session_resource_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_3 = MemoryStoreResource.from_dict(data)

                return componentsschemas_session_resource_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_session_resource_type_4 = UnknownSessionResource.from_dict(data)

            return componentsschemas_session_resource_type_4

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _parse_success(
    response: httpx.Response,
) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            FileResource
            | GitHubRepositoryResource
            | GitRepositoryResource
            | MemoryStoreResource
            | UnknownSessionResource
        ):
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "file":
                        return FileResource.from_dict(data)
                    if kind == "github_repository":
                        return GitHubRepositoryResource.from_dict(data)
                    if kind == "git_repository":
                        return GitRepositoryResource.from_dict(data)
                    if kind == "memory_store":
                        return MemoryStoreResource.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_0 = FileResource.from_dict(data)

                return componentsschemas_session_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_1 = GitHubRepositoryResource.from_dict(data)

                return componentsschemas_session_resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_2 = GitRepositoryResource.from_dict(data)

                return componentsschemas_session_resource_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_resource_type_3 = MemoryStoreResource.from_dict(data)

                return componentsschemas_session_resource_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_session_resource_type_4 = UnknownSessionResource.from_dict(data)

            return componentsschemas_session_resource_type_4

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse
    | FileResource
    | GitHubRepositoryResource
    | GitRepositoryResource
    | MemoryStoreResource
    | UnknownSessionResource
]:
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
    body: SessionResourceAddParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ErrorResponse
    | FileResource
    | GitHubRepositoryResource
    | GitRepositoryResource
    | MemoryStoreResource
    | UnknownSessionResource
]:
    """Add a file to a session

     Mounts an uploaded file into a running session. Only files can be added after creation;
    repositories and memory stores are given when the session is created. Fails with 409 when the
    session is archived or terminated, the file is not ready, or it is already mounted.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SessionResourceAddParams): The body of `session_resources_add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionResourceAddParams,
    idempotency_key: str | Unset = UNSET,
) -> (
    ErrorResponse
    | FileResource
    | GitHubRepositoryResource
    | GitRepositoryResource
    | MemoryStoreResource
    | UnknownSessionResource
    | None
):
    """Add a file to a session

     Mounts an uploaded file into a running session. Only files can be added after creation;
    repositories and memory stores are given when the session is created. Fails with 409 when the
    session is archived or terminated, the file is not ready, or it is already mounted.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SessionResourceAddParams): The body of `session_resources_add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionResourceAddParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ErrorResponse
    | FileResource
    | GitHubRepositoryResource
    | GitRepositoryResource
    | MemoryStoreResource
    | UnknownSessionResource
]:
    """Add a file to a session

     Mounts an uploaded file into a running session. Only files can be added after creation;
    repositories and memory stores are given when the session is created. Fails with 409 when the
    session is archived or terminated, the file is not ready, or it is already mounted.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SessionResourceAddParams): The body of `session_resources_add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionResourceAddParams,
    idempotency_key: str | Unset = UNSET,
) -> (
    ErrorResponse
    | FileResource
    | GitHubRepositoryResource
    | GitRepositoryResource
    | MemoryStoreResource
    | UnknownSessionResource
    | None
):
    """Add a file to a session

     Mounts an uploaded file into a running session. Only files can be added after creation;
    repositories and memory stores are given when the session is created. Fails with 409 when the
    session is archived or terminated, the file is not ready, or it is already mounted.

    Args:
        session_id (str): The session ID (`sess_...`).
        idempotency_key (str | Unset): A unique key per request (a UUID v4 is recommended); a
            repeat replays the first response.
        body (SessionResourceAddParams): The body of `session_resources_add`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
