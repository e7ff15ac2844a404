# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.permission_policy import PermissionPolicy


if TYPE_CHECKING:
    from ..models.permission_policy import PermissionPolicyDict


T = TypeVar("T", bound="ToolConfig")
_New = object.__new__


@_attrs_define(repr=False)
class ToolConfig(ModelBase):
    """Overrides for one tool of an MCP server.

    Attributes:
        name (str): The tool's name on its MCP server.
        enabled (bool | None | Unset): Enable or disable the tool. Not in the docs; sent by the official SDK.
        permission_policy (PermissionPolicy | Unset): Whether a tool call runs at once (`always_allow`), waits for
            confirmation (`always_ask`) or is refused (`always_deny`).
        allowed_domains (list[str] | Unset): Web tools only. Not in the docs; sent by the official SDK.
        blocked_domains (list[str] | Unset): Web tools only. Not in the docs; sent by the official SDK.
    """

    name: str
    enabled: bool | None | Unset = UNSET
    permission_policy: PermissionPolicy | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        permission_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission_policy, Unset):
            permission_policy = self.permission_policy.to_dict()

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | Unset = UNSET
        if not isinstance(self.blocked_domains, Unset):
            blocked_domains = self.blocked_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if permission_policy is not UNSET:
            field_dict["permission_policy"] = permission_policy
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _tool_config_from_dict(src_dict, cls))

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


def _tool_config_from_dict(src_dict: Mapping[str, Any], cls: type[ToolConfig] = ToolConfig) -> ToolConfig:
    d = src_dict
    _Built = _New(cls)
    _Built.name = d["name"]
    enabled = d.get("enabled", UNSET)

    _Built.enabled = enabled
    _permission_policy = d.get("permission_policy", UNSET)
    permission_policy: PermissionPolicy | Unset
    if _permission_policy is UNSET:
        permission_policy = UNSET
    else:
        permission_policy = _permission_policy_from_dict(_permission_policy)

    _Built.permission_policy = permission_policy
    allowed_domains = d.get("allowed_domains", UNSET)

    _Built.allowed_domains = allowed_domains
    blocked_domains = d.get("blocked_domains", UNSET)

    _Built.blocked_domains = blocked_domains
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class ToolConfigDict(TypedDict, total=False):
    """`ToolConfig` as a plain dict: its fields under their names on the wire."""

    name: Required[str]

    enabled: bool | None

    permission_policy: PermissionPolicy | PermissionPolicyDict

    allowed_domains: list[str] | tuple[str, ...]

    blocked_domains: list[str] | tuple[str, ...]


_KNOWN_KEYS = frozenset({"name", "enabled", "permission_policy", "allowed_domains", "blocked_domains"})


from ..models.permission_policy import (
    PermissionPolicy,  # noqa: E402
    _permission_policy_from_dict,  # noqa: E402
)
