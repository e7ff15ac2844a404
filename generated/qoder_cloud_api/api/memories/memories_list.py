# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /memory_stores/{memory_store_id}/memories`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any, TypeAlias

import httpx

from qoder_cloud._runtime import draining_page, path_segment

from ...models.memory import Memory
from ...models.memory_list import MemoryList
from ...models.memory_prefix import MemoryPrefix
from ...models.memory_view import MemoryView
from ...models.unknown_memory_list_item import UnknownMemoryListItem
from ...types import UNSET, Unset


def _get_kwargs(
    memory_store_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    path_prefix: str | Unset = UNSET,
    depth: int | Unset = UNSET,
    view: MemoryView | Unset = UNSET,
    qoder_workspace_id: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params["path_prefix"] = path_prefix

    params["depth"] = depth

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory_stores/{memory_store_id}/memories".format(
            memory_store_id=path_segment("memory_store_id", memory_store_id),
        ),
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


Item: TypeAlias = Memory | MemoryPrefix | UnknownMemoryListItem
"""One item of the list (the resource classes name this union once)."""


def _parse_success(response: httpx.Response) -> MemoryList:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    return MemoryList.from_dict(draining_page(response.json()))
