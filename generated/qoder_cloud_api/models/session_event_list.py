# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

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


T = TypeVar("T", bound="SessionEventList")
_New = object.__new__


@_attrs_define(repr=False)
class SessionEventList(ModelBase):
    """A page of stored events.

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
            UserToolConfirmationEvent | UserToolResultEvent]): The events on this page.
        first_id (None | str | Unset): ID of the first item; null when the page is empty.
        last_id (None | str | Unset): ID of the last item; null when the page is empty.
        has_more (bool | Unset): Whether more items follow in this direction. When it is missing, more follow only if
            `next_page` is sent.
        next_page (None | str | Unset): Cursor for the next page; null at the end. Older servers omit it.
        prev_page (None | str | Unset): Cursor for the previous page, when sent. Not in the docs; read by the official
            TypeScript SDK.
    """

    data: list[
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
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page: None | str | Unset = UNSET
    prev_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.user_custom_tool_result_event import UserCustomToolResultEvent
        from ..models.user_define_outcome_event import UserDefineOutcomeEvent
        from ..models.user_interrupt_event import UserInterruptEvent
        from ..models.user_message_event import UserMessageEvent
        from ..models.user_tool_confirmation_event import UserToolConfirmationEvent
        from ..models.user_tool_result_event import UserToolResultEvent

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

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        else:
            last_id = self.last_id

        has_more = self.has_more

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        prev_page: None | str | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_event_list_from_dict(src_dict, cls))

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only an unset slot lands here: of a parsed object, the request ID (set by the client
            # on the object a call returns, None on every other) and `additional_properties`
            # when it had no unknown fields (made on first access).
            if name == "_request_id":
                return None
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


def _session_event_list_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionEventList] = SessionEventList
) -> SessionEventList:
    d = src_dict
    _Built = _New(cls)
    data = [_parse_data_item(data_item_data) for data_item_data in d["data"]]

    _Built.data = data
    first_id = d.get("first_id", UNSET)

    _Built.first_id = first_id
    last_id = d.get("last_id", UNSET)

    _Built.last_id = last_id
    _Built.has_more = d.get("has_more", UNSET)
    next_page = d.get("next_page", UNSET)

    _Built.next_page = next_page
    prev_page = d.get("prev_page", UNSET)

    _Built.prev_page = prev_page
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_data_item_modules = {
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
_data_item_parsers: dict[
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
        if isinstance(kind, str):
            parse = _data_item_parsers.get(kind)
            if parse is None and kind in _data_item_modules:
                module = _data_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _data_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.agent_artifact_delivered_event import (
        _agent_artifact_delivered_event_from_dict,
    )
    from ..models.agent_custom_tool_use_event import _agent_custom_tool_use_event_from_dict
    from ..models.agent_mcp_tool_result_event import _agent_mcp_tool_result_event_from_dict
    from ..models.agent_mcp_tool_use_event import _agent_mcp_tool_use_event_from_dict
    from ..models.agent_message_event import _agent_message_event_from_dict
    from ..models.agent_thinking_event import _agent_thinking_event_from_dict
    from ..models.agent_thread_context_compacted_event import (
        _agent_thread_context_compacted_event_from_dict,
    )
    from ..models.agent_thread_message_received_event import (
        _agent_thread_message_received_event_from_dict,
    )
    from ..models.agent_thread_message_sent_event import (
        _agent_thread_message_sent_event_from_dict,
    )
    from ..models.agent_tool_result_event import _agent_tool_result_event_from_dict
    from ..models.agent_tool_use_event import _agent_tool_use_event_from_dict
    from ..models.event_delta import _event_delta_from_dict
    from ..models.event_start import _event_start_from_dict
    from ..models.session_deleted_event import _session_deleted_event_from_dict
    from ..models.session_error_event import _session_error_event_from_dict
    from ..models.session_status_idle_event import _session_status_idle_event_from_dict
    from ..models.session_status_rescheduled_event import (
        _session_status_rescheduled_event_from_dict,
    )
    from ..models.session_status_running_event import _session_status_running_event_from_dict
    from ..models.session_status_terminated_event import (
        _session_status_terminated_event_from_dict,
    )
    from ..models.session_thread_created_event import _session_thread_created_event_from_dict
    from ..models.session_thread_status_idle_event import (
        _session_thread_status_idle_event_from_dict,
    )
    from ..models.session_thread_status_rescheduled_event import (
        _session_thread_status_rescheduled_event_from_dict,
    )
    from ..models.session_thread_status_running_event import (
        _session_thread_status_running_event_from_dict,
    )
    from ..models.session_thread_status_terminated_event import (
        _session_thread_status_terminated_event_from_dict,
    )
    from ..models.session_updated_event import _session_updated_event_from_dict
    from ..models.session_usage_event import _session_usage_event_from_dict
    from ..models.span_model_request_end_event import _span_model_request_end_event_from_dict
    from ..models.span_model_request_start_event import (
        _span_model_request_start_event_from_dict,
    )
    from ..models.span_outcome_evaluation_end_event import (
        _span_outcome_evaluation_end_event_from_dict,
    )
    from ..models.span_outcome_evaluation_ongoing_event import (
        _span_outcome_evaluation_ongoing_event_from_dict,
    )
    from ..models.span_outcome_evaluation_start_event import (
        _span_outcome_evaluation_start_event_from_dict,
    )
    from ..models.system_message_event import _system_message_event_from_dict
    from ..models.unknown_session_event import _unknown_session_event_from_dict
    from ..models.user_custom_tool_result_event import (
        _user_custom_tool_result_event_from_dict,
    )
    from ..models.user_define_outcome_event import _user_define_outcome_event_from_dict
    from ..models.user_interrupt_event import _user_interrupt_event_from_dict
    from ..models.user_message_event import _user_message_event_from_dict
    from ..models.user_tool_confirmation_event import _user_tool_confirmation_event_from_dict
    from ..models.user_tool_result_event import _user_tool_result_event_from_dict

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


_KNOWN_KEYS = frozenset({"data", "first_id", "last_id", "has_more", "next_page", "prev_page"})
