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
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""bool | None | Unset""", data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _permission_policy = d.pop("permission_policy", UNSET)
        permission_policy: PermissionPolicy | Unset
        if isinstance(_permission_policy, Unset):
            permission_policy = UNSET
        else:
            permission_policy = PermissionPolicy.from_dict(_permission_policy)

        allowed_domains = cast("""list[str]""", d.pop("allowed_domains", UNSET))

        blocked_domains = cast("""list[str]""", d.pop("blocked_domains", UNSET))

        tool_config = cls(
            name=name,
            enabled=enabled,
            permission_policy=permission_policy,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
        )

        tool_config.additional_properties = d
        return tool_config

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


class ToolConfigDict(TypedDict, total=False):
    """`ToolConfig` as a plain dict: its fields under their names on the wire."""

    name: Required[str]
    enabled: bool | None
    permission_policy: PermissionPolicy | PermissionPolicyDict
    allowed_domains: list[str] | tuple[str, ...]
    blocked_domains: list[str] | tuple[str, ...]


from ..models.permission_policy import PermissionPolicy  # noqa: E402
