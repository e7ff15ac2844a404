# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

T = TypeVar("T", bound="SelfHostedConfigParam")
_New = object.__new__


@_attrs_define(repr=False)
class SelfHostedConfigParam(ModelBase):
    """Sessions run on workers you operate, fed by the environment's work queue.

    Attributes:
        type_ (Literal['self_hosted']): Always `self_hosted`.
    """

    type_: Literal["self_hosted"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _self_hosted_config_param_from_dict(src_dict, cls))

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
    def type(self) -> Literal["self_hosted"]:
        """Same as ``type_``."""
        return self.type_


def _self_hosted_config_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[SelfHostedConfigParam] = SelfHostedConfigParam
) -> SelfHostedConfigParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "self_hosted":
        raise ValueError(f"type must match const 'self_hosted', got '{type_}'")
    _Built.type_ = type_
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SelfHostedConfigParamDict(TypedDict, total=False):
    """`SelfHostedConfigParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["self_hosted"]]


_KNOWN_KEYS = frozenset({"type"})
