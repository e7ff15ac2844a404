# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""`GET /sessions/{session_id}/threads/{thread_id}/stream`: the request, and the parse of its answer."""

from __future__ import annotations

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
    "user.message": ("user_message_event", "UserMessageEvent"),
    "user.interrupt": ("user_interrupt_event", "UserInterruptEvent"),
    "user.tool_confirmation": ("user_tool_confirmation_event", "UserToolConfirmationEvent"),
    "user.custom_tool_result": ("user_custom_tool_result_event", "UserCustomToolResultEvent"),
    "user.tool_result": ("user_tool_result_event", "UserToolResultEvent"),
    "user.define_outcome": ("user_define_outcome_event", "UserDefineOutcomeEvent"),
    "system.message": ("system_message_event", "SystemMessageEvent"),
    "agent.message": ("agent_message_event", "AgentMessageEvent"),
    "agent.thinking": ("agent_thinking_event", "AgentThinkingEvent"),
    "agent.tool_use": ("agent_tool_use_event", "AgentToolUseEvent"),
    "agent.tool_result": ("agent_tool_result_event", "AgentToolResultEvent"),
    "agent.custom_tool_use": ("agent_custom_tool_use_event", "AgentCustomToolUseEvent"),
    "agent.mcp_tool_use": ("agent_mcp_tool_use_event", "AgentMCPToolUseEvent"),
    "agent.mcp_tool_result": ("agent_mcp_tool_result_event", "AgentMCPToolResultEvent"),
    "agent.artifact_delivered": ("agent_artifact_delivered_event", "AgentArtifactDeliveredEvent"),
    "agent.thread_message_sent": ("agent_thread_message_sent_event", "AgentThreadMessageSentEvent"),
    "agent.thread_message_received": ("agent_thread_message_received_event", "AgentThreadMessageReceivedEvent"),
    "agent.thread_context_compacted": ("agent_thread_context_compacted_event", "AgentThreadContextCompactedEvent"),
    "session.status_running": ("session_status_running_event", "SessionStatusRunningEvent"),
    "session.status_idle": ("session_status_idle_event", "SessionStatusIdleEvent"),
    "session.status_rescheduled": ("session_status_rescheduled_event", "SessionStatusRescheduledEvent"),
    "session.status_terminated": ("session_status_terminated_event", "SessionStatusTerminatedEvent"),
    "session.error": ("session_error_event", "SessionErrorEvent"),
    "session.updated": ("session_updated_event", "SessionUpdatedEvent"),
    "session.deleted": ("session_deleted_event", "SessionDeletedEvent"),
    "session.usage": ("session_usage_event", "SessionUsageEvent"),
    "session.thread_created": ("session_thread_created_event", "SessionThreadCreatedEvent"),
    "session.thread_status_running": ("session_thread_status_running_event", "SessionThreadStatusRunningEvent"),
    "session.thread_status_idle": ("session_thread_status_idle_event", "SessionThreadStatusIdleEvent"),
    "session.thread_status_rescheduled": (
        "session_thread_status_rescheduled_event",
        "SessionThreadStatusRescheduledEvent",
    ),
    "session.thread_status_terminated": (
        "session_thread_status_terminated_event",
        "SessionThreadStatusTerminatedEvent",
    ),
    "span.model_request_start": ("span_model_request_start_event", "SpanModelRequestStartEvent"),
    "span.model_request_end": ("span_model_request_end_event", "SpanModelRequestEndEvent"),
    "span.outcome_evaluation_start": ("span_outcome_evaluation_start_event", "SpanOutcomeEvaluationStartEvent"),
    "span.outcome_evaluation_ongoing": ("span_outcome_evaluation_ongoing_event", "SpanOutcomeEvaluationOngoingEvent"),
    "span.outcome_evaluation_end": ("span_outcome_evaluation_end_event", "SpanOutcomeEvaluationEndEvent"),
    "event_start": ("event_start", "EventStart"),
    "event_delta": ("event_delta", "EventDelta"),
}
_response_200_models: dict[
    str,
    type[
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
        | EventDelta
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
            model = _response_200_models.get(kind)
            if model is None and kind in _response_200_modules:
                module, name = _response_200_modules[kind]
                model = _response_200_models[kind] = getattr(import_module(f"...models.{module}", __package__), name)
            if model is not None:
                try:
                    return model.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
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

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_0 = UserMessageEvent.from_dict(data)

        return componentsschemas_session_event_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_1 = UserInterruptEvent.from_dict(data)

        return componentsschemas_session_event_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_2 = UserToolConfirmationEvent.from_dict(data)

        return componentsschemas_session_event_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_3 = UserCustomToolResultEvent.from_dict(data)

        return componentsschemas_session_event_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_4 = UserToolResultEvent.from_dict(data)

        return componentsschemas_session_event_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_5 = UserDefineOutcomeEvent.from_dict(data)

        return componentsschemas_session_event_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_6 = SystemMessageEvent.from_dict(data)

        return componentsschemas_session_event_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_7 = AgentMessageEvent.from_dict(data)

        return componentsschemas_session_event_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_8 = AgentThinkingEvent.from_dict(data)

        return componentsschemas_session_event_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_9 = AgentToolUseEvent.from_dict(data)

        return componentsschemas_session_event_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_10 = AgentToolResultEvent.from_dict(data)

        return componentsschemas_session_event_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_11 = AgentCustomToolUseEvent.from_dict(data)

        return componentsschemas_session_event_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_12 = AgentMCPToolUseEvent.from_dict(data)

        return componentsschemas_session_event_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_13 = AgentMCPToolResultEvent.from_dict(data)

        return componentsschemas_session_event_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_14 = AgentArtifactDeliveredEvent.from_dict(data)

        return componentsschemas_session_event_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_15 = AgentThreadMessageSentEvent.from_dict(data)

        return componentsschemas_session_event_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_16 = AgentThreadMessageReceivedEvent.from_dict(data)

        return componentsschemas_session_event_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_17 = AgentThreadContextCompactedEvent.from_dict(data)

        return componentsschemas_session_event_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_18 = SessionStatusRunningEvent.from_dict(data)

        return componentsschemas_session_event_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_19 = SessionStatusIdleEvent.from_dict(data)

        return componentsschemas_session_event_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_20 = SessionStatusRescheduledEvent.from_dict(data)

        return componentsschemas_session_event_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_21 = SessionStatusTerminatedEvent.from_dict(data)

        return componentsschemas_session_event_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_22 = SessionErrorEvent.from_dict(data)

        return componentsschemas_session_event_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_23 = SessionUpdatedEvent.from_dict(data)

        return componentsschemas_session_event_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_24 = SessionDeletedEvent.from_dict(data)

        return componentsschemas_session_event_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_25 = SessionUsageEvent.from_dict(data)

        return componentsschemas_session_event_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_26 = SessionThreadCreatedEvent.from_dict(data)

        return componentsschemas_session_event_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_27 = SessionThreadStatusRunningEvent.from_dict(data)

        return componentsschemas_session_event_type_27
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_28 = SessionThreadStatusIdleEvent.from_dict(data)

        return componentsschemas_session_event_type_28
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_29 = SessionThreadStatusRescheduledEvent.from_dict(data)

        return componentsschemas_session_event_type_29
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_30 = SessionThreadStatusTerminatedEvent.from_dict(data)

        return componentsschemas_session_event_type_30
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_31 = SpanModelRequestStartEvent.from_dict(data)

        return componentsschemas_session_event_type_31
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_32 = SpanModelRequestEndEvent.from_dict(data)

        return componentsschemas_session_event_type_32
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_33 = SpanOutcomeEvaluationStartEvent.from_dict(data)

        return componentsschemas_session_event_type_33
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_34 = SpanOutcomeEvaluationOngoingEvent.from_dict(data)

        return componentsschemas_session_event_type_34
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_35 = SpanOutcomeEvaluationEndEvent.from_dict(data)

        return componentsschemas_session_event_type_35
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_36 = EventStart.from_dict(data)

        return componentsschemas_session_event_type_36
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_event_type_37 = EventDelta.from_dict(data)

        return componentsschemas_session_event_type_37
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_event_type_38 = UnknownSessionEvent.from_dict(data)

    return componentsschemas_session_event_type_38


def _parse_event(data: dict[str, Any]) -> Event:
    """Parse one frame's event by its `type`, importing that type's model when it first arrives;
    a type this client does not know yet becomes the catch-all member."""
    return _parse_response_200(data)
