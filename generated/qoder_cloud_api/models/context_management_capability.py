# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport


T = TypeVar("T", bound="ContextManagementCapability")
_New = object.__new__


@_attrs_define(repr=False)
class ContextManagementCapability(ModelBase):
    """Which context-management strategies the model supports.

    Attributes:
        supported (bool | Unset): True when the model supports context management at all.
        clear_thinking_20251015 (CapabilitySupport | Unset): Whether one capability is supported.
        clear_tool_uses_20250919 (CapabilitySupport | Unset): Whether one capability is supported.
        compact_20260112 (CapabilitySupport | Unset): Whether one capability is supported.
    """

    supported: bool | Unset = UNSET
    clear_thinking_20251015: CapabilitySupport | Unset = UNSET
    clear_tool_uses_20250919: CapabilitySupport | Unset = UNSET
    compact_20260112: CapabilitySupport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        clear_thinking_20251015: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clear_thinking_20251015, Unset):
            clear_thinking_20251015 = self.clear_thinking_20251015.to_dict()

        clear_tool_uses_20250919: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clear_tool_uses_20250919, Unset):
            clear_tool_uses_20250919 = self.clear_tool_uses_20250919.to_dict()

        compact_20260112: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compact_20260112, Unset):
            compact_20260112 = self.compact_20260112.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if clear_thinking_20251015 is not UNSET:
            field_dict["clear_thinking_20251015"] = clear_thinking_20251015
        if clear_tool_uses_20250919 is not UNSET:
            field_dict["clear_tool_uses_20250919"] = clear_tool_uses_20250919
        if compact_20260112 is not UNSET:
            field_dict["compact_20260112"] = compact_20260112

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _context_management_capability_from_dict(src_dict, cls))

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


def _context_management_capability_from_dict(
    src_dict: Mapping[str, Any], cls: type[ContextManagementCapability] = ContextManagementCapability
) -> ContextManagementCapability:
    d = src_dict
    _Built = _New(cls)
    _Built.supported = d.get("supported", UNSET)
    _clear_thinking_20251015 = d.get("clear_thinking_20251015", UNSET)
    clear_thinking_20251015: CapabilitySupport | Unset
    if _clear_thinking_20251015 is UNSET:
        clear_thinking_20251015 = UNSET
    else:
        clear_thinking_20251015 = _capability_support_from_dict(_clear_thinking_20251015)

    _Built.clear_thinking_20251015 = clear_thinking_20251015
    _clear_tool_uses_20250919 = d.get("clear_tool_uses_20250919", UNSET)
    clear_tool_uses_20250919: CapabilitySupport | Unset
    if _clear_tool_uses_20250919 is UNSET:
        clear_tool_uses_20250919 = UNSET
    else:
        clear_tool_uses_20250919 = _capability_support_from_dict(_clear_tool_uses_20250919)

    _Built.clear_tool_uses_20250919 = clear_tool_uses_20250919
    _compact_20260112 = d.get("compact_20260112", UNSET)
    compact_20260112: CapabilitySupport | Unset
    if _compact_20260112 is UNSET:
        compact_20260112 = UNSET
    else:
        compact_20260112 = _capability_support_from_dict(_compact_20260112)

    _Built.compact_20260112 = compact_20260112
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"supported", "clear_thinking_20251015", "clear_tool_uses_20250919", "compact_20260112"})


from ..models.capability_support import (
    CapabilitySupport,  # noqa: E402
    _capability_support_from_dict,  # noqa: E402
)
