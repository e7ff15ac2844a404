# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.thinking_types import ThinkingTypes


T = TypeVar("T", bound="ThinkingCapability")
_New = object.__new__


@_attrs_define(repr=False)
class ThinkingCapability(ModelBase):
    """Whether, and how, the model thinks before answering.

    Attributes:
        supported (bool | Unset): True when the model can think.
        types (ThinkingTypes | Unset): The thinking modes the model supports.
    """

    supported: bool | Unset = UNSET
    types: ThinkingTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _thinking_capability_from_dict(src_dict, cls))

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


def _thinking_capability_from_dict(
    src_dict: Mapping[str, Any], cls: type[ThinkingCapability] = ThinkingCapability
) -> ThinkingCapability:
    d = src_dict
    _Built = _New(cls)
    _Built.supported = d.get("supported", UNSET)
    _types = d.get("types", UNSET)
    types: ThinkingTypes | Unset
    if _types is UNSET:
        types = UNSET
    else:
        types = _thinking_types_from_dict(_types)

    _Built.types = types
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"supported", "types"})


from ..models.thinking_types import (
    ThinkingTypes,  # noqa: E402
    _thinking_types_from_dict,  # noqa: E402
)
