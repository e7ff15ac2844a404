# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /deployments/{deployment_id}/runs`: the request, and the parse of its answer."""

from __future__ import annotations

import datetime
from typing import Any

import httpx

from qoder_cloud._runtime import draining_page, path_segment

from ...models.deployment_run_list import DeploymentRunList
from ...types import UNSET, Unset


def _get_kwargs(
    deployment_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    triggered_after: datetime.datetime | Unset = UNSET,
    triggered_before: datetime.datetime | Unset = UNSET,
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

    json_triggered_after: str | Unset = UNSET
    if not isinstance(triggered_after, Unset):
        json_triggered_after = triggered_after.isoformat()
    params["triggered_after"] = json_triggered_after

    json_triggered_before: str | Unset = UNSET
    if not isinstance(triggered_before, Unset):
        json_triggered_before = triggered_before.isoformat()
    params["triggered_before"] = json_triggered_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/{deployment_id}/runs".format(
            deployment_id=path_segment("deployment_id", deployment_id),
        ),
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> DeploymentRunList:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    return DeploymentRunList.from_dict(draining_page(response.json()))
