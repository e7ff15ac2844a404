# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`POST /vaults/search`: the request, and the parse of its answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from qoder_cloud._runtime import draining_page

from ...models.vault_search_page import VaultSearchPage
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: Mapping[str, Any],
    x_qoder_beta: str = "search-2026-08-31",
    qoder_workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    headers["x-qoder-beta"] = x_qoder_beta

    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vaults/search",
    }
    _kwargs["json"] = body

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> VaultSearchPage:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    return VaultSearchPage.from_dict(draining_page(response.json()))
