# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.previewed_event_type import PreviewedEventType
from ..types import ModelBase

T = TypeVar("T", bound="PreviewedEvent")


@_attrs_define(repr=False)
class PreviewedEvent(ModelBase):
    """The event a preview builds up to.

    Attributes:
        id (str): The ID the stored event will have.
        type_ (PreviewedEventType): The type of a previewed event, `agent.message` or `agent.thinking` today. Open set.
    """

    id: str
    type_: PreviewedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = PreviewedEventType.from_value(d.pop("type"))

        previewed_event = cls(
            id=id,
            type_=type_,
        )

        previewed_event.additional_properties = d
        return previewed_event

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
    def type(self) -> PreviewedEventType:
        """Same as ``type_``."""
        return self.type_
