# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `models` operations (`client.models`)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qoder_cloud._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    NotGiven,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    TimeoutTypes,
    async_raw_response,
    beta_header,
    raw_response,
    workspace_header,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.model import Model
    from ...models.model_list import ModelList

__all__ = [
    "AsyncModelsResource",
    "AsyncModelsResourceWithRawResponse",
    "ModelsResource",
    "ModelsResourceWithRawResponse",
]


class ModelsResource(SyncAPIResource):
    """The `models` operations."""

    def list(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Model]:
        """List models.

        Lists the models enabled for the caller, usable as an agent's `model`. The operation takes no
        query parameters: servers return the whole catalogue in one page (`has_more` is false).

        Args:
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import models_list as _models_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> ModelList:
            request = _models_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _models_list._parse_success)

        return SyncPage.first(fetch, {})


class AsyncModelsResource(AsyncAPIResource):
    """The `models` operations, for asyncio."""

    def list(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Model]:
        """List models.

        Lists the models enabled for the caller, usable as an agent's `model`. The operation takes no
        query parameters: servers return the whole catalogue in one page (`has_more` is false).

        Args:
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import models_list as _models_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> ModelList:
            request = _models_list._get_kwargs(
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _models_list._parse_success)

        return AsyncPaginator(fetch, {})


class ModelsResourceWithRawResponse:
    """`client.with_raw_response.models`: the `models` operations, each returning a `RawResponse`."""

    def __init__(self, resource: ModelsResource) -> None:
        self.list = raw_response(resource.list)


class AsyncModelsResourceWithRawResponse:
    """`client.with_raw_response.models`: the `models` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncModelsResource) -> None:
        self.list = async_raw_response(resource.list)


# What the command line offers for these operations (`qoder-cloud models <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "models",
        "operation": "models_list",
        "summary": "List models",
        "description": "Lists the models enabled for the caller, usable as an agent's `model`. The operation takes no\nquery parameters: servers return the whole catalogue in one page (`has_more` is false).",
        "kind": "list",
        "body": "",
        "arguments": (),
        "options": (),
    },
)
