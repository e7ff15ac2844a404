# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_confirmation_result import ToolConfirmationResult
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="UserToolConfirmationEvent")


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
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("""Literal['user.tool_confirmation']""", d.pop("type"))
        if type_ != "user.tool_confirmation":
            raise ValueError(f"type must match const 'user.tool_confirmation', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        _result = d.pop("result", UNSET)
        result: ToolConfirmationResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ToolConfirmationResult.from_value(_result)

        def _parse_deny_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        deny_message = _parse_deny_message(d.pop("deny_message", UNSET))

        def _parse_session_thread_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        session_thread_id = _parse_session_thread_id(d.pop("session_thread_id", UNSET))

        user_tool_confirmation_event = cls(
            id=id,
            type_=type_,
            tool_use_id=tool_use_id,
            processed_at=processed_at,
            result=result,
            deny_message=deny_message,
            session_thread_id=session_thread_id,
        )

        user_tool_confirmation_event.additional_properties = d
        return user_tool_confirmation_event

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
