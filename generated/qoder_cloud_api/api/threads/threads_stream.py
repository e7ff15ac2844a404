# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /sessions/{session_id}/threads/{thread_id}/stream`: the request, and the parse of its answer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeAlias

from qoder_cloud._runtime import path_segment

from ...models.event_delta_type import EventDeltaType
from ...types import UNSET, Unset

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
    from ...models.event_delta import EventDelta
    from ...models.event_start import EventStart
    from ...models.session_deleted_event import SessionDeletedEvent
    from ...models.session_error_event import SessionErrorEvent
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
    from ...models.unknown_session_event import UnknownSessionEvent
    from ...models.user_custom_tool_result_event import UserCustomToolResultEvent
    from ...models.user_define_outcome_event import UserDefineOutcomeEvent
    from ...models.user_interrupt_event import UserInterruptEvent
    from ...models.user_message_event import UserMessageEvent
    from ...models.user_tool_confirmation_event import UserToolConfirmationEvent
    from ...models.user_tool_result_event import UserToolResultEvent


def _get_kwargs(
    session_id: str,
    thread_id: str,
    *,
    event_deltas: list[EventDeltaType] | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
    qoder_workspace_id: str | Unset = UNSET,
    x_qoder_beta: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request: method, path (IDs checked and quoted), then any query, headers and body."""
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    if not isinstance(qoder_workspace_id, Unset):
        headers["qoder-workspace-id"] = qoder_workspace_id

    if not isinstance(x_qoder_beta, Unset):
        headers["x-qoder-beta"] = x_qoder_beta

    params: dict[str, Any] = {}

    json_event_deltas: list[str] | Unset = UNSET
    if not isinstance(event_deltas, Unset):
        json_event_deltas = []
        for event_deltas_item_data in event_deltas:
            event_deltas_item = event_deltas_item_data.value
            json_event_deltas.append(event_deltas_item)

    params["event_deltas[]"] = json_event_deltas

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{session_id}/threads/{thread_id}/stream".format(
            session_id=path_segment("session_id", session_id),
            thread_id=path_segment("thread_id", thread_id),
        ),
        "params": params,
    }
    headers["Accept"] = "text/event-stream"
    _kwargs["headers"] = headers
    return _kwargs


if TYPE_CHECKING:
    Event: TypeAlias = (
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
    """One event of this stream: the JSON object in one frame's `data`."""
else:

    def __getattr__(name: str) -> Any:
        # `Event` at run time: the union of every event model, all imported when first read.
        if name == "Event":
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
            from ...models.event_delta import EventDelta
            from ...models.event_start import EventStart
            from ...models.session_deleted_event import SessionDeletedEvent
            from ...models.session_error_event import SessionErrorEvent
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
            from ...models.unknown_session_event import UnknownSessionEvent
            from ...models.user_custom_tool_result_event import UserCustomToolResultEvent
            from ...models.user_define_outcome_event import UserDefineOutcomeEvent
            from ...models.user_interrupt_event import UserInterruptEvent
            from ...models.user_message_event import UserMessageEvent
            from ...models.user_tool_confirmation_event import UserToolConfirmationEvent
            from ...models.user_tool_result_event import UserToolResultEvent

            return (
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
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_response_200_modules = {
    "user.message": "user_message_event",
    "user.interrupt": "user_interrupt_event",
    "user.tool_confirmation": "user_tool_confirmation_event",
    "user.custom_tool_result": "user_custom_tool_result_event",
    "user.tool_result": "user_tool_result_event",
    "user.define_outcome": "user_define_outcome_event",
    "system.message": "system_message_event",
    "agent.message": "agent_message_event",
    "agent.thinking": "agent_thinking_event",
    "agent.tool_use": "agent_tool_use_event",
    "agent.tool_result": "agent_tool_result_event",
    "agent.custom_tool_use": "agent_custom_tool_use_event",
    "agent.mcp_tool_use": "agent_mcp_tool_use_event",
    "agent.mcp_tool_result": "agent_mcp_tool_result_event",
    "agent.artifact_delivered": "agent_artifact_delivered_event",
    "agent.thread_message_sent": "agent_thread_message_sent_event",
    "agent.thread_message_received": "agent_thread_message_received_event",
    "agent.thread_context_compacted": "agent_thread_context_compacted_event",
    "session.status_running": "session_status_running_event",
    "session.status_idle": "session_status_idle_event",
    "session.status_rescheduled": "session_status_rescheduled_event",
    "session.status_terminated": "session_status_terminated_event",
    "session.error": "session_error_event",
    "session.updated": "session_updated_event",
    "session.deleted": "session_deleted_event",
    "session.usage": "session_usage_event",
    "session.thread_created": "session_thread_created_event",
    "session.thread_status_running": "session_thread_status_running_event",
    "session.thread_status_idle": "session_thread_status_idle_event",
    "session.thread_status_rescheduled": "session_thread_status_rescheduled_event",
    "session.thread_status_terminated": "session_thread_status_terminated_event",
    "span.model_request_start": "span_model_request_start_event",
    "span.model_request_end": "span_model_request_end_event",
    "span.outcome_evaluation_start": "span_outcome_evaluation_start_event",
    "span.outcome_evaluation_ongoing": "span_outcome_evaluation_ongoing_event",
    "span.outcome_evaluation_end": "span_outcome_evaluation_end_event",
    "event_start": "event_start",
    "event_delta": "event_delta",
}
_response_200_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        UserMessageEvent
        | UserInterruptEvent
        | UserToolConfirmationEvent
        | UserCustomToolResultEvent
        | UserToolResultEvent
        | UserDefineOutcomeEvent
        | SystemMessageEvent
        | AgentMessageEvent
        | AgentThinkingEvent
        | AgentToolUseEvent
        | AgentToolResultEvent
        | AgentCustomToolUseEvent
        | AgentMCPToolUseEvent
        | AgentMCPToolResultEvent
        | AgentArtifactDeliveredEvent
        | AgentThreadMessageSentEvent
        | AgentThreadMessageReceivedEvent
        | AgentThreadContextCompactedEvent
        | SessionStatusRunningEvent
        | SessionStatusIdleEvent
        | SessionStatusRescheduledEvent
        | SessionStatusTerminatedEvent
        | SessionErrorEvent
        | SessionUpdatedEvent
        | SessionDeletedEvent
        | SessionUsageEvent
        | SessionThreadCreatedEvent
        | SessionThreadStatusRunningEvent
        | SessionThreadStatusIdleEvent
        | SessionThreadStatusRescheduledEvent
        | SessionThreadStatusTerminatedEvent
        | SpanModelRequestStartEvent
        | SpanModelRequestEndEvent
        | SpanOutcomeEvaluationStartEvent
        | SpanOutcomeEvaluationOngoingEvent
        | SpanOutcomeEvaluationEndEvent
        | EventStart
        | EventDelta,
    ],
] = {}


def _parse_response_200(
    data: object,
) -> (
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
):
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _response_200_parsers.get(kind)
            if parse is None and kind in _response_200_modules:
                module = _response_200_modules[kind]
                parse = getattr(import_module(f"...models.{module}", __package__), f"_{module}_from_dict")
                _response_200_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ...models.agent_artifact_delivered_event import (
        _agent_artifact_delivered_event_from_dict,
    )
    from ...models.agent_custom_tool_use_event import _agent_custom_tool_use_event_from_dict
    from ...models.agent_mcp_tool_result_event import _agent_mcp_tool_result_event_from_dict
    from ...models.agent_mcp_tool_use_event import _agent_mcp_tool_use_event_from_dict
    from ...models.agent_message_event import _agent_message_event_from_dict
    from ...models.agent_thinking_event import _agent_thinking_event_from_dict
    from ...models.agent_thread_context_compacted_event import (
        _agent_thread_context_compacted_event_from_dict,
    )
    from ...models.agent_thread_message_received_event import (
        _agent_thread_message_received_event_from_dict,
    )
    from ...models.agent_thread_message_sent_event import (
        _agent_thread_message_sent_event_from_dict,
    )
    from ...models.agent_tool_result_event import _agent_tool_result_event_from_dict
    from ...models.agent_tool_use_event import _agent_tool_use_event_from_dict
    from ...models.event_delta import _event_delta_from_dict
    from ...models.event_start import _event_start_from_dict
    from ...models.session_deleted_event import _session_deleted_event_from_dict
    from ...models.session_error_event import _session_error_event_from_dict
    from ...models.session_status_idle_event import _session_status_idle_event_from_dict
    from ...models.session_status_rescheduled_event import (
        _session_status_rescheduled_event_from_dict,
    )
    from ...models.session_status_running_event import (
        _session_status_running_event_from_dict,
    )
    from ...models.session_status_terminated_event import (
        _session_status_terminated_event_from_dict,
    )
    from ...models.session_thread_created_event import (
        _session_thread_created_event_from_dict,
    )
    from ...models.session_thread_status_idle_event import (
        _session_thread_status_idle_event_from_dict,
    )
    from ...models.session_thread_status_rescheduled_event import (
        _session_thread_status_rescheduled_event_from_dict,
    )
    from ...models.session_thread_status_running_event import (
        _session_thread_status_running_event_from_dict,
    )
    from ...models.session_thread_status_terminated_event import (
        _session_thread_status_terminated_event_from_dict,
    )
    from ...models.session_updated_event import _session_updated_event_from_dict
    from ...models.session_usage_event import _session_usage_event_from_dict
    from ...models.span_model_request_end_event import _span_model_request_end_event_from_dict
    from ...models.span_model_request_start_event import (
        _span_model_request_start_event_from_dict,
    )
    from ...models.span_outcome_evaluation_end_event import (
        _span_outcome_evaluation_end_event_from_dict,
    )
    from ...models.span_outcome_evaluation_ongoing_event import (
        _span_outcome_evaluation_ongoing_event_from_dict,
    )
    from ...models.span_outcome_evaluation_start_event import (
        _span_outcome_evaluation_start_event_from_dict,
    )
    from ...models.system_message_event import _system_message_event_from_dict
    from ...models.unknown_session_event import _unknown_session_event_from_dict
    from ...models.user_custom_tool_result_event import (
        _user_custom_tool_result_event_from_dict,
    )
    from ...models.user_define_outcome_event import _user_define_outcome_event_from_dict
    from ...models.user_interrupt_event import _user_interrupt_event_from_dict
    from ...models.user_message_event import _user_message_event_from_dict
    from ...models.user_tool_confirmation_event import (
        _user_tool_confirmation_event_from_dict,
    )
    from ...models.user_tool_result_event import _user_tool_result_event_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_0 = _user_message_event_from_dict(data)

        return componentsschemas_session_event_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_1 = _user_interrupt_event_from_dict(data)

        return componentsschemas_session_event_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_2 = _user_tool_confirmation_event_from_dict(data)

        return componentsschemas_session_event_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_3 = _user_custom_tool_result_event_from_dict(data)

        return componentsschemas_session_event_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_4 = _user_tool_result_event_from_dict(data)

        return componentsschemas_session_event_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_5 = _user_define_outcome_event_from_dict(data)

        return componentsschemas_session_event_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_6 = _system_message_event_from_dict(data)

        return componentsschemas_session_event_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_7 = _agent_message_event_from_dict(data)

        return componentsschemas_session_event_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_8 = _agent_thinking_event_from_dict(data)

        return componentsschemas_session_event_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_9 = _agent_tool_use_event_from_dict(data)

        return componentsschemas_session_event_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_10 = _agent_tool_result_event_from_dict(data)

        return componentsschemas_session_event_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_11 = _agent_custom_tool_use_event_from_dict(data)

        return componentsschemas_session_event_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_12 = _agent_mcp_tool_use_event_from_dict(data)

        return componentsschemas_session_event_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_13 = _agent_mcp_tool_result_event_from_dict(data)

        return componentsschemas_session_event_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_14 = _agent_artifact_delivered_event_from_dict(data)

        return componentsschemas_session_event_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_15 = _agent_thread_message_sent_event_from_dict(data)

        return componentsschemas_session_event_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_16 = _agent_thread_message_received_event_from_dict(data)

        return componentsschemas_session_event_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_17 = _agent_thread_context_compacted_event_from_dict(data)

        return componentsschemas_session_event_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_18 = _session_status_running_event_from_dict(data)

        return componentsschemas_session_event_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_19 = _session_status_idle_event_from_dict(data)

        return componentsschemas_session_event_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_20 = _session_status_rescheduled_event_from_dict(data)

        return componentsschemas_session_event_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_21 = _session_status_terminated_event_from_dict(data)

        return componentsschemas_session_event_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_22 = _session_error_event_from_dict(data)

        return componentsschemas_session_event_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_23 = _session_updated_event_from_dict(data)

        return componentsschemas_session_event_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_24 = _session_deleted_event_from_dict(data)

        return componentsschemas_session_event_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_25 = _session_usage_event_from_dict(data)

        return componentsschemas_session_event_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_26 = _session_thread_created_event_from_dict(data)

        return componentsschemas_session_event_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_27 = _session_thread_status_running_event_from_dict(data)

        return componentsschemas_session_event_type_27
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_28 = _session_thread_status_idle_event_from_dict(data)

        return componentsschemas_session_event_type_28
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_29 = _session_thread_status_rescheduled_event_from_dict(data)

        return componentsschemas_session_event_type_29
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_30 = _session_thread_status_terminated_event_from_dict(data)

        return componentsschemas_session_event_type_30
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_31 = _span_model_request_start_event_from_dict(data)

        return componentsschemas_session_event_type_31
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_32 = _span_model_request_end_event_from_dict(data)

        return componentsschemas_session_event_type_32
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_33 = _span_outcome_evaluation_start_event_from_dict(data)

        return componentsschemas_session_event_type_33
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_34 = _span_outcome_evaluation_ongoing_event_from_dict(data)

        return componentsschemas_session_event_type_34
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_35 = _span_outcome_evaluation_end_event_from_dict(data)

        return componentsschemas_session_event_type_35
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_36 = _event_start_from_dict(data)

        return componentsschemas_session_event_type_36
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_37 = _event_delta_from_dict(data)

        return componentsschemas_session_event_type_37
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_event_type_38 = _unknown_session_event_from_dict(data)

    return componentsschemas_session_event_type_38


def _parse_event(data: dict[str, Any]) -> Event:
    """Parse one frame's event by its `type`, importing that type's model when it first arrives;
    a type this client does not know yet becomes the catch-all member."""
    return _parse_response_200(data)
