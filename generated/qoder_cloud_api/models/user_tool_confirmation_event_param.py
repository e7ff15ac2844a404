# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.tool_confirmation_result import _MEMBERS as _ToolConfirmationResult_MEMBERS
from ..models.tool_confirmation_result import ToolConfirmationResult
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_result(value: ToolConfirmationResult | Literal["allow", "deny"]) -> ToolConfirmationResult:
    if isinstance(value, ToolConfirmationResult):
        return value
    return enum_input(ToolConfirmationResult, value, "UserToolConfirmationEventParam.result")


T = TypeVar("T", bound="UserToolConfirmationEventParam")
_New = object.__new__


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
        return cast(T, _user_tool_confirmation_event_param_from_dict(src_dict, cls))

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


def _user_tool_confirmation_event_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[UserToolConfirmationEventParam] = UserToolConfirmationEventParam
) -> UserToolConfirmationEventParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "user.tool_confirmation":
        raise ValueError(f"type must match const 'user.tool_confirmation', got '{type_}'")
    _Built.type_ = type_
    _Built.tool_use_id = d["tool_use_id"]
    result = _ToolConfirmationResult_MEMBERS[d["result"]]

    _Built.result = result
    deny_message = d.get("deny_message", UNSET)

    _Built.deny_message = deny_message
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class UserToolConfirmationEventParamDict(TypedDict, total=False):
    """`UserToolConfirmationEventParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["user.tool_confirmation"]]

    tool_use_id: Required[str]

    result: Required[ToolConfirmationResult | Literal["allow", "deny"]]

    deny_message: str | None


_KNOWN_KEYS = frozenset({"type", "tool_use_id", "result", "deny_message"})
