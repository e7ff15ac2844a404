# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `models` operations (`client.models`)."""

from __future__ import annotations

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
    unset_if_none,
)

from ...types import UNSET, Unset
from . import models_list as _models_list

if TYPE_CHECKING:
    from ...models.model import Model
    from ...models.model_list import ModelList

__all__ = ["AsyncModelsResource", "ModelsResource"]


class ModelsResource(SyncAPIResource):
    """The `models` operations."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Model]:
        """List models.

        Lists the models enabled for the caller, usable as an agent's `model`. Current servers return
        the whole catalogue in one page (`has_more` is false); the pagination parameters are accepted
        for uniformity with other lists.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> ModelList:
            request = _models_list._get_kwargs(
                **query,
            )
            return self._call(request, options, _models_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )


class AsyncModelsResource(AsyncAPIResource):
    """The `models` operations, for asyncio."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Model]:
        """List models.

        Lists the models enabled for the caller, usable as an agent's `model`. Current servers return
        the whole catalogue in one page (`has_more` is false); the pagination parameters are accepted
        for uniformity with other lists.

        Args:
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> ModelList:
            request = _models_list._get_kwargs(
                **query,
            )
            return await self._call(request, options, _models_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )
