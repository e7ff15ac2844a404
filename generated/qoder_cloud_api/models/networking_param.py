# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.networking_type import _MEMBERS as _NetworkingType_MEMBERS
from ..models.networking_type import NetworkingType
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_type_(value: NetworkingType | Literal["unrestricted", "limited", "allowlist"]) -> NetworkingType:
    if isinstance(value, NetworkingType):
        return value
    return enum_input(NetworkingType, value, "NetworkingParam.type_")


T = TypeVar("T", bound="NetworkingParam")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class NetworkingParam(ModelBase):
    """Outbound network policy to store. `unrestricted` allows everything; `limited` allows
    `allowed_hosts` plus, when enabled, package registries and MCP servers; `allowlist` (older
    servers) allows `allowed_hosts`. Servers store `limited` when networking is omitted.

        Attributes:
            type_ (NetworkingType): The network mode.
            allowed_hosts (list[str] | Unset): Hosts the container may reach.
            allow_package_managers (bool | Unset): Allow package registries (needed to install `packages` under `limited`).
            allow_mcp_servers (bool | Unset): Allow the agent's MCP servers.
    """

    type_: NetworkingType = _attrs_field(converter=_input_type_)
    allowed_hosts: list[str] | Unset = UNSET
    allow_package_managers: bool | Unset = UNSET
    allow_mcp_servers: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        allowed_hosts: list[str] | Unset = UNSET
        if not isinstance(self.allowed_hosts, Unset):
            allowed_hosts = self.allowed_hosts

        allow_package_managers = self.allow_package_managers

        allow_mcp_servers = self.allow_mcp_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_hosts is not UNSET:
            field_dict["allowed_hosts"] = allowed_hosts
        if allow_package_managers is not UNSET:
            field_dict["allow_package_managers"] = allow_package_managers
        if allow_mcp_servers is not UNSET:
            field_dict["allow_mcp_servers"] = allow_mcp_servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _networking_param_from_dict(src_dict, cls))

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
    def type(self) -> NetworkingType:
        """Same as ``type_``."""
        return self.type_


def _networking_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[NetworkingParam] = NetworkingParam
) -> NetworkingParam:
    d = src_dict
    _Built = _New(cls)
    type_ = _NetworkingType_MEMBERS[d["type"]]

    _Built.type_ = type_
    allowed_hosts = d.get("allowed_hosts", UNSET)

    _Built.allowed_hosts = allowed_hosts
    _Built.allow_package_managers = d.get("allow_package_managers", UNSET)
    _Built.allow_mcp_servers = d.get("allow_mcp_servers", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class NetworkingParamDict(TypedDict, total=False):
    """`NetworkingParam` as a plain dict: its fields under their names on the wire."""

    type: Required[NetworkingType | Literal["unrestricted", "limited", "allowlist"]]

    allowed_hosts: list[str] | tuple[str, ...]

    allow_package_managers: bool

    allow_mcp_servers: bool


_KNOWN_KEYS = frozenset({"type", "allowed_hosts", "allow_package_managers", "allow_mcp_servers"})
