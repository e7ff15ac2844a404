# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport


T = TypeVar("T", bound="ThinkingTypes")
_New = object.__new__


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
        return cast(T, _thinking_types_from_dict(src_dict, cls))

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


def _thinking_types_from_dict(src_dict: Mapping[str, Any], cls: type[ThinkingTypes] = ThinkingTypes) -> ThinkingTypes:
    d = src_dict
    _Built = _New(cls)
    _adaptive = d.get("adaptive", UNSET)
    adaptive: CapabilitySupport | Unset
    if _adaptive is UNSET:
        adaptive = UNSET
    else:
        adaptive = _capability_support_from_dict(_adaptive)

    _Built.adaptive = adaptive
    _enabled = d.get("enabled", UNSET)
    enabled: CapabilitySupport | Unset
    if _enabled is UNSET:
        enabled = UNSET
    else:
        enabled = _capability_support_from_dict(_enabled)

    _Built.enabled = enabled
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"adaptive", "enabled"})


from ..models.capability_support import (
    CapabilitySupport,  # noqa: E402
    _capability_support_from_dict,  # noqa: E402
)
