# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.permission_policy import PermissionPolicy


if TYPE_CHECKING:
    from ..models.permission_policy import PermissionPolicyDict


T = TypeVar("T", bound="GlobToolConfig")
_New = object.__new__


@_attrs_define(repr=False)
class GlobToolConfig(ModelBase):
    """Overrides for the `glob` tool.

    Attributes:
        type_ (Literal['glob'] | Unset): Always `glob` when sent.
        name (Literal['glob'] | Unset): Always `glob` when sent.
        enabled (bool | None | Unset): Enable or disable the tool; overrides `default_config`.
        permission_policy (PermissionPolicy | Unset): Whether a tool call runs at once (`always_allow`), waits for
            confirmation (`always_ask`) or is refused (`always_deny`).
    """

    type_: Literal["glob"] | Unset = UNSET
    name: Literal["glob"] | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    permission_policy: PermissionPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        permission_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission_policy, Unset):
            permission_policy = self.permission_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if permission_policy is not UNSET:
            field_dict["permission_policy"] = permission_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _glob_tool_config_from_dict(src_dict, cls))

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
    def type(self) -> Literal["glob"] | Unset:
        """Same as ``type_``."""
        return self.type_


def _glob_tool_config_from_dict(
    src_dict: Mapping[str, Any], cls: type[GlobToolConfig] = GlobToolConfig
) -> GlobToolConfig:
    d = src_dict
    _Built = _New(cls)
    type_ = d.get("type", UNSET)
    if type_ != "glob" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'glob', got '{type_}'")
    _Built.type_ = type_
    name = d.get("name", UNSET)
    if name != "glob" and not isinstance(name, Unset):
        raise ValueError(f"name must match const 'glob', got '{name}'")
    _Built.name = name
    enabled = d.get("enabled", UNSET)

    _Built.enabled = enabled
    _permission_policy = d.get("permission_policy", UNSET)
    permission_policy: PermissionPolicy | Unset
    if _permission_policy is UNSET:
        permission_policy = UNSET
    else:
        permission_policy = _permission_policy_from_dict(_permission_policy)

    _Built.permission_policy = permission_policy
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class GlobToolConfigDict(TypedDict, total=False):
    """`GlobToolConfig` as a plain dict: its fields under their names on the wire."""

    type: Literal["glob"]

    name: Literal["glob"]

    enabled: bool | None

    permission_policy: PermissionPolicy | PermissionPolicyDict


_KNOWN_KEYS = frozenset({"type", "name", "enabled", "permission_policy"})


from ..models.permission_policy import (
    PermissionPolicy,  # noqa: E402
    _permission_policy_from_dict,  # noqa: E402
)
