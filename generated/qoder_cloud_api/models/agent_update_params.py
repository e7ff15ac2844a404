# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.agent_toolset import AgentToolset
    from ..models.browser_toolset import BrowserToolset
    from ..models.custom_tool import CustomTool
    from ..models.mcp_server import MCPServer
    from ..models.mcp_toolset import MCPToolset
    from ..models.metadata_patch import MetadataPatch
    from ..models.model_config import ModelConfig
    from ..models.multiagent import Multiagent
    from ..models.skill_binding import SkillBinding


if TYPE_CHECKING:
    from ..models.agent_toolset import AgentToolsetDict
    from ..models.browser_toolset import BrowserToolsetDict
    from ..models.custom_tool import CustomToolDict
    from ..models.mcp_server import MCPServerDict
    from ..models.mcp_toolset import MCPToolsetDict
    from ..models.model_config import ModelConfigDict
    from ..models.multiagent import MultiagentDict
    from ..models.skill_binding import SkillBindingDict


T = TypeVar("T", bound="AgentUpdateParams")
_New = object.__new__


@_attrs_define(repr=False)
class AgentUpdateParams(ModelBase):
    """The body of `agents_update`; only fields sent change, lists sent replace stored lists.

    Attributes:
        version (int | Unset): The version the change is based on. When sent and not the agent's current version, the
            update fails with 409; when left out, the update applies to whatever version is current.
        name (str | Unset): New name.
        model (ModelConfig | str | Unset): A model ID from `models_list` (e.g. `ultimate`), or a model configuration
            object.
        system (None | str | Unset): New system prompt; `null` or `""` clears it.
        description (None | str | Unset): New description; `null` or `""` clears it.
        tools (list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | None | Unset): Replacement tools; `null`
            or `[]` clears them.
        mcp_servers (list[MCPServer] | None | Unset): Replacement MCP servers.
        skills (list[SkillBinding] | None | Unset): Replacement skills.
        metadata (MetadataPatch | Unset): A merge patch for metadata. A string sets a key; `null` removes it; keys not
            sent are kept.
        multiagent (Multiagent | None | Unset): Replacement coordinator configuration; `null` clears it.
    """

    version: int | Unset = UNSET
    name: str | Unset = UNSET
    model: ModelConfig | str | Unset = UNSET
    system: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tools: list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | None | Unset = UNSET
    mcp_servers: list[MCPServer] | None | Unset = UNSET
    skills: list[SkillBinding] | None | Unset = UNSET
    metadata: MetadataPatch | Unset = UNSET
    multiagent: Multiagent | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        name = self.name

        model: dict[str, Any] | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ModelConfig):
            model = self.model.to_dict()
        else:
            model = self.model

        system: None | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        else:
            system = self.system

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, AgentToolset):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, MCPToolset):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        mcp_servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = []
            for mcp_servers_type_0_item_data in self.mcp_servers:
                mcp_servers_type_0_item = mcp_servers_type_0_item_data.to_dict()
                mcp_servers.append(mcp_servers_type_0_item)

        else:
            mcp_servers = self.mcp_servers

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        multiagent: dict[str, Any] | None | Unset
        if isinstance(self.multiagent, Unset):
            multiagent = UNSET
        elif isinstance(self.multiagent, Multiagent):
            multiagent = self.multiagent.to_dict()
        else:
            multiagent = self.multiagent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model
        if system is not UNSET:
            field_dict["system"] = system
        if description is not UNSET:
            field_dict["description"] = description
        if tools is not UNSET:
            field_dict["tools"] = tools
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if skills is not UNSET:
            field_dict["skills"] = skills
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if multiagent is not UNSET:
            field_dict["multiagent"] = multiagent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _agent_update_params_from_dict(src_dict, cls))

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


def _agent_update_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[AgentUpdateParams] = AgentUpdateParams
) -> AgentUpdateParams:
    d = src_dict
    _Built = _New(cls)
    _Built.version = d.get("version", UNSET)
    _Built.name = d.get("name", UNSET)
    _model = d.get("model", UNSET)
    model = _model if _model is UNSET else _parse_model(_model)

    _Built.model = model
    system = d.get("system", UNSET)

    _Built.system = system
    description = d.get("description", UNSET)

    _Built.description = description
    _tools = d.get("tools", UNSET)
    tools = _tools if _tools is None or _tools is UNSET else _parse_tools(_tools)

    _Built.tools = tools
    _mcp_servers = d.get("mcp_servers", UNSET)
    mcp_servers = _mcp_servers if _mcp_servers is None or _mcp_servers is UNSET else _parse_mcp_servers(_mcp_servers)

    _Built.mcp_servers = mcp_servers
    _skills = d.get("skills", UNSET)
    skills = _skills if _skills is None or _skills is UNSET else _parse_skills(_skills)

    _Built.skills = skills
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataPatch | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_patch_from_dict(_metadata)

    _Built.metadata = metadata
    _multiagent = d.get("multiagent", UNSET)
    multiagent = _multiagent if _multiagent is None or _multiagent is UNSET else _parse_multiagent(_multiagent)

    _Built.multiagent = multiagent
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class AgentUpdateParamsDict(TypedDict, total=False):
    """`AgentUpdateParams` as a plain dict: its fields under their names on the wire."""

    version: int

    name: str

    model: str | ModelConfig | ModelConfigDict

    system: str | None

    description: str | None

    tools: (
        Sequence[
            AgentToolset
            | AgentToolsetDict
            | MCPToolset
            | MCPToolsetDict
            | CustomTool
            | CustomToolDict
            | BrowserToolset
            | BrowserToolsetDict
        ]
        | None
    )

    mcp_servers: Sequence[MCPServer | MCPServerDict] | None

    skills: Sequence[SkillBinding | SkillBindingDict] | None

    metadata: MetadataPatch | Mapping[str, None | str]

    multiagent: Multiagent | MultiagentDict | None


def _parse_model(data: object) -> ModelConfig | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_model_type_1 = _model_config_from_dict(data)

        return componentsschemas_agent_model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""ModelConfig | str | Unset""", data)


def _parse_tools(data: object) -> list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tools_type_0 = [_parse_tools_type_0_item(tools_type_0_item_data) for tools_type_0_item_data in data]

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | None | Unset""", data)


_tools_type_0_item_modules = {
    "agent_toolset_20260401": "agent_toolset",
    "mcp_toolset": "mcp_toolset",
    "custom": "custom_tool",
    "browser_toolset_20260714": "browser_toolset",
}
_tools_type_0_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], AgentToolset | MCPToolset | CustomTool | BrowserToolset]
] = {}


def _parse_tools_type_0_item(data: object) -> AgentToolset | BrowserToolset | CustomTool | MCPToolset:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _tools_type_0_item_parsers.get(kind)
            if parse is None and kind in _tools_type_0_item_modules:
                module = _tools_type_0_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _tools_type_0_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.agent_toolset import _agent_toolset_from_dict
    from ..models.browser_toolset import _browser_toolset_from_dict
    from ..models.custom_tool import _custom_tool_from_dict
    from ..models.mcp_toolset import _mcp_toolset_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_param_type_0 = _agent_toolset_from_dict(data)

        return componentsschemas_agent_tool_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_param_type_1 = _mcp_toolset_from_dict(data)

        return componentsschemas_agent_tool_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_tool_param_type_2 = _custom_tool_from_dict(data)

        return componentsschemas_agent_tool_param_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_agent_tool_param_type_3 = _browser_toolset_from_dict(data)

    return componentsschemas_agent_tool_param_type_3


def _parse_mcp_servers(data: object) -> list[MCPServer] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        mcp_servers_type_0 = [
            _mcp_server_from_dict(mcp_servers_type_0_item_data) for mcp_servers_type_0_item_data in data
        ]

        return mcp_servers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""list[MCPServer] | None | Unset""", data)


def _parse_skills(data: object) -> list[SkillBinding] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        skills_type_0 = [_skill_binding_from_dict(skills_type_0_item_data) for skills_type_0_item_data in data]

        return skills_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""list[SkillBinding] | None | Unset""", data)


def _parse_multiagent(data: object) -> Multiagent | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        multiagent_type_0 = _multiagent_from_dict(data)

        return multiagent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""Multiagent | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {"version", "name", "model", "system", "description", "tools", "mcp_servers", "skills", "metadata", "multiagent"}
)


from ..models.agent_toolset import (
    AgentToolset,  # noqa: E402
)
from ..models.browser_toolset import (
    BrowserToolset,  # noqa: E402
)
from ..models.custom_tool import (
    CustomTool,  # noqa: E402
)
from ..models.mcp_server import (
    MCPServer,  # noqa: E402
    _mcp_server_from_dict,  # noqa: E402
)
from ..models.mcp_toolset import (
    MCPToolset,  # noqa: E402
)
from ..models.metadata_patch import (
    MetadataPatch,  # noqa: E402
    _metadata_patch_from_dict,  # noqa: E402
)
from ..models.model_config import (
    ModelConfig,  # noqa: E402
    _model_config_from_dict,  # noqa: E402
)
from ..models.multiagent import (
    Multiagent,  # noqa: E402
    _multiagent_from_dict,  # noqa: E402
)
from ..models.skill_binding import (
    SkillBinding,  # noqa: E402
    _skill_binding_from_dict,  # noqa: E402
)
