# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="UserInterruptEventParam")


@_attrs_define(repr=False)
class UserInterruptEventParam(ModelBase):
    """Stops the agent's current work.

    Attributes:
        type_ (Literal['user.interrupt']): Always `user.interrupt`.
        session_thread_id (None | str | Unset): Stop only this thread; omitted, every active thread stops.
    """

    type_: Literal["user.interrupt"]
    session_thread_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        session_thread_id: None | str | Unset
        if isinstance(self.session_thread_id, Unset):
            session_thread_id = UNSET
        else:
            session_thread_id = self.session_thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if session_thread_id is not UNSET:
            field_dict["session_thread_id"] = session_thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['user.interrupt']""", d.pop("type"))
        if type_ != "user.interrupt":
            raise ValueError(f"type must match const 'user.interrupt', got '{type_}'")

        def _parse_session_thread_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        session_thread_id = _parse_session_thread_id(d.pop("session_thread_id", UNSET))

        user_interrupt_event_param = cls(
            type_=type_,
            session_thread_id=session_thread_id,
        )

        user_interrupt_event_param.additional_properties = d
        return user_interrupt_event_param

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
    def type(self) -> Literal["user.interrupt"]:
        """Same as ``type_``."""
        return self.type_


class UserInterruptEventParamDict(TypedDict, total=False):
    """`UserInterruptEventParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["user.interrupt"]]
    session_thread_id: str | None
