# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="DreamModelParam")


@_attrs_define(repr=False)
class DreamModelParam(ModelBase):
    """A model with options. Not in the docs; sent by the official SDK.

    Attributes:
        id (str): `auto`, `lite` or `ultimate`.
        speed (str | Unset): `standard` or `fast`.
    """

    id: str
    speed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        speed = d.pop("speed", UNSET)

        dream_model_param = cls(
            id=id,
            speed=speed,
        )

        dream_model_param.additional_properties = d
        return dream_model_param

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


class DreamModelParamDict(TypedDict, total=False):
    """`DreamModelParam` as a plain dict: its fields under their names on the wire."""

    id: Required[str]
    speed: str
