# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_confirmation_result import _MEMBERS as _ToolConfirmationResult_MEMBERS
from ..models.tool_confirmation_result import ToolConfirmationResult
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="UserToolConfirmationEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class UserToolConfirmationEvent(ModelBase):
    """A tool confirmation sent by the client, as stored.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['user.tool_confirmation']): Always `user.tool_confirmation`.
        tool_use_id (str): The tool call confirmed or denied.
        processed_at (datetime.datetime | None | Unset): When the server processed the event; may be missing or null on
            echoed client events.
        result (ToolConfirmationResult | Unset): `allow` runs the pending tool call, `deny` refuses it.
        deny_message (None | str | Unset): The reason given with `deny`.
        session_thread_id (None | str | Unset): The thread the tool call belongs to. Not in the docs; sent by the
            official SDK.
    """

    id: str
    type_: Literal["user.tool_confirmation"]
    tool_use_id: str
    processed_at: datetime.datetime | None | Unset = UNSET
    result: ToolConfirmationResult | Unset = UNSET
    deny_message: None | str | Unset = UNSET
    session_thread_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        tool_use_id = self.tool_use_id

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        deny_message: None | str | Unset
        if isinstance(self.deny_message, Unset):
            deny_message = UNSET
        else:
            deny_message = self.deny_message

        session_thread_id: None | str | Unset
        if isinstance(self.session_thread_id, Unset):
            session_thread_id = UNSET
        else:
            session_thread_id = self.session_thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "tool_use_id": tool_use_id,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if result is not UNSET:
            field_dict["result"] = result
        if deny_message is not UNSET:
            field_dict["deny_message"] = deny_message
        if session_thread_id is not UNSET:
            field_dict["session_thread_id"] = session_thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _user_tool_confirmation_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["user.tool_confirmation"]:
        """Same as ``type_``."""
        return self.type_


def _user_tool_confirmation_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[UserToolConfirmationEvent] = UserToolConfirmationEvent
) -> UserToolConfirmationEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "user.tool_confirmation":
        raise ValueError(f"type must match const 'user.tool_confirmation', got '{type_}'")
    _Built.type_ = type_
    _Built.tool_use_id = d["tool_use_id"]
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _result = d.get("result", UNSET)
    result: ToolConfirmationResult | Unset
    if _result is UNSET:
        result = UNSET
    else:
        result = _ToolConfirmationResult_MEMBERS[_result]

    _Built.result = result
    deny_message = d.get("deny_message", UNSET)

    _Built.deny_message = deny_message
    session_thread_id = d.get("session_thread_id", UNSET)

    _Built.session_thread_id = session_thread_id
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


_KNOWN_KEYS = frozenset({"id", "type", "tool_use_id", "processed_at", "result", "deny_message", "session_thread_id"})
