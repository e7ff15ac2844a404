# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `environments_work` operations (`client.environments.work`)."""

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
    json_body,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.metadata_patch import MetadataPatch
    from ...models.work_heartbeat import WorkHeartbeat
    from ...models.work_item import WorkItem
    from ...models.work_item_list import WorkItemList
    from ...models.work_queue_stats import WorkQueueStats

__all__ = [
    "AsyncEnvironmentsWorkResource",
    "AsyncEnvironmentsWorkResourceWithRawResponse",
    "EnvironmentsWorkResource",
    "EnvironmentsWorkResourceWithRawResponse",
]


class EnvironmentsWorkResource(SyncAPIResource):
    """The `environments_work` operations."""

    def list(
        self,
        environment_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[WorkItem]:
        """List work items.

        Lists the environment's work items in the order they were queued (oldest first), whatever their
        state. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted`
        environments have a work queue; any other environment answers 400.

        Args:
            environment_id: The environment ID (`env_...`).
            limit: Page size, at least 1 (default 20); values above 100 are treated as 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_list as _environments_work_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> WorkItemList:
            request = _environments_work_list._get_kwargs(
                environment_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _environments_work_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    def poll(
        self,
        environment_id: str,
        *,
        block_ms: int | None | Unset = UNSET,
        reclaim_older_than_ms: int | None | Unset = UNSET,
        worker_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None | WorkItem:
        """Poll for a work item.

        Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).
        Polling does not claim the item: acknowledge it to start the lease. An item handed out and not
        acknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.

        Args:
            environment_id: The environment ID (`env_...`).
            block_ms: Wait up to this many milliseconds (1 to 999) for an item before answering
                `null`; omitted, the poll answers at once.
            reclaim_older_than_ms: Hand out again an item that was handed out this many milliseconds ago or more
                and never acknowledged (default 5000).
            worker_id: Names the calling worker; polls that send it count in the statistics, and
                acknowledging checks it.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_poll as _environments_work_poll

        request = _environments_work_poll._get_kwargs(
            environment_id,
            worker_id=unset_if_none(worker_id),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            block_ms=unset_if_none(block_ms),
            reclaim_older_than_ms=unset_if_none(reclaim_older_than_ms),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_poll._parse_success,
        )

    def stats(
        self,
        environment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkQueueStats:
        """Read the work queue's statistics.

        Args:
            environment_id: The environment ID (`env_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_stats as _environments_work_stats

        request = _environments_work_stats._get_kwargs(
            environment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_stats._parse_success,
        )

    def retrieve(
        self,
        environment_id: str,
        work_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Retrieve a work item.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_retrieve as _environments_work_retrieve

        request = _environments_work_retrieve._get_kwargs(
            environment_id,
            work_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_retrieve._parse_success,
        )

    def update(
        self,
        environment_id: str,
        work_id: str,
        *,
        metadata: MetadataPatch | Mapping[str, None | str],
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Update a work item's metadata.

        Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not
        sent are kept. Works in every state.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_update as _environments_work_update

        request = _environments_work_update._get_kwargs(
            environment_id,
            work_id,
            body=json_body(
                {
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_update._parse_success,
        )

    def ack(
        self,
        environment_id: str,
        work_id: str,
        *,
        worker_id: str | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Acknowledge a work item.

        Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease
        begins; heartbeat it to keep the lease. Acknowledging an item this worker already holds
        (`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when
        another worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is
        already `stopping` or `stopped`.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            worker_id: Names the calling worker; polls that send it count in the statistics, and
                acknowledging checks it.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_ack as _environments_work_ack

        request = _environments_work_ack._get_kwargs(
            environment_id,
            work_id,
            worker_id=unset_if_none(worker_id),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_ack._parse_success,
        )

    def heartbeat(
        self,
        environment_id: str,
        work_id: str,
        *,
        expected_last_heartbeat: str | None | Unset = UNSET,
        desired_ttl_seconds: int | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkHeartbeat:
        """Extend a work item's lease.

        Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to
        `active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only
        when the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers
        412 when it is not: the lease expired and the item went back to the queue, or another worker
        holds it now. The answer's `last_heartbeat` is the value to send next time.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            expected_last_heartbeat: The `last_heartbeat` of the previous heartbeat, or `NO_HEARTBEAT` for the first;
                omitted, the heartbeat is unconditional.
            desired_ttl_seconds: How long the lease should last from now, in seconds; the server keeps it within
                10 to 600.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_heartbeat as _environments_work_heartbeat

        request = _environments_work_heartbeat._get_kwargs(
            environment_id,
            work_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            expected_last_heartbeat=unset_if_none(expected_last_heartbeat),
            desired_ttl_seconds=unset_if_none(desired_ttl_seconds),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_heartbeat._parse_success,
        )

    def stop(
        self,
        environment_id: str,
        work_id: str,
        *,
        force: bool | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Stop a work item.

        Without `force`, a `starting` or `active` item becomes `stopping` (its worker should finish and
        stop it again), a `stopping` item becomes `stopped`, and a `queued` item is stopped without ever
        running. With `force`, any item that is not yet `stopped` becomes `stopped` at once. Stopping a
        `stopped` item changes nothing. An empty body means `force: false`.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            force: Stop at once, without the `stopping` step in which the worker drains.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_stop as _environments_work_stop

        request = _environments_work_stop._get_kwargs(
            environment_id,
            work_id,
            body=json_body(
                {
                    "force": force,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_stop._parse_success,
        )


class AsyncEnvironmentsWorkResource(AsyncAPIResource):
    """The `environments_work` operations, for asyncio."""

    def list(
        self,
        environment_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[WorkItem]:
        """List work items.

        Lists the environment's work items in the order they were queued (oldest first), whatever their
        state. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted`
        environments have a work queue; any other environment answers 400.

        Args:
            environment_id: The environment ID (`env_...`).
            limit: Page size, at least 1 (default 20); values above 100 are treated as 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_list as _environments_work_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> WorkItemList:
            request = _environments_work_list._get_kwargs(
                environment_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _environments_work_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    async def poll(
        self,
        environment_id: str,
        *,
        block_ms: int | None | Unset = UNSET,
        reclaim_older_than_ms: int | None | Unset = UNSET,
        worker_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None | WorkItem:
        """Poll for a work item.

        Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).
        Polling does not claim the item: acknowledge it to start the lease. An item handed out and not
        acknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.

        Args:
            environment_id: The environment ID (`env_...`).
            block_ms: Wait up to this many milliseconds (1 to 999) for an item before answering
                `null`; omitted, the poll answers at once.
            reclaim_older_than_ms: Hand out again an item that was handed out this many milliseconds ago or more
                and never acknowledged (default 5000).
            worker_id: Names the calling worker; polls that send it count in the statistics, and
                acknowledging checks it.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_poll as _environments_work_poll

        request = _environments_work_poll._get_kwargs(
            environment_id,
            worker_id=unset_if_none(worker_id),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            block_ms=unset_if_none(block_ms),
            reclaim_older_than_ms=unset_if_none(reclaim_older_than_ms),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_poll._parse_success,
        )

    async def stats(
        self,
        environment_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkQueueStats:
        """Read the work queue's statistics.

        Args:
            environment_id: The environment ID (`env_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_stats as _environments_work_stats

        request = _environments_work_stats._get_kwargs(
            environment_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_stats._parse_success,
        )

    async def retrieve(
        self,
        environment_id: str,
        work_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Retrieve a work item.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_retrieve as _environments_work_retrieve

        request = _environments_work_retrieve._get_kwargs(
            environment_id,
            work_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_retrieve._parse_success,
        )

    async def update(
        self,
        environment_id: str,
        work_id: str,
        *,
        metadata: MetadataPatch | Mapping[str, None | str],
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Update a work item's metadata.

        Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not
        sent are kept. Works in every state.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            metadata: A merge patch for metadata. A string sets a key; `null` removes it; keys not
                sent are kept.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_update as _environments_work_update

        request = _environments_work_update._get_kwargs(
            environment_id,
            work_id,
            body=json_body(
                {
                    "metadata": metadata,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_update._parse_success,
        )

    async def ack(
        self,
        environment_id: str,
        work_id: str,
        *,
        worker_id: str | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Acknowledge a work item.

        Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease
        begins; heartbeat it to keep the lease. Acknowledging an item this worker already holds
        (`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when
        another worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is
        already `stopping` or `stopped`.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            worker_id: Names the calling worker; polls that send it count in the statistics, and
                acknowledging checks it.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_ack as _environments_work_ack

        request = _environments_work_ack._get_kwargs(
            environment_id,
            work_id,
            worker_id=unset_if_none(worker_id),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_ack._parse_success,
        )

    async def heartbeat(
        self,
        environment_id: str,
        work_id: str,
        *,
        expected_last_heartbeat: str | None | Unset = UNSET,
        desired_ttl_seconds: int | None | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkHeartbeat:
        """Extend a work item's lease.

        Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to
        `active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only
        when the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers
        412 when it is not: the lease expired and the item went back to the queue, or another worker
        holds it now. The answer's `last_heartbeat` is the value to send next time.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            expected_last_heartbeat: The `last_heartbeat` of the previous heartbeat, or `NO_HEARTBEAT` for the first;
                omitted, the heartbeat is unconditional.
            desired_ttl_seconds: How long the lease should last from now, in seconds; the server keeps it within
                10 to 600.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_heartbeat as _environments_work_heartbeat

        request = _environments_work_heartbeat._get_kwargs(
            environment_id,
            work_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            expected_last_heartbeat=unset_if_none(expected_last_heartbeat),
            desired_ttl_seconds=unset_if_none(desired_ttl_seconds),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_heartbeat._parse_success,
        )

    async def stop(
        self,
        environment_id: str,
        work_id: str,
        *,
        force: bool | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkItem:
        """Stop a work item.

        Without `force`, a `starting` or `active` item becomes `stopping` (its worker should finish and
        stop it again), a `stopping` item becomes `stopped`, and a `queued` item is stopped without ever
        running. With `force`, any item that is not yet `stopped` becomes `stopped` at once. Stopping a
        `stopped` item changes nothing. An empty body means `force: false`.

        Args:
            environment_id: The environment ID (`env_...`).
            work_id: The work item ID (`work_...`).
            force: Stop at once, without the `stopping` step in which the worker drains.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import environments_work_stop as _environments_work_stop

        request = _environments_work_stop._get_kwargs(
            environment_id,
            work_id,
            body=json_body(
                {
                    "force": force,
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request,
            RequestOptions(extra_headers, extra_query, timeout, max_retries),
            _environments_work_stop._parse_success,
        )


class EnvironmentsWorkResourceWithRawResponse:
    """`client.with_raw_response.environments.work`: the `environments_work` operations, each returning a `RawResponse`."""

    def __init__(self, resource: EnvironmentsWorkResource) -> None:
        self.list = raw_response(resource.list)
        self.poll = raw_response(resource.poll)
        self.stats = raw_response(resource.stats)
        self.retrieve = raw_response(resource.retrieve)
        self.update = raw_response(resource.update)
        self.ack = raw_response(resource.ack)
        self.heartbeat = raw_response(resource.heartbeat)
        self.stop = raw_response(resource.stop)


class AsyncEnvironmentsWorkResourceWithRawResponse:
    """`client.with_raw_response.environments.work`: the `environments_work` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncEnvironmentsWorkResource) -> None:
        self.list = async_raw_response(resource.list)
        self.poll = async_raw_response(resource.poll)
        self.stats = async_raw_response(resource.stats)
        self.retrieve = async_raw_response(resource.retrieve)
        self.update = async_raw_response(resource.update)
        self.ack = async_raw_response(resource.ack)
        self.heartbeat = async_raw_response(resource.heartbeat)
        self.stop = async_raw_response(resource.stop)


# What the command line offers for these operations (`qoder-cloud environments-work <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "environments.work",
        "operation": "environments_work_list",
        "summary": "List work items",
        "description": "Lists the environment's work items in the order they were queued (oldest first), whatever their\nstate. A `limit` above 100 is treated as 100 rather than refused. Only `self_hosted` environments\nhave a work queue; any other environment answers 400.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
        "options": (
            {
                "name": "limit",
                "wire": "limit",
                "in": "query",
                "type": "integer",
                "description": "Page size, at least 1 (default 20); values above 100 are treated as 100.",
                "default": "20",
            },
            {
                "name": "page",
                "wire": "page",
                "in": "query",
                "type": "string",
                "description": "Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and `before_id`.",
            },
            {
                "name": "after_id",
                "wire": "after_id",
                "in": "query",
                "type": "string",
                "description": "Return items after this ID (forward). Excludes `page` and `before_id`.",
            },
            {
                "name": "before_id",
                "wire": "before_id",
                "in": "query",
                "type": "string",
                "description": "Return items before this ID (backward). Excludes `page` and `after_id`.",
            },
        ),
    },
    {
        "name": "poll",
        "resource": "environments.work",
        "operation": "environments_work_poll",
        "summary": "Poll for a work item",
        "description": "Hands out the oldest queued work item, or JSON `null` when there is none (a 200, not a 204).\nPolling does not claim the item: acknowledge it to start the lease. An item handed out and not\nacknowledged within `reclaim_older_than_ms` is handed out again, to this or another worker.",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
        "options": (
            {
                "name": "block_ms",
                "wire": "block_ms",
                "in": "query",
                "type": "integer",
                "description": "Wait up to this many milliseconds (1 to 999) for an item before answering `null`; omitted, the poll answers at once.",
            },
            {
                "name": "reclaim_older_than_ms",
                "wire": "reclaim_older_than_ms",
                "in": "query",
                "type": "integer",
                "description": "Hand out again an item that was handed out this many milliseconds ago or more and never acknowledged (default 5000).",
                "default": "5000",
            },
            {
                "name": "worker_id",
                "wire": "Worker-ID",
                "in": "header",
                "type": "string",
                "description": "Names the calling worker; polls that send it count in the statistics, and acknowledging checks it.",
            },
        ),
    },
    {
        "name": "stats",
        "resource": "environments.work",
        "operation": "environments_work_stats",
        "summary": "Read the work queue's statistics",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": ({"name": "environment_id", "description": "The environment ID (`env_...`)."},),
        "options": (),
    },
    {
        "name": "retrieve",
        "resource": "environments.work",
        "operation": "environments_work_retrieve",
        "summary": "Retrieve a work item",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "environment_id", "description": "The environment ID (`env_...`)."},
            {"name": "work_id", "description": "The work item ID (`work_...`)."},
        ),
        "options": (),
    },
    {
        "name": "update",
        "resource": "environments.work",
        "operation": "environments_work_update",
        "summary": "Update a work item's metadata",
        "description": "Merges `metadata` into the item's metadata: a string sets a key, `null` removes it, keys not sent\nare kept. Works in every state.",
        "kind": "call",
        "body": "json",
        "arguments": (
            {"name": "environment_id", "description": "The environment ID (`env_...`)."},
            {"name": "work_id", "description": "The work item ID (`work_...`)."},
        ),
        "options": (
            {
                "name": "metadata",
                "wire": "metadata",
                "in": "body",
                "type": "json",
                "required": True,
                "description": "A merge patch for metadata. A string sets a key; `null` removes it; keys not sent are kept.",
            },
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
    {
        "name": "ack",
        "resource": "environments.work",
        "operation": "environments_work_ack",
        "summary": "Acknowledge a work item",
        "description": "Claims a polled item for the calling worker: it moves from `queued` to `starting` and its lease\nbegins; heartbeat it to keep the lease. Acknowledging an item this worker already holds\n(`starting` or `active`) again changes nothing, so a retry is safe. The answer is 409 when\nanother worker (another `Worker-ID`) holds the item, when it changed concurrently, or when it is\nalready `stopping` or `stopped`.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "environment_id", "description": "The environment ID (`env_...`)."},
            {"name": "work_id", "description": "The work item ID (`work_...`)."},
        ),
        "options": (
            {
                "name": "worker_id",
                "wire": "Worker-ID",
                "in": "header",
                "type": "string",
                "description": "Names the calling worker; polls that send it count in the statistics, and acknowledging checks it.",
            },
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
    {
        "name": "heartbeat",
        "resource": "environments.work",
        "operation": "environments_work_heartbeat",
        "summary": "Extend a work item's lease",
        "description": "Extends the lease on an acknowledged item; the first heartbeat moves it from `starting` to\n`active`. With `expected_last_heartbeat` the heartbeat is a compare-and-set: it succeeds only\nwhen the item's last heartbeat is the one named (`NO_HEARTBEAT` before the first), and answers\n412 when it is not: the lease expired and the item went back to the queue, or another worker\nholds it now. The answer's `last_heartbeat` is the value to send next time.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "environment_id", "description": "The environment ID (`env_...`)."},
            {"name": "work_id", "description": "The work item ID (`work_...`)."},
        ),
        "options": (
            {
                "name": "expected_last_heartbeat",
                "wire": "expected_last_heartbeat",
                "in": "query",
                "type": "string",
                "description": "The `last_heartbeat` of the previous heartbeat, or `NO_HEARTBEAT` for the first; omitted, the heartbeat is unconditional.",
            },
            {
                "name": "desired_ttl_seconds",
                "wire": "desired_ttl_seconds",
                "in": "query",
                "type": "integer",
                "description": "How long the lease should last from now, in seconds; the server keeps it within 10 to 600.",
            },
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
    {
        "name": "stop",
        "resource": "environments.work",
        "operation": "environments_work_stop",
        "summary": "Stop a work item",
        "description": "Without `force`, a `starting` or `active` item becomes `stopping` (its worker should finish and\nstop it again), a `stopping` item becomes `stopped`, and a `queued` item is stopped without ever\nrunning. With `force`, any item that is not yet `stopped` becomes `stopped` at once. Stopping a\n`stopped` item changes nothing. An empty body means `force: false`.",
        "kind": "call",
        "body": "json",
        "arguments": (
            {"name": "environment_id", "description": "The environment ID (`env_...`)."},
            {"name": "work_id", "description": "The work item ID (`work_...`)."},
        ),
        "options": (
            {
                "name": "force",
                "wire": "force",
                "in": "body",
                "type": "boolean",
                "description": "Stop at once, without the `stopping` step in which the worker drains.",
                "default": "false",
            },
            {
                "name": "idempotency_key",
                "wire": "Idempotency-Key",
                "in": "header",
                "type": "string",
                "description": "A unique key per request (a UUID v4 is recommended); a repeat replays the first response.",
            },
        ),
    },
)
