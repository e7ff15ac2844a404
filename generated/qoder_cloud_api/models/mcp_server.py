# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.mcp_server_type import _MEMBERS as _MCPServerType_MEMBERS
from ..models.mcp_server_type import MCPServerType
from ..types import ModelBase, enum_input


def _input_type_(value: MCPServerType | Literal["url"]) -> MCPServerType:
    if isinstance(value, MCPServerType):
        return value
    return enum_input(MCPServerType, value, "MCPServer.type_")


T = TypeVar("T", bound="MCPServer")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MCPServer(ModelBase):
    """A remote MCP server (streamable HTTP). Credentials come from vaults.

    Attributes:
        name (str): Unique within the agent; referenced by `mcp_toolset.mcp_server_name`.
        type_ (MCPServerType): Transport kind; `url` today.
        url (str): The server endpoint.
    """

    name: str
    type_: MCPServerType = _attrs_field(converter=_input_type_)
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcp_server_from_dict(src_dict, cls))

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
    def type(self) -> MCPServerType:
        """Same as ``type_``."""
        return self.type_


def _mcp_server_from_dict(src_dict: Mapping[str, Any], cls: type[MCPServer] = MCPServer) -> MCPServer:
    d = src_dict
    _Built = _New(cls)
    _Built.name = d["name"]
    type_ = _MCPServerType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.url = d["url"]
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MCPServerDict(TypedDict, total=False):
    """`MCPServer` as a plain dict: its fields under their names on the wire."""

    name: Required[str]

    type: Required[MCPServerType | Literal["url"]]

    url: Required[str]


_KNOWN_KEYS = frozenset({"name", "type", "url"})
