# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`POST /deployments/{deployment_id}`: the request, and the parse of its answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.deployment import Deployment, _deployment_from_dict
from ...types import UNSET, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    body: Mapping[str, Any],
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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}".format(
            deployment_id=path_segment("deployment_id", deployment_id),
        ),
    }
    _kwargs["json"] = body

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> Deployment:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = _deployment_from_dict(response.json())

    return response_200
