# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /environments/{environment_id}/work/stats`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.work_queue_stats import WorkQueueStats


def _get_kwargs(
    environment_id: str,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/environments/{environment_id}/work/stats".format(
            environment_id=path_segment("environment_id", environment_id),
        ),
    }
    return _kwargs


def _parse_success(response: httpx.Response) -> WorkQueueStats:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = WorkQueueStats.from_dict(response.json())

    return response_200
