# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /agents/{agent_id}`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.agent import Agent, _agent_from_dict
from ...types import UNSET, Unset


def _get_kwargs(
    agent_id: str,
    *,
    version: int | Unset = UNSET,
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

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/{agent_id}".format(
            agent_id=path_segment("agent_id", agent_id),
        ),
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Agent:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = _agent_from_dict(response.json())

    return response_200
