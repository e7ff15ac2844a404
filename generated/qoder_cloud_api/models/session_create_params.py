# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variables import EnvironmentVariables
    from ..models.file_resource_param import FileResourceParam
    from ..models.git_hub_repository_resource_param import GitHubRepositoryResourceParam
    from ..models.git_repository_resource_param import GitRepositoryResourceParam
    from ..models.memory_store_resource_param import MemoryStoreResourceParam
    from ..models.metadata import Metadata
    from ..models.session_agent_overrides_param import SessionAgentOverridesParam
    from ..models.session_agent_ref_param import SessionAgentRefParam
    from ..models.session_budget import SessionBudget
    from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParam
    from ..models.user_message_event_param import UserMessageEventParam


if TYPE_CHECKING:
    from ..models.file_resource_param import FileResourceParamDict
    from ..models.git_hub_repository_resource_param import GitHubRepositoryResourceParamDict
    from ..models.git_repository_resource_param import GitRepositoryResourceParamDict
    from ..models.memory_store_resource_param import MemoryStoreResourceParamDict
    from ..models.session_agent_overrides_param import SessionAgentOverridesParamDict
    from ..models.session_agent_ref_param import SessionAgentRefParamDict
    from ..models.session_budget import SessionBudgetDict
    from ..models.user_define_outcome_event_param import UserDefineOutcomeEventParamDict
    from ..models.user_message_event_param import UserMessageEventParamDict


T = TypeVar("T", bound="SessionCreateParams")
_New = object.__new__


@_attrs_define(repr=False)
class SessionCreateParams(ModelBase):
    """The body of `sessions_create`.

    Attributes:
        agent (SessionAgentOverridesParam | SessionAgentRefParam | str): The agent to run, as an agent ID (its latest
            version) or as a reference object.
        environment_id (str): An active (not archived) environment (`env_` prefix).
        title (None | str | Unset): A title for the session.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        resources (list[FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam |
            MemoryStoreResourceParam] | Unset): Files, repositories and memory stores to mount. Not allowed on self-hosted
            environments.
        vault_ids (list[str] | Unset): Vaults holding credentials for the agent's MCP servers and other secrets.
        environment_variables (EnvironmentVariables | str | Unset): Variables to set in the container: a name-to-value
            object, or a string of `NAME=value` pairs
            separated by `;` or newlines. Names match `[A-Za-z_][A-Za-z0-9_]*`; `SERVER_ENDPOINT`, `USER_ID`,
            `WORK_DIR` and names starting with `CAW_` or `QODER_` are refused. Not allowed on self-hosted
            environments.
        budget (SessionBudget | Unset): A spending cap for the session. Not in the docs; sent by the official SDK. The
            Python SDK caps
            credits (`max_credit_cost`), the TypeScript SDK caps list cost (`max_list_cost`); both are listed.
        initial_events (list[UserDefineOutcomeEventParam | UserMessageEventParam] | Unset): Events to process at once,
            in order (`user.message` or `user.define_outcome`). Not in the docs;
            sent by the official SDK.
    """

    agent: SessionAgentOverridesParam | SessionAgentRefParam | str
    environment_id: str
    title: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    resources: (
        list[FileResourceParam | GitHubRepositoryResourceParam | GitRepositoryResourceParam | MemoryStoreResourceParam]
        | Unset
    ) = UNSET
    vault_ids: list[str] | Unset = UNSET
    environment_variables: EnvironmentVariables | str | Unset = UNSET
    budget: SessionBudget | Unset = UNSET
    initial_events: list[UserDefineOutcomeEventParam | UserMessageEventParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_resource_param import FileResourceParam
        from ..models.git_hub_repository_resource_param import GitHubRepositoryResourceParam
        from ..models.git_repository_resource_param import GitRepositoryResourceParam
        from ..models.session_agent_overrides_param import SessionAgentOverridesParam
        from ..models.session_agent_ref_param import SessionAgentRefParam
        from ..models.user_message_event_param import UserMessageEventParam

        agent: dict[str, Any] | str
        if isinstance(self.agent, SessionAgentRefParam):
            agent = self.agent.to_dict()
        elif isinstance(self.agent, SessionAgentOverridesParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        environment_id = self.environment_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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

        environment_variables: dict[str, Any] | str | Unset
        if isinstance(self.environment_variables, Unset):
            environment_variables = UNSET
        elif isinstance(self.environment_variables, EnvironmentVariables):
            environment_variables = self.environment_variables.to_dict()
        else:
            environment_variables = self.environment_variables

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        initial_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_events, Unset):
            initial_events = []
            for initial_events_item_data in self.initial_events:
                initial_events_item: dict[str, Any]
                if isinstance(initial_events_item_data, UserMessageEventParam):
                    initial_events_item = initial_events_item_data.to_dict()
                else:
                    initial_events_item = initial_events_item_data.to_dict()

                initial_events.append(initial_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "environment_id": environment_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if resources is not UNSET:
            field_dict["resources"] = resources
        if vault_ids is not UNSET:
            field_dict["vault_ids"] = vault_ids
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if budget is not UNSET:
            field_dict["budget"] = budget
        if initial_events is not UNSET:
            field_dict["initial_events"] = initial_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_create_params_from_dict(src_dict, cls))

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


def _session_create_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionCreateParams] = SessionCreateParams
) -> SessionCreateParams:
    d = src_dict
    _Built = _New(cls)
    agent = _parse_agent(d["agent"])

    _Built.agent = agent
    _Built.environment_id = d["environment_id"]
    title = d.get("title", UNSET)

    _Built.title = title
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
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
    _environment_variables = d.get("environment_variables", UNSET)
    environment_variables = (
        _environment_variables
        if _environment_variables is UNSET
        else _parse_environment_variables(_environment_variables)
    )

    _Built.environment_variables = environment_variables
    _budget = d.get("budget", UNSET)
    budget: SessionBudget | Unset
    if _budget is UNSET:
        budget = UNSET
    else:
        budget = _session_budget_from_dict(_budget)

    _Built.budget = budget
    _initial_events = d.get("initial_events", UNSET)
    initial_events: list[UserDefineOutcomeEventParam | UserMessageEventParam] | Unset = UNSET
    if _initial_events is not UNSET:
        initial_events = [
            _parse_initial_events_item(initial_events_item_data) for initial_events_item_data in _initial_events
        ]

    _Built.initial_events = initial_events
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SessionCreateParamsDict(TypedDict, total=False):
    """`SessionCreateParams` as a plain dict: its fields under their names on the wire."""

    agent: Required[
        str
        | SessionAgentRefParam
        | SessionAgentRefParamDict
        | SessionAgentOverridesParam
        | SessionAgentOverridesParamDict
    ]

    environment_id: Required[str]

    title: str | None

    metadata: Metadata | Mapping[str, str]

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

    environment_variables: EnvironmentVariables | Mapping[str, str] | str

    budget: SessionBudget | SessionBudgetDict

    initial_events: Sequence[
        UserMessageEventParam
        | UserMessageEventParamDict
        | UserDefineOutcomeEventParam
        | UserDefineOutcomeEventParamDict
    ]


_agent_modules = {
    "agent": "session_agent_ref_param",
    "agent_with_overrides": "session_agent_overrides_param",
}
_agent_parsers: dict[str, Callable[[Mapping[str, Any]], SessionAgentRefParam | SessionAgentOverridesParam]] = {}


def _parse_agent(data: object) -> SessionAgentOverridesParam | SessionAgentRefParam | str:
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _agent_parsers.get(kind)
            if parse is None and kind in _agent_modules:
                module = _agent_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _agent_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.session_agent_overrides_param import (
        _session_agent_overrides_param_from_dict,
    )
    from ..models.session_agent_ref_param import _session_agent_ref_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_agent_param_type_1 = _session_agent_ref_param_from_dict(data)

        return componentsschemas_session_agent_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_agent_param_type_2 = _session_agent_overrides_param_from_dict(data)

        return componentsschemas_session_agent_param_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""SessionAgentOverridesParam | SessionAgentRefParam | str""", data)


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


def _parse_environment_variables(data: object) -> EnvironmentVariables | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_environment_variables_param_type_0 = _environment_variables_from_dict(data)

        return componentsschemas_environment_variables_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""EnvironmentVariables | str | Unset""", data)


_initial_events_item_modules = {
    "user.message": "user_message_event_param",
    "user.define_outcome": "user_define_outcome_event_param",
}
_initial_events_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], UserMessageEventParam | UserDefineOutcomeEventParam]
] = {}


def _parse_initial_events_item(data: object) -> UserDefineOutcomeEventParam | UserMessageEventParam:
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
    from ..models.user_define_outcome_event_param import (
        _user_define_outcome_event_param_from_dict,
    )
    from ..models.user_message_event_param import _user_message_event_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_initial_event_param_type_0 = _user_message_event_param_from_dict(data)

        return componentsschemas_initial_event_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_initial_event_param_type_1 = _user_define_outcome_event_param_from_dict(data)

    return componentsschemas_initial_event_param_type_1


_KNOWN_KEYS = frozenset(
    {
        "agent",
        "environment_id",
        "title",
        "metadata",
        "resources",
        "vault_ids",
        "environment_variables",
        "budget",
        "initial_events",
    }
)


from ..models.environment_variables import (
    EnvironmentVariables,  # noqa: E402
    _environment_variables_from_dict,  # noqa: E402
)
from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
