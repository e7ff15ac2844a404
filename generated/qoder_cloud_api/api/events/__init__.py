# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Resources for the `events` operations (`client.events`)."""

from __future__ import annotations

import builtins
import datetime
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
    enum_arg,
    json_body,
    list_arg,
    list_or_unset,
    raw_response,
    unset_if_none,
    workspace_header,
)

from ...models.event_delta_type import EventDeltaType
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.session_event_batch import SessionEventBatch
    from ...models.session_event_list import SessionEventList
    from ...models.system_message_event_param import SystemMessageEventParam, SystemMessageEventParamDict
    from ...models.user_custom_tool_result_event_param import (
        UserCustomToolResultEventParam,
        UserCustomToolResultEventParamDict,
    )
    from ...models.user_define_outcome_event_param import UserDefineOutcomeEventParam, UserDefineOutcomeEventParamDict
    from ...models.user_interrupt_event_param import UserInterruptEventParam, UserInterruptEventParamDict
    from ...models.user_message_event_param import UserMessageEventParam, UserMessageEventParamDict
    from ...models.user_tool_confirmation_event_param import (
        UserToolConfirmationEventParam,
        UserToolConfirmationEventParamDict,
    )
    from ...models.user_tool_result_event_param import UserToolResultEventParam, UserToolResultEventParamDict
    from . import events_list as _events_list

__all__ = [
    "AsyncEventsResource",
    "AsyncEventsResourceWithRawResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
    "SessionEvent",
]

if TYPE_CHECKING:
    SessionEvent: TypeAlias = _events_list.Item
else:

    def __getattr__(name: str) -> Any:
        if name == "SessionEvent":
            from . import events_list as _events_list

            return _events_list.Item
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class EventsResource(SyncAPIResource):
    """The `events` operations."""

    def list(
        self,
        session_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        order: SortOrder | Literal["asc", "desc"] | None | Unset = UNSET,
        types: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[SessionEvent]:
        """List a session's events.

        Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews
        (`event_start`, `event_delta`) never appear here. Requesting this path with `Accept: text/event-
        stream` turns it into a stream like `events_stream`; this operation describes only the JSON
        form.

        Args:
            session_id: The session ID (`sess_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            order: The order of a list by time, `asc` or `desc` (each list says which is its
                default).
            types: Only events of these types, e.g. `agent.message`; repeat for several. Unknown
                types are ignored.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import events_list as _events_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _events_list._get_kwargs(
                session_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return self._call(request, options, _events_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "order": unset_if_none(enum_arg(SortOrder, "order", order)),
                "types": list_or_unset("types", types),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlt": unset_if_none(created_at_lt),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    def send(
        self,
        session_id: str,
        *,
        events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserInterruptEventParam
            | UserInterruptEventParamDict
            | UserToolConfirmationEventParam
            | UserToolConfirmationEventParamDict
            | UserCustomToolResultEventParam
            | UserCustomToolResultEventParamDict
            | UserToolResultEventParam
            | UserToolResultEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
            | SystemMessageEventParam
            | SystemMessageEventParamDict
        ],
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionEventBatch:
        """Send events to a session.

        Delivers one or more client events, processed in order. The call returns once they are accepted;
        the agent's reaction is read with `events_list` or `events_stream`. A `system.message` may
        appear at most once per call and must be the last event. Sending a `user.message` while the
        previous turn is still running fails with 409.

        Args:
            session_id: The session ID (`sess_...`).
            events: The events, processed in order; at most one `system.message`, and only as the
                last.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import events_send as _events_send

        request = _events_send._get_kwargs(
            session_id,
            body=json_body(
                {
                    "events": list_arg("events", events),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_send._parse_success
        )

    def stream(
        self,
        session_id: str,
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
        """Stream a session's events.

        Opens a server-sent event stream of the session. Each frame is an `id:` line (the event ID), an
        `event:` line (the event type, the same as `data.type`) and one `data:` line holding a JSON
        object, ended by a blank line. Lines starting with `:` (e.g. `: heartbeat`) are keep-alive
        comments to skip; so are frames named `event: ping` and, from mid-2026 servers, `event:
        heartbeat` with `data: {}`. A frame whose data is `[DONE]` ends the stream. A frame named
        `event: error` carries an error envelope (`ErrorResponse`) as its data: the stream failed and
        ends. A `data` object is a stored event (one of `SessionEvent`) or, for the types requested with
        `event_deltas[]`, a stream-only preview: `event_start`, then `event_delta` frames, then the
        stored event itself; preview frames have no top-level `id` and their `id:` line names the
        previewed event.  Without `Last-Event-ID` current servers start at the live tail and replay
        nothing (older servers replayed the whole history first): open the stream before sending, or
        read history with `events_list`. To resume, send the last stored event ID received as `Last-
        Event-ID` and drop duplicates by `id`. `session.status_terminated` and `session.deleted` end the
        stream; `session.status_idle` does not. The schema below describes one frame's `data` object;
        clients read the body incrementally, frame by frame.

        Args:
            session_id: The session ID (`sess_...`).
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

        from . import events_stream as _events_stream

        request = _events_stream._get_kwargs(
            session_id,
            last_event_id=unset_if_none(last_event_id),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            event_deltas=list_or_unset("event_deltas", event_deltas, EventDeltaType),
        )

        return self._stream(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_stream._parse_event
        )


class AsyncEventsResource(AsyncAPIResource):
    """The `events` operations, for asyncio."""

    def list(
        self,
        session_id: str,
        *,
        limit: int | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
        after_id: str | None | Unset = UNSET,
        before_id: str | None | Unset = UNSET,
        order: SortOrder | Literal["asc", "desc"] | None | Unset = UNSET,
        types: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SessionEvent]:
        """List a session's events.

        Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews
        (`event_start`, `event_delta`) never appear here. Requesting this path with `Accept: text/event-
        stream` turns it into a stream like `events_stream`; this operation describes only the JSON
        form.

        Args:
            session_id: The session ID (`sess_...`).
            limit: Page size, 1 to 100.
            page: Opaque cursor; the `next_page` of the previous response. Excludes `after_id` and
                `before_id`.
            after_id: Return items after this ID (forward). Excludes `page` and `before_id`.
            before_id: Return items before this ID (backward). Excludes `page` and `after_id`.
            order: The order of a list by time, `asc` or `desc` (each list says which is its
                default).
            types: Only events of these types, e.g. `agent.message`; repeat for several. Unknown
                types are ignored.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import events_list as _events_list

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _events_list._get_kwargs(
                session_id,
                qoder_workspace_id=workspace_header(workspace_id),
                x_qoder_beta=beta_header(betas),
                **query,
            )
            return await self._call(request, options, _events_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": unset_if_none(limit),
                "page": unset_if_none(page),
                "after_id": unset_if_none(after_id),
                "before_id": unset_if_none(before_id),
                "order": unset_if_none(enum_arg(SortOrder, "order", order)),
                "types": list_or_unset("types", types),
                "created_atgt": unset_if_none(created_at_gt),
                "created_atgte": unset_if_none(created_at_gte),
                "created_atlt": unset_if_none(created_at_lt),
                "created_atlte": unset_if_none(created_at_lte),
            },
        )

    async def send(
        self,
        session_id: str,
        *,
        events: Sequence[
            UserMessageEventParam
            | UserMessageEventParamDict
            | UserInterruptEventParam
            | UserInterruptEventParamDict
            | UserToolConfirmationEventParam
            | UserToolConfirmationEventParamDict
            | UserCustomToolResultEventParam
            | UserCustomToolResultEventParamDict
            | UserToolResultEventParam
            | UserToolResultEventParamDict
            | UserDefineOutcomeEventParam
            | UserDefineOutcomeEventParamDict
            | SystemMessageEventParam
            | SystemMessageEventParamDict
        ],
        idempotency_key: str | None | Unset = UNSET,
        workspace_id: str | None | Unset = UNSET,
        betas: builtins.list[str] | tuple[str, ...] | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionEventBatch:
        """Send events to a session.

        Delivers one or more client events, processed in order. The call returns once they are accepted;
        the agent's reaction is read with `events_list` or `events_stream`. A `system.message` may
        appear at most once per call and must be the last event. Sending a `user.message` while the
        previous turn is still running fails with 409.

        Args:
            session_id: The session ID (`sess_...`).
            events: The events, processed in order; at most one `system.message`, and only as the
                last.
            idempotency_key: A unique key per request (a UUID v4 is recommended); a repeat replays the first
                response.
            workspace_id: The workspace to act in (`qoder-workspace-id`); None: the client's
                `workspace_id`.
            betas: Beta features to enable (`x-qoder-beta`), e.g. `["browser-use-2026-07-14"]`;
                None: the client's `betas`.
        """

        from . import events_send as _events_send

        request = _events_send._get_kwargs(
            session_id,
            body=json_body(
                {
                    "events": list_arg("events", events),
                }
            ),
            idempotency_key=unset_if_none(idempotency_key),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
        )

        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_send._parse_success
        )

    def stream(
        self,
        session_id: str,
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
        """Stream a session's events.

        Opens a server-sent event stream of the session. Each frame is an `id:` line (the event ID), an
        `event:` line (the event type, the same as `data.type`) and one `data:` line holding a JSON
        object, ended by a blank line. Lines starting with `:` (e.g. `: heartbeat`) are keep-alive
        comments to skip; so are frames named `event: ping` and, from mid-2026 servers, `event:
        heartbeat` with `data: {}`. A frame whose data is `[DONE]` ends the stream. A frame named
        `event: error` carries an error envelope (`ErrorResponse`) as its data: the stream failed and
        ends. A `data` object is a stored event (one of `SessionEvent`) or, for the types requested with
        `event_deltas[]`, a stream-only preview: `event_start`, then `event_delta` frames, then the
        stored event itself; preview frames have no top-level `id` and their `id:` line names the
        previewed event.  Without `Last-Event-ID` current servers start at the live tail and replay
        nothing (older servers replayed the whole history first): open the stream before sending, or
        read history with `events_list`. To resume, send the last stored event ID received as `Last-
        Event-ID` and drop duplicates by `id`. `session.status_terminated` and `session.deleted` end the
        stream; `session.status_idle` does not. The schema below describes one frame's `data` object;
        clients read the body incrementally, frame by frame.

        Args:
            session_id: The session ID (`sess_...`).
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

        from . import events_stream as _events_stream

        request = _events_stream._get_kwargs(
            session_id,
            last_event_id=unset_if_none(last_event_id),
            qoder_workspace_id=workspace_header(workspace_id),
            x_qoder_beta=beta_header(betas),
            event_deltas=list_or_unset("event_deltas", event_deltas, EventDeltaType),
        )

        return self._stream(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_stream._parse_event
        )


class EventsResourceWithRawResponse:
    """`client.with_raw_response.events`: the `events` operations, each returning a `RawResponse`."""

    def __init__(self, resource: EventsResource) -> None:
        self.list = raw_response(resource.list)
        self.send = raw_response(resource.send)
        self.stream = raw_response(resource.stream)


class AsyncEventsResourceWithRawResponse:
    """`client.with_raw_response.events`: the `events` operations, each returning a `RawResponse` (asyncio)."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.send = async_raw_response(resource.send)
        self.stream = async_raw_response(resource.stream)


# What the command line offers for these operations (`qoder-cloud events <method>`).
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "name": "list",
        "resource": "events",
        "operation": "events_list",
        "summary": "List a session's events",
        "description": "Lists the session's stored events, oldest first unless `order=desc`. Stream-only previews\n(`event_start`, `event_delta`) never appear here. Requesting this path with\n`Accept: text/event-stream` turns it into a stream like `events_stream`; this operation describes\nonly the JSON form.",
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
            {
                "name": "order",
                "wire": "order",
                "in": "query",
                "type": "choice",
                "description": "The order of a list by time, `asc` or `desc` (each list says which is its default).",
                "choices": (
                    "asc",
                    "desc",
                ),
            },
            {
                "name": "types",
                "wire": "types[]",
                "in": "query",
                "type": "string",
                "multiple": True,
                "description": "Only events of these types, e.g. `agent.message`; repeat for several. Unknown types are ignored.",
            },
            {
                "name": "created_at_gt",
                "wire": "created_at[gt]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created strictly after this RFC 3339 time.",
            },
            {
                "name": "created_at_gte",
                "wire": "created_at[gte]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created at or after this RFC 3339 time.",
            },
            {
                "name": "created_at_lt",
                "wire": "created_at[lt]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created strictly before this RFC 3339 time.",
            },
            {
                "name": "created_at_lte",
                "wire": "created_at[lte]",
                "in": "query",
                "type": "datetime",
                "description": "Only items created at or before this RFC 3339 time.",
            },
        ),
    },
    {
        "name": "send",
        "resource": "events",
        "operation": "events_send",
        "summary": "Send events to a session",
        "description": "Delivers one or more client events, processed in order. The call returns once they are accepted;\nthe agent's reaction is read with `events_list` or `events_stream`. A `system.message` may appear\nat most once per call and must be the last event. Sending a `user.message` while the previous turn\nis still running fails with 409.",
        "kind": "call",
        "body": "json",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
        "options": (
            {
                "name": "events",
                "wire": "events",
                "in": "body",
                "type": "json",
                "required": True,
                "description": "The events, processed in order; at most one `system.message`, and only as the last.",
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
        "name": "stream",
        "resource": "events",
        "operation": "events_stream",
        "summary": "Stream a session's events",
        "description": "Opens a server-sent event stream of the session. Each frame is an `id:` line (the event ID), an\n`event:` line (the event type, the same as `data.type`) and one `data:` line holding a JSON object,\nended by a blank line. Lines starting with `:` (e.g. `: heartbeat`) are keep-alive comments to\nskip; so are frames named `event: ping` and, from mid-2026 servers, `event: heartbeat` with\n`data: {}`. A frame whose data is `[DONE]` ends the stream. A frame named `event: error` carries an\nerror envelope (`ErrorResponse`) as its data: the stream failed and ends. A `data` object is a stored event (one of `SessionEvent`) or, for the types requested with\n`event_deltas[]`, a stream-only preview: `event_start`, then `event_delta` frames, then the stored\nevent itself; preview frames have no top-level `id` and their `id:` line names the previewed event.\n\nWithout `Last-Event-ID` current servers start at the live tail and replay nothing (older servers\nreplayed the whole history first): open the stream before sending, or read history with\n`events_list`. To resume, send the last stored event ID received as `Last-Event-ID` and drop\nduplicates by `id`. `session.status_terminated` and `session.deleted` end the stream;\n`session.status_idle` does not. The schema below describes one frame's `data` object; clients\nread the body incrementally, frame by frame.",
        "kind": "stream",
        "body": "",
        "arguments": ({"name": "session_id", "description": "The session ID (`sess_...`)."},),
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
