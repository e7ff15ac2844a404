# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.tool_config import ToolConfig
    from ..models.tool_default_config import ToolDefaultConfig


if TYPE_CHECKING:
    from ..models.tool_config import ToolConfigDict
    from ..models.tool_default_config import ToolDefaultConfigDict


T = TypeVar("T", bound="MCPToolset")
_New = object.__new__


@_attrs_define(repr=False)
class MCPToolset(ModelBase):
    """Exposes the tools of one MCP server listed in `mcp_servers`.

    Attributes:
        type_ (Literal['mcp_toolset']): Always `mcp_toolset`.
        mcp_server_name (str): The `name` of an entry in `mcp_servers`.
        configs (list[ToolConfig] | Unset): Per-tool overrides.
        default_config (ToolDefaultConfig | Unset): Defaults for every tool of a toolset. Not in the docs; sent by the
            official SDK.
    """

    type_: Literal["mcp_toolset"]
    mcp_server_name: str
    configs: list[ToolConfig] | Unset = UNSET
    default_config: ToolDefaultConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mcp_server_name = self.mcp_server_name

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        default_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_config, Unset):
            default_config = self.default_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mcp_server_name": mcp_server_name,
            }
        )
        if configs is not UNSET:
            field_dict["configs"] = configs
        if default_config is not UNSET:
            field_dict["default_config"] = default_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcp_toolset_from_dict(src_dict, cls))

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
    def type(self) -> Literal["mcp_toolset"]:
        """Same as ``type_``."""
        return self.type_


def _mcp_toolset_from_dict(src_dict: Mapping[str, Any], cls: type[MCPToolset] = MCPToolset) -> MCPToolset:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "mcp_toolset":
        raise ValueError(f"type must match const 'mcp_toolset', got '{type_}'")
    _Built.type_ = type_
    _Built.mcp_server_name = d["mcp_server_name"]
    _configs = d.get("configs", UNSET)
    configs: list[ToolConfig] | Unset = UNSET
    if _configs is not UNSET:
        configs = [_tool_config_from_dict(configs_item_data) for configs_item_data in _configs]

    _Built.configs = configs
    _default_config = d.get("default_config", UNSET)
    default_config: ToolDefaultConfig | Unset
    if _default_config is UNSET:
        default_config = UNSET
    else:
        default_config = _tool_default_config_from_dict(_default_config)

    _Built.default_config = default_config
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MCPToolsetDict(TypedDict, total=False):
    """`MCPToolset` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["mcp_toolset"]]

    mcp_server_name: Required[str]

    configs: Sequence[ToolConfig | ToolConfigDict]

    default_config: ToolDefaultConfig | ToolDefaultConfigDict


_KNOWN_KEYS = frozenset({"type", "mcp_server_name", "configs", "default_config"})


from ..models.tool_config import (
    ToolConfig,  # noqa: E402
    _tool_config_from_dict,  # noqa: E402
)
from ..models.tool_default_config import (
    ToolDefaultConfig,  # noqa: E402
    _tool_default_config_from_dict,  # noqa: E402
)
