# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

T = TypeVar("T", bound="SessionWorkData")


@_attrs_define(repr=False)
class SessionWorkData(ModelBase):
    """The item runs a session.

    Attributes:
        type_ (Literal['session']): Always `session`.
        id (str): The session ID (`sess_` prefix).
    """

    type_: Literal["session"]
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['session']""", d.pop("type"))
        if type_ != "session":
            raise ValueError(f"type must match const 'session', got '{type_}'")

        id = d.pop("id")

        session_work_data = cls(
            type_=type_,
            id=id,
        )

        session_work_data.additional_properties = d
        return session_work_data

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
    def type(self) -> Literal["session"]:
        """Same as ``type_``."""
        return self.type_
