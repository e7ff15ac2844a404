"""Resources for the `events` operations (generated from openapi.yaml; do not edit)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qoder_cloud._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    AsyncStreamOpener,
    FileInput,
    FilesInput,
    NotGiven,
    RequestOptions,
    Stream,
    SyncAPIResource,
    SyncPage,
    TimeoutTypes,
    as_model,
    given,
    given_list,
    json_body,
    upload_file,
    upload_files,
)

from ...types import UNSET, File, Unset
from . import events_list as _events_list
from . import events_send as _events_send
from . import events_stream as _events_stream

if TYPE_CHECKING:
    from ...models.agent_artifact_delivered_event import AgentArtifactDeliveredEvent
    from ...models.agent_custom_tool_use_event import AgentCustomToolUseEvent
    from ...models.agent_mcp_tool_result_event import AgentMCPToolResultEvent
    from ...models.agent_mcp_tool_use_event import AgentMCPToolUseEvent
    from ...models.agent_message_event import AgentMessageEvent
    from ...models.agent_thinking_event import AgentThinkingEvent
    from ...models.agent_thread_context_compacted_event import AgentThreadContextCompactedEvent
    from ...models.agent_thread_message_received_event import AgentThreadMessageReceivedEvent
    from ...models.agent_thread_message_sent_event import AgentThreadMessageSentEvent
    from ...models.agent_tool_result_event import AgentToolResultEvent
    from ...models.agent_tool_use_event import AgentToolUseEvent
    from ...models.error_response import ErrorResponse
    from ...models.event_delta import EventDelta
    from ...models.event_send_params import EventSendParams
    from ...models.event_start import EventStart
    from ...models.session_deleted_event import SessionDeletedEvent
    from ...models.session_error_event import SessionErrorEvent
    from ...models.session_event_batch import SessionEventBatch
    from ...models.session_event_list import SessionEventList
    from ...models.session_status_idle_event import SessionStatusIdleEvent
    from ...models.session_status_rescheduled_event import SessionStatusRescheduledEvent
    from ...models.session_status_running_event import SessionStatusRunningEvent
    from ...models.session_status_terminated_event import SessionStatusTerminatedEvent
    from ...models.session_thread_created_event import SessionThreadCreatedEvent
    from ...models.session_thread_status_idle_event import SessionThreadStatusIdleEvent
    from ...models.session_thread_status_rescheduled_event import SessionThreadStatusRescheduledEvent
    from ...models.session_thread_status_running_event import SessionThreadStatusRunningEvent
    from ...models.session_thread_status_terminated_event import SessionThreadStatusTerminatedEvent
    from ...models.session_updated_event import SessionUpdatedEvent
    from ...models.session_usage_event import SessionUsageEvent
    from ...models.span_model_request_end_event import SpanModelRequestEndEvent
    from ...models.span_model_request_start_event import SpanModelRequestStartEvent
    from ...models.span_outcome_evaluation_end_event import SpanOutcomeEvaluationEndEvent
    from ...models.span_outcome_evaluation_ongoing_event import SpanOutcomeEvaluationOngoingEvent
    from ...models.span_outcome_evaluation_start_event import SpanOutcomeEvaluationStartEvent
    from ...models.system_message_event import SystemMessageEvent
    from ...models.system_message_event_param import SystemMessageEventParam
    from ...models.unknown_session_event import UnknownSessionEvent
    from ...models.user_custom_tool_result_event import UserCustomToolResultEvent
    from ...models.user_custom_tool_result_event_param import UserCustomToolResultEventParam
    from ...models.user_define_outcome_event import UserDefineOutcomeEvent
    from ...models.user_define_outcome_event_param import UserDefineOutcomeEventParam
    from ...models.user_interrupt_event import UserInterruptEvent
    from ...models.user_interrupt_event_param import UserInterruptEventParam
    from ...models.user_message_event import UserMessageEvent
    from ...models.user_message_event_param import UserMessageEventParam
    from ...models.user_tool_confirmation_event import UserToolConfirmationEvent
    from ...models.user_tool_confirmation_event_param import UserToolConfirmationEventParam
    from ...models.user_tool_result_event import UserToolResultEvent
    from ...models.user_tool_result_event_param import UserToolResultEventParam

__all__ = ["AsyncEventsResource", "EventsResource"]


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
        order: str | None | Unset = UNSET,
        types: Sequence[str] | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[
        AgentArtifactDeliveredEvent
        | AgentCustomToolUseEvent
        | AgentMCPToolResultEvent
        | AgentMCPToolUseEvent
        | AgentMessageEvent
        | AgentThinkingEvent
        | AgentThreadContextCompactedEvent
        | AgentThreadMessageReceivedEvent
        | AgentThreadMessageSentEvent
        | AgentToolResultEvent
        | AgentToolUseEvent
        | EventDelta
        | EventStart
        | SessionDeletedEvent
        | SessionErrorEvent
        | SessionStatusIdleEvent
        | SessionStatusRescheduledEvent
        | SessionStatusRunningEvent
        | SessionStatusTerminatedEvent
        | SessionThreadCreatedEvent
        | SessionThreadStatusIdleEvent
        | SessionThreadStatusRescheduledEvent
        | SessionThreadStatusRunningEvent
        | SessionThreadStatusTerminatedEvent
        | SessionUpdatedEvent
        | SessionUsageEvent
        | SpanModelRequestEndEvent
        | SpanModelRequestStartEvent
        | SpanOutcomeEvaluationEndEvent
        | SpanOutcomeEvaluationOngoingEvent
        | SpanOutcomeEvaluationStartEvent
        | SystemMessageEvent
        | UnknownSessionEvent
        | UserCustomToolResultEvent
        | UserDefineOutcomeEvent
        | UserInterruptEvent
        | UserMessageEvent
        | UserToolConfirmationEvent
        | UserToolResultEvent
    ]:
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
            order: Sort by processing time, `asc` (the default) or `desc`.
            types: Only events of these types, e.g. `agent.message`; repeat for several. Unknown
                types are ignored.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _events_list._get_kwargs(
                session_id,
                **query,
            )
            return self._call(request, options, _events_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": given(limit),
                "page": given(page),
                "after_id": given(after_id),
                "before_id": given(before_id),
                "order": given(order),
                "types": given_list(types),
                "created_atgt": given(created_at_gt),
                "created_atgte": given(created_at_gte),
                "created_atlt": given(created_at_lt),
                "created_atlte": given(created_at_lte),
            },
        )

    def send(
        self,
        session_id: str,
        *,
        events: Sequence[
            UserMessageEventParam
            | UserInterruptEventParam
            | UserToolConfirmationEventParam
            | UserCustomToolResultEventParam
            | UserToolResultEventParam
            | UserDefineOutcomeEventParam
            | SystemMessageEventParam
            | Mapping[str, Any]
        ],
        idempotency_key: str | None | Unset = UNSET,
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
        """

        request = _events_send._get_kwargs(
            session_id,
            body=json_body(
                {
                    "events": events,
                }
            ),
            idempotency_key=given(idempotency_key),
        )
        return self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_send._parse_success
        )

    def stream(
        self,
        session_id: str,
        *,
        event_deltas: Sequence[str] | None | Unset = UNSET,
        last_event_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stream[
        AgentArtifactDeliveredEvent
        | AgentCustomToolUseEvent
        | AgentMCPToolResultEvent
        | AgentMCPToolUseEvent
        | AgentMessageEvent
        | AgentThinkingEvent
        | AgentThreadContextCompactedEvent
        | AgentThreadMessageReceivedEvent
        | AgentThreadMessageSentEvent
        | AgentToolResultEvent
        | AgentToolUseEvent
        | EventDelta
        | EventStart
        | SessionDeletedEvent
        | SessionErrorEvent
        | SessionStatusIdleEvent
        | SessionStatusRescheduledEvent
        | SessionStatusRunningEvent
        | SessionStatusTerminatedEvent
        | SessionThreadCreatedEvent
        | SessionThreadStatusIdleEvent
        | SessionThreadStatusRescheduledEvent
        | SessionThreadStatusRunningEvent
        | SessionThreadStatusTerminatedEvent
        | SessionUpdatedEvent
        | SessionUsageEvent
        | SpanModelRequestEndEvent
        | SpanModelRequestStartEvent
        | SpanOutcomeEvaluationEndEvent
        | SpanOutcomeEvaluationOngoingEvent
        | SpanOutcomeEvaluationStartEvent
        | SystemMessageEvent
        | UnknownSessionEvent
        | UserCustomToolResultEvent
        | UserDefineOutcomeEvent
        | UserInterruptEvent
        | UserMessageEvent
        | UserToolConfirmationEvent
        | UserToolResultEvent
    ]:
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
        """

        request = _events_stream._get_kwargs(
            session_id,
            last_event_id=given(last_event_id),
            event_deltas=given_list(event_deltas),
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
        order: str | None | Unset = UNSET,
        types: Sequence[str] | None | Unset = UNSET,
        created_at_gt: datetime.datetime | None | Unset = UNSET,
        created_at_gte: datetime.datetime | None | Unset = UNSET,
        created_at_lt: datetime.datetime | None | Unset = UNSET,
        created_at_lte: datetime.datetime | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[
        AgentArtifactDeliveredEvent
        | AgentCustomToolUseEvent
        | AgentMCPToolResultEvent
        | AgentMCPToolUseEvent
        | AgentMessageEvent
        | AgentThinkingEvent
        | AgentThreadContextCompactedEvent
        | AgentThreadMessageReceivedEvent
        | AgentThreadMessageSentEvent
        | AgentToolResultEvent
        | AgentToolUseEvent
        | EventDelta
        | EventStart
        | SessionDeletedEvent
        | SessionErrorEvent
        | SessionStatusIdleEvent
        | SessionStatusRescheduledEvent
        | SessionStatusRunningEvent
        | SessionStatusTerminatedEvent
        | SessionThreadCreatedEvent
        | SessionThreadStatusIdleEvent
        | SessionThreadStatusRescheduledEvent
        | SessionThreadStatusRunningEvent
        | SessionThreadStatusTerminatedEvent
        | SessionUpdatedEvent
        | SessionUsageEvent
        | SpanModelRequestEndEvent
        | SpanModelRequestStartEvent
        | SpanOutcomeEvaluationEndEvent
        | SpanOutcomeEvaluationOngoingEvent
        | SpanOutcomeEvaluationStartEvent
        | SystemMessageEvent
        | UnknownSessionEvent
        | UserCustomToolResultEvent
        | UserDefineOutcomeEvent
        | UserInterruptEvent
        | UserMessageEvent
        | UserToolConfirmationEvent
        | UserToolResultEvent
    ]:
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
            order: Sort by processing time, `asc` (the default) or `desc`.
            types: Only events of these types, e.g. `agent.message`; repeat for several. Unknown
                types are ignored.
            created_at_gt: Only items created strictly after this RFC 3339 time.
            created_at_gte: Only items created at or after this RFC 3339 time.
            created_at_lt: Only items created strictly before this RFC 3339 time.
            created_at_lte: Only items created at or before this RFC 3339 time.
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _events_list._get_kwargs(
                session_id,
                **query,
            )
            return await self._call(request, options, _events_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": given(limit),
                "page": given(page),
                "after_id": given(after_id),
                "before_id": given(before_id),
                "order": given(order),
                "types": given_list(types),
                "created_atgt": given(created_at_gt),
                "created_atgte": given(created_at_gte),
                "created_atlt": given(created_at_lt),
                "created_atlte": given(created_at_lte),
            },
        )

    async def send(
        self,
        session_id: str,
        *,
        events: Sequence[
            UserMessageEventParam
            | UserInterruptEventParam
            | UserToolConfirmationEventParam
            | UserCustomToolResultEventParam
            | UserToolResultEventParam
            | UserDefineOutcomeEventParam
            | SystemMessageEventParam
            | Mapping[str, Any]
        ],
        idempotency_key: str | None | Unset = UNSET,
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
        """

        request = _events_send._get_kwargs(
            session_id,
            body=json_body(
                {
                    "events": events,
                }
            ),
            idempotency_key=given(idempotency_key),
        )
        return await self._call(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_send._parse_success
        )

    def stream(
        self,
        session_id: str,
        *,
        event_deltas: Sequence[str] | None | Unset = UNSET,
        last_event_id: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncStreamOpener[
        AgentArtifactDeliveredEvent
        | AgentCustomToolUseEvent
        | AgentMCPToolResultEvent
        | AgentMCPToolUseEvent
        | AgentMessageEvent
        | AgentThinkingEvent
        | AgentThreadContextCompactedEvent
        | AgentThreadMessageReceivedEvent
        | AgentThreadMessageSentEvent
        | AgentToolResultEvent
        | AgentToolUseEvent
        | EventDelta
        | EventStart
        | SessionDeletedEvent
        | SessionErrorEvent
        | SessionStatusIdleEvent
        | SessionStatusRescheduledEvent
        | SessionStatusRunningEvent
        | SessionStatusTerminatedEvent
        | SessionThreadCreatedEvent
        | SessionThreadStatusIdleEvent
        | SessionThreadStatusRescheduledEvent
        | SessionThreadStatusRunningEvent
        | SessionThreadStatusTerminatedEvent
        | SessionUpdatedEvent
        | SessionUsageEvent
        | SpanModelRequestEndEvent
        | SpanModelRequestStartEvent
        | SpanOutcomeEvaluationEndEvent
        | SpanOutcomeEvaluationOngoingEvent
        | SpanOutcomeEvaluationStartEvent
        | SystemMessageEvent
        | UnknownSessionEvent
        | UserCustomToolResultEvent
        | UserDefineOutcomeEvent
        | UserInterruptEvent
        | UserMessageEvent
        | UserToolConfirmationEvent
        | UserToolResultEvent
    ]:
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
        """

        request = _events_stream._get_kwargs(
            session_id,
            last_event_id=given(last_event_id),
            event_deltas=given_list(event_deltas),
        )
        return self._stream(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _events_stream._parse_event
        )
