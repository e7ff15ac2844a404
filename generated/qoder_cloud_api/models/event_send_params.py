# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

if TYPE_CHECKING:
    from ..models.system_message_event_param import SystemMessageEventParam
    from ..models.user_custom_tool_result_event_param import UserCustomToolResultEventParam
    from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParam
    from ..models.user_interrupt_event_param import UserInterruptEventParam
    from ..models.user_message_event_param import UserMessageEventParam
    from ..models.user_tool_confirmation_event_param import UserToolConfirmationEventParam
    from ..models.user_tool_result_event_param import UserToolResultEventParam


if TYPE_CHECKING:
    from ..models.system_message_event_param import SystemMessageEventParamDict
    from ..models.user_custom_tool_result_event_param import UserCustomToolResultEventParamDict
    from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParamDict
    from ..models.user_interrupt_event_param import UserInterruptEventParamDict
    from ..models.user_message_event_param import UserMessageEventParamDict
    from ..models.user_tool_confirmation_event_param import UserToolConfirmationEventParamDict
    from ..models.user_tool_result_event_param import UserToolResultEventParamDict


T = TypeVar("T", bound="EventSendParams")
_New = object.__new__


@_attrs_define(repr=False)
class EventSendParams(ModelBase):
    """The body of `events_send`.

    Attributes:
        events (list[SystemMessageEventParam | UserCustomToolResultEventParam | UserDefineOutcomeEventParam |
            UserInterruptEventParam | UserMessageEventParam | UserToolConfirmationEventParam | UserToolResultEventParam]):
            The events, processed in order; at most one `system.message`, and only as the last.
    """

    events: list[
        SystemMessageEventParam
        | UserCustomToolResultEventParam
        | UserDefineOutcomeEventParam
        | UserInterruptEventParam
        | UserMessageEventParam
        | UserToolConfirmationEventParam
        | UserToolResultEventParam
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_custom_tool_result_event_param import UserCustomToolResultEventParam
        from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParam
        from ..models.user_interrupt_event_param import UserInterruptEventParam
        from ..models.user_message_event_param import UserMessageEventParam
        from ..models.user_tool_confirmation_event_param import UserToolConfirmationEventParam
        from ..models.user_tool_result_event_param import UserToolResultEventParam

        events = []
        for events_item_data in self.events:
            events_item: dict[str, Any]
            if isinstance(events_item_data, UserMessageEventParam):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, UserInterruptEventParam):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, UserToolConfirmationEventParam):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, UserCustomToolResultEventParam):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, UserToolResultEventParam):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, UserDefineOutcomeEventParam):
                events_item = events_item_data.to_dict()
            else:
                events_item = events_item_data.to_dict()

            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _event_send_params_from_dict(src_dict, cls))

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


def _event_send_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[EventSendParams] = EventSendParams
) -> EventSendParams:
    d = src_dict
    _Built = _New(cls)
    events = [_parse_events_item(events_item_data) for events_item_data in d["events"]]

    _Built.events = events
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class EventSendParamsDict(TypedDict, total=False):
    """`EventSendParams` as a plain dict: its fields under their names on the wire."""

    events: Required[
        Sequence[
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
        ]
    ]


_events_item_modules = {
    "user.message": "user_message_event_param",
    "user.interrupt": "user_interrupt_event_param",
    "user.tool_confirmation": "user_tool_confirmation_event_param",
    "user.custom_tool_result": "user_custom_tool_result_event_param",
    "user.tool_result": "user_tool_result_event_param",
    "user.define_outcome": "user_define_outcome_event_param",
    "system.message": "system_message_event_param",
}
_events_item_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        UserMessageEventParam
        | UserInterruptEventParam
        | UserToolConfirmationEventParam
        | UserCustomToolResultEventParam
        | UserToolResultEventParam
        | UserDefineOutcomeEventParam
        | SystemMessageEventParam,
    ],
] = {}


def _parse_events_item(
    data: object,
) -> (
    SystemMessageEventParam
    | UserCustomToolResultEventParam
    | UserDefineOutcomeEventParam
    | UserInterruptEventParam
    | UserMessageEventParam
    | UserToolConfirmationEventParam
    | UserToolResultEventParam
):
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _events_item_parsers.get(kind)
            if parse is None and kind in _events_item_modules:
                module = _events_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _events_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.system_message_event_param import _system_message_event_param_from_dict
    from ..models.user_custom_tool_result_event_param import (
        _user_custom_tool_result_event_param_from_dict,
    )
    from ..models.user_define_outcome_event_param import (
        _user_define_outcome_event_param_from_dict,
    )
    from ..models.user_interrupt_event_param import _user_interrupt_event_param_from_dict
    from ..models.user_message_event_param import _user_message_event_param_from_dict
    from ..models.user_tool_confirmation_event_param import (
        _user_tool_confirmation_event_param_from_dict,
    )
    from ..models.user_tool_result_event_param import _user_tool_result_event_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_client_event_param_type_0 = _user_message_event_param_from_dict(data)

        return componentsschemas_client_event_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_client_event_param_type_1 = _user_interrupt_event_param_from_dict(data)

        return componentsschemas_client_event_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_client_event_param_type_2 = _user_tool_confirmation_event_param_from_dict(data)

        return componentsschemas_client_event_param_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_client_event_param_type_3 = _user_custom_tool_result_event_param_from_dict(data)

        return componentsschemas_client_event_param_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_client_event_param_type_4 = _user_tool_result_event_param_from_dict(data)

        return componentsschemas_client_event_param_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_client_event_param_type_5 = _user_define_outcome_event_param_from_dict(data)

        return componentsschemas_client_event_param_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_client_event_param_type_6 = _system_message_event_param_from_dict(data)

    return componentsschemas_client_event_param_type_6


_KNOWN_KEYS = frozenset({"events"})
