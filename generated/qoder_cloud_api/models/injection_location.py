# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="InjectionLocation")


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
        d = dict(src_dict)

        def _parse_body(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""bool | None | Unset""", data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_header(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""bool | None | Unset""", data)

        header = _parse_header(d.pop("header", UNSET))

        injection_location = cls(
            body=body,
            header=header,
        )

        injection_location.additional_properties = d
        return injection_location

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


class InjectionLocationDict(TypedDict, total=False):
    """`InjectionLocation` as a plain dict: its fields under their names on the wire."""

    body: bool | None
    header: bool | None
