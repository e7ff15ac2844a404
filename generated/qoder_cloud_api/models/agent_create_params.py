# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.agent_toolset import AgentToolset
    from ..models.browser_toolset import BrowserToolset
    from ..models.custom_tool import CustomTool
    from ..models.mcp_server import MCPServer
    from ..models.mcp_toolset import MCPToolset
    from ..models.metadata import Metadata
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


T = TypeVar("T", bound="AgentCreateParams")
_New = object.__new__


@_attrs_define(repr=False)
class AgentCreateParams(ModelBase):
    """The body of `agents_create`.

    Attributes:
        name (str): Agent name.
        model (ModelConfig | str): A model ID from `models_list` (e.g. `ultimate`), or a model configuration object.
        system (None | str | Unset): The system prompt.
        description (None | str | Unset): Free-text description.
        tools (list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | Unset): Tools; none when omitted.
        mcp_servers (list[MCPServer] | Unset): MCP servers; each must be referenced by an `mcp_toolset` tool.
        skills (list[SkillBinding] | Unset): Skills to bind.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        multiagent (Multiagent | Unset): Makes the agent a coordinator of other agents (needs an
            `agent_toolset_20260401` tool).
    """

    name: str
    model: ModelConfig | str
    system: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tools: list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | Unset = UNSET
    mcp_servers: list[MCPServer] | Unset = UNSET
    skills: list[SkillBinding] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    multiagent: Multiagent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_toolset import AgentToolset
        from ..models.custom_tool import CustomTool
        from ..models.mcp_toolset import MCPToolset

        name = self.name

        model: dict[str, Any] | str
        if isinstance(self.model, ModelConfig):
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

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, AgentToolset):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MCPToolset):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        multiagent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multiagent, Unset):
            multiagent = self.multiagent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model": model,
            }
        )
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
        return cast(T, _agent_create_params_from_dict(src_dict, cls))

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


def _agent_create_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[AgentCreateParams] = AgentCreateParams
) -> AgentCreateParams:
    d = src_dict
    _Built = _New(cls)
    _Built.name = d["name"]
    model = _parse_model(d["model"])

    _Built.model = model
    system = d.get("system", UNSET)

    _Built.system = system
    description = d.get("description", UNSET)

    _Built.description = description
    _tools = d.get("tools", UNSET)
    tools: list[AgentToolset | BrowserToolset | CustomTool | MCPToolset] | Unset = UNSET
    if _tools is not UNSET:
        tools = [_parse_tools_item(tools_item_data) for tools_item_data in _tools]

    _Built.tools = tools
    _mcp_servers = d.get("mcp_servers", UNSET)
    mcp_servers: list[MCPServer] | Unset = UNSET
    if _mcp_servers is not UNSET:
        mcp_servers = [_mcp_server_from_dict(mcp_servers_item_data) for mcp_servers_item_data in _mcp_servers]

    _Built.mcp_servers = mcp_servers
    _skills = d.get("skills", UNSET)
    skills: list[SkillBinding] | Unset = UNSET
    if _skills is not UNSET:
        skills = [_skill_binding_from_dict(skills_item_data) for skills_item_data in _skills]

    _Built.skills = skills
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _multiagent = d.get("multiagent", UNSET)
    multiagent: Multiagent | Unset
    if _multiagent is UNSET:
        multiagent = UNSET
    else:
        multiagent = _multiagent_from_dict(_multiagent)

    _Built.multiagent = multiagent
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class AgentCreateParamsDict(TypedDict, total=False):
    """`AgentCreateParams` as a plain dict: its fields under their names on the wire."""

    name: Required[str]

    model: Required[str | ModelConfig | ModelConfigDict]

    system: str | None

    description: str | None

    tools: Sequence[
        AgentToolset
        | AgentToolsetDict
        | MCPToolset
        | MCPToolsetDict
        | CustomTool
        | CustomToolDict
        | BrowserToolset
        | BrowserToolsetDict
    ]

    mcp_servers: Sequence[MCPServer | MCPServerDict]

    skills: Sequence[SkillBinding | SkillBindingDict]

    metadata: Metadata | Mapping[str, str]

    multiagent: Multiagent | MultiagentDict


def _parse_model(data: object) -> ModelConfig | str:
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_agent_model_type_1 = _model_config_from_dict(data)

        return componentsschemas_agent_model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""ModelConfig | str""", data)


_tools_item_modules = {
    "agent_toolset_20260401": "agent_toolset",
    "mcp_toolset": "mcp_toolset",
    "custom": "custom_tool",
    "browser_toolset_20260714": "browser_toolset",
}
_tools_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], AgentToolset | MCPToolset | CustomTool | BrowserToolset]
] = {}


def _parse_tools_item(data: object) -> AgentToolset | BrowserToolset | CustomTool | MCPToolset:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _tools_item_parsers.get(kind)
            if parse is None and kind in _tools_item_modules:
                module = _tools_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _tools_item_parsers[kind] = parse
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


_KNOWN_KEYS = frozenset(
    {"name", "model", "system", "description", "tools", "mcp_servers", "skills", "metadata", "multiagent"}
)


from ..models.mcp_server import (
    MCPServer,  # noqa: E402
    _mcp_server_from_dict,  # noqa: E402
)
from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
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
