# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /sessions/{session_id}/resources/{resource_id}`: the request, and the parse of its answer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.file_resource import FileResource
from ...models.git_hub_repository_resource import GitHubRepositoryResource
from ...models.git_repository_resource import GitRepositoryResource
from ...models.memory_store_resource import MemoryStoreResource
from ...models.unknown_session_resource import UnknownSessionResource
from ...types import UNSET, Unset


def _get_kwargs(
    session_id: str,
    resource_id: str,
    *,
    qoder_workspace_id: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{session_id}/resources/{resource_id}".format(
            session_id=path_segment("session_id", session_id),
            resource_id=path_segment("resource_id", resource_id),
        ),
    }
    _kwargs["headers"] = headers
    return _kwargs


_response_200_modules = {
    "file": "file_resource",
    "github_repository": "git_hub_repository_resource",
    "git_repository": "git_repository_resource",
    "memory_store": "memory_store_resource",
}
_response_200_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]], FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource
    ],
] = {}


def _parse_response_200(
    data: object,
) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _response_200_parsers.get(kind)
            if parse is None and kind in _response_200_modules:
                module = _response_200_modules[kind]
                parse = getattr(import_module(f"...models.{module}", __package__), f"_{module}_from_dict")
                _response_200_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ...models.file_resource import _file_resource_from_dict
    from ...models.git_hub_repository_resource import _git_hub_repository_resource_from_dict
    from ...models.git_repository_resource import _git_repository_resource_from_dict
    from ...models.memory_store_resource import _memory_store_resource_from_dict
    from ...models.unknown_session_resource import _unknown_session_resource_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_0 = _file_resource_from_dict(data)

        return componentsschemas_session_resource_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_1 = _git_hub_repository_resource_from_dict(data)

        return componentsschemas_session_resource_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_2 = _git_repository_resource_from_dict(data)

        return componentsschemas_session_resource_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_3 = _memory_store_resource_from_dict(data)

        return componentsschemas_session_resource_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_resource_type_4 = _unknown_session_resource_from_dict(data)

    return componentsschemas_session_resource_type_4


def _parse_success(
    response: httpx.Response,
) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = _parse_response_200(response.json())

    return response_200
