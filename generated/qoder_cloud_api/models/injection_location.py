# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="InjectionLocation")
_New = object.__new__


@_attrs_define(repr=False)
class InjectionLocation(ModelBase):
    """Which parts of an outgoing HTTP request the secret may be placed in.

    Attributes:
        body (bool | None | Unset): Allow the request body.
        header (bool | None | Unset): Allow request headers.
    """

    body: bool | None | Unset = UNSET
    header: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        body: bool | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        header: bool | None | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if header is not UNSET:
            field_dict["header"] = header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _injection_location_from_dict(src_dict, cls))

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


def _injection_location_from_dict(
    src_dict: Mapping[str, Any], cls: type[InjectionLocation] = InjectionLocation
) -> InjectionLocation:
    d = src_dict
    _Built = _New(cls)
    body = d.get("body", UNSET)

    _Built.body = body
    header = d.get("header", UNSET)

    _Built.header = header
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class InjectionLocationDict(TypedDict, total=False):
    """`InjectionLocation` as a plain dict: its fields under their names on the wire."""

    body: bool | None

    header: bool | None


_KNOWN_KEYS = frozenset({"body", "header"})
