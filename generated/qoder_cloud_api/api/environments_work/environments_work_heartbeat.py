# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`POST /environments/{environment_id}/work/{work_id}/heartbeat`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.work_heartbeat import WorkHeartbeat, _work_heartbeat_from_dict
from ...types import UNSET, Unset


def _get_kwargs(
    environment_id: str,
    work_id: str,
    *,
    expected_last_heartbeat: str | Unset = UNSET,
    desired_ttl_seconds: int | Unset = UNSET,
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

    params["expected_last_heartbeat"] = expected_last_heartbeat

    params["desired_ttl_seconds"] = desired_ttl_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_id}/work/{work_id}/heartbeat".format(
            environment_id=path_segment("environment_id", environment_id),
            work_id=path_segment("work_id", work_id),
        ),
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> WorkHeartbeat:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = _work_heartbeat_from_dict(response.json())

    return response_200
