# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport


T = TypeVar("T", bound="ThinkingTypes")


@_attrs_define(repr=False)
class ThinkingTypes(ModelBase):
    """The thinking modes the model supports.

    Attributes:
        adaptive (CapabilitySupport | Unset): Whether one capability is supported.
        enabled (CapabilitySupport | Unset): Whether one capability is supported.
    """

    adaptive: CapabilitySupport | Unset = UNSET
    enabled: CapabilitySupport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        adaptive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adaptive, Unset):
            adaptive = self.adaptive.to_dict()

        enabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enabled, Unset):
            enabled = self.enabled.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adaptive is not UNSET:
            field_dict["adaptive"] = adaptive
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _adaptive = d.pop("adaptive", UNSET)
        adaptive: CapabilitySupport | Unset
        if isinstance(_adaptive, Unset):
            adaptive = UNSET
        else:
            adaptive = CapabilitySupport.from_dict(_adaptive)

        _enabled = d.pop("enabled", UNSET)
        enabled: CapabilitySupport | Unset
        if isinstance(_enabled, Unset):
            enabled = UNSET
        else:
            enabled = CapabilitySupport.from_dict(_enabled)

        thinking_types = cls(
            adaptive=adaptive,
            enabled=enabled,
        )

        thinking_types.additional_properties = d
        return thinking_types

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


from ..models.capability_support import CapabilitySupport  # noqa: E402
