# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `threads` operations (`client.threads`)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from qoder_cloud._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    AsyncStreamOpener,
    NotGiven,
    RequestOptions,
    Stream,
    SyncAPIResource,
    SyncPage,
    TimeoutTypes,
    async_raw_response,
    beta_header,
    list_or_unset,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...models.event_delta_type import EventDeltaType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.session_event_list import SessionEventList
    from ...models.session_thread import SessionThread
    from ...models.session_thread_list import SessionThreadList
    from . import threads_list_events as _threads_list_events

__all__ = [
    "AsyncThreadsResource",
    "AsyncThreadsResourceWithRawResponse",
    "SessionEvent",
    "ThreadsResource",
    "ThreadsResourceWithRawResponse",
]

if TYPE_CHECKING:
    SessionEvent: TypeAlias = _threads_list_events.Item
else:

    def __getattr__(name: str) -> Any:
        if name == "SessionEvent":
            from . import threads_list_events as _threads_list_events

            return _threads_list_events.Item
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ThreadsResource(SyncAPIResource):
    """The `threads` operations."""

    def list(
        self,
        session_id: str,
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
    ) -> SyncPage[SessionThread]:
        """List a session's threads.

        Lists the session's threads, the coordinator (primary) thread first, then the threads it
        started. Current servers page forward with `page`; `after_id` and `before_id` come from older
        servers.

        Args:
            session_id: The session ID (`sess_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_list as _threads_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionThreadList:
            request = _threads_list._get_kwargs(
                session_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _threads_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    def retrieve(
        self,
        session_id: str,
        thread_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionThread:
        """Retrieve a thread.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_retrieve as _threads_retrieve

        request = _threads_retrieve._get_kwargs(
            session_id,
            thread_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_retrieve._parse_success
        )

    def archive(
        self,
        session_id: str,
        thread_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionThread:
        """Archive a thread.

        Archives a child thread and sets its `archived_at`. The coordinator (primary) thread cannot be
        archived: that fails with 409.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_archive as _threads_archive

        request = _threads_archive._get_kwargs(
            session_id,
            thread_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_archive._parse_success
        )

    def list_events(
        self,
        session_id: str,
        thread_id: str,
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
    ) -> SyncPage[SessionEvent]:
        """List a thread's events.

        Lists the stored events of one thread, oldest first. Like `events_list`, this path streams when
        requested with `Accept: text/event-stream`; this operation describes only the JSON form.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_list_events as _threads_list_events

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _threads_list_events._get_kwargs(
                session_id,
                thread_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _threads_list_events._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    def stream(
        self,
        session_id: str,
        thread_id: str,
        *,
        event_deltas: Sequence[EventDeltaType | Literal["agent.message", "agent.thinking"]] | None | Unset = UNSET,
        last_event_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[SessionEvent]:
        """Stream a thread's events.

        Opens a server-sent event stream of one thread, framed like `events_stream`: `id:`, `event:` and
        one JSON `data:` line per event, a blank line between frames, and the same keep-alives (`:`
        comments, `ping` and `heartbeat` frames), `[DONE]` end and `error` frames. Without `Last-Event-
        ID` it starts at the live tail; with it, it resumes after that event, which must belong to this
        thread (otherwise 400). The current docs say thread streams ignore `event_deltas[]`, yet the
        official SDKs send it; it is declared for them. The schema below describes one frame's `data`
        object; clients read the body incrementally, frame by frame.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            event_deltas: Event types to preview while they are produced (`agent.message`,
                `agent.thinking`); repeat for several. Applies to this connection only.
            last_event_id: Resume after this stored event ID (`evt_...`), normally the last `id:` received.
                It must name a public event of this session (of this thread, on a thread
                stream), otherwise the server answers 400.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_stream as _threads_stream

        request = _threads_stream._get_kwargs(
            session_id,
            thread_id,
            last_event_id=unset_if_none(last_event_id),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            event_deltas=list_or_unset("event_deltas", event_deltas, EventDeltaType),
        )

        return self._stream(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_stream._parse_event
        )


class AsyncThreadsResource(AsyncAPIResource):
    """The `threads` operations, for asyncio."""

    def list(
        self,
        session_id: str,
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
    ) -> AsyncPaginator[SessionThread]:
        """List a session's threads.

        Lists the session's threads, the coordinator (primary) thread first, then the threads it
        started. Current servers page forward with `page`; `after_id` and `before_id` come from older
        servers.

        Args:
            session_id: The session ID (`sess_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_list as _threads_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionThreadList:
            request = _threads_list._get_kwargs(
                session_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _threads_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    async def retrieve(
        self,
        session_id: str,
        thread_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionThread:
        """Retrieve a thread.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_retrieve as _threads_retrieve

        request = _threads_retrieve._get_kwargs(
            session_id,
            thread_id,
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_retrieve._parse_success
        )

    async def archive(
        self,
        session_id: str,
        thread_id: str,
        *,
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionThread:
        """Archive a thread.

        Archives a child thread and sets its `archived_at`. The coordinator (primary) thread cannot be
        archived: that fails with 409.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_archive as _threads_archive

        request = _threads_archive._get_kwargs(
            session_id,
            thread_id,
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_archive._parse_success
        )

    def list_events(
        self,
        session_id: str,
        thread_id: str,
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
    ) -> AsyncPaginator[SessionEvent]:
        """List a thread's events.

        Lists the stored events of one thread, oldest first. Like `events_list`, this path streams when
        requested with `Accept: text/event-stream`; this operation describes only the JSON form.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_list_events as _threads_list_events

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _threads_list_events._get_kwargs(
                session_id,
                thread_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _threads_list_events._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
            },
        )

    def stream(
        self,
        session_id: str,
        thread_id: str,
        *,
        event_deltas: Sequence[EventDeltaType | Literal["agent.message", "agent.thinking"]] | None | Unset = UNSET,
        last_event_id: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamOpener[SessionEvent]:
        """Stream a thread's events.

        Opens a server-sent event stream of one thread, framed like `events_stream`: `id:`, `event:` and
        one JSON `data:` line per event, a blank line between frames, and the same keep-alives (`:`
        comments, `ping` and `heartbeat` frames), `[DONE]` end and `error` frames. Without `Last-Event-
        ID` it starts at the live tail; with it, it resumes after that event, which must belong to this
        thread (otherwise 400). The current docs say thread streams ignore `event_deltas[]`, yet the
        official SDKs send it; it is declared for them. The schema below describes one frame's `data`
        object; clients read the body incrementally, frame by frame.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
            event_deltas: Event types to preview while they are produced (`agent.message`,
                `agent.thinking`); repeat for several. Applies to this connection only.
            last_event_id: Resume after this stored event ID (`evt_...`), normally the last `id:` received.
                It must name a public event of this session (of this thread, on a thread
                stream), otherwise the server answers 400.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import threads_stream as _threads_stream

        request = _threads_stream._get_kwargs(
            session_id,
            thread_id,
            last_event_id=unset_if_none(last_event_id),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            event_deltas=list_or_unset("event_deltas", event_deltas, EventDeltaType),
        )

        return self._stream(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_stream._parse_event
        )


class ThreadsResourceWithRawResponse:
    """`client.with_raw_response.threads`: the `threads` operations, each returning a `RawResponse`."""

    def __init__(self, resource: ThreadsResource) -> None:
        self.list = raw_response(resource.list)
        self.retrieve = raw_response(resource.retrieve)
        self.archive = raw_response(resource.archive)
        self.list_events = raw_response(resource.list_events)
        self.stream = raw_response(resource.stream)


class AsyncThreadsResourceWithRawResponse:
    """`client.with_raw_response.threads`: the `threads` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncThreadsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.retrieve = async_raw_response(resource.retrieve)
        self.archive = async_raw_response(resource.archive)
        self.list_events = async_raw_response(resource.list_events)
        self.stream = async_raw_response(resource.stream)


# What the command line offers for these operations (`qoder-cloud threads <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "threads",
        "operation": "threads_list",
        "summary": "List a session's threads",
        "description": "Lists the session's threads, the coordinator (primary) thread first, then the threads it started.\nCurrent servers page forward with `page`; `after_id` and `before_id` come from older servers.",
        "kind": "list",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
        "options": (
            {
                "name": "limit",
                "wire": "limit",
                "in": "query",
                "type": "integer",
                "description": "Page size, 1 to 100.",
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
        "name": "retrieve",
        "resource": "threads",
        "operation": "threads_retrieve",
        "summary": "Retrieve a thread",
        "description": "",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "thread_id", "description": "The thread ID (`sthr_...`)."},
        ),
        "options": (),
    },
    {
        "name": "archive",
        "resource": "threads",
        "operation": "threads_archive",
        "summary": "Archive a thread",
        "description": "Archives a child thread and sets its `archived_at`. The coordinator (primary) thread cannot be\narchived: that fails with 409.",
        "kind": "call",
        "body": "",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "thread_id", "description": "The thread ID (`sthr_...`)."},
        ),
        "options": (
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
        "name": "list_events",
        "resource": "threads",
        "operation": "threads_list_events",
        "summary": "List a thread's events",
        "description": "Lists the stored events of one thread, oldest first. Like `events_list`, this path streams when\nrequested with `Accept: text/event-stream`; this operation describes only the JSON form.",
        "kind": "list",
        "body": "",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "thread_id", "description": "The thread ID (`sthr_...`)."},
        ),
        "options": (
            {
                "name": "limit",
                "wire": "limit",
                "in": "query",
                "type": "integer",
                "description": "Page size, 1 to 100.",
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
        "name": "stream",
        "resource": "threads",
        "operation": "threads_stream",
        "summary": "Stream a thread's events",
        "description": "Opens a server-sent event stream of one thread, framed like `events_stream`: `id:`, `event:` and\none JSON `data:` line per event, a blank line between frames, and the same keep-alives (`:`\ncomments, `ping` and `heartbeat` frames), `[DONE]` end and `error` frames. Without `Last-Event-ID` it starts at the live tail; with it, it resumes after that event,\nwhich must belong to this thread (otherwise 400). The current docs say thread streams ignore\n`event_deltas[]`, yet the official SDKs send it; it is declared for them. The schema below\ndescribes one frame's `data` object; clients read the body incrementally, frame by frame.",
        "kind": "stream",
        "body": "",
        "arguments": (
            {"name": "session_id", "description": "The session ID (`sess_...`)."},
            {"name": "thread_id", "description": "The thread ID (`sthr_...`)."},
        ),
        "options": (
            {
                "name": "event_deltas",
                "wire": "event_deltas[]",
                "in": "query",
                "type": "choice",
                "multiple": True,
                "description": "Event types to preview while they are produced (`agent.message`, `agent.thinking`); repeat for\nseveral. Applies to this connection only.",
                "choices": (
                    "agent.message",
                    "agent.thinking",
                ),
            },
            {
                "name": "last_event_id",
                "wire": "Last-Event-ID",
                "in": "header",
                "type": "string",
                "description": "Resume after this stored event ID (`evt_...`), normally the last `id:` received. It must name a\npublic event of this session (of this thread, on a thread stream), otherwise the server answers 400.",
            },
        ),
    },
)
