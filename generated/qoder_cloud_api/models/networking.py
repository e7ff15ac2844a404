# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.networking_type import _MEMBERS as _NetworkingType_MEMBERS
from ..models.networking_type import NetworkingType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="Networking")
_New = object.__new__


@_attrs_define(repr=False)
class Networking(ModelBase):
    """Outbound network policy, as the server reports it. `unrestricted` allows everything; `limited`
    allows `allowed_hosts` plus, when enabled, package registries and MCP servers; `allowlist` (older
    servers) allows `allowed_hosts`. Servers store `limited` when networking is omitted. `type` may be
    left out.

        Attributes:
            type_ (NetworkingType | Unset): The network mode.
            allowed_hosts (list[str] | Unset): Hosts the container may reach.
            allow_package_managers (bool | Unset): Allow package registries (needed to install `packages` under `limited`).
            allow_mcp_servers (bool | Unset): Allow the agent's MCP servers.
    """

    type_: NetworkingType | Unset = UNSET
    allowed_hosts: list[str] | Unset = UNSET
    allow_package_managers: bool | Unset = UNSET
    allow_mcp_servers: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        allowed_hosts: list[str] | Unset = UNSET
        if not isinstance(self.allowed_hosts, Unset):
            allowed_hosts = self.allowed_hosts

        allow_package_managers = self.allow_package_managers

        allow_mcp_servers = self.allow_mcp_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if allowed_hosts is not UNSET:
            field_dict["allowed_hosts"] = allowed_hosts
        if allow_package_managers is not UNSET:
            field_dict["allow_package_managers"] = allow_package_managers
        if allow_mcp_servers is not UNSET:
            field_dict["allow_mcp_servers"] = allow_mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _networking_from_dict(src_dict, cls))

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
    def type(self) -> NetworkingType | Unset:
        """Same as ``type_``."""
        return self.type_


def _networking_from_dict(src_dict: Mapping[str, Any], cls: type[Networking] = Networking) -> Networking:
    d = src_dict
    _Built = _New(cls)
    _type_ = d.get("type", UNSET)
    type_: NetworkingType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _NetworkingType_MEMBERS[_type_]

    _Built.type_ = type_
    allowed_hosts = d.get("allowed_hosts", UNSET)

    _Built.allowed_hosts = allowed_hosts
    _Built.allow_package_managers = d.get("allow_package_managers", UNSET)
    _Built.allow_mcp_servers = d.get("allow_mcp_servers", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"type", "allowed_hosts", "allow_package_managers", "allow_mcp_servers"})
