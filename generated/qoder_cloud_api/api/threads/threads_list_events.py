# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /sessions/{session_id}/threads/{thread_id}/events`: the request, and the parse of its answer."""

from __future__ import annotations

from typing import Any, TypeAlias

import httpx

from qoder_cloud._runtime import draining_page, path_segment

from ...models.agent_artifact_delivered_event import (
    AgentArtifactDeliveredEvent,
)
from ...models.agent_custom_tool_use_event import AgentCustomToolUseEvent
from ...models.agent_mcp_tool_result_event import AgentMCPToolResultEvent
from ...models.agent_mcp_tool_use_event import AgentMCPToolUseEvent
from ...models.agent_message_event import AgentMessageEvent
from ...models.agent_thinking_event import AgentThinkingEvent
from ...models.agent_thread_context_compacted_event import (
    AgentThreadContextCompactedEvent,
)
from ...models.agent_thread_message_received_event import (
    AgentThreadMessageReceivedEvent,
)
from ...models.agent_thread_message_sent_event import (
    AgentThreadMessageSentEvent,
)
from ...models.agent_tool_result_event import AgentToolResultEvent
from ...models.agent_tool_use_event import AgentToolUseEvent
from ...models.event_delta import EventDelta
from ...models.event_start import EventStart
from ...models.session_deleted_event import SessionDeletedEvent
from ...models.session_error_event import SessionErrorEvent
from ...models.session_event_list import SessionEventList
from ...models.session_status_idle_event import SessionStatusIdleEvent
from ...models.session_status_rescheduled_event import (
    SessionStatusRescheduledEvent,
)
from ...models.session_status_running_event import SessionStatusRunningEvent
from ...models.session_status_terminated_event import (
    SessionStatusTerminatedEvent,
)
from ...models.session_thread_created_event import SessionThreadCreatedEvent
from ...models.session_thread_status_idle_event import (
    SessionThreadStatusIdleEvent,
)
from ...models.session_thread_status_rescheduled_event import (
    SessionThreadStatusRescheduledEvent,
)
from ...models.session_thread_status_running_event import (
    SessionThreadStatusRunningEvent,
)
from ...models.session_thread_status_terminated_event import (
    SessionThreadStatusTerminatedEvent,
)
from ...models.session_updated_event import SessionUpdatedEvent
from ...models.session_usage_event import SessionUsageEvent
from ...models.span_model_request_end_event import SpanModelRequestEndEvent
from ...models.span_model_request_start_event import (
    SpanModelRequestStartEvent,
)
from ...models.span_outcome_evaluation_end_event import (
    SpanOutcomeEvaluationEndEvent,
)
from ...models.span_outcome_evaluation_ongoing_event import (
    SpanOutcomeEvaluationOngoingEvent,
)
from ...models.span_outcome_evaluation_start_event import (
    SpanOutcomeEvaluationStartEvent,
)
from ...models.system_message_event import SystemMessageEvent
from ...models.unknown_session_event import UnknownSessionEvent
from ...models.user_custom_tool_result_event import UserCustomToolResultEvent
from ...models.user_define_outcome_event import UserDefineOutcomeEvent
from ...models.user_interrupt_event import UserInterruptEvent
from ...models.user_message_event import UserMessageEvent
from ...models.user_tool_confirmation_event import UserToolConfirmationEvent
from ...models.user_tool_result_event import UserToolResultEvent
from ...types import UNSET, Unset


def _get_kwargs(
    session_id: str,
    thread_id: str,
    *,
    limit: int | Unset = 20,
    page: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    qoder_workspace_id: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{session_id}/threads/{thread_id}/events".format(
            session_id=path_segment("session_id", session_id),
            thread_id=path_segment("thread_id", thread_id),
        ),
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


Item: TypeAlias = (
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
)
"""One item of the list (the resource classes name this union once)."""


def _parse_success(response: httpx.Response) -> SessionEventList:
    """The answer of a 2xx response (the client raised for any other status already).

    Any 2xx status is read as the documented success.
    """
    return SessionEventList.from_dict(draining_page(response.json()))
