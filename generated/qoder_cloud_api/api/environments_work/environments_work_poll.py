# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /environments/{environment_id}/work/poll`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any, cast

import httpx

from qoder_cloud._runtime import path_segment

from ...models.work_item import WorkItem, _work_item_from_dict
from ...types import UNSET, Unset


def _get_kwargs(
    environment_id: str,
    *,
    block_ms: int | Unset = UNSET,
    reclaim_older_than_ms: int | Unset = 5000,
    worker_id: str | Unset = UNSET,
    qoder_workspace_id: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    if not isinstance(worker_id, Unset):
        headers["Worker-ID"] = worker_id

    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    params: dict[str, Any] = {}

    params["block_ms"] = block_ms

    params["reclaim_older_than_ms"] = reclaim_older_than_ms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/environments/{environment_id}/work/poll".format(
            environment_id=path_segment("environment_id", environment_id),
        ),
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response_200(data: object) -> None | WorkItem:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_200_type_0 = _work_item_from_dict(data)

        return response_200_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""None | WorkItem""", data)


def _parse_success(response: httpx.Response) -> None | WorkItem:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    _response_200 = response.json()
    response_200 = _response_200 if _response_200 is None else _parse_response_200(_response_200)

    return response_200
