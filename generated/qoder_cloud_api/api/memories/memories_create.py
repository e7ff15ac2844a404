# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`POST /memory_stores/{memory_store_id}/memories`: the request, and the parse of its answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.memory import Memory, _memory_from_dict
from ...models.memory_view import MemoryView
from ...types import UNSET, Unset


def _get_kwargs(
    memory_store_id: str,
    *,
    body: Mapping[str, Any],
    view: MemoryView | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    qoder_workspace_id: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory_stores/{memory_store_id}/memories".format(
            memory_store_id=path_segment("memory_store_id", memory_store_id),
        ),
        "params": params,
    }
    _kwargs["json"] = body

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Memory:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = _memory_from_dict(response.json())

    return response_200
