"""Data models used in requests and responses.

Each model lives in its own module; names are imported on first use so that importing one
model does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent import Agent
    from .agent_create_params import AgentCreateParams
    from .agent_list import AgentList
    from .agent_object_type import AgentObjectType
    from .agent_toolset import AgentToolset
    from .agent_update_params import AgentUpdateParams
    from .browser_toolset import BrowserToolset
    from .cloud_config import CloudConfig
    from .custom_tool import CustomTool
    from .effort import Effort
    from .environment import Environment
    from .environment_create_params import EnvironmentCreateParams
    from .environment_deleted import EnvironmentDeleted
    from .environment_list import EnvironmentList
    from .environment_object_type import EnvironmentObjectType
    from .environment_scope import EnvironmentScope
    from .environment_update_params import EnvironmentUpdateParams
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .mcp_server import MCPServer
    from .mcp_server_type import MCPServerType
    from .mcp_toolset import MCPToolset
    from .metadata import Metadata
    from .metadata_patch import MetadataPatch
    from .model import Model
    from .model_config import ModelConfig
    from .model_list import ModelList
    from .model_source import ModelSource
    from .multiagent import Multiagent
    from .multiagent_advisor_ref import MultiagentAdvisorRef
    from .multiagent_agent_ref import MultiagentAgentRef
    from .multiagent_self_ref import MultiagentSelfRef
    from .networking import Networking
    from .networking_type import NetworkingType
    from .packages import Packages
    from .permission_policy import PermissionPolicy
    from .permission_policy_type import PermissionPolicyType
    from .self_hosted_config import SelfHostedConfig
    from .skill_binding import SkillBinding
    from .skill_binding_type import SkillBindingType
    from .tool_config import ToolConfig
    from .tool_default_config import ToolDefaultConfig
    from .tool_input_schema import ToolInputSchema
    from .tool_input_schema_properties import ToolInputSchemaProperties
    from .unknown_environment_config import UnknownEnvironmentConfig
    from .unknown_multiagent_member import UnknownMultiagentMember
    from .unknown_tool import UnknownTool

_MODULE_OF = {
    "Agent": ".agent",
    "AgentCreateParams": ".agent_create_params",
    "AgentList": ".agent_list",
    "AgentObjectType": ".agent_object_type",
    "AgentToolset": ".agent_toolset",
    "AgentUpdateParams": ".agent_update_params",
    "BrowserToolset": ".browser_toolset",
    "CloudConfig": ".cloud_config",
    "CustomTool": ".custom_tool",
    "Effort": ".effort",
    "Environment": ".environment",
    "EnvironmentCreateParams": ".environment_create_params",
    "EnvironmentDeleted": ".environment_deleted",
    "EnvironmentList": ".environment_list",
    "EnvironmentObjectType": ".environment_object_type",
    "EnvironmentScope": ".environment_scope",
    "EnvironmentUpdateParams": ".environment_update_params",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "MCPServer": ".mcp_server",
    "MCPServerType": ".mcp_server_type",
    "MCPToolset": ".mcp_toolset",
    "Metadata": ".metadata",
    "MetadataPatch": ".metadata_patch",
    "Model": ".model",
    "ModelConfig": ".model_config",
    "ModelList": ".model_list",
    "ModelSource": ".model_source",
    "Multiagent": ".multiagent",
    "MultiagentAdvisorRef": ".multiagent_advisor_ref",
    "MultiagentAgentRef": ".multiagent_agent_ref",
    "MultiagentSelfRef": ".multiagent_self_ref",
    "Networking": ".networking",
    "NetworkingType": ".networking_type",
    "Packages": ".packages",
    "PermissionPolicy": ".permission_policy",
    "PermissionPolicyType": ".permission_policy_type",
    "SelfHostedConfig": ".self_hosted_config",
    "SkillBinding": ".skill_binding",
    "SkillBindingType": ".skill_binding_type",
    "ToolConfig": ".tool_config",
    "ToolDefaultConfig": ".tool_default_config",
    "ToolInputSchema": ".tool_input_schema",
    "ToolInputSchemaProperties": ".tool_input_schema_properties",
    "UnknownEnvironmentConfig": ".unknown_environment_config",
    "UnknownMultiagentMember": ".unknown_multiagent_member",
    "UnknownTool": ".unknown_tool",
}

__all__ = (
    "Agent",
    "AgentCreateParams",
    "AgentList",
    "AgentObjectType",
    "AgentToolset",
    "AgentUpdateParams",
    "BrowserToolset",
    "CloudConfig",
    "CustomTool",
    "Effort",
    "Environment",
    "EnvironmentCreateParams",
    "EnvironmentDeleted",
    "EnvironmentList",
    "EnvironmentObjectType",
    "EnvironmentScope",
    "EnvironmentUpdateParams",
    "ErrorDetail",
    "ErrorResponse",
    "MCPServer",
    "MCPServerType",
    "MCPToolset",
    "Metadata",
    "MetadataPatch",
    "Model",
    "ModelConfig",
    "ModelList",
    "ModelSource",
    "Multiagent",
    "MultiagentAdvisorRef",
    "MultiagentAgentRef",
    "MultiagentSelfRef",
    "Networking",
    "NetworkingType",
    "Packages",
    "PermissionPolicy",
    "PermissionPolicyType",
    "SelfHostedConfig",
    "SkillBinding",
    "SkillBindingType",
    "ToolConfig",
    "ToolDefaultConfig",
    "ToolInputSchema",
    "ToolInputSchemaProperties",
    "UnknownEnvironmentConfig",
    "UnknownMultiagentMember",
    "UnknownTool",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
