"""Data models used in requests and responses.

Each model lives in its own module; names are imported on first use so that importing one
model does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor import Actor
    from .actor_type import ActorType
    from .agent import Agent
    from .agent_create_params import AgentCreateParams
    from .agent_list import AgentList
    from .agent_object_type import AgentObjectType
    from .agent_toolset import AgentToolset
    from .agent_update_params import AgentUpdateParams
    from .browser_toolset import BrowserToolset
    from .cloud_config import CloudConfig
    from .credential import Credential
    from .credential_create_params import CredentialCreateParams
    from .credential_deleted import CredentialDeleted
    from .credential_list import CredentialList
    from .credential_mcpo_auth_validate_params import CredentialMCPOAuthValidateParams
    from .credential_object_type import CredentialObjectType
    from .credential_refresh_status import CredentialRefreshStatus
    from .credential_update_params import CredentialUpdateParams
    from .credential_validation import CredentialValidation
    from .credential_validation_http_response import CredentialValidationHTTPResponse
    from .credential_validation_object_type import CredentialValidationObjectType
    from .credential_validation_probe import CredentialValidationProbe
    from .credential_validation_refresh import CredentialValidationRefresh
    from .credential_validation_status import CredentialValidationStatus
    from .custom_tool import CustomTool
    from .effort import Effort
    from .environment import Environment
    from .environment_create_params import EnvironmentCreateParams
    from .environment_deleted import EnvironmentDeleted
    from .environment_list import EnvironmentList
    from .environment_object_type import EnvironmentObjectType
    from .environment_scope import EnvironmentScope
    from .environment_update_params import EnvironmentUpdateParams
    from .environment_variable_auth import EnvironmentVariableAuth
    from .environment_variable_auth_param import EnvironmentVariableAuthParam
    from .environment_variable_auth_update_param import EnvironmentVariableAuthUpdateParam
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .file_content_link import FileContentLink
    from .file_deleted import FileDeleted
    from .file_list import FileList
    from .file_metadata import FileMetadata
    from .file_object_type import FileObjectType
    from .file_scope import FileScope
    from .file_scope_type import FileScopeType
    from .file_status import FileStatus
    from .file_upload_params import FileUploadParams
    from .injection_location import InjectionLocation
    from .limited_credential_networking import LimitedCredentialNetworking
    from .mcp_server import MCPServer
    from .mcp_server_type import MCPServerType
    from .mcp_toolset import MCPToolset
    from .mcpo_auth_auth import MCPOAuthAuth
    from .mcpo_auth_auth_param import MCPOAuthAuthParam
    from .mcpo_auth_auth_update_param import MCPOAuthAuthUpdateParam
    from .mcpo_auth_refresh import MCPOAuthRefresh
    from .mcpo_auth_refresh_param import MCPOAuthRefreshParam
    from .mcpo_auth_refresh_update_param import MCPOAuthRefreshUpdateParam
    from .memory import Memory
    from .memory_create_params import MemoryCreateParams
    from .memory_deleted import MemoryDeleted
    from .memory_list import MemoryList
    from .memory_object_type import MemoryObjectType
    from .memory_store import MemoryStore
    from .memory_store_create_params import MemoryStoreCreateParams
    from .memory_store_deleted import MemoryStoreDeleted
    from .memory_store_list import MemoryStoreList
    from .memory_store_object_type import MemoryStoreObjectType
    from .memory_store_status import MemoryStoreStatus
    from .memory_store_update_params import MemoryStoreUpdateParams
    from .memory_update_params import MemoryUpdateParams
    from .memory_version import MemoryVersion
    from .memory_version_list import MemoryVersionList
    from .memory_version_object_type import MemoryVersionObjectType
    from .memory_version_operation import MemoryVersionOperation
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
    from .skill import Skill
    from .skill_binding import SkillBinding
    from .skill_binding_type import SkillBindingType
    from .skill_create_params import SkillCreateParams
    from .skill_deleted import SkillDeleted
    from .skill_list import SkillList
    from .skill_object_type import SkillObjectType
    from .skill_source import SkillSource
    from .skill_version import SkillVersion
    from .skill_version_create_params import SkillVersionCreateParams
    from .skill_version_deleted import SkillVersionDeleted
    from .skill_version_list import SkillVersionList
    from .skill_version_object_type import SkillVersionObjectType
    from .static_bearer_auth import StaticBearerAuth
    from .static_bearer_auth_param import StaticBearerAuthParam
    from .static_bearer_auth_update_param import StaticBearerAuthUpdateParam
    from .token_endpoint_auth import TokenEndpointAuth
    from .token_endpoint_auth_client_secret_basic_param import TokenEndpointAuthClientSecretBasicParam
    from .token_endpoint_auth_client_secret_basic_update_param import TokenEndpointAuthClientSecretBasicUpdateParam
    from .token_endpoint_auth_client_secret_post_param import TokenEndpointAuthClientSecretPostParam
    from .token_endpoint_auth_client_secret_post_update_param import TokenEndpointAuthClientSecretPostUpdateParam
    from .token_endpoint_auth_none_param import TokenEndpointAuthNoneParam
    from .token_endpoint_auth_type import TokenEndpointAuthType
    from .tool_config import ToolConfig
    from .tool_default_config import ToolDefaultConfig
    from .tool_input_schema import ToolInputSchema
    from .tool_input_schema_properties import ToolInputSchemaProperties
    from .unknown_credential_auth import UnknownCredentialAuth
    from .unknown_credential_networking import UnknownCredentialNetworking
    from .unknown_environment_config import UnknownEnvironmentConfig
    from .unknown_multiagent_member import UnknownMultiagentMember
    from .unknown_tool import UnknownTool
    from .unrestricted_credential_networking import UnrestrictedCredentialNetworking
    from .vault import Vault
    from .vault_create_params import VaultCreateParams
    from .vault_deleted import VaultDeleted
    from .vault_list import VaultList
    from .vault_object_type import VaultObjectType
    from .vault_status import VaultStatus

_MODULE_OF = {
    "Actor": ".actor",
    "ActorType": ".actor_type",
    "Agent": ".agent",
    "AgentCreateParams": ".agent_create_params",
    "AgentList": ".agent_list",
    "AgentObjectType": ".agent_object_type",
    "AgentToolset": ".agent_toolset",
    "AgentUpdateParams": ".agent_update_params",
    "BrowserToolset": ".browser_toolset",
    "CloudConfig": ".cloud_config",
    "Credential": ".credential",
    "CredentialCreateParams": ".credential_create_params",
    "CredentialDeleted": ".credential_deleted",
    "CredentialList": ".credential_list",
    "CredentialMCPOAuthValidateParams": ".credential_mcpo_auth_validate_params",
    "CredentialObjectType": ".credential_object_type",
    "CredentialRefreshStatus": ".credential_refresh_status",
    "CredentialUpdateParams": ".credential_update_params",
    "CredentialValidation": ".credential_validation",
    "CredentialValidationHTTPResponse": ".credential_validation_http_response",
    "CredentialValidationObjectType": ".credential_validation_object_type",
    "CredentialValidationProbe": ".credential_validation_probe",
    "CredentialValidationRefresh": ".credential_validation_refresh",
    "CredentialValidationStatus": ".credential_validation_status",
    "CustomTool": ".custom_tool",
    "Effort": ".effort",
    "Environment": ".environment",
    "EnvironmentCreateParams": ".environment_create_params",
    "EnvironmentDeleted": ".environment_deleted",
    "EnvironmentList": ".environment_list",
    "EnvironmentObjectType": ".environment_object_type",
    "EnvironmentScope": ".environment_scope",
    "EnvironmentUpdateParams": ".environment_update_params",
    "EnvironmentVariableAuth": ".environment_variable_auth",
    "EnvironmentVariableAuthParam": ".environment_variable_auth_param",
    "EnvironmentVariableAuthUpdateParam": ".environment_variable_auth_update_param",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "FileContentLink": ".file_content_link",
    "FileDeleted": ".file_deleted",
    "FileList": ".file_list",
    "FileMetadata": ".file_metadata",
    "FileObjectType": ".file_object_type",
    "FileScope": ".file_scope",
    "FileScopeType": ".file_scope_type",
    "FileStatus": ".file_status",
    "FileUploadParams": ".file_upload_params",
    "InjectionLocation": ".injection_location",
    "LimitedCredentialNetworking": ".limited_credential_networking",
    "MCPServer": ".mcp_server",
    "MCPServerType": ".mcp_server_type",
    "MCPToolset": ".mcp_toolset",
    "MCPOAuthAuth": ".mcpo_auth_auth",
    "MCPOAuthAuthParam": ".mcpo_auth_auth_param",
    "MCPOAuthAuthUpdateParam": ".mcpo_auth_auth_update_param",
    "MCPOAuthRefresh": ".mcpo_auth_refresh",
    "MCPOAuthRefreshParam": ".mcpo_auth_refresh_param",
    "MCPOAuthRefreshUpdateParam": ".mcpo_auth_refresh_update_param",
    "Memory": ".memory",
    "MemoryCreateParams": ".memory_create_params",
    "MemoryDeleted": ".memory_deleted",
    "MemoryList": ".memory_list",
    "MemoryObjectType": ".memory_object_type",
    "MemoryStore": ".memory_store",
    "MemoryStoreCreateParams": ".memory_store_create_params",
    "MemoryStoreDeleted": ".memory_store_deleted",
    "MemoryStoreList": ".memory_store_list",
    "MemoryStoreObjectType": ".memory_store_object_type",
    "MemoryStoreStatus": ".memory_store_status",
    "MemoryStoreUpdateParams": ".memory_store_update_params",
    "MemoryUpdateParams": ".memory_update_params",
    "MemoryVersion": ".memory_version",
    "MemoryVersionList": ".memory_version_list",
    "MemoryVersionObjectType": ".memory_version_object_type",
    "MemoryVersionOperation": ".memory_version_operation",
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
    "Skill": ".skill",
    "SkillBinding": ".skill_binding",
    "SkillBindingType": ".skill_binding_type",
    "SkillCreateParams": ".skill_create_params",
    "SkillDeleted": ".skill_deleted",
    "SkillList": ".skill_list",
    "SkillObjectType": ".skill_object_type",
    "SkillSource": ".skill_source",
    "SkillVersion": ".skill_version",
    "SkillVersionCreateParams": ".skill_version_create_params",
    "SkillVersionDeleted": ".skill_version_deleted",
    "SkillVersionList": ".skill_version_list",
    "SkillVersionObjectType": ".skill_version_object_type",
    "StaticBearerAuth": ".static_bearer_auth",
    "StaticBearerAuthParam": ".static_bearer_auth_param",
    "StaticBearerAuthUpdateParam": ".static_bearer_auth_update_param",
    "TokenEndpointAuth": ".token_endpoint_auth",
    "TokenEndpointAuthClientSecretBasicParam": ".token_endpoint_auth_client_secret_basic_param",
    "TokenEndpointAuthClientSecretBasicUpdateParam": ".token_endpoint_auth_client_secret_basic_update_param",
    "TokenEndpointAuthClientSecretPostParam": ".token_endpoint_auth_client_secret_post_param",
    "TokenEndpointAuthClientSecretPostUpdateParam": ".token_endpoint_auth_client_secret_post_update_param",
    "TokenEndpointAuthNoneParam": ".token_endpoint_auth_none_param",
    "TokenEndpointAuthType": ".token_endpoint_auth_type",
    "ToolConfig": ".tool_config",
    "ToolDefaultConfig": ".tool_default_config",
    "ToolInputSchema": ".tool_input_schema",
    "ToolInputSchemaProperties": ".tool_input_schema_properties",
    "UnknownCredentialAuth": ".unknown_credential_auth",
    "UnknownCredentialNetworking": ".unknown_credential_networking",
    "UnknownEnvironmentConfig": ".unknown_environment_config",
    "UnknownMultiagentMember": ".unknown_multiagent_member",
    "UnknownTool": ".unknown_tool",
    "UnrestrictedCredentialNetworking": ".unrestricted_credential_networking",
    "Vault": ".vault",
    "VaultCreateParams": ".vault_create_params",
    "VaultDeleted": ".vault_deleted",
    "VaultList": ".vault_list",
    "VaultObjectType": ".vault_object_type",
    "VaultStatus": ".vault_status",
}

__all__ = (
    "Actor",
    "ActorType",
    "Agent",
    "AgentCreateParams",
    "AgentList",
    "AgentObjectType",
    "AgentToolset",
    "AgentUpdateParams",
    "BrowserToolset",
    "CloudConfig",
    "Credential",
    "CredentialCreateParams",
    "CredentialDeleted",
    "CredentialList",
    "CredentialMCPOAuthValidateParams",
    "CredentialObjectType",
    "CredentialRefreshStatus",
    "CredentialUpdateParams",
    "CredentialValidation",
    "CredentialValidationHTTPResponse",
    "CredentialValidationObjectType",
    "CredentialValidationProbe",
    "CredentialValidationRefresh",
    "CredentialValidationStatus",
    "CustomTool",
    "Effort",
    "Environment",
    "EnvironmentCreateParams",
    "EnvironmentDeleted",
    "EnvironmentList",
    "EnvironmentObjectType",
    "EnvironmentScope",
    "EnvironmentUpdateParams",
    "EnvironmentVariableAuth",
    "EnvironmentVariableAuthParam",
    "EnvironmentVariableAuthUpdateParam",
    "ErrorDetail",
    "ErrorResponse",
    "FileContentLink",
    "FileDeleted",
    "FileList",
    "FileMetadata",
    "FileObjectType",
    "FileScope",
    "FileScopeType",
    "FileStatus",
    "FileUploadParams",
    "InjectionLocation",
    "LimitedCredentialNetworking",
    "MCPOAuthAuth",
    "MCPOAuthAuthParam",
    "MCPOAuthAuthUpdateParam",
    "MCPOAuthRefresh",
    "MCPOAuthRefreshParam",
    "MCPOAuthRefreshUpdateParam",
    "MCPServer",
    "MCPServerType",
    "MCPToolset",
    "Memory",
    "MemoryCreateParams",
    "MemoryDeleted",
    "MemoryList",
    "MemoryObjectType",
    "MemoryStore",
    "MemoryStoreCreateParams",
    "MemoryStoreDeleted",
    "MemoryStoreList",
    "MemoryStoreObjectType",
    "MemoryStoreStatus",
    "MemoryStoreUpdateParams",
    "MemoryUpdateParams",
    "MemoryVersion",
    "MemoryVersionList",
    "MemoryVersionObjectType",
    "MemoryVersionOperation",
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
    "Skill",
    "SkillBinding",
    "SkillBindingType",
    "SkillCreateParams",
    "SkillDeleted",
    "SkillList",
    "SkillObjectType",
    "SkillSource",
    "SkillVersion",
    "SkillVersionCreateParams",
    "SkillVersionDeleted",
    "SkillVersionList",
    "SkillVersionObjectType",
    "StaticBearerAuth",
    "StaticBearerAuthParam",
    "StaticBearerAuthUpdateParam",
    "TokenEndpointAuth",
    "TokenEndpointAuthClientSecretBasicParam",
    "TokenEndpointAuthClientSecretBasicUpdateParam",
    "TokenEndpointAuthClientSecretPostParam",
    "TokenEndpointAuthClientSecretPostUpdateParam",
    "TokenEndpointAuthNoneParam",
    "TokenEndpointAuthType",
    "ToolConfig",
    "ToolDefaultConfig",
    "ToolInputSchema",
    "ToolInputSchemaProperties",
    "UnknownCredentialAuth",
    "UnknownCredentialNetworking",
    "UnknownEnvironmentConfig",
    "UnknownMultiagentMember",
    "UnknownTool",
    "UnrestrictedCredentialNetworking",
    "Vault",
    "VaultCreateParams",
    "VaultDeleted",
    "VaultList",
    "VaultObjectType",
    "VaultStatus",
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
