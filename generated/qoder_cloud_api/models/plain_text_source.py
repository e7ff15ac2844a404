# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.plain_text_media_type import _MEMBERS as _PlainTextMediaType_MEMBERS
from ..models.plain_text_media_type import PlainTextMediaType
from ..types import ModelBase, enum_input


def _input_media_type(value: PlainTextMediaType | Literal["text/plain"]) -> PlainTextMediaType:
    if isinstance(value, PlainTextMediaType):
        return value
    return enum_input(PlainTextMediaType, value, "PlainTextSource.media_type")


T = TypeVar("T", bound="PlainTextSource")
_New = object.__new__


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
        return cast(T, _plain_text_source_from_dict(src_dict, cls))

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
    def type(self) -> Literal["text"]:
        """Same as ``type_``."""
        return self.type_


def _plain_text_source_from_dict(
    src_dict: Mapping[str, Any], cls: type[PlainTextSource] = PlainTextSource
) -> PlainTextSource:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "text":
        raise ValueError(f"type must match const 'text', got '{type_}'")
    _Built.type_ = type_
    _Built.data = d["data"]
    media_type = _PlainTextMediaType_MEMBERS[d["media_type"]]

    _Built.media_type = media_type
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class PlainTextSourceDict(TypedDict, total=False):
    """`PlainTextSource` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["text"]]

    data: Required[str]

    media_type: Required[PlainTextMediaType | Literal["text/plain"]]


_KNOWN_KEYS = frozenset({"type", "data", "media_type"})
