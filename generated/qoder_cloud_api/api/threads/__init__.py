"""Resources for the `threads` operations (generated from openapi.yaml; do not edit)."""

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
from . import threads_archive as _threads_archive
from . import threads_list as _threads_list
from . import threads_list_events as _threads_list_events
from . import threads_retrieve as _threads_retrieve
from . import threads_stream as _threads_stream

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
    from ...models.event_start import EventStart
    from ...models.session_deleted_event import SessionDeletedEvent
    from ...models.session_error_event import SessionErrorEvent
    from ...models.session_event_list import SessionEventList
    from ...models.session_status_idle_event import SessionStatusIdleEvent
    from ...models.session_status_rescheduled_event import SessionStatusRescheduledEvent
    from ...models.session_status_running_event import SessionStatusRunningEvent
    from ...models.session_status_terminated_event import SessionStatusTerminatedEvent
    from ...models.session_thread import SessionThread
    from ...models.session_thread_created_event import SessionThreadCreatedEvent
    from ...models.session_thread_list import SessionThreadList
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
    from ...models.unknown_session_event import UnknownSessionEvent
    from ...models.user_custom_tool_result_event import UserCustomToolResultEvent
    from ...models.user_define_outcome_event import UserDefineOutcomeEvent
    from ...models.user_interrupt_event import UserInterruptEvent
    from ...models.user_message_event import UserMessageEvent
    from ...models.user_tool_confirmation_event import UserToolConfirmationEvent
    from ...models.user_tool_result_event import UserToolResultEvent

__all__ = ["AsyncThreadsResource", "ThreadsResource"]


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
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionThreadList:
            request = _threads_list._get_kwargs(
                session_id,
                **query,
            )
            return self._call(request, options, _threads_list._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": given(limit),
                "page": given(page),
                "after_id": given(after_id),
                "before_id": given(before_id),
            },
        )

    def retrieve(
        self,
        session_id: str,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionThread:
        """Retrieve a thread.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
        """

        request = _threads_retrieve._get_kwargs(
            session_id,
            thread_id,
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
        """

        request = _threads_archive._get_kwargs(
            session_id,
            thread_id,
            idempotency_key=given(idempotency_key),
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
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _threads_list_events._get_kwargs(
                session_id,
                thread_id,
                **query,
            )
            return self._call(request, options, _threads_list_events._parse_success)

        return SyncPage.first(
            fetch,
            {
                "limit": given(limit),
                "page": given(page),
                "after_id": given(after_id),
                "before_id": given(before_id),
            },
        )

    def stream(
        self,
        session_id: str,
        thread_id: str,
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
        """

        request = _threads_stream._get_kwargs(
            session_id,
            thread_id,
            last_event_id=given(last_event_id),
            event_deltas=given_list(event_deltas),
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
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionThreadList:
            request = _threads_list._get_kwargs(
                session_id,
                **query,
            )
            return await self._call(request, options, _threads_list._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": given(limit),
                "page": given(page),
                "after_id": given(after_id),
                "before_id": given(before_id),
            },
        )

    async def retrieve(
        self,
        session_id: str,
        thread_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionThread:
        """Retrieve a thread.

        Args:
            session_id: The session ID (`sess_...`).
            thread_id: The thread ID (`sthr_...`).
        """

        request = _threads_retrieve._get_kwargs(
            session_id,
            thread_id,
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
        """

        request = _threads_archive._get_kwargs(
            session_id,
            thread_id,
            idempotency_key=given(idempotency_key),
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
        """

        options = RequestOptions(extra_headers, extra_query, timeout, max_retries)

        async def fetch(query: dict[str, Any]) -> SessionEventList:
            request = _threads_list_events._get_kwargs(
                session_id,
                thread_id,
                **query,
            )
            return await self._call(request, options, _threads_list_events._parse_success)

        return AsyncPaginator(
            fetch,
            {
                "limit": given(limit),
                "page": given(page),
                "after_id": given(after_id),
                "before_id": given(before_id),
            },
        )

    def stream(
        self,
        session_id: str,
        thread_id: str,
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
        """

        request = _threads_stream._get_kwargs(
            session_id,
            thread_id,
            last_event_id=given(last_event_id),
            event_deltas=given_list(event_deltas),
        )
        return self._stream(
            request, RequestOptions(extra_headers, extra_query, timeout, max_retries), _threads_stream._parse_event
        )
