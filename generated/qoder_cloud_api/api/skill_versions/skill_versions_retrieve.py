# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /skills/{skill_id}/versions/{version}`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any

import httpx

from qoder_cloud._runtime import path_segment

from ...models.skill_version import SkillVersion


def _get_kwargs(
    skill_id: str,
    version: str,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skills/{skill_id}/versions/{version}".format(
            skill_id=path_segment("skill_id", skill_id),
            version=path_segment("version", version),
        ),
    }
    return _kwargs


def _parse_success(response: httpx.Response) -> SkillVersion:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    response_200 = SkillVersion.from_dict(response.json())

    return response_200
