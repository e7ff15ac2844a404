# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.budget_reached_stop_reason import BudgetReachedStopReason
    from ..models.cancelled_stop_reason import CancelledStopReason
    from ..models.end_turn_stop_reason import EndTurnStopReason
    from ..models.requires_action_stop_reason import RequiresActionStopReason
    from ..models.retries_exhausted_stop_reason import RetriesExhaustedStopReason
    from ..models.unknown_stop_reason import UnknownStopReason


T = TypeVar("T", bound="SessionThreadStatusIdleEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SessionThreadStatusIdleEvent(ModelBase):
    """A thread stopped working and waits; `stop_reason` says why.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['session.thread_status_idle']): Always `session.thread_status_idle`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event.
        session_thread_id (str | Unset): The thread.
        agent_name (str | Unset): The name of the agent running it.
        stop_reason (BudgetReachedStopReason | CancelledStopReason | EndTurnStopReason | RequiresActionStopReason |
            RetriesExhaustedStopReason | UnknownStopReason | Unset): Why a session or thread went idle, chosen by `type`.
            Other reasons are kept as `UnknownStopReason`.
    """

    id: str
    type_: Literal["session.thread_status_idle"]
    processed_at: datetime.datetime | None | Unset = UNSET
    session_thread_id: str | Unset = UNSET
    agent_name: str | Unset = UNSET
    stop_reason: (
        BudgetReachedStopReason
        | CancelledStopReason
        | EndTurnStopReason
        | RequiresActionStopReason
        | RetriesExhaustedStopReason
        | UnknownStopReason
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget_reached_stop_reason import BudgetReachedStopReason
        from ..models.cancelled_stop_reason import CancelledStopReason
        from ..models.end_turn_stop_reason import EndTurnStopReason
        from ..models.requires_action_stop_reason import RequiresActionStopReason
        from ..models.retries_exhausted_stop_reason import RetriesExhaustedStopReason

        id = self.id

        type_ = self.type_

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        session_thread_id = self.session_thread_id

        agent_name = self.agent_name

        stop_reason: dict[str, Any] | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif isinstance(self.stop_reason, EndTurnStopReason):
            stop_reason = self.stop_reason.to_dict()
        elif isinstance(self.stop_reason, RequiresActionStopReason):
            stop_reason = self.stop_reason.to_dict()
        elif isinstance(self.stop_reason, RetriesExhaustedStopReason):
            stop_reason = self.stop_reason.to_dict()
        elif isinstance(self.stop_reason, BudgetReachedStopReason):
            stop_reason = self.stop_reason.to_dict()
        elif isinstance(self.stop_reason, CancelledStopReason):
            stop_reason = self.stop_reason.to_dict()
        else:
            stop_reason = self.stop_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if session_thread_id is not UNSET:
            field_dict["session_thread_id"] = session_thread_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_thread_status_idle_event_from_dict(src_dict, cls))

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

    @property
    def type(self) -> Literal["session.thread_status_idle"]:
        """Same as ``type_``."""
        return self.type_


def _session_thread_status_idle_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionThreadStatusIdleEvent] = SessionThreadStatusIdleEvent
) -> SessionThreadStatusIdleEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "session.thread_status_idle":
        raise ValueError(f"type must match const 'session.thread_status_idle', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _Built.session_thread_id = d.get("session_thread_id", UNSET)
    _Built.agent_name = d.get("agent_name", UNSET)
    _stop_reason = d.get("stop_reason", UNSET)
    stop_reason = _stop_reason if _stop_reason is UNSET else _parse_stop_reason(_stop_reason)

    _Built.stop_reason = stop_reason
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        processed_at_type_0 = _FromIsoformat(data)

        return processed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_stop_reason_modules = {
    "end_turn": "end_turn_stop_reason",
    "requires_action": "requires_action_stop_reason",
    "retries_exhausted": "retries_exhausted_stop_reason",
    "budget_reached": "budget_reached_stop_reason",
    "cancelled": "cancelled_stop_reason",
}
_stop_reason_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        EndTurnStopReason
        | RequiresActionStopReason
        | RetriesExhaustedStopReason
        | BudgetReachedStopReason
        | CancelledStopReason,
    ],
] = {}


def _parse_stop_reason(
    data: object,
) -> (
    BudgetReachedStopReason
    | CancelledStopReason
    | EndTurnStopReason
    | RequiresActionStopReason
    | RetriesExhaustedStopReason
    | UnknownStopReason
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _stop_reason_parsers.get(kind)
            if parse is None and kind in _stop_reason_modules:
                module = _stop_reason_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _stop_reason_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.budget_reached_stop_reason import _budget_reached_stop_reason_from_dict
    from ..models.cancelled_stop_reason import _cancelled_stop_reason_from_dict
    from ..models.end_turn_stop_reason import _end_turn_stop_reason_from_dict
    from ..models.requires_action_stop_reason import _requires_action_stop_reason_from_dict
    from ..models.retries_exhausted_stop_reason import (
        _retries_exhausted_stop_reason_from_dict,
    )
    from ..models.unknown_stop_reason import _unknown_stop_reason_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_reason_type_0 = _end_turn_stop_reason_from_dict(data)

        return componentsschemas_stop_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_reason_type_1 = _requires_action_stop_reason_from_dict(data)

        return componentsschemas_stop_reason_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_reason_type_2 = _retries_exhausted_stop_reason_from_dict(data)

        return componentsschemas_stop_reason_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_reason_type_3 = _budget_reached_stop_reason_from_dict(data)

        return componentsschemas_stop_reason_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_reason_type_4 = _cancelled_stop_reason_from_dict(data)

        return componentsschemas_stop_reason_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_stop_reason_type_5 = _unknown_stop_reason_from_dict(data)

    return componentsschemas_stop_reason_type_5


_KNOWN_KEYS = frozenset({"id", "type", "processed_at", "session_thread_id", "agent_name", "stop_reason"})
