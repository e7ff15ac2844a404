# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""Data models used in requests and responses, and the TypedDicts of the request objects.

Each model lives in its own module; names are imported on first use so that importing one
model does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor import Actor
    from .actor_type import ActorType
    from .agent import Agent
    from .agent_artifact_delivered_event import AgentArtifactDeliveredEvent
    from .agent_create_params import AgentCreateParams, AgentCreateParamsDict
    from .agent_custom_tool_use_event import AgentCustomToolUseEvent
    from .agent_list import AgentList
    from .agent_mcp_tool_result_event import AgentMCPToolResultEvent
    from .agent_mcp_tool_use_event import AgentMCPToolUseEvent
    from .agent_message_event import AgentMessageEvent
    from .agent_object_type import AgentObjectType
    from .agent_thinking_event import AgentThinkingEvent
    from .agent_thread_context_compacted_event import AgentThreadContextCompactedEvent
    from .agent_thread_message_received_event import AgentThreadMessageReceivedEvent
    from .agent_thread_message_sent_event import AgentThreadMessageSentEvent
    from .agent_tool_result_event import AgentToolResultEvent
    from .agent_tool_use_event import AgentToolUseEvent
    from .agent_toolset import AgentToolset, AgentToolsetDict
    from .agent_update_params import AgentUpdateParams, AgentUpdateParamsDict
    from .base_64_source import Base64Source, Base64SourceDict
    from .bash_tool_config import BashToolConfig, BashToolConfigDict
    from .billing_error import BillingError
    from .branch_checkout import BranchCheckout, BranchCheckoutDict
    from .browser_toolset import BrowserToolset, BrowserToolsetDict
    from .budget_reached_stop_reason import BudgetReachedStopReason
    from .cache_creation_usage import CacheCreationUsage
    from .cancelled_stop_reason import CancelledStopReason
    from .capability_support import CapabilitySupport
    from .cloud_config import CloudConfig
    from .cloud_config_param import CloudConfigParam, CloudConfigParamDict
    from .commit_checkout import CommitCheckout, CommitCheckoutDict
    from .content_delta import ContentDelta
    from .context_management_capability import ContextManagementCapability
    from .credential import Credential
    from .credential_create_params import CredentialCreateParams, CredentialCreateParamsDict
    from .credential_deleted import CredentialDeleted
    from .credential_host_unreachable_error import CredentialHostUnreachableError
    from .credential_list import CredentialList
    from .credential_mcpo_auth_validate_params import CredentialMCPOAuthValidateParams
    from .credential_object_type import CredentialObjectType
    from .credential_refresh_status import CredentialRefreshStatus
    from .credential_update_params import CredentialUpdateParams, CredentialUpdateParamsDict
    from .credential_validation import CredentialValidation
    from .credential_validation_http_response import CredentialValidationHTTPResponse
    from .credential_validation_object_type import CredentialValidationObjectType
    from .credential_validation_probe import CredentialValidationProbe
    from .credential_validation_refresh import CredentialValidationRefresh
    from .credential_validation_status import CredentialValidationStatus
    from .currency import Currency
    from .custom_tool import CustomTool, CustomToolDict
    from .deployment import Deployment
    from .deployment_agent import DeploymentAgent
    from .deployment_create_params import DeploymentCreateParams, DeploymentCreateParamsDict
    from .deployment_initial_event import DeploymentInitialEvent
    from .deployment_list import DeploymentList
    from .deployment_object_type import DeploymentObjectType
    from .deployment_paused_reason import DeploymentPausedReason
    from .deployment_paused_reason_error import DeploymentPausedReasonError
    from .deployment_resource import DeploymentResource
    from .deployment_run import DeploymentRun
    from .deployment_run_error import DeploymentRunError
    from .deployment_run_extras import DeploymentRunExtras
    from .deployment_run_list import DeploymentRunList
    from .deployment_run_object_type import DeploymentRunObjectType
    from .deployment_run_status import DeploymentRunStatus
    from .deployment_schedule import DeploymentSchedule
    from .deployment_schedule_param import DeploymentScheduleParam, DeploymentScheduleParamDict
    from .deployment_status import DeploymentStatus
    from .deployment_trigger_context import DeploymentTriggerContext
    from .deployment_update_params import DeploymentUpdateParams, DeploymentUpdateParamsDict
    from .document_block import DocumentBlock
    from .document_block_param import DocumentBlockParam, DocumentBlockParamDict
    from .dream import Dream
    from .dream_create_new_param import DreamCreateNewParam, DreamCreateNewParamDict
    from .dream_create_params import DreamCreateParams, DreamCreateParamsDict
    from .dream_error import DreamError
    from .dream_input import DreamInput
    from .dream_list import DreamList
    from .dream_memory_store_input_param import DreamMemoryStoreInputParam, DreamMemoryStoreInputParamDict
    from .dream_model import DreamModel
    from .dream_model_param import DreamModelParam, DreamModelParamDict
    from .dream_object_type import DreamObjectType
    from .dream_output import DreamOutput
    from .dream_output_behavior import DreamOutputBehavior
    from .dream_sessions_input_param import DreamSessionsInputParam, DreamSessionsInputParamDict
    from .dream_status import DreamStatus
    from .dream_update_existing_param import DreamUpdateExistingParam, DreamUpdateExistingParamDict
    from .dream_usage import DreamUsage
    from .edit_tool_config import EditToolConfig, EditToolConfigDict
    from .effort import Effort, EffortDict
    from .effort_capability import EffortCapability
    from .effort_level import EffortLevel
    from .end_turn_stop_reason import EndTurnStopReason
    from .environment import Environment
    from .environment_create_params import EnvironmentCreateParams, EnvironmentCreateParamsDict
    from .environment_deleted import EnvironmentDeleted
    from .environment_list import EnvironmentList
    from .environment_object_type import EnvironmentObjectType
    from .environment_scope import EnvironmentScope
    from .environment_update_params import EnvironmentUpdateParams, EnvironmentUpdateParamsDict
    from .environment_variable_auth import EnvironmentVariableAuth
    from .environment_variable_auth_param import EnvironmentVariableAuthParam, EnvironmentVariableAuthParamDict
    from .environment_variable_auth_update_param import (
        EnvironmentVariableAuthUpdateParam,
        EnvironmentVariableAuthUpdateParamDict,
    )
    from .environment_variables import EnvironmentVariables
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .evaluated_permission import EvaluatedPermission
    from .event_delta import EventDelta
    from .event_delta_type import EventDeltaType
    from .event_send_params import EventSendParams, EventSendParamsDict
    from .event_start import EventStart
    from .file_content_link import FileContentLink
    from .file_deleted import FileDeleted
    from .file_list import FileList
    from .file_metadata import FileMetadata
    from .file_object_type import FileObjectType
    from .file_resource import FileResource
    from .file_resource_param import FileResourceParam, FileResourceParamDict
    from .file_rubric import FileRubric, FileRubricDict
    from .file_scope import FileScope
    from .file_scope_type import FileScopeType
    from .file_search_page import FileSearchPage
    from .file_search_params import FileSearchParams, FileSearchParamsDict
    from .file_source import FileSource, FileSourceDict
    from .file_status import FileStatus
    from .file_upload_params import FileUploadParams
    from .git_hub_repository_resource import GitHubRepositoryResource
    from .git_hub_repository_resource_param import GitHubRepositoryResourceParam, GitHubRepositoryResourceParamDict
    from .git_repository_resource import GitRepositoryResource
    from .git_repository_resource_param import GitRepositoryResourceParam, GitRepositoryResourceParamDict
    from .glob_tool_config import GlobToolConfig, GlobToolConfigDict
    from .grep_tool_config import GrepToolConfig, GrepToolConfigDict
    from .image_block import ImageBlock
    from .image_block_param import ImageBlockParam, ImageBlockParamDict
    from .injection_location import InjectionLocation, InjectionLocationDict
    from .limited_credential_networking import LimitedCredentialNetworking, LimitedCredentialNetworkingDict
    from .list_cost import ListCost, ListCostDict
    from .mcp_authentication_failed_error import MCPAuthenticationFailedError
    from .mcp_connection_failed_error import MCPConnectionFailedError
    from .mcp_server import MCPServer, MCPServerDict
    from .mcp_server_type import MCPServerType
    from .mcp_toolset import MCPToolset, MCPToolsetDict
    from .mcpo_auth_auth import MCPOAuthAuth
    from .mcpo_auth_auth_param import MCPOAuthAuthParam, MCPOAuthAuthParamDict
    from .mcpo_auth_auth_update_param import MCPOAuthAuthUpdateParam, MCPOAuthAuthUpdateParamDict
    from .mcpo_auth_refresh import MCPOAuthRefresh
    from .mcpo_auth_refresh_param import MCPOAuthRefreshParam, MCPOAuthRefreshParamDict
    from .mcpo_auth_refresh_update_param import MCPOAuthRefreshUpdateParam, MCPOAuthRefreshUpdateParamDict
    from .memory import Memory
    from .memory_create_params import MemoryCreateParams, MemoryCreateParamsDict
    from .memory_deleted import MemoryDeleted
    from .memory_list import MemoryList
    from .memory_object_type import MemoryObjectType
    from .memory_prefix import MemoryPrefix
    from .memory_store import MemoryStore
    from .memory_store_access import MemoryStoreAccess
    from .memory_store_create_params import MemoryStoreCreateParams, MemoryStoreCreateParamsDict
    from .memory_store_deleted import MemoryStoreDeleted
    from .memory_store_list import MemoryStoreList
    from .memory_store_object_type import MemoryStoreObjectType
    from .memory_store_resource import MemoryStoreResource
    from .memory_store_resource_param import MemoryStoreResourceParam, MemoryStoreResourceParamDict
    from .memory_store_status import MemoryStoreStatus
    from .memory_store_update_params import MemoryStoreUpdateParams, MemoryStoreUpdateParamsDict
    from .memory_update_params import MemoryUpdateParams, MemoryUpdateParamsDict
    from .memory_version import MemoryVersion
    from .memory_version_list import MemoryVersionList
    from .memory_version_object_type import MemoryVersionObjectType
    from .memory_version_operation import MemoryVersionOperation
    from .memory_view import MemoryView
    from .metadata import Metadata
    from .metadata_filter import MetadataFilter
    from .metadata_patch import MetadataPatch
    from .model import Model
    from .model_capabilities import ModelCapabilities
    from .model_config import ModelConfig, ModelConfigDict
    from .model_list import ModelList
    from .model_object_type import ModelObjectType
    from .model_overloaded_error import ModelOverloadedError
    from .model_rate_limited_error import ModelRateLimitedError
    from .model_request_failed_error import ModelRequestFailedError
    from .model_source import ModelSource
    from .model_speed import ModelSpeed
    from .model_usage import ModelUsage
    from .multiagent import Multiagent, MultiagentDict
    from .multiagent_advisor_ref import MultiagentAdvisorRef, MultiagentAdvisorRefDict
    from .multiagent_agent_ref import MultiagentAgentRef, MultiagentAgentRefDict
    from .multiagent_self_ref import MultiagentSelfRef, MultiagentSelfRefDict
    from .multiagent_type import MultiagentType
    from .networking import Networking
    from .networking_param import NetworkingParam, NetworkingParamDict
    from .networking_type import NetworkingType
    from .o_auth_start import OAuthStart
    from .o_auth_start_params import OAuthStartParams, OAuthStartParamsDict
    from .outcome_evaluation import OutcomeEvaluation
    from .outcome_evaluation_object_type import OutcomeEvaluationObjectType
    from .outcome_evaluation_result import OutcomeEvaluationResult
    from .outcome_evaluation_status import OutcomeEvaluationStatus
    from .packages import Packages, PackagesDict
    from .packages_type import PackagesType
    from .permission_policy import PermissionPolicy, PermissionPolicyDict
    from .permission_policy_type import PermissionPolicyType
    from .plain_text_media_type import PlainTextMediaType
    from .plain_text_source import PlainTextSource, PlainTextSourceDict
    from .previewed_event import PreviewedEvent
    from .previewed_event_type import PreviewedEventType
    from .read_tool_config import ReadToolConfig, ReadToolConfigDict
    from .redacted_block import RedactedBlock, RedactedBlockDict
    from .requires_action_stop_reason import RequiresActionStopReason
    from .retries_exhausted_stop_reason import RetriesExhaustedStopReason
    from .retry_status import RetryStatus
    from .retry_status_type import RetryStatusType
    from .search_result_block import SearchResultBlock, SearchResultBlockDict
    from .search_result_citations import SearchResultCitations, SearchResultCitationsDict
    from .self_hosted_config import SelfHostedConfig
    from .self_hosted_config_param import SelfHostedConfigParam, SelfHostedConfigParamDict
    from .server_tool_usage import ServerToolUsage
    from .session import Session
    from .session_agent import SessionAgent
    from .session_agent_overrides_param import SessionAgentOverridesParam, SessionAgentOverridesParamDict
    from .session_agent_ref_param import SessionAgentRefParam, SessionAgentRefParamDict
    from .session_agent_update import SessionAgentUpdate, SessionAgentUpdateDict
    from .session_budget import SessionBudget, SessionBudgetDict
    from .session_budget_type import SessionBudgetType
    from .session_cancellation import SessionCancellation
    from .session_create_params import SessionCreateParams, SessionCreateParamsDict
    from .session_deleted import SessionDeleted
    from .session_deleted_event import SessionDeletedEvent
    from .session_error_event import SessionErrorEvent
    from .session_event_batch import SessionEventBatch
    from .session_event_list import SessionEventList
    from .session_list import SessionList
    from .session_multiagent import SessionMultiagent
    from .session_object_type import SessionObjectType
    from .session_resource_add_params import SessionResourceAddParams, SessionResourceAddParamsDict
    from .session_resource_add_type import SessionResourceAddType
    from .session_resource_deleted import SessionResourceDeleted
    from .session_resource_list import SessionResourceList
    from .session_resource_update_params import SessionResourceUpdateParams, SessionResourceUpdateParamsDict
    from .session_search_page import SessionSearchPage
    from .session_search_params import SessionSearchParams, SessionSearchParamsDict
    from .session_stats import SessionStats
    from .session_status import SessionStatus
    from .session_status_idle_event import SessionStatusIdleEvent
    from .session_status_rescheduled_event import SessionStatusRescheduledEvent
    from .session_status_running_event import SessionStatusRunningEvent
    from .session_status_terminated_event import SessionStatusTerminatedEvent
    from .session_thread import SessionThread
    from .session_thread_created_event import SessionThreadCreatedEvent
    from .session_thread_list import SessionThreadList
    from .session_thread_object_type import SessionThreadObjectType
    from .session_thread_stats import SessionThreadStats
    from .session_thread_status import SessionThreadStatus
    from .session_thread_status_idle_event import SessionThreadStatusIdleEvent
    from .session_thread_status_rescheduled_event import SessionThreadStatusRescheduledEvent
    from .session_thread_status_running_event import SessionThreadStatusRunningEvent
    from .session_thread_status_terminated_event import SessionThreadStatusTerminatedEvent
    from .session_update_params import SessionUpdateParams, SessionUpdateParamsDict
    from .session_updated_event import SessionUpdatedEvent
    from .session_usage import SessionUsage
    from .session_usage_event import SessionUsageEvent
    from .session_work_data import SessionWorkData
    from .skill import Skill
    from .skill_binding import SkillBinding, SkillBindingDict
    from .skill_binding_type import SkillBindingType
    from .skill_create_params import SkillCreateParams
    from .skill_deleted import SkillDeleted
    from .skill_list import SkillList
    from .skill_object_type import SkillObjectType
    from .skill_search_page import SkillSearchPage
    from .skill_search_params import SkillSearchParams, SkillSearchParamsDict
    from .skill_search_params_source import SkillSearchParamsSource
    from .skill_source import SkillSource
    from .skill_source_object import SkillSourceObject
    from .skill_version import SkillVersion
    from .skill_version_create_params import SkillVersionCreateParams
    from .skill_version_deleted import SkillVersionDeleted
    from .skill_version_list import SkillVersionList
    from .skill_version_object_type import SkillVersionObjectType
    from .sort_order import SortOrder
    from .span_model_request_end_event import SpanModelRequestEndEvent
    from .span_model_request_start_event import SpanModelRequestStartEvent
    from .span_outcome_evaluation_end_event import SpanOutcomeEvaluationEndEvent
    from .span_outcome_evaluation_ongoing_event import SpanOutcomeEvaluationOngoingEvent
    from .span_outcome_evaluation_start_event import SpanOutcomeEvaluationStartEvent
    from .static_bearer_auth import StaticBearerAuth
    from .static_bearer_auth_param import StaticBearerAuthParam, StaticBearerAuthParamDict
    from .static_bearer_auth_update_param import StaticBearerAuthUpdateParam, StaticBearerAuthUpdateParamDict
    from .system_message_event import SystemMessageEvent
    from .system_message_event_param import SystemMessageEventParam, SystemMessageEventParamDict
    from .text_block import TextBlock, TextBlockDict
    from .text_rubric import TextRubric, TextRubricDict
    from .thinking_capability import ThinkingCapability
    from .thinking_types import ThinkingTypes
    from .token_endpoint_auth import TokenEndpointAuth
    from .token_endpoint_auth_client_secret_basic_param import (
        TokenEndpointAuthClientSecretBasicParam,
        TokenEndpointAuthClientSecretBasicParamDict,
    )
    from .token_endpoint_auth_client_secret_basic_update_param import (
        TokenEndpointAuthClientSecretBasicUpdateParam,
        TokenEndpointAuthClientSecretBasicUpdateParamDict,
    )
    from .token_endpoint_auth_client_secret_post_param import (
        TokenEndpointAuthClientSecretPostParam,
        TokenEndpointAuthClientSecretPostParamDict,
    )
    from .token_endpoint_auth_client_secret_post_update_param import (
        TokenEndpointAuthClientSecretPostUpdateParam,
        TokenEndpointAuthClientSecretPostUpdateParamDict,
    )
    from .token_endpoint_auth_none_param import TokenEndpointAuthNoneParam, TokenEndpointAuthNoneParamDict
    from .token_endpoint_auth_type import TokenEndpointAuthType
    from .tool_config import ToolConfig, ToolConfigDict
    from .tool_confirmation_result import ToolConfirmationResult
    from .tool_default_config import ToolDefaultConfig, ToolDefaultConfigDict
    from .tool_input import ToolInput
    from .tool_input_schema import ToolInputSchema, ToolInputSchemaDict
    from .tool_input_schema_properties_type_0 import ToolInputSchemaPropertiesType0
    from .tool_input_schema_type import ToolInputSchemaType
    from .unknown_content_block import UnknownContentBlock
    from .unknown_content_source import UnknownContentSource
    from .unknown_credential_auth import UnknownCredentialAuth
    from .unknown_credential_networking import UnknownCredentialNetworking
    from .unknown_environment_config import UnknownEnvironmentConfig
    from .unknown_error import UnknownError
    from .unknown_memory_list_item import UnknownMemoryListItem
    from .unknown_multiagent_member import UnknownMultiagentMember, UnknownMultiagentMemberDict
    from .unknown_outcome_rubric import UnknownOutcomeRubric
    from .unknown_preview_delta import UnknownPreviewDelta
    from .unknown_repository_checkout import UnknownRepositoryCheckout
    from .unknown_session_error import UnknownSessionError
    from .unknown_session_event import UnknownSessionEvent
    from .unknown_session_resource import UnknownSessionResource
    from .unknown_session_thread_agent import UnknownSessionThreadAgent
    from .unknown_stop_reason import UnknownStopReason
    from .unknown_tool import UnknownTool
    from .unknown_tool_config import UnknownToolConfig, UnknownToolConfigDict
    from .unknown_work_data import UnknownWorkData
    from .unrestricted_credential_networking import (
        UnrestrictedCredentialNetworking,
        UnrestrictedCredentialNetworkingDict,
    )
    from .url_source import URLSource, URLSourceDict
    from .user_custom_tool_result_event import UserCustomToolResultEvent
    from .user_custom_tool_result_event_param import UserCustomToolResultEventParam, UserCustomToolResultEventParamDict
    from .user_define_outcome_event import UserDefineOutcomeEvent
    from .user_define_outcome_event_param import UserDefineOutcomeEventParam, UserDefineOutcomeEventParamDict
    from .user_interrupt_event import UserInterruptEvent
    from .user_interrupt_event_param import UserInterruptEventParam, UserInterruptEventParamDict
    from .user_location import UserLocation, UserLocationDict
    from .user_location_type import UserLocationType
    from .user_message_event import UserMessageEvent
    from .user_message_event_param import UserMessageEventParam, UserMessageEventParamDict
    from .user_tool_confirmation_event import UserToolConfirmationEvent
    from .user_tool_confirmation_event_param import UserToolConfirmationEventParam, UserToolConfirmationEventParamDict
    from .user_tool_result_event import UserToolResultEvent
    from .user_tool_result_event_param import UserToolResultEventParam, UserToolResultEventParamDict
    from .vault import Vault
    from .vault_create_params import VaultCreateParams, VaultCreateParamsDict
    from .vault_deleted import VaultDeleted
    from .vault_list import VaultList
    from .vault_object_type import VaultObjectType
    from .vault_search_page import VaultSearchPage
    from .vault_search_params import VaultSearchParams, VaultSearchParamsDict
    from .vault_status import VaultStatus
    from .web_fetch_tool_config import WebFetchToolConfig, WebFetchToolConfigDict
    from .web_search_tool_config import WebSearchToolConfig, WebSearchToolConfigDict
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_event_object_type import WebhookEventObjectType
    from .webhook_event_type import WebhookEventType
    from .work_heartbeat import WorkHeartbeat
    from .work_heartbeat_object_type import WorkHeartbeatObjectType
    from .work_item import WorkItem
    from .work_item_list import WorkItemList
    from .work_item_object_type import WorkItemObjectType
    from .work_item_stop_params import WorkItemStopParams, WorkItemStopParamsDict
    from .work_item_update_params import WorkItemUpdateParams, WorkItemUpdateParamsDict
    from .work_queue_stats import WorkQueueStats
    from .work_queue_stats_object_type import WorkQueueStatsObjectType
    from .work_state import WorkState
    from .write_tool_config import WriteToolConfig, WriteToolConfigDict

_MODULE_OF = {
    "Actor": ".actor",
    "ActorType": ".actor_type",
    "Agent": ".agent",
    "AgentArtifactDeliveredEvent": ".agent_artifact_delivered_event",
    "AgentCreateParams": ".agent_create_params",
    "AgentCreateParamsDict": ".agent_create_params",
    "AgentCustomToolUseEvent": ".agent_custom_tool_use_event",
    "AgentList": ".agent_list",
    "AgentMCPToolResultEvent": ".agent_mcp_tool_result_event",
    "AgentMCPToolUseEvent": ".agent_mcp_tool_use_event",
    "AgentMessageEvent": ".agent_message_event",
    "AgentObjectType": ".agent_object_type",
    "AgentThinkingEvent": ".agent_thinking_event",
    "AgentThreadContextCompactedEvent": ".agent_thread_context_compacted_event",
    "AgentThreadMessageReceivedEvent": ".agent_thread_message_received_event",
    "AgentThreadMessageSentEvent": ".agent_thread_message_sent_event",
    "AgentToolResultEvent": ".agent_tool_result_event",
    "AgentToolUseEvent": ".agent_tool_use_event",
    "AgentToolset": ".agent_toolset",
    "AgentToolsetDict": ".agent_toolset",
    "AgentUpdateParams": ".agent_update_params",
    "AgentUpdateParamsDict": ".agent_update_params",
    "Base64Source": ".base_64_source",
    "Base64SourceDict": ".base_64_source",
    "BashToolConfig": ".bash_tool_config",
    "BashToolConfigDict": ".bash_tool_config",
    "BillingError": ".billing_error",
    "BranchCheckout": ".branch_checkout",
    "BranchCheckoutDict": ".branch_checkout",
    "BrowserToolset": ".browser_toolset",
    "BrowserToolsetDict": ".browser_toolset",
    "BudgetReachedStopReason": ".budget_reached_stop_reason",
    "CacheCreationUsage": ".cache_creation_usage",
    "CancelledStopReason": ".cancelled_stop_reason",
    "CapabilitySupport": ".capability_support",
    "CloudConfig": ".cloud_config",
    "CloudConfigParam": ".cloud_config_param",
    "CloudConfigParamDict": ".cloud_config_param",
    "CommitCheckout": ".commit_checkout",
    "CommitCheckoutDict": ".commit_checkout",
    "ContentDelta": ".content_delta",
    "ContextManagementCapability": ".context_management_capability",
    "Credential": ".credential",
    "CredentialCreateParams": ".credential_create_params",
    "CredentialCreateParamsDict": ".credential_create_params",
    "CredentialDeleted": ".credential_deleted",
    "CredentialHostUnreachableError": ".credential_host_unreachable_error",
    "CredentialList": ".credential_list",
    "CredentialMCPOAuthValidateParams": ".credential_mcpo_auth_validate_params",
    "CredentialObjectType": ".credential_object_type",
    "CredentialRefreshStatus": ".credential_refresh_status",
    "CredentialUpdateParams": ".credential_update_params",
    "CredentialUpdateParamsDict": ".credential_update_params",
    "CredentialValidation": ".credential_validation",
    "CredentialValidationHTTPResponse": ".credential_validation_http_response",
    "CredentialValidationObjectType": ".credential_validation_object_type",
    "CredentialValidationProbe": ".credential_validation_probe",
    "CredentialValidationRefresh": ".credential_validation_refresh",
    "CredentialValidationStatus": ".credential_validation_status",
    "Currency": ".currency",
    "CustomTool": ".custom_tool",
    "CustomToolDict": ".custom_tool",
    "Deployment": ".deployment",
    "DeploymentAgent": ".deployment_agent",
    "DeploymentCreateParams": ".deployment_create_params",
    "DeploymentCreateParamsDict": ".deployment_create_params",
    "DeploymentInitialEvent": ".deployment_initial_event",
    "DeploymentList": ".deployment_list",
    "DeploymentObjectType": ".deployment_object_type",
    "DeploymentPausedReason": ".deployment_paused_reason",
    "DeploymentPausedReasonError": ".deployment_paused_reason_error",
    "DeploymentResource": ".deployment_resource",
    "DeploymentRun": ".deployment_run",
    "DeploymentRunError": ".deployment_run_error",
    "DeploymentRunExtras": ".deployment_run_extras",
    "DeploymentRunList": ".deployment_run_list",
    "DeploymentRunObjectType": ".deployment_run_object_type",
    "DeploymentRunStatus": ".deployment_run_status",
    "DeploymentSchedule": ".deployment_schedule",
    "DeploymentScheduleParam": ".deployment_schedule_param",
    "DeploymentScheduleParamDict": ".deployment_schedule_param",
    "DeploymentStatus": ".deployment_status",
    "DeploymentTriggerContext": ".deployment_trigger_context",
    "DeploymentUpdateParams": ".deployment_update_params",
    "DeploymentUpdateParamsDict": ".deployment_update_params",
    "DocumentBlock": ".document_block",
    "DocumentBlockParam": ".document_block_param",
    "DocumentBlockParamDict": ".document_block_param",
    "Dream": ".dream",
    "DreamCreateNewParam": ".dream_create_new_param",
    "DreamCreateNewParamDict": ".dream_create_new_param",
    "DreamCreateParams": ".dream_create_params",
    "DreamCreateParamsDict": ".dream_create_params",
    "DreamError": ".dream_error",
    "DreamInput": ".dream_input",
    "DreamList": ".dream_list",
    "DreamMemoryStoreInputParam": ".dream_memory_store_input_param",
    "DreamMemoryStoreInputParamDict": ".dream_memory_store_input_param",
    "DreamModel": ".dream_model",
    "DreamModelParam": ".dream_model_param",
    "DreamModelParamDict": ".dream_model_param",
    "DreamObjectType": ".dream_object_type",
    "DreamOutput": ".dream_output",
    "DreamOutputBehavior": ".dream_output_behavior",
    "DreamSessionsInputParam": ".dream_sessions_input_param",
    "DreamSessionsInputParamDict": ".dream_sessions_input_param",
    "DreamStatus": ".dream_status",
    "DreamUpdateExistingParam": ".dream_update_existing_param",
    "DreamUpdateExistingParamDict": ".dream_update_existing_param",
    "DreamUsage": ".dream_usage",
    "EditToolConfig": ".edit_tool_config",
    "EditToolConfigDict": ".edit_tool_config",
    "Effort": ".effort",
    "EffortDict": ".effort",
    "EffortCapability": ".effort_capability",
    "EffortLevel": ".effort_level",
    "EndTurnStopReason": ".end_turn_stop_reason",
    "Environment": ".environment",
    "EnvironmentCreateParams": ".environment_create_params",
    "EnvironmentCreateParamsDict": ".environment_create_params",
    "EnvironmentDeleted": ".environment_deleted",
    "EnvironmentList": ".environment_list",
    "EnvironmentObjectType": ".environment_object_type",
    "EnvironmentScope": ".environment_scope",
    "EnvironmentUpdateParams": ".environment_update_params",
    "EnvironmentUpdateParamsDict": ".environment_update_params",
    "EnvironmentVariableAuth": ".environment_variable_auth",
    "EnvironmentVariableAuthParam": ".environment_variable_auth_param",
    "EnvironmentVariableAuthParamDict": ".environment_variable_auth_param",
    "EnvironmentVariableAuthUpdateParam": ".environment_variable_auth_update_param",
    "EnvironmentVariableAuthUpdateParamDict": ".environment_variable_auth_update_param",
    "EnvironmentVariables": ".environment_variables",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "EvaluatedPermission": ".evaluated_permission",
    "EventDelta": ".event_delta",
    "EventDeltaType": ".event_delta_type",
    "EventSendParams": ".event_send_params",
    "EventSendParamsDict": ".event_send_params",
    "EventStart": ".event_start",
    "FileContentLink": ".file_content_link",
    "FileDeleted": ".file_deleted",
    "FileList": ".file_list",
    "FileMetadata": ".file_metadata",
    "FileObjectType": ".file_object_type",
    "FileResource": ".file_resource",
    "FileResourceParam": ".file_resource_param",
    "FileResourceParamDict": ".file_resource_param",
    "FileRubric": ".file_rubric",
    "FileRubricDict": ".file_rubric",
    "FileScope": ".file_scope",
    "FileScopeType": ".file_scope_type",
    "FileSearchPage": ".file_search_page",
    "FileSearchParams": ".file_search_params",
    "FileSearchParamsDict": ".file_search_params",
    "FileSource": ".file_source",
    "FileSourceDict": ".file_source",
    "FileStatus": ".file_status",
    "FileUploadParams": ".file_upload_params",
    "GitHubRepositoryResource": ".git_hub_repository_resource",
    "GitHubRepositoryResourceParam": ".git_hub_repository_resource_param",
    "GitHubRepositoryResourceParamDict": ".git_hub_repository_resource_param",
    "GitRepositoryResource": ".git_repository_resource",
    "GitRepositoryResourceParam": ".git_repository_resource_param",
    "GitRepositoryResourceParamDict": ".git_repository_resource_param",
    "GlobToolConfig": ".glob_tool_config",
    "GlobToolConfigDict": ".glob_tool_config",
    "GrepToolConfig": ".grep_tool_config",
    "GrepToolConfigDict": ".grep_tool_config",
    "ImageBlock": ".image_block",
    "ImageBlockParam": ".image_block_param",
    "ImageBlockParamDict": ".image_block_param",
    "InjectionLocation": ".injection_location",
    "InjectionLocationDict": ".injection_location",
    "LimitedCredentialNetworking": ".limited_credential_networking",
    "LimitedCredentialNetworkingDict": ".limited_credential_networking",
    "ListCost": ".list_cost",
    "ListCostDict": ".list_cost",
    "MCPAuthenticationFailedError": ".mcp_authentication_failed_error",
    "MCPConnectionFailedError": ".mcp_connection_failed_error",
    "MCPServer": ".mcp_server",
    "MCPServerDict": ".mcp_server",
    "MCPServerType": ".mcp_server_type",
    "MCPToolset": ".mcp_toolset",
    "MCPToolsetDict": ".mcp_toolset",
    "MCPOAuthAuth": ".mcpo_auth_auth",
    "MCPOAuthAuthParam": ".mcpo_auth_auth_param",
    "MCPOAuthAuthParamDict": ".mcpo_auth_auth_param",
    "MCPOAuthAuthUpdateParam": ".mcpo_auth_auth_update_param",
    "MCPOAuthAuthUpdateParamDict": ".mcpo_auth_auth_update_param",
    "MCPOAuthRefresh": ".mcpo_auth_refresh",
    "MCPOAuthRefreshParam": ".mcpo_auth_refresh_param",
    "MCPOAuthRefreshParamDict": ".mcpo_auth_refresh_param",
    "MCPOAuthRefreshUpdateParam": ".mcpo_auth_refresh_update_param",
    "MCPOAuthRefreshUpdateParamDict": ".mcpo_auth_refresh_update_param",
    "Memory": ".memory",
    "MemoryCreateParams": ".memory_create_params",
    "MemoryCreateParamsDict": ".memory_create_params",
    "MemoryDeleted": ".memory_deleted",
    "MemoryList": ".memory_list",
    "MemoryObjectType": ".memory_object_type",
    "MemoryPrefix": ".memory_prefix",
    "MemoryStore": ".memory_store",
    "MemoryStoreAccess": ".memory_store_access",
    "MemoryStoreCreateParams": ".memory_store_create_params",
    "MemoryStoreCreateParamsDict": ".memory_store_create_params",
    "MemoryStoreDeleted": ".memory_store_deleted",
    "MemoryStoreList": ".memory_store_list",
    "MemoryStoreObjectType": ".memory_store_object_type",
    "MemoryStoreResource": ".memory_store_resource",
    "MemoryStoreResourceParam": ".memory_store_resource_param",
    "MemoryStoreResourceParamDict": ".memory_store_resource_param",
    "MemoryStoreStatus": ".memory_store_status",
    "MemoryStoreUpdateParams": ".memory_store_update_params",
    "MemoryStoreUpdateParamsDict": ".memory_store_update_params",
    "MemoryUpdateParams": ".memory_update_params",
    "MemoryUpdateParamsDict": ".memory_update_params",
    "MemoryVersion": ".memory_version",
    "MemoryVersionList": ".memory_version_list",
    "MemoryVersionObjectType": ".memory_version_object_type",
    "MemoryVersionOperation": ".memory_version_operation",
    "MemoryView": ".memory_view",
    "Metadata": ".metadata",
    "MetadataFilter": ".metadata_filter",
    "MetadataPatch": ".metadata_patch",
    "Model": ".model",
    "ModelCapabilities": ".model_capabilities",
    "ModelConfig": ".model_config",
    "ModelConfigDict": ".model_config",
    "ModelList": ".model_list",
    "ModelObjectType": ".model_object_type",
    "ModelOverloadedError": ".model_overloaded_error",
    "ModelRateLimitedError": ".model_rate_limited_error",
    "ModelRequestFailedError": ".model_request_failed_error",
    "ModelSource": ".model_source",
    "ModelSpeed": ".model_speed",
    "ModelUsage": ".model_usage",
    "Multiagent": ".multiagent",
    "MultiagentDict": ".multiagent",
    "MultiagentAdvisorRef": ".multiagent_advisor_ref",
    "MultiagentAdvisorRefDict": ".multiagent_advisor_ref",
    "MultiagentAgentRef": ".multiagent_agent_ref",
    "MultiagentAgentRefDict": ".multiagent_agent_ref",
    "MultiagentSelfRef": ".multiagent_self_ref",
    "MultiagentSelfRefDict": ".multiagent_self_ref",
    "MultiagentType": ".multiagent_type",
    "Networking": ".networking",
    "NetworkingParam": ".networking_param",
    "NetworkingParamDict": ".networking_param",
    "NetworkingType": ".networking_type",
    "OAuthStart": ".o_auth_start",
    "OAuthStartParams": ".o_auth_start_params",
    "OAuthStartParamsDict": ".o_auth_start_params",
    "OutcomeEvaluation": ".outcome_evaluation",
    "OutcomeEvaluationObjectType": ".outcome_evaluation_object_type",
    "OutcomeEvaluationResult": ".outcome_evaluation_result",
    "OutcomeEvaluationStatus": ".outcome_evaluation_status",
    "Packages": ".packages",
    "PackagesDict": ".packages",
    "PackagesType": ".packages_type",
    "PermissionPolicy": ".permission_policy",
    "PermissionPolicyDict": ".permission_policy",
    "PermissionPolicyType": ".permission_policy_type",
    "PlainTextMediaType": ".plain_text_media_type",
    "PlainTextSource": ".plain_text_source",
    "PlainTextSourceDict": ".plain_text_source",
    "PreviewedEvent": ".previewed_event",
    "PreviewedEventType": ".previewed_event_type",
    "ReadToolConfig": ".read_tool_config",
    "ReadToolConfigDict": ".read_tool_config",
    "RedactedBlock": ".redacted_block",
    "RedactedBlockDict": ".redacted_block",
    "RequiresActionStopReason": ".requires_action_stop_reason",
    "RetriesExhaustedStopReason": ".retries_exhausted_stop_reason",
    "RetryStatus": ".retry_status",
    "RetryStatusType": ".retry_status_type",
    "SearchResultBlock": ".search_result_block",
    "SearchResultBlockDict": ".search_result_block",
    "SearchResultCitations": ".search_result_citations",
    "SearchResultCitationsDict": ".search_result_citations",
    "SelfHostedConfig": ".self_hosted_config",
    "SelfHostedConfigParam": ".self_hosted_config_param",
    "SelfHostedConfigParamDict": ".self_hosted_config_param",
    "ServerToolUsage": ".server_tool_usage",
    "Session": ".session",
    "SessionAgent": ".session_agent",
    "SessionAgentOverridesParam": ".session_agent_overrides_param",
    "SessionAgentOverridesParamDict": ".session_agent_overrides_param",
    "SessionAgentRefParam": ".session_agent_ref_param",
    "SessionAgentRefParamDict": ".session_agent_ref_param",
    "SessionAgentUpdate": ".session_agent_update",
    "SessionAgentUpdateDict": ".session_agent_update",
    "SessionBudget": ".session_budget",
    "SessionBudgetDict": ".session_budget",
    "SessionBudgetType": ".session_budget_type",
    "SessionCancellation": ".session_cancellation",
    "SessionCreateParams": ".session_create_params",
    "SessionCreateParamsDict": ".session_create_params",
    "SessionDeleted": ".session_deleted",
    "SessionDeletedEvent": ".session_deleted_event",
    "SessionErrorEvent": ".session_error_event",
    "SessionEventBatch": ".session_event_batch",
    "SessionEventList": ".session_event_list",
    "SessionList": ".session_list",
    "SessionMultiagent": ".session_multiagent",
    "SessionObjectType": ".session_object_type",
    "SessionResourceAddParams": ".session_resource_add_params",
    "SessionResourceAddParamsDict": ".session_resource_add_params",
    "SessionResourceAddType": ".session_resource_add_type",
    "SessionResourceDeleted": ".session_resource_deleted",
    "SessionResourceList": ".session_resource_list",
    "SessionResourceUpdateParams": ".session_resource_update_params",
    "SessionResourceUpdateParamsDict": ".session_resource_update_params",
    "SessionSearchPage": ".session_search_page",
    "SessionSearchParams": ".session_search_params",
    "SessionSearchParamsDict": ".session_search_params",
    "SessionStats": ".session_stats",
    "SessionStatus": ".session_status",
    "SessionStatusIdleEvent": ".session_status_idle_event",
    "SessionStatusRescheduledEvent": ".session_status_rescheduled_event",
    "SessionStatusRunningEvent": ".session_status_running_event",
    "SessionStatusTerminatedEvent": ".session_status_terminated_event",
    "SessionThread": ".session_thread",
    "SessionThreadCreatedEvent": ".session_thread_created_event",
    "SessionThreadList": ".session_thread_list",
    "SessionThreadObjectType": ".session_thread_object_type",
    "SessionThreadStats": ".session_thread_stats",
    "SessionThreadStatus": ".session_thread_status",
    "SessionThreadStatusIdleEvent": ".session_thread_status_idle_event",
    "SessionThreadStatusRescheduledEvent": ".session_thread_status_rescheduled_event",
    "SessionThreadStatusRunningEvent": ".session_thread_status_running_event",
    "SessionThreadStatusTerminatedEvent": ".session_thread_status_terminated_event",
    "SessionUpdateParams": ".session_update_params",
    "SessionUpdateParamsDict": ".session_update_params",
    "SessionUpdatedEvent": ".session_updated_event",
    "SessionUsage": ".session_usage",
    "SessionUsageEvent": ".session_usage_event",
    "SessionWorkData": ".session_work_data",
    "Skill": ".skill",
    "SkillBinding": ".skill_binding",
    "SkillBindingDict": ".skill_binding",
    "SkillBindingType": ".skill_binding_type",
    "SkillCreateParams": ".skill_create_params",
    "SkillDeleted": ".skill_deleted",
    "SkillList": ".skill_list",
    "SkillObjectType": ".skill_object_type",
    "SkillSearchPage": ".skill_search_page",
    "SkillSearchParams": ".skill_search_params",
    "SkillSearchParamsDict": ".skill_search_params",
    "SkillSearchParamsSource": ".skill_search_params_source",
    "SkillSource": ".skill_source",
    "SkillSourceObject": ".skill_source_object",
    "SkillVersion": ".skill_version",
    "SkillVersionCreateParams": ".skill_version_create_params",
    "SkillVersionDeleted": ".skill_version_deleted",
    "SkillVersionList": ".skill_version_list",
    "SkillVersionObjectType": ".skill_version_object_type",
    "SortOrder": ".sort_order",
    "SpanModelRequestEndEvent": ".span_model_request_end_event",
    "SpanModelRequestStartEvent": ".span_model_request_start_event",
    "SpanOutcomeEvaluationEndEvent": ".span_outcome_evaluation_end_event",
    "SpanOutcomeEvaluationOngoingEvent": ".span_outcome_evaluation_ongoing_event",
    "SpanOutcomeEvaluationStartEvent": ".span_outcome_evaluation_start_event",
    "StaticBearerAuth": ".static_bearer_auth",
    "StaticBearerAuthParam": ".static_bearer_auth_param",
    "StaticBearerAuthParamDict": ".static_bearer_auth_param",
    "StaticBearerAuthUpdateParam": ".static_bearer_auth_update_param",
    "StaticBearerAuthUpdateParamDict": ".static_bearer_auth_update_param",
    "SystemMessageEvent": ".system_message_event",
    "SystemMessageEventParam": ".system_message_event_param",
    "SystemMessageEventParamDict": ".system_message_event_param",
    "TextBlock": ".text_block",
    "TextBlockDict": ".text_block",
    "TextRubric": ".text_rubric",
    "TextRubricDict": ".text_rubric",
    "ThinkingCapability": ".thinking_capability",
    "ThinkingTypes": ".thinking_types",
    "TokenEndpointAuth": ".token_endpoint_auth",
    "TokenEndpointAuthClientSecretBasicParam": ".token_endpoint_auth_client_secret_basic_param",
    "TokenEndpointAuthClientSecretBasicParamDict": ".token_endpoint_auth_client_secret_basic_param",
    "TokenEndpointAuthClientSecretBasicUpdateParam": ".token_endpoint_auth_client_secret_basic_update_param",
    "TokenEndpointAuthClientSecretBasicUpdateParamDict": ".token_endpoint_auth_client_secret_basic_update_param",
    "TokenEndpointAuthClientSecretPostParam": ".token_endpoint_auth_client_secret_post_param",
    "TokenEndpointAuthClientSecretPostParamDict": ".token_endpoint_auth_client_secret_post_param",
    "TokenEndpointAuthClientSecretPostUpdateParam": ".token_endpoint_auth_client_secret_post_update_param",
    "TokenEndpointAuthClientSecretPostUpdateParamDict": ".token_endpoint_auth_client_secret_post_update_param",
    "TokenEndpointAuthNoneParam": ".token_endpoint_auth_none_param",
    "TokenEndpointAuthNoneParamDict": ".token_endpoint_auth_none_param",
    "TokenEndpointAuthType": ".token_endpoint_auth_type",
    "ToolConfig": ".tool_config",
    "ToolConfigDict": ".tool_config",
    "ToolConfirmationResult": ".tool_confirmation_result",
    "ToolDefaultConfig": ".tool_default_config",
    "ToolDefaultConfigDict": ".tool_default_config",
    "ToolInput": ".tool_input",
    "ToolInputSchema": ".tool_input_schema",
    "ToolInputSchemaDict": ".tool_input_schema",
    "ToolInputSchemaPropertiesType0": ".tool_input_schema_properties_type_0",
    "ToolInputSchemaType": ".tool_input_schema_type",
    "UnknownContentBlock": ".unknown_content_block",
    "UnknownContentSource": ".unknown_content_source",
    "UnknownCredentialAuth": ".unknown_credential_auth",
    "UnknownCredentialNetworking": ".unknown_credential_networking",
    "UnknownEnvironmentConfig": ".unknown_environment_config",
    "UnknownError": ".unknown_error",
    "UnknownMemoryListItem": ".unknown_memory_list_item",
    "UnknownMultiagentMember": ".unknown_multiagent_member",
    "UnknownMultiagentMemberDict": ".unknown_multiagent_member",
    "UnknownOutcomeRubric": ".unknown_outcome_rubric",
    "UnknownPreviewDelta": ".unknown_preview_delta",
    "UnknownRepositoryCheckout": ".unknown_repository_checkout",
    "UnknownSessionError": ".unknown_session_error",
    "UnknownSessionEvent": ".unknown_session_event",
    "UnknownSessionResource": ".unknown_session_resource",
    "UnknownSessionThreadAgent": ".unknown_session_thread_agent",
    "UnknownStopReason": ".unknown_stop_reason",
    "UnknownTool": ".unknown_tool",
    "UnknownToolConfig": ".unknown_tool_config",
    "UnknownToolConfigDict": ".unknown_tool_config",
    "UnknownWorkData": ".unknown_work_data",
    "UnrestrictedCredentialNetworking": ".unrestricted_credential_networking",
    "UnrestrictedCredentialNetworkingDict": ".unrestricted_credential_networking",
    "URLSource": ".url_source",
    "URLSourceDict": ".url_source",
    "UserCustomToolResultEvent": ".user_custom_tool_result_event",
    "UserCustomToolResultEventParam": ".user_custom_tool_result_event_param",
    "UserCustomToolResultEventParamDict": ".user_custom_tool_result_event_param",
    "UserDefineOutcomeEvent": ".user_define_outcome_event",
    "UserDefineOutcomeEventParam": ".user_define_outcome_event_param",
    "UserDefineOutcomeEventParamDict": ".user_define_outcome_event_param",
    "UserInterruptEvent": ".user_interrupt_event",
    "UserInterruptEventParam": ".user_interrupt_event_param",
    "UserInterruptEventParamDict": ".user_interrupt_event_param",
    "UserLocation": ".user_location",
    "UserLocationDict": ".user_location",
    "UserLocationType": ".user_location_type",
    "UserMessageEvent": ".user_message_event",
    "UserMessageEventParam": ".user_message_event_param",
    "UserMessageEventParamDict": ".user_message_event_param",
    "UserToolConfirmationEvent": ".user_tool_confirmation_event",
    "UserToolConfirmationEventParam": ".user_tool_confirmation_event_param",
    "UserToolConfirmationEventParamDict": ".user_tool_confirmation_event_param",
    "UserToolResultEvent": ".user_tool_result_event",
    "UserToolResultEventParam": ".user_tool_result_event_param",
    "UserToolResultEventParamDict": ".user_tool_result_event_param",
    "Vault": ".vault",
    "VaultCreateParams": ".vault_create_params",
    "VaultCreateParamsDict": ".vault_create_params",
    "VaultDeleted": ".vault_deleted",
    "VaultList": ".vault_list",
    "VaultObjectType": ".vault_object_type",
    "VaultSearchPage": ".vault_search_page",
    "VaultSearchParams": ".vault_search_params",
    "VaultSearchParamsDict": ".vault_search_params",
    "VaultStatus": ".vault_status",
    "WebFetchToolConfig": ".web_fetch_tool_config",
    "WebFetchToolConfigDict": ".web_fetch_tool_config",
    "WebSearchToolConfig": ".web_search_tool_config",
    "WebSearchToolConfigDict": ".web_search_tool_config",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "WebhookEventObjectType": ".webhook_event_object_type",
    "WebhookEventType": ".webhook_event_type",
    "WorkHeartbeat": ".work_heartbeat",
    "WorkHeartbeatObjectType": ".work_heartbeat_object_type",
    "WorkItem": ".work_item",
    "WorkItemList": ".work_item_list",
    "WorkItemObjectType": ".work_item_object_type",
    "WorkItemStopParams": ".work_item_stop_params",
    "WorkItemStopParamsDict": ".work_item_stop_params",
    "WorkItemUpdateParams": ".work_item_update_params",
    "WorkItemUpdateParamsDict": ".work_item_update_params",
    "WorkQueueStats": ".work_queue_stats",
    "WorkQueueStatsObjectType": ".work_queue_stats_object_type",
    "WorkState": ".work_state",
    "WriteToolConfig": ".write_tool_config",
    "WriteToolConfigDict": ".write_tool_config",
}

__all__ = (
    "Actor",
    "ActorType",
    "Agent",
    "AgentArtifactDeliveredEvent",
    "AgentCreateParams",
    "AgentCreateParamsDict",
    "AgentCustomToolUseEvent",
    "AgentList",
    "AgentMCPToolResultEvent",
    "AgentMCPToolUseEvent",
    "AgentMessageEvent",
    "AgentObjectType",
    "AgentThinkingEvent",
    "AgentThreadContextCompactedEvent",
    "AgentThreadMessageReceivedEvent",
    "AgentThreadMessageSentEvent",
    "AgentToolResultEvent",
    "AgentToolset",
    "AgentToolsetDict",
    "AgentToolUseEvent",
    "AgentUpdateParams",
    "AgentUpdateParamsDict",
    "Base64Source",
    "Base64SourceDict",
    "BashToolConfig",
    "BashToolConfigDict",
    "BillingError",
    "BranchCheckout",
    "BranchCheckoutDict",
    "BrowserToolset",
    "BrowserToolsetDict",
    "BudgetReachedStopReason",
    "CacheCreationUsage",
    "CancelledStopReason",
    "CapabilitySupport",
    "CloudConfig",
    "CloudConfigParam",
    "CloudConfigParamDict",
    "CommitCheckout",
    "CommitCheckoutDict",
    "ContentDelta",
    "ContextManagementCapability",
    "Credential",
    "CredentialCreateParams",
    "CredentialCreateParamsDict",
    "CredentialDeleted",
    "CredentialHostUnreachableError",
    "CredentialList",
    "CredentialMCPOAuthValidateParams",
    "CredentialObjectType",
    "CredentialRefreshStatus",
    "CredentialUpdateParams",
    "CredentialUpdateParamsDict",
    "CredentialValidation",
    "CredentialValidationHTTPResponse",
    "CredentialValidationObjectType",
    "CredentialValidationProbe",
    "CredentialValidationRefresh",
    "CredentialValidationStatus",
    "Currency",
    "CustomTool",
    "CustomToolDict",
    "Deployment",
    "DeploymentAgent",
    "DeploymentCreateParams",
    "DeploymentCreateParamsDict",
    "DeploymentInitialEvent",
    "DeploymentList",
    "DeploymentObjectType",
    "DeploymentPausedReason",
    "DeploymentPausedReasonError",
    "DeploymentResource",
    "DeploymentRun",
    "DeploymentRunError",
    "DeploymentRunExtras",
    "DeploymentRunList",
    "DeploymentRunObjectType",
    "DeploymentRunStatus",
    "DeploymentSchedule",
    "DeploymentScheduleParam",
    "DeploymentScheduleParamDict",
    "DeploymentStatus",
    "DeploymentTriggerContext",
    "DeploymentUpdateParams",
    "DeploymentUpdateParamsDict",
    "DocumentBlock",
    "DocumentBlockParam",
    "DocumentBlockParamDict",
    "Dream",
    "DreamCreateNewParam",
    "DreamCreateNewParamDict",
    "DreamCreateParams",
    "DreamCreateParamsDict",
    "DreamError",
    "DreamInput",
    "DreamList",
    "DreamMemoryStoreInputParam",
    "DreamMemoryStoreInputParamDict",
    "DreamModel",
    "DreamModelParam",
    "DreamModelParamDict",
    "DreamObjectType",
    "DreamOutput",
    "DreamOutputBehavior",
    "DreamSessionsInputParam",
    "DreamSessionsInputParamDict",
    "DreamStatus",
    "DreamUpdateExistingParam",
    "DreamUpdateExistingParamDict",
    "DreamUsage",
    "EditToolConfig",
    "EditToolConfigDict",
    "Effort",
    "EffortCapability",
    "EffortDict",
    "EffortLevel",
    "EndTurnStopReason",
    "Environment",
    "EnvironmentCreateParams",
    "EnvironmentCreateParamsDict",
    "EnvironmentDeleted",
    "EnvironmentList",
    "EnvironmentObjectType",
    "EnvironmentScope",
    "EnvironmentUpdateParams",
    "EnvironmentUpdateParamsDict",
    "EnvironmentVariableAuth",
    "EnvironmentVariableAuthParam",
    "EnvironmentVariableAuthParamDict",
    "EnvironmentVariableAuthUpdateParam",
    "EnvironmentVariableAuthUpdateParamDict",
    "EnvironmentVariables",
    "ErrorDetail",
    "ErrorResponse",
    "EvaluatedPermission",
    "EventDelta",
    "EventDeltaType",
    "EventSendParams",
    "EventSendParamsDict",
    "EventStart",
    "FileContentLink",
    "FileDeleted",
    "FileList",
    "FileMetadata",
    "FileObjectType",
    "FileResource",
    "FileResourceParam",
    "FileResourceParamDict",
    "FileRubric",
    "FileRubricDict",
    "FileScope",
    "FileScopeType",
    "FileSearchPage",
    "FileSearchParams",
    "FileSearchParamsDict",
    "FileSource",
    "FileSourceDict",
    "FileStatus",
    "FileUploadParams",
    "GitHubRepositoryResource",
    "GitHubRepositoryResourceParam",
    "GitHubRepositoryResourceParamDict",
    "GitRepositoryResource",
    "GitRepositoryResourceParam",
    "GitRepositoryResourceParamDict",
    "GlobToolConfig",
    "GlobToolConfigDict",
    "GrepToolConfig",
    "GrepToolConfigDict",
    "ImageBlock",
    "ImageBlockParam",
    "ImageBlockParamDict",
    "InjectionLocation",
    "InjectionLocationDict",
    "LimitedCredentialNetworking",
    "LimitedCredentialNetworkingDict",
    "ListCost",
    "ListCostDict",
    "MCPAuthenticationFailedError",
    "MCPConnectionFailedError",
    "MCPOAuthAuth",
    "MCPOAuthAuthParam",
    "MCPOAuthAuthParamDict",
    "MCPOAuthAuthUpdateParam",
    "MCPOAuthAuthUpdateParamDict",
    "MCPOAuthRefresh",
    "MCPOAuthRefreshParam",
    "MCPOAuthRefreshParamDict",
    "MCPOAuthRefreshUpdateParam",
    "MCPOAuthRefreshUpdateParamDict",
    "MCPServer",
    "MCPServerDict",
    "MCPServerType",
    "MCPToolset",
    "MCPToolsetDict",
    "Memory",
    "MemoryCreateParams",
    "MemoryCreateParamsDict",
    "MemoryDeleted",
    "MemoryList",
    "MemoryObjectType",
    "MemoryPrefix",
    "MemoryStore",
    "MemoryStoreAccess",
    "MemoryStoreCreateParams",
    "MemoryStoreCreateParamsDict",
    "MemoryStoreDeleted",
    "MemoryStoreList",
    "MemoryStoreObjectType",
    "MemoryStoreResource",
    "MemoryStoreResourceParam",
    "MemoryStoreResourceParamDict",
    "MemoryStoreStatus",
    "MemoryStoreUpdateParams",
    "MemoryStoreUpdateParamsDict",
    "MemoryUpdateParams",
    "MemoryUpdateParamsDict",
    "MemoryVersion",
    "MemoryVersionList",
    "MemoryVersionObjectType",
    "MemoryVersionOperation",
    "MemoryView",
    "Metadata",
    "MetadataFilter",
    "MetadataPatch",
    "Model",
    "ModelCapabilities",
    "ModelConfig",
    "ModelConfigDict",
    "ModelList",
    "ModelObjectType",
    "ModelOverloadedError",
    "ModelRateLimitedError",
    "ModelRequestFailedError",
    "ModelSource",
    "ModelSpeed",
    "ModelUsage",
    "Multiagent",
    "MultiagentAdvisorRef",
    "MultiagentAdvisorRefDict",
    "MultiagentAgentRef",
    "MultiagentAgentRefDict",
    "MultiagentDict",
    "MultiagentSelfRef",
    "MultiagentSelfRefDict",
    "MultiagentType",
    "Networking",
    "NetworkingParam",
    "NetworkingParamDict",
    "NetworkingType",
    "OAuthStart",
    "OAuthStartParams",
    "OAuthStartParamsDict",
    "OutcomeEvaluation",
    "OutcomeEvaluationObjectType",
    "OutcomeEvaluationResult",
    "OutcomeEvaluationStatus",
    "Packages",
    "PackagesDict",
    "PackagesType",
    "PermissionPolicy",
    "PermissionPolicyDict",
    "PermissionPolicyType",
    "PlainTextMediaType",
    "PlainTextSource",
    "PlainTextSourceDict",
    "PreviewedEvent",
    "PreviewedEventType",
    "ReadToolConfig",
    "ReadToolConfigDict",
    "RedactedBlock",
    "RedactedBlockDict",
    "RequiresActionStopReason",
    "RetriesExhaustedStopReason",
    "RetryStatus",
    "RetryStatusType",
    "SearchResultBlock",
    "SearchResultBlockDict",
    "SearchResultCitations",
    "SearchResultCitationsDict",
    "SelfHostedConfig",
    "SelfHostedConfigParam",
    "SelfHostedConfigParamDict",
    "ServerToolUsage",
    "Session",
    "SessionAgent",
    "SessionAgentOverridesParam",
    "SessionAgentOverridesParamDict",
    "SessionAgentRefParam",
    "SessionAgentRefParamDict",
    "SessionAgentUpdate",
    "SessionAgentUpdateDict",
    "SessionBudget",
    "SessionBudgetDict",
    "SessionBudgetType",
    "SessionCancellation",
    "SessionCreateParams",
    "SessionCreateParamsDict",
    "SessionDeleted",
    "SessionDeletedEvent",
    "SessionErrorEvent",
    "SessionEventBatch",
    "SessionEventList",
    "SessionList",
    "SessionMultiagent",
    "SessionObjectType",
    "SessionResourceAddParams",
    "SessionResourceAddParamsDict",
    "SessionResourceAddType",
    "SessionResourceDeleted",
    "SessionResourceList",
    "SessionResourceUpdateParams",
    "SessionResourceUpdateParamsDict",
    "SessionSearchPage",
    "SessionSearchParams",
    "SessionSearchParamsDict",
    "SessionStats",
    "SessionStatus",
    "SessionStatusIdleEvent",
    "SessionStatusRescheduledEvent",
    "SessionStatusRunningEvent",
    "SessionStatusTerminatedEvent",
    "SessionThread",
    "SessionThreadCreatedEvent",
    "SessionThreadList",
    "SessionThreadObjectType",
    "SessionThreadStats",
    "SessionThreadStatus",
    "SessionThreadStatusIdleEvent",
    "SessionThreadStatusRescheduledEvent",
    "SessionThreadStatusRunningEvent",
    "SessionThreadStatusTerminatedEvent",
    "SessionUpdatedEvent",
    "SessionUpdateParams",
    "SessionUpdateParamsDict",
    "SessionUsage",
    "SessionUsageEvent",
    "SessionWorkData",
    "Skill",
    "SkillBinding",
    "SkillBindingDict",
    "SkillBindingType",
    "SkillCreateParams",
    "SkillDeleted",
    "SkillList",
    "SkillObjectType",
    "SkillSearchPage",
    "SkillSearchParams",
    "SkillSearchParamsDict",
    "SkillSearchParamsSource",
    "SkillSource",
    "SkillSourceObject",
    "SkillVersion",
    "SkillVersionCreateParams",
    "SkillVersionDeleted",
    "SkillVersionList",
    "SkillVersionObjectType",
    "SortOrder",
    "SpanModelRequestEndEvent",
    "SpanModelRequestStartEvent",
    "SpanOutcomeEvaluationEndEvent",
    "SpanOutcomeEvaluationOngoingEvent",
    "SpanOutcomeEvaluationStartEvent",
    "StaticBearerAuth",
    "StaticBearerAuthParam",
    "StaticBearerAuthParamDict",
    "StaticBearerAuthUpdateParam",
    "StaticBearerAuthUpdateParamDict",
    "SystemMessageEvent",
    "SystemMessageEventParam",
    "SystemMessageEventParamDict",
    "TextBlock",
    "TextBlockDict",
    "TextRubric",
    "TextRubricDict",
    "ThinkingCapability",
    "ThinkingTypes",
    "TokenEndpointAuth",
    "TokenEndpointAuthClientSecretBasicParam",
    "TokenEndpointAuthClientSecretBasicParamDict",
    "TokenEndpointAuthClientSecretBasicUpdateParam",
    "TokenEndpointAuthClientSecretBasicUpdateParamDict",
    "TokenEndpointAuthClientSecretPostParam",
    "TokenEndpointAuthClientSecretPostParamDict",
    "TokenEndpointAuthClientSecretPostUpdateParam",
    "TokenEndpointAuthClientSecretPostUpdateParamDict",
    "TokenEndpointAuthNoneParam",
    "TokenEndpointAuthNoneParamDict",
    "TokenEndpointAuthType",
    "ToolConfig",
    "ToolConfigDict",
    "ToolConfirmationResult",
    "ToolDefaultConfig",
    "ToolDefaultConfigDict",
    "ToolInput",
    "ToolInputSchema",
    "ToolInputSchemaDict",
    "ToolInputSchemaPropertiesType0",
    "ToolInputSchemaType",
    "UnknownContentBlock",
    "UnknownContentSource",
    "UnknownCredentialAuth",
    "UnknownCredentialNetworking",
    "UnknownEnvironmentConfig",
    "UnknownError",
    "UnknownMemoryListItem",
    "UnknownMultiagentMember",
    "UnknownMultiagentMemberDict",
    "UnknownOutcomeRubric",
    "UnknownPreviewDelta",
    "UnknownRepositoryCheckout",
    "UnknownSessionError",
    "UnknownSessionEvent",
    "UnknownSessionResource",
    "UnknownSessionThreadAgent",
    "UnknownStopReason",
    "UnknownTool",
    "UnknownToolConfig",
    "UnknownToolConfigDict",
    "UnknownWorkData",
    "UnrestrictedCredentialNetworking",
    "UnrestrictedCredentialNetworkingDict",
    "URLSource",
    "URLSourceDict",
    "UserCustomToolResultEvent",
    "UserCustomToolResultEventParam",
    "UserCustomToolResultEventParamDict",
    "UserDefineOutcomeEvent",
    "UserDefineOutcomeEventParam",
    "UserDefineOutcomeEventParamDict",
    "UserInterruptEvent",
    "UserInterruptEventParam",
    "UserInterruptEventParamDict",
    "UserLocation",
    "UserLocationDict",
    "UserLocationType",
    "UserMessageEvent",
    "UserMessageEventParam",
    "UserMessageEventParamDict",
    "UserToolConfirmationEvent",
    "UserToolConfirmationEventParam",
    "UserToolConfirmationEventParamDict",
    "UserToolResultEvent",
    "UserToolResultEventParam",
    "UserToolResultEventParamDict",
    "Vault",
    "VaultCreateParams",
    "VaultCreateParamsDict",
    "VaultDeleted",
    "VaultList",
    "VaultObjectType",
    "VaultSearchPage",
    "VaultSearchParams",
    "VaultSearchParamsDict",
    "VaultStatus",
    "WebFetchToolConfig",
    "WebFetchToolConfigDict",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventObjectType",
    "WebhookEventType",
    "WebSearchToolConfig",
    "WebSearchToolConfigDict",
    "WorkHeartbeat",
    "WorkHeartbeatObjectType",
    "WorkItem",
    "WorkItemList",
    "WorkItemObjectType",
    "WorkItemStopParams",
    "WorkItemStopParamsDict",
    "WorkItemUpdateParams",
    "WorkItemUpdateParamsDict",
    "WorkQueueStats",
    "WorkQueueStatsObjectType",
    "WorkState",
    "WriteToolConfig",
    "WriteToolConfigDict",
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
