# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_source import SkillSource
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="SkillSourceObject")


@_attrs_define(repr=False)
class SkillSourceObject(ModelBase):
    """The object form of a skill's `source`, read by the official SDKs.

    Attributes:
        type_ (SkillSource | Unset): Where a skill comes from: `custom` (uploaded by you), `qoder` (provided by Qoder),
            `qoder_example`
            (an example skill from Qoder) or `plugin` (installed with a plugin). The last two come from the
            official SDKs' types. Open set.
    """

    type_: SkillSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SkillSource | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SkillSource.from_value(_type_)

        skill_source_object = cls(
            type_=type_,
        )

        skill_source_object.additional_properties = d
        return skill_source_object

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
    def type(self) -> SkillSource | Unset:
        """Same as ``type_``."""
        return self.type_
