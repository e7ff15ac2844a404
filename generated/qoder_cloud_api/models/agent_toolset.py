# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.bash_tool_config import BashToolConfig
    from ..models.edit_tool_config import EditToolConfig
    from ..models.glob_tool_config import GlobToolConfig
    from ..models.grep_tool_config import GrepToolConfig
    from ..models.read_tool_config import ReadToolConfig
    from ..models.tool_default_config import ToolDefaultConfig
    from ..models.unknown_tool_config import UnknownToolConfig
    from ..models.web_fetch_tool_config import WebFetchToolConfig
    from ..models.web_search_tool_config import WebSearchToolConfig
    from ..models.write_tool_config import WriteToolConfig


if TYPE_CHECKING:
    from ..models.bash_tool_config import BashToolConfigDict
    from ..models.edit_tool_config import EditToolConfigDict
    from ..models.glob_tool_config import GlobToolConfigDict
    from ..models.grep_tool_config import GrepToolConfigDict
    from ..models.read_tool_config import ReadToolConfigDict
    from ..models.tool_default_config import ToolDefaultConfigDict
    from ..models.unknown_tool_config import UnknownToolConfigDict
    from ..models.web_fetch_tool_config import WebFetchToolConfigDict
    from ..models.web_search_tool_config import WebSearchToolConfigDict
    from ..models.write_tool_config import WriteToolConfigDict


T = TypeVar("T", bound="AgentToolset")
_New = object.__new__


@_attrs_define(repr=False)
class AgentToolset(ModelBase):
    """The built-in tools (`Bash`, `Read`, `Write`, `Edit`, `Glob`, `Grep`, `WebFetch`, `WebSearch`,
    `ImageSearch`, `ImageGen`, `DeliverArtifacts`). Omitting `enabled_tools` (or sending `[]`) enables all.
    The docs spell tool names capitalised; the official SDKs send the lower-case names of `configs`.

        Attributes:
            type_ (Literal['agent_toolset_20260401']): Always `agent_toolset_20260401`.
            enabled_tools (list[str] | Unset): Allowlist of built-in tool names.
            disallowed_tools (list[str] | Unset): Denylist of built-in tool names.
            configs (list[BashToolConfig | EditToolConfig | GlobToolConfig | GrepToolConfig | ReadToolConfig |
                UnknownToolConfig | WebFetchToolConfig | WebSearchToolConfig | WriteToolConfig] | Unset): Per-tool overrides.
            default_config (ToolDefaultConfig | Unset): Defaults for every tool of a toolset. Not in the docs; sent by the
                official SDK.
    """

    type_: Literal["agent_toolset_20260401"]
    enabled_tools: list[str] | Unset = UNSET
    disallowed_tools: list[str] | Unset = UNSET
    configs: (
        list[
            BashToolConfig
            | EditToolConfig
            | GlobToolConfig
            | GrepToolConfig
            | ReadToolConfig
            | UnknownToolConfig
            | WebFetchToolConfig
            | WebSearchToolConfig
            | WriteToolConfig
        ]
        | Unset
    ) = UNSET
    default_config: ToolDefaultConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bash_tool_config import BashToolConfig
        from ..models.edit_tool_config import EditToolConfig
        from ..models.glob_tool_config import GlobToolConfig
        from ..models.grep_tool_config import GrepToolConfig
        from ..models.read_tool_config import ReadToolConfig
        from ..models.web_fetch_tool_config import WebFetchToolConfig
        from ..models.web_search_tool_config import WebSearchToolConfig
        from ..models.write_tool_config import WriteToolConfig

        type_ = self.type_

        enabled_tools: list[str] | Unset = UNSET
        if not isinstance(self.enabled_tools, Unset):
            enabled_tools = self.enabled_tools

        disallowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.disallowed_tools, Unset):
            disallowed_tools = self.disallowed_tools

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item: dict[str, Any]
                if isinstance(configs_item_data, BashToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, EditToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, ReadToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, WriteToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, GlobToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, GrepToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, WebFetchToolConfig):
                    configs_item = configs_item_data.to_dict()
                elif isinstance(configs_item_data, WebSearchToolConfig):
                    configs_item = configs_item_data.to_dict()
                else:
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
            }
        )
        if enabled_tools is not UNSET:
            field_dict["enabled_tools"] = enabled_tools
        if disallowed_tools is not UNSET:
            field_dict["disallowed_tools"] = disallowed_tools
        if configs is not UNSET:
            field_dict["configs"] = configs
        if default_config is not UNSET:
            field_dict["default_config"] = default_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _agent_toolset_from_dict(src_dict, cls))

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
    def type(self) -> Literal["agent_toolset_20260401"]:
        """Same as ``type_``."""
        return self.type_


def _agent_toolset_from_dict(src_dict: Mapping[str, Any], cls: type[AgentToolset] = AgentToolset) -> AgentToolset:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "agent_toolset_20260401":
        raise ValueError(f"type must match const 'agent_toolset_20260401', got '{type_}'")
    _Built.type_ = type_
    enabled_tools = d.get("enabled_tools", UNSET)

    _Built.enabled_tools = enabled_tools
    disallowed_tools = d.get("disallowed_tools", UNSET)

    _Built.disallowed_tools = disallowed_tools
    _configs = d.get("configs", UNSET)
    configs: (
        list[
            BashToolConfig
            | EditToolConfig
            | GlobToolConfig
            | GrepToolConfig
            | ReadToolConfig
            | UnknownToolConfig
            | WebFetchToolConfig
            | WebSearchToolConfig
            | WriteToolConfig
        ]
        | Unset
    ) = UNSET
    if _configs is not UNSET:
        configs = [_parse_configs_item(configs_item_data) for configs_item_data in _configs]

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


class AgentToolsetDict(TypedDict, total=False):
    """`AgentToolset` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["agent_toolset_20260401"]]

    enabled_tools: list[str] | tuple[str, ...]

    disallowed_tools: list[str] | tuple[str, ...]

    configs: Sequence[
        BashToolConfig
        | BashToolConfigDict
        | EditToolConfig
        | EditToolConfigDict
        | ReadToolConfig
        | ReadToolConfigDict
        | WriteToolConfig
        | WriteToolConfigDict
        | GlobToolConfig
        | GlobToolConfigDict
        | GrepToolConfig
        | GrepToolConfigDict
        | WebFetchToolConfig
        | WebFetchToolConfigDict
        | WebSearchToolConfig
        | WebSearchToolConfigDict
        | UnknownToolConfig
        | UnknownToolConfigDict
    ]

    default_config: ToolDefaultConfig | ToolDefaultConfigDict


_configs_item_modules = {
    "bash": "bash_tool_config",
    "edit": "edit_tool_config",
    "read": "read_tool_config",
    "write": "write_tool_config",
    "glob": "glob_tool_config",
    "grep": "grep_tool_config",
    "web_fetch": "web_fetch_tool_config",
    "web_search": "web_search_tool_config",
}
_configs_item_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        BashToolConfig
        | EditToolConfig
        | ReadToolConfig
        | WriteToolConfig
        | GlobToolConfig
        | GrepToolConfig
        | WebFetchToolConfig
        | WebSearchToolConfig,
    ],
] = {}


def _parse_configs_item(
    data: object,
) -> (
    BashToolConfig
    | EditToolConfig
    | GlobToolConfig
    | GrepToolConfig
    | ReadToolConfig
    | UnknownToolConfig
    | WebFetchToolConfig
    | WebSearchToolConfig
    | WriteToolConfig
):
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _configs_item_parsers.get(kind)
            if parse is None and kind in _configs_item_modules:
                module = _configs_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _configs_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.bash_tool_config import _bash_tool_config_from_dict
    from ..models.edit_tool_config import _edit_tool_config_from_dict
    from ..models.glob_tool_config import _glob_tool_config_from_dict
    from ..models.grep_tool_config import _grep_tool_config_from_dict
    from ..models.read_tool_config import _read_tool_config_from_dict
    from ..models.unknown_tool_config import _unknown_tool_config_from_dict
    from ..models.web_fetch_tool_config import _web_fetch_tool_config_from_dict
    from ..models.web_search_tool_config import _web_search_tool_config_from_dict
    from ..models.write_tool_config import _write_tool_config_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_0 = _bash_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_1 = _edit_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_2 = _read_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_3 = _write_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_4 = _glob_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_5 = _grep_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_6 = _web_fetch_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_config_type_7 = _web_search_tool_config_from_dict(data)

        return componentsschemas_agent_tool_config_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_agent_tool_config_type_8 = _unknown_tool_config_from_dict(data)

    return componentsschemas_agent_tool_config_type_8


_KNOWN_KEYS = frozenset({"type", "enabled_tools", "disallowed_tools", "configs", "default_config"})


from ..models.tool_default_config import (
    ToolDefaultConfig,  # noqa: E402
    _tool_default_config_from_dict,  # noqa: E402
)
