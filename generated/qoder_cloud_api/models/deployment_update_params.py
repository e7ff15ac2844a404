# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.deployment_schedule_param import DeploymentScheduleParam
    from ..models.file_resource_param import FileResourceParam
    from ..models.git_hub_repository_resource_param import GitHubRepositoryResourceParam
    from ..models.git_repository_resource_param import GitRepositoryResourceParam
    from ..models.memory_store_resource_param import MemoryStoreResourceParam
    from ..models.metadata_patch import MetadataPatch
    from ..models.session_agent_ref_param import SessionAgentRefParam
    from ..models.session_budget import SessionBudget
    from ..models.system_message_event_param import SystemMessageEventParam
    from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParam
    from ..models.user_message_event_param import UserMessageEventParam


if TYPE_CHECKING:
    from ..models.deployment_schedule_param import DeploymentScheduleParamDict
    from ..models.file_resource_param import FileResourceParamDict
    from ..models.git_hub_repository_resource_param import GitHubRepositoryResourceParamDict
    from ..models.git_repository_resource_param import GitRepositoryResourceParamDict
    from ..models.memory_store_resource_param import MemoryStoreResourceParamDict
    from ..models.session_agent_ref_param import SessionAgentRefParamDict
    from ..models.session_budget import SessionBudgetDict
    from ..models.system_message_event_param import SystemMessageEventParamDict
    from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParamDict
    from ..models.user_message_event_param import UserMessageEventParamDict


T = TypeVar("T", bound="DeploymentUpdateParams")
_New = object.__new__


@_attrs_define(repr=False)
class DeploymentUpdateParams(ModelBase):
    """The body of `deployments_update`; every field is optional.

    Attributes:
        name (str | Unset): A new name.
        agent (SessionAgentRefParam | str | Unset): The agent to run, as an agent ID (its latest version) or as a
            reference object.
        environment_id (str | Unset): A new environment.
        initial_events (list[SystemMessageEventParam | UserDefineOutcomeEventParam | UserMessageEventParam] | Unset):
            New initial events, replacing the old ones.
        description (None | str | Unset): A new description; null clears it.
        schedule (DeploymentScheduleParam | None | Unset): A new schedule; null makes the deployment manual-only.
        resources (list[FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam |
            MemoryStoreResourceParam] | Unset): New resources, replacing the old ones.
        vault_ids (list[str] | Unset): New vaults, replacing the old ones.
        metadata (MetadataPatch | Unset): A merge patch for metadata. A string sets a key; `null` removes it; keys not
            sent are kept.
        environment_variables (None | str | Unset): New variables; null clears them.
        budget (SessionBudget | Unset): A spending cap for the session. Not in the docs; sent by the official SDK. The
            Python SDK caps
            credits (`max_credit_cost`), the TypeScript SDK caps list cost (`max_list_cost`); both are listed.
    """

    name: str | Unset = UNSET
    agent: SessionAgentRefParam | str | Unset = UNSET
    environment_id: str | Unset = UNSET
    initial_events: list[SystemMessageEventParam | UserDefineOutcomeEventParam | UserMessageEventParam] | Unset = UNSET
    description: None | str | Unset = UNSET
    schedule: DeploymentScheduleParam | None | Unset = UNSET
    resources: (
        list[FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam | MemoryStoreResourceParam]
        | Unset
    ) = UNSET
    vault_ids: list[str] | Unset = UNSET
    metadata: MetadataPatch | Unset = UNSET
    environment_variables: None | str | Unset = UNSET
    budget: SessionBudget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_resource_param import FileResourceParam
        from ..models.git_hub_repository_resource_param import GitHubRepositoryResourceParam
        from ..models.git_repository_resource_param import GitRepositoryResourceParam
        from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParam
        from ..models.user_message_event_param import UserMessageEventParam

        name = self.name

        agent: dict[str, Any] | str | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, SessionAgentRefParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        environment_id = self.environment_id

        initial_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_events, Unset):
            initial_events = []
            for initial_events_item_data in self.initial_events:
                initial_events_item: dict[str, Any]
                if isinstance(initial_events_item_data, UserMessageEventParam):
                    initial_events_item = initial_events_item_data.to_dict()
                elif isinstance(initial_events_item_data, UserDefineOutcomeEventParam):
                    initial_events_item = initial_events_item_data.to_dict()
                else:
                    initial_events_item = initial_events_item_data.to_dict()

                initial_events.append(initial_events_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, DeploymentScheduleParam):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item: dict[str, Any]
                if isinstance(resources_item_data, FileResourceParam):
                    resources_item = resources_item_data.to_dict()
                elif isinstance(resources_item_data, GitHubRepositoryResourceParam):
                    resources_item = resources_item_data.to_dict()
                elif isinstance(resources_item_data, GitRepositoryResourceParam):
                    resources_item = resources_item_data.to_dict()
                else:
                    resources_item = resources_item_data.to_dict()

                resources.append(resources_item)

        vault_ids: list[str] | Unset = UNSET
        if not isinstance(self.vault_ids, Unset):
            vault_ids = self.vault_ids

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        environment_variables: None | str | Unset
        if isinstance(self.environment_variables, Unset):
            environment_variables = UNSET
        else:
            environment_variables = self.environment_variables

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if agent is not UNSET:
            field_dict["agent"] = agent
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if initial_events is not UNSET:
            field_dict["initial_events"] = initial_events
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if resources is not UNSET:
            field_dict["resources"] = resources
        if vault_ids is not UNSET:
            field_dict["vault_ids"] = vault_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if budget is not UNSET:
            field_dict["budget"] = budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _deployment_update_params_from_dict(src_dict, cls))

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


def _deployment_update_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[DeploymentUpdateParams] = DeploymentUpdateParams
) -> DeploymentUpdateParams:
    d = src_dict
    _Built = _New(cls)
    _Built.name = d.get("name", UNSET)
    _agent = d.get("agent", UNSET)
    agent = _agent if _agent is UNSET else _parse_agent(_agent)

    _Built.agent = agent
    _Built.environment_id = d.get("environment_id", UNSET)
    _initial_events = d.get("initial_events", UNSET)
    initial_events: list[SystemMessageEventParam | UserDefineOutcomeEventParam | UserMessageEventParam] | Unset = UNSET
    if _initial_events is not UNSET:
        initial_events = [
            _parse_initial_events_item(initial_events_item_data) for initial_events_item_data in _initial_events
        ]

    _Built.initial_events = initial_events
    description = d.get("description", UNSET)

    _Built.description = description
    _schedule = d.get("schedule", UNSET)
    schedule = _schedule if _schedule is None or _schedule is UNSET else _parse_schedule(_schedule)

    _Built.schedule = schedule
    _resources = d.get("resources", UNSET)
    resources: (
        list[FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam | MemoryStoreResourceParam]
        | Unset
    ) = UNSET
    if _resources is not UNSET:
        resources = [_parse_resources_item(resources_item_data) for resources_item_data in _resources]

    _Built.resources = resources
    vault_ids = d.get("vault_ids", UNSET)

    _Built.vault_ids = vault_ids
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataPatch | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_patch_from_dict(_metadata)

    _Built.metadata = metadata
    environment_variables = d.get("environment_variables", UNSET)

    _Built.environment_variables = environment_variables
    _budget = d.get("budget", UNSET)
    budget: SessionBudget | Unset
    if _budget is UNSET:
        budget = UNSET
    else:
        budget = _session_budget_from_dict(_budget)

    _Built.budget = budget
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class DeploymentUpdateParamsDict(TypedDict, total=False):
    """`DeploymentUpdateParams` as a plain dict: its fields under their names on the wire."""

    name: str

    agent: str | SessionAgentRefParam | SessionAgentRefParamDict

    environment_id: str

    initial_events: Sequence[
        UserMessageEventParam
        | UserMessageEventParamDict
        | UserDefineOutcomeEventParam
        | UserDefineOutcomeEventParamDict
        | SystemMessageEventParam
        | SystemMessageEventParamDict
    ]

    description: str | None

    schedule: DeploymentScheduleParam | DeploymentScheduleParamDict | None

    resources: Sequence[
        FileResourceParam
        | FileResourceParamDict
        | GitHubRepositoryResourceParam
        | GitHubRepositoryResourceParamDict
        | GitRepositoryResourceParam
        | GitRepositoryResourceParamDict
        | MemoryStoreResourceParam
        | MemoryStoreResourceParamDict
    ]

    vault_ids: list[str] | tuple[str, ...]

    metadata: MetadataPatch | Mapping[str, None | str]

    environment_variables: str | None

    budget: SessionBudget | SessionBudgetDict


def _parse_agent(data: object) -> SessionAgentRefParam | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_deployment_agent_param_type_1 = _session_agent_ref_param_from_dict(data)

        return componentsschemas_deployment_agent_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""SessionAgentRefParam | str | Unset""", data)


_initial_events_item_modules = {
    "user.message": "user_message_event_param",
    "user.define_outcome": "user_define_outcome_event_param",
    "system.message": "system_message_event_param",
}
_initial_events_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], UserMessageEventParam | UserDefineOutcomeEventParam | SystemMessageEventParam]
] = {}


def _parse_initial_events_item(
    data: object,
) -> SystemMessageEventParam | UserDefineOutcomeEventParam | UserMessageEventParam:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _initial_events_item_parsers.get(kind)
            if parse is None and kind in _initial_events_item_modules:
                module = _initial_events_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _initial_events_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.system_message_event_param import _system_message_event_param_from_dict
    from ..models.user_define_outcome_event_param import (
        _user_define_outcome_event_param_from_dict,
    )
    from ..models.user_message_event_param import _user_message_event_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_deployment_initial_event_param_type_0 = _user_message_event_param_from_dict(data)

        return componentsschemas_deployment_initial_event_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_deployment_initial_event_param_type_1 = _user_define_outcome_event_param_from_dict(data)

        return componentsschemas_deployment_initial_event_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_deployment_initial_event_param_type_2 = _system_message_event_param_from_dict(data)

    return componentsschemas_deployment_initial_event_param_type_2


def _parse_schedule(data: object) -> DeploymentScheduleParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        schedule_type_0 = _deployment_schedule_param_from_dict(data)

        return schedule_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DeploymentScheduleParam | None | Unset""", data)


_resources_item_modules = {
    "file": "file_resource_param",
    "github_repository": "git_hub_repository_resource_param",
    "git_repository": "git_repository_resource_param",
    "memory_store": "memory_store_resource_param",
}
_resources_item_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam | MemoryStoreResourceParam,
    ],
] = {}


def _parse_resources_item(
    data: object,
) -> FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam | MemoryStoreResourceParam:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _resources_item_parsers.get(kind)
            if parse is None and kind in _resources_item_modules:
                module = _resources_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _resources_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.file_resource_param import _file_resource_param_from_dict
    from ..models.git_hub_repository_resource_param import (
        _git_hub_repository_resource_param_from_dict,
    )
    from ..models.git_repository_resource_param import (
        _git_repository_resource_param_from_dict,
    )
    from ..models.memory_store_resource_param import _memory_store_resource_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_param_type_0 = _file_resource_param_from_dict(data)

        return componentsschemas_session_resource_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_param_type_1 = _git_hub_repository_resource_param_from_dict(data)

        return componentsschemas_session_resource_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_param_type_2 = _git_repository_resource_param_from_dict(data)

        return componentsschemas_session_resource_param_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_resource_param_type_3 = _memory_store_resource_param_from_dict(data)

    return componentsschemas_session_resource_param_type_3


_KNOWN_KEYS = frozenset(
    {
        "name",
        "agent",
        "environment_id",
        "initial_events",
        "description",
        "schedule",
        "resources",
        "vault_ids",
        "metadata",
        "environment_variables",
        "budget",
    }
)


from ..models.deployment_schedule_param import (
    DeploymentScheduleParam,  # noqa: E402
    _deployment_schedule_param_from_dict,  # noqa: E402
)
from ..models.metadata_patch import (
    MetadataPatch,  # noqa: E402
    _metadata_patch_from_dict,  # noqa: E402
)
from ..models.session_agent_ref_param import (
    SessionAgentRefParam,  # noqa: E402
    _session_agent_ref_param_from_dict,  # noqa: E402
)
from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
