# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.capability_support import CapabilitySupport


T = TypeVar("T", bound="EffortCapability")
_New = object.__new__


@_attrs_define(repr=False)
class EffortCapability(ModelBase):
    """Which reasoning efforts the model supports.

    Attributes:
        supported (bool | Unset): True when the model takes an effort at all.
        low (CapabilitySupport | Unset): Whether one capability is supported.
        medium (CapabilitySupport | Unset): Whether one capability is supported.
        high (CapabilitySupport | Unset): Whether one capability is supported.
        xhigh (CapabilitySupport | Unset): Whether one capability is supported.
        max_ (CapabilitySupport | Unset): Whether one capability is supported.
    """

    supported: bool | Unset = UNSET
    low: CapabilitySupport | Unset = UNSET
    medium: CapabilitySupport | Unset = UNSET
    high: CapabilitySupport | Unset = UNSET
    xhigh: CapabilitySupport | Unset = UNSET
    max_: CapabilitySupport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        low: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low, Unset):
            low = self.low.to_dict()

        medium: dict[str, Any] | Unset = UNSET
        if not isinstance(self.medium, Unset):
            medium = self.medium.to_dict()

        high: dict[str, Any] | Unset = UNSET
        if not isinstance(self.high, Unset):
            high = self.high.to_dict()

        xhigh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xhigh, Unset):
            xhigh = self.xhigh.to_dict()

        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if low is not UNSET:
            field_dict["low"] = low
        if medium is not UNSET:
            field_dict["medium"] = medium
        if high is not UNSET:
            field_dict["high"] = high
        if xhigh is not UNSET:
            field_dict["xhigh"] = xhigh
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _effort_capability_from_dict(src_dict, cls))

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
    def max(self) -> CapabilitySupport | Unset:
        """Same as ``max_``."""
        return self.max_


def _effort_capability_from_dict(
    src_dict: Mapping[str, Any], cls: type[EffortCapability] = EffortCapability
) -> EffortCapability:
    d = src_dict
    _Built = _New(cls)
    _Built.supported = d.get("supported", UNSET)
    _low = d.get("low", UNSET)
    low: CapabilitySupport | Unset
    if _low is UNSET:
        low = UNSET
    else:
        low = _capability_support_from_dict(_low)

    _Built.low = low
    _medium = d.get("medium", UNSET)
    medium: CapabilitySupport | Unset
    if _medium is UNSET:
        medium = UNSET
    else:
        medium = _capability_support_from_dict(_medium)

    _Built.medium = medium
    _high = d.get("high", UNSET)
    high: CapabilitySupport | Unset
    if _high is UNSET:
        high = UNSET
    else:
        high = _capability_support_from_dict(_high)

    _Built.high = high
    _xhigh = d.get("xhigh", UNSET)
    xhigh: CapabilitySupport | Unset
    if _xhigh is UNSET:
        xhigh = UNSET
    else:
        xhigh = _capability_support_from_dict(_xhigh)

    _Built.xhigh = xhigh
    _max_ = d.get("max", UNSET)
    max_: CapabilitySupport | Unset
    if _max_ is UNSET:
        max_ = UNSET
    else:
        max_ = _capability_support_from_dict(_max_)

    _Built.max_ = max_
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"supported", "low", "medium", "high", "xhigh", "max"})


from ..models.capability_support import (
    CapabilitySupport,  # noqa: E402
    _capability_support_from_dict,  # noqa: E402
)
