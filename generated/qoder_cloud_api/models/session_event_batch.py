# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.agent_artifact_delivered_event import AgentArtifactDeliveredEvent
    from ..models.agent_custom_tool_use_event import AgentCustomToolUseEvent
    from ..models.agent_mcp_tool_result_event import AgentMCPToolResultEvent
    from ..models.agent_mcp_tool_use_event import AgentMCPToolUseEvent
    from ..models.agent_message_event import AgentMessageEvent
    from ..models.agent_thinking_event import AgentThinkingEvent
    from ..models.agent_thread_context_compacted_event import AgentThreadContextCompactedEvent
    from ..models.agent_thread_message_received_event import AgentThreadMessageReceivedEvent
    from ..models.agent_thread_message_sent_event import AgentThreadMessageSentEvent
    from ..models.agent_tool_result_event import AgentToolResultEvent
    from ..models.agent_tool_use_event import AgentToolUseEvent
    from ..models.event_delta import EventDelta
    from ..models.event_start import EventStart
    from ..models.session_deleted_event import SessionDeletedEvent
    from ..models.session_error_event import SessionErrorEvent
    from ..models.session_status_idle_event import SessionStatusIdleEvent
    from ..models.session_status_rescheduled_event import SessionStatusRescheduledEvent
    from ..models.session_status_running_event import SessionStatusRunningEvent
    from ..models.session_status_terminated_event import SessionStatusTerminatedEvent
    from ..models.session_thread_created_event import SessionThreadCreatedEvent
    from ..models.session_thread_status_idle_event import SessionThreadStatusIdleEvent
    from ..models.session_thread_status_rescheduled_event import SessionThreadStatusRescheduledEvent
    from ..models.session_thread_status_running_event import SessionThreadStatusRunningEvent
    from ..models.session_thread_status_terminated_event import SessionThreadStatusTerminatedEvent
    from ..models.session_updated_event import SessionUpdatedEvent
    from ..models.session_usage_event import SessionUsageEvent
    from ..models.span_model_request_end_event import SpanModelRequestEndEvent
    from ..models.span_model_request_start_event import SpanModelRequestStartEvent
    from ..models.span_outcome_evaluation_end_event import SpanOutcomeEvaluationEndEvent
    from ..models.span_outcome_evaluation_ongoing_event import SpanOutcomeEvaluationOngoingEvent
    from ..models.span_outcome_evaluation_start_event import SpanOutcomeEvaluationStartEvent
    from ..models.system_message_event import SystemMessageEvent
    from ..models.unknown_session_event import UnknownSessionEvent
    from ..models.user_custom_tool_result_event import UserCustomToolResultEvent
    from ..models.user_define_outcome_event import UserDefineOutcomeEvent
    from ..models.user_interrupt_event import UserInterruptEvent
    from ..models.user_message_event import UserMessageEvent
    from ..models.user_tool_confirmation_event import UserToolConfirmationEvent
    from ..models.user_tool_result_event import UserToolResultEvent


T = TypeVar("T", bound="SessionEventBatch")


@_attrs_define(repr=False)
class SessionEventBatch(ModelBase):
    """The events a send accepted, as the server stored them (with IDs); some servers leave them out.

    Attributes:
        data (list[AgentArtifactDeliveredEvent | AgentCustomToolUseEvent | AgentMCPToolResultEvent |
            AgentMCPToolUseEvent | AgentMessageEvent | AgentThinkingEvent | AgentThreadContextCompactedEvent |
            AgentThreadMessageReceivedEvent | AgentThreadMessageSentEvent | AgentToolResultEvent | AgentToolUseEvent |
            EventDelta | EventStart | SessionDeletedEvent | SessionErrorEvent | SessionStatusIdleEvent |
            SessionStatusRescheduledEvent | SessionStatusRunningEvent | SessionStatusTerminatedEvent |
            SessionThreadCreatedEvent | SessionThreadStatusIdleEvent | SessionThreadStatusRescheduledEvent |
            SessionThreadStatusRunningEvent | SessionThreadStatusTerminatedEvent | SessionUpdatedEvent | SessionUsageEvent |
            SpanModelRequestEndEvent | SpanModelRequestStartEvent | SpanOutcomeEvaluationEndEvent |
            SpanOutcomeEvaluationOngoingEvent | SpanOutcomeEvaluationStartEvent | SystemMessageEvent | UnknownSessionEvent |
            UserCustomToolResultEvent | UserDefineOutcomeEvent | UserInterruptEvent | UserMessageEvent |
            UserToolConfirmationEvent | UserToolResultEvent] | Unset): The accepted events, in order.
    """

    data: (
        list[
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
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, UserMessageEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UserInterruptEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UserToolConfirmationEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UserCustomToolResultEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UserToolResultEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UserDefineOutcomeEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SystemMessageEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentMessageEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentThinkingEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentToolUseEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentToolResultEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentCustomToolUseEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentMCPToolUseEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentMCPToolResultEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentArtifactDeliveredEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentThreadMessageSentEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentThreadMessageReceivedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, AgentThreadContextCompactedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionStatusRunningEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionStatusIdleEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionStatusRescheduledEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionStatusTerminatedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionErrorEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionUpdatedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionDeletedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionUsageEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionThreadCreatedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionThreadStatusRunningEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionThreadStatusIdleEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionThreadStatusRescheduledEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SessionThreadStatusTerminatedEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SpanModelRequestStartEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SpanModelRequestEndEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SpanOutcomeEvaluationStartEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SpanOutcomeEvaluationOngoingEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SpanOutcomeEvaluationEndEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EventStart):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EventDelta):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _Built = cls.__new__(cls)
        _Built._request_id = None
        _data = d.get("data", UNSET)
        data: (
            list[
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
            ]
            | Unset
        ) = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

        _Built.data = data
        if not _KNOWN_KEYS.issuperset(d):
            _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return _Built

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only an unset slot lands here: `additional_properties` of a parsed object that had no
            # unknown fields, made on first access.
            if name == "additional_properties":
                self.additional_properties = {}
                return self.additional_properties
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


def _parse_data_item(
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
        try:
            if kind == "user.message":
                return UserMessageEvent.from_dict(data)
            if kind == "user.interrupt":
                return UserInterruptEvent.from_dict(data)
            if kind == "user.tool_confirmation":
                return UserToolConfirmationEvent.from_dict(data)
            if kind == "user.custom_tool_result":
                return UserCustomToolResultEvent.from_dict(data)
            if kind == "user.tool_result":
                return UserToolResultEvent.from_dict(data)
            if kind == "user.define_outcome":
                return UserDefineOutcomeEvent.from_dict(data)
            if kind == "system.message":
                return SystemMessageEvent.from_dict(data)
            if kind == "agent.message":
                return AgentMessageEvent.from_dict(data)
            if kind == "agent.thinking":
                return AgentThinkingEvent.from_dict(data)
            if kind == "agent.tool_use":
                return AgentToolUseEvent.from_dict(data)
            if kind == "agent.tool_result":
                return AgentToolResultEvent.from_dict(data)
            if kind == "agent.custom_tool_use":
                return AgentCustomToolUseEvent.from_dict(data)
            if kind == "agent.mcp_tool_use":
                return AgentMCPToolUseEvent.from_dict(data)
            if kind == "agent.mcp_tool_result":
                return AgentMCPToolResultEvent.from_dict(data)
            if kind == "agent.artifact_delivered":
                return AgentArtifactDeliveredEvent.from_dict(data)
            if kind == "agent.thread_message_sent":
                return AgentThreadMessageSentEvent.from_dict(data)
            if kind == "agent.thread_message_received":
                return AgentThreadMessageReceivedEvent.from_dict(data)
            if kind == "agent.thread_context_compacted":
                return AgentThreadContextCompactedEvent.from_dict(data)
            if kind == "session.status_running":
                return SessionStatusRunningEvent.from_dict(data)
            if kind == "session.status_idle":
                return SessionStatusIdleEvent.from_dict(data)
            if kind == "session.status_rescheduled":
                return SessionStatusRescheduledEvent.from_dict(data)
            if kind == "session.status_terminated":
                return SessionStatusTerminatedEvent.from_dict(data)
            if kind == "session.error":
                return SessionErrorEvent.from_dict(data)
            if kind == "session.updated":
                return SessionUpdatedEvent.from_dict(data)
            if kind == "session.deleted":
                return SessionDeletedEvent.from_dict(data)
            if kind == "session.usage":
                return SessionUsageEvent.from_dict(data)
            if kind == "session.thread_created":
                return SessionThreadCreatedEvent.from_dict(data)
            if kind == "session.thread_status_running":
                return SessionThreadStatusRunningEvent.from_dict(data)
            if kind == "session.thread_status_idle":
                return SessionThreadStatusIdleEvent.from_dict(data)
            if kind == "session.thread_status_rescheduled":
                return SessionThreadStatusRescheduledEvent.from_dict(data)
            if kind == "session.thread_status_terminated":
                return SessionThreadStatusTerminatedEvent.from_dict(data)
            if kind == "span.model_request_start":
                return SpanModelRequestStartEvent.from_dict(data)
            if kind == "span.model_request_end":
                return SpanModelRequestEndEvent.from_dict(data)
            if kind == "span.outcome_evaluation_start":
                return SpanOutcomeEvaluationStartEvent.from_dict(data)
            if kind == "span.outcome_evaluation_ongoing":
                return SpanOutcomeEvaluationOngoingEvent.from_dict(data)
            if kind == "span.outcome_evaluation_end":
                return SpanOutcomeEvaluationEndEvent.from_dict(data)
            if kind == "event_start":
                return EventStart.from_dict(data)
            if kind == "event_delta":
                return EventDelta.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
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


_KNOWN_KEYS = frozenset({"data"})


from ..models.agent_artifact_delivered_event import AgentArtifactDeliveredEvent  # noqa: E402
from ..models.agent_custom_tool_use_event import AgentCustomToolUseEvent  # noqa: E402
from ..models.agent_mcp_tool_result_event import AgentMCPToolResultEvent  # noqa: E402
from ..models.agent_mcp_tool_use_event import AgentMCPToolUseEvent  # noqa: E402
from ..models.agent_message_event import AgentMessageEvent  # noqa: E402
from ..models.agent_thinking_event import AgentThinkingEvent  # noqa: E402
from ..models.agent_thread_context_compacted_event import AgentThreadContextCompactedEvent  # noqa: E402
from ..models.agent_thread_message_received_event import AgentThreadMessageReceivedEvent  # noqa: E402
from ..models.agent_thread_message_sent_event import AgentThreadMessageSentEvent  # noqa: E402
from ..models.agent_tool_result_event import AgentToolResultEvent  # noqa: E402
from ..models.agent_tool_use_event import AgentToolUseEvent  # noqa: E402
from ..models.event_delta import EventDelta  # noqa: E402
from ..models.event_start import EventStart  # noqa: E402
from ..models.session_deleted_event import SessionDeletedEvent  # noqa: E402
from ..models.session_error_event import SessionErrorEvent  # noqa: E402
from ..models.session_status_idle_event import SessionStatusIdleEvent  # noqa: E402
from ..models.session_status_rescheduled_event import SessionStatusRescheduledEvent  # noqa: E402
from ..models.session_status_running_event import SessionStatusRunningEvent  # noqa: E402
from ..models.session_status_terminated_event import SessionStatusTerminatedEvent  # noqa: E402
from ..models.session_thread_created_event import SessionThreadCreatedEvent  # noqa: E402
from ..models.session_thread_status_idle_event import SessionThreadStatusIdleEvent  # noqa: E402
from ..models.session_thread_status_rescheduled_event import SessionThreadStatusRescheduledEvent  # noqa: E402
from ..models.session_thread_status_running_event import SessionThreadStatusRunningEvent  # noqa: E402
from ..models.session_thread_status_terminated_event import SessionThreadStatusTerminatedEvent  # noqa: E402
from ..models.session_updated_event import SessionUpdatedEvent  # noqa: E402
from ..models.session_usage_event import SessionUsageEvent  # noqa: E402
from ..models.span_model_request_end_event import SpanModelRequestEndEvent  # noqa: E402
from ..models.span_model_request_start_event import SpanModelRequestStartEvent  # noqa: E402
from ..models.span_outcome_evaluation_end_event import SpanOutcomeEvaluationEndEvent  # noqa: E402
from ..models.span_outcome_evaluation_ongoing_event import SpanOutcomeEvaluationOngoingEvent  # noqa: E402
from ..models.span_outcome_evaluation_start_event import SpanOutcomeEvaluationStartEvent  # noqa: E402
from ..models.system_message_event import SystemMessageEvent  # noqa: E402
from ..models.unknown_session_event import UnknownSessionEvent  # noqa: E402
from ..models.user_custom_tool_result_event import UserCustomToolResultEvent  # noqa: E402
from ..models.user_define_outcome_event import UserDefineOutcomeEvent  # noqa: E402
from ..models.user_interrupt_event import UserInterruptEvent  # noqa: E402
from ..models.user_message_event import UserMessageEvent  # noqa: E402
from ..models.user_tool_confirmation_event import UserToolConfirmationEvent  # noqa: E402
from ..models.user_tool_result_event import UserToolResultEvent  # noqa: E402
