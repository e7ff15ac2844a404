# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.plain_text_media_type import PlainTextMediaType
from ..types import ModelBase, enum_input


def _input_media_type(value: PlainTextMediaType | Literal["text/plain"]) -> PlainTextMediaType:
    if isinstance(value, PlainTextMediaType):
        return value
    return enum_input(PlainTextMediaType, value, "PlainTextSource.media_type")


T = TypeVar("T", bound="PlainTextSource")


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class PlainTextSource(ModelBase):
    """A document given as plain text.

    Attributes:
        type_ (Literal['text']): Always `text`.
        data (str): The text.
        media_type (PlainTextMediaType): Always `text/plain`.
    """

    type_: Literal["text"]
    data: str
    media_type: PlainTextMediaType = _attrs_field(converter=_input_media_type)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        media_type = self.media_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
                "media_type": media_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['text']""", d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        data = d.pop("data")

        media_type = PlainTextMediaType.from_value(d.pop("media_type"))

        plain_text_source = cls(
            type_=type_,
            data=data,
            media_type=media_type,
        )

        plain_text_source.additional_properties = d
        return plain_text_source

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
    def type(self) -> Literal["text"]:
        """Same as ``type_``."""
        return self.type_


class PlainTextSourceDict(TypedDict, total=False):
    """`PlainTextSource` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["text"]]
    data: Required[str]
    media_type: Required[PlainTextMediaType | Literal["text/plain"]]
