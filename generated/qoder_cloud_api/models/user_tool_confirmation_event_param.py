# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.tool_confirmation_result import ToolConfirmationResult
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_result(value: ToolConfirmationResult | Literal["allow", "deny"]) -> ToolConfirmationResult:
    if isinstance(value, ToolConfirmationResult):
        return value
    return enum_input(ToolConfirmationResult, value, "UserToolConfirmationEventParam.result")


T = TypeVar("T", bound="UserToolConfirmationEventParam")


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class UserToolConfirmationEventParam(ModelBase):
    """Allows or denies a tool call waiting for confirmation.

    Attributes:
        type_ (Literal['user.tool_confirmation']): Always `user.tool_confirmation`.
        tool_use_id (str): The waiting `agent.tool_use` or `agent.mcp_tool_use` event (listed in
            `stop_reason.event_ids`).
        result (ToolConfirmationResult): `allow` runs the pending tool call, `deny` refuses it.
        deny_message (None | str | Unset): Why the call was denied, shown to the agent; only with `deny`.
    """

    type_: Literal["user.tool_confirmation"]
    tool_use_id: str
    result: ToolConfirmationResult = _attrs_field(converter=_input_result)
    deny_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_use_id = self.tool_use_id

        result = self.result.value

        deny_message: None | str | Unset
        if isinstance(self.deny_message, Unset):
            deny_message = UNSET
        else:
            deny_message = self.deny_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "result": result,
            }
        )
        if deny_message is not UNSET:
            field_dict["deny_message"] = deny_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['user.tool_confirmation']""", d.pop("type"))
        if type_ != "user.tool_confirmation":
            raise ValueError(f"type must match const 'user.tool_confirmation', got '{type_}'")

        tool_use_id = d.pop("tool_use_id")

        result = ToolConfirmationResult.from_value(d.pop("result"))

        def _parse_deny_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        deny_message = _parse_deny_message(d.pop("deny_message", UNSET))

        user_tool_confirmation_event_param = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            result=result,
            deny_message=deny_message,
        )

        user_tool_confirmation_event_param.additional_properties = d
        return user_tool_confirmation_event_param

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


class UserToolConfirmationEventParamDict(TypedDict, total=False):
    """`UserToolConfirmationEventParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["user.tool_confirmation"]]
    tool_use_id: Required[str]
    result: Required[ToolConfirmationResult | Literal["allow", "deny"]]
    deny_message: str | None
