# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_object_type import _MEMBERS as _SessionObjectType_MEMBERS
from ..models.session_object_type import SessionObjectType
from ..models.session_status import _MEMBERS as _SessionStatus_MEMBERS
from ..models.session_status import SessionStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variables import EnvironmentVariables
    from ..models.file_resource import FileResource
    from ..models.git_hub_repository_resource import GitHubRepositoryResource
    from ..models.git_repository_resource import GitRepositoryResource
    from ..models.memory_store_resource import MemoryStoreResource
    from ..models.metadata import Metadata
    from ..models.outcome_evaluation import OutcomeEvaluation
    from ..models.session_agent import SessionAgent
    from ..models.session_budget import SessionBudget
    from ..models.session_stats import SessionStats
    from ..models.session_usage import SessionUsage
    from ..models.unknown_session_resource import UnknownSessionResource
    from ..models.unknown_session_thread_agent import UnknownSessionThreadAgent


T = TypeVar("T", bound="Session")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Session(ModelBase):
    """One run of an agent in an environment, with its status, mounted resources and usage.

    Attributes:
        id (str): Session ID (`sess_` prefix).
        type_ (SessionObjectType): Always `session`.
        environment_id (str): The environment the session runs in.
        status (SessionStatus): Where the session is in its life: `idle` (waiting for input, or paused for client
            action),
            `running` (working on a turn), `rescheduling` (recovering from a transient failure), `canceling`
            (stopping a turn, briefly) or `terminated` (ended for good). Archiving does not change it.
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        agent (SessionAgent | UnknownSessionThreadAgent | Unset): The agent version the session runs (an unknown `type`
            is kept as it came).
        title (None | str | Unset): The session's title; empty or null when none was given.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        resources (list[FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource |
            UnknownSessionResource] | Unset): What is mounted into the session's container.
        vault_ids (list[str] | Unset): Vaults whose credentials the session may use.
        environment_variables (EnvironmentVariables | Unset): Variables set in the session's container, by name.
        stats (SessionStats | Unset): Timing figures of a session.
        usage (SessionUsage | Unset): What a session (or one thread) has used so far. The docs describe the credit
            snapshot; token and
            cost counters come from the official SDK's types and older examples.
        budget (None | SessionBudget | Unset): The spending cap, if any. Not in the docs; sent by the official SDK.
        outcome_evaluations (list[OutcomeEvaluation] | Unset): One entry per `user.define_outcome` sent. Not in the
            docs; sent by the official SDK.
        deployment_id (None | str | Unset): The deployment that started the session; null for sessions created directly.
        archived_at (datetime.datetime | None | Unset): When the session was archived; null while active.
    """

    id: str
    type_: SessionObjectType
    environment_id: str
    status: SessionStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    agent: SessionAgent | UnknownSessionThreadAgent | Unset = UNSET
    title: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    resources: (
        list[
            FileResource
            | GitHubRepositoryResource
            | GitRepositoryResource
            | MemoryStoreResource
            | UnknownSessionResource
        ]
        | Unset
    ) = UNSET
    vault_ids: list[str] | Unset = UNSET
    environment_variables: EnvironmentVariables | Unset = UNSET
    stats: SessionStats | Unset = UNSET
    usage: SessionUsage | Unset = UNSET
    budget: None | SessionBudget | Unset = UNSET
    outcome_evaluations: list[OutcomeEvaluation] | Unset = UNSET
    deployment_id: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_resource import FileResource
        from ..models.git_hub_repository_resource import GitHubRepositoryResource
        from ..models.git_repository_resource import GitRepositoryResource
        from ..models.memory_store_resource import MemoryStoreResource

        id = self.id

        type_ = self.type_.value

        environment_id = self.environment_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        agent: dict[str, Any] | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, SessionAgent):
            agent = self.agent.to_dict()
        else:
            agent = self.agent.to_dict()

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
                if isinstance(resources_item_data, FileResource):
                    resources_item = resources_item_data.to_dict()
                elif isinstance(resources_item_data, GitHubRepositoryResource):
                    resources_item = resources_item_data.to_dict()
                elif isinstance(resources_item_data, GitRepositoryResource):
                    resources_item = resources_item_data.to_dict()
                elif isinstance(resources_item_data, MemoryStoreResource):
                    resources_item = resources_item_data.to_dict()
                else:
                    resources_item = resources_item_data.to_dict()

                resources.append(resources_item)

        vault_ids: list[str] | Unset = UNSET
        if not isinstance(self.vault_ids, Unset):
            vault_ids = self.vault_ids

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        budget: dict[str, Any] | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, SessionBudget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        outcome_evaluations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outcome_evaluations, Unset):
            outcome_evaluations = []
            for outcome_evaluations_item_data in self.outcome_evaluations:
                outcome_evaluations_item = outcome_evaluations_item_data.to_dict()
                outcome_evaluations.append(outcome_evaluations_item)

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        else:
            deployment_id = self.deployment_id

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "environment_id": environment_id,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
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
        if stats is not UNSET:
            field_dict["stats"] = stats
        if usage is not UNSET:
            field_dict["usage"] = usage
        if budget is not UNSET:
            field_dict["budget"] = budget
        if outcome_evaluations is not UNSET:
            field_dict["outcome_evaluations"] = outcome_evaluations
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_from_dict(src_dict, cls))

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
    def type(self) -> SessionObjectType:
        """Same as ``type_``."""
        return self.type_


def _session_from_dict(src_dict: Mapping[str, Any], cls: type[Session] = Session) -> Session:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _SessionObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.environment_id = d["environment_id"]
    status = _SessionStatus_MEMBERS[d["status"]]

    _Built.status = status
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    updated_at = _FromIsoformat(d["updated_at"])

    _Built.updated_at = updated_at
    _agent = d.get("agent", UNSET)
    agent = _agent if _agent is UNSET else _parse_agent(_agent)

    _Built.agent = agent
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
        list[
            FileResource
            | GitHubRepositoryResource
            | GitRepositoryResource
            | MemoryStoreResource
            | UnknownSessionResource
        ]
        | Unset
    ) = UNSET
    if _resources is not UNSET:
        resources = [_parse_resources_item(resources_item_data) for resources_item_data in _resources]

    _Built.resources = resources
    vault_ids = d.get("vault_ids", UNSET)

    _Built.vault_ids = vault_ids
    _environment_variables = d.get("environment_variables", UNSET)
    environment_variables: EnvironmentVariables | Unset
    if _environment_variables is UNSET:
        environment_variables = UNSET
    else:
        environment_variables = _environment_variables_from_dict(_environment_variables)

    _Built.environment_variables = environment_variables
    _stats = d.get("stats", UNSET)
    stats: SessionStats | Unset
    if _stats is UNSET:
        stats = UNSET
    else:
        stats = _session_stats_from_dict(_stats)

    _Built.stats = stats
    _usage = d.get("usage", UNSET)
    usage: SessionUsage | Unset
    if _usage is UNSET:
        usage = UNSET
    else:
        usage = _session_usage_from_dict(_usage)

    _Built.usage = usage
    _budget = d.get("budget", UNSET)
    budget = _budget if _budget is None or _budget is UNSET else _parse_budget(_budget)

    _Built.budget = budget
    _outcome_evaluations = d.get("outcome_evaluations", UNSET)
    outcome_evaluations: list[OutcomeEvaluation] | Unset = UNSET
    if _outcome_evaluations is not UNSET:
        outcome_evaluations = [
            _outcome_evaluation_from_dict(outcome_evaluations_item_data)
            for outcome_evaluations_item_data in _outcome_evaluations
        ]

    _Built.outcome_evaluations = outcome_evaluations
    deployment_id = d.get("deployment_id", UNSET)

    _Built.deployment_id = deployment_id
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_agent(data: object) -> SessionAgent | UnknownSessionThreadAgent | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        agent_type_0 = _session_agent_from_dict(data)

        return agent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    agent_type_1 = _unknown_session_thread_agent_from_dict(data)

    return agent_type_1


_resources_item_modules = {
    "file": "file_resource",
    "github_repository": "git_hub_repository_resource",
    "git_repository": "git_repository_resource",
    "memory_store": "memory_store_resource",
}
_resources_item_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]], FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource
    ],
] = {}


def _parse_resources_item(
    data: object,
) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
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
    from ..models.file_resource import _file_resource_from_dict
    from ..models.git_hub_repository_resource import _git_hub_repository_resource_from_dict
    from ..models.git_repository_resource import _git_repository_resource_from_dict
    from ..models.memory_store_resource import _memory_store_resource_from_dict
    from ..models.unknown_session_resource import _unknown_session_resource_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_0 = _file_resource_from_dict(data)

        return componentsschemas_session_resource_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_1 = _git_hub_repository_resource_from_dict(data)

        return componentsschemas_session_resource_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_2 = _git_repository_resource_from_dict(data)

        return componentsschemas_session_resource_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_3 = _memory_store_resource_from_dict(data)

        return componentsschemas_session_resource_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_resource_type_4 = _unknown_session_resource_from_dict(data)

    return componentsschemas_session_resource_type_4


def _parse_budget(data: object) -> None | SessionBudget | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        budget_type_0 = _session_budget_from_dict(data)

        return budget_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""None | SessionBudget | Unset""", data)


def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        archived_at_type_0 = _FromIsoformat(data)

        return archived_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "environment_id",
        "status",
        "created_at",
        "updated_at",
        "agent",
        "title",
        "metadata",
        "resources",
        "vault_ids",
        "environment_variables",
        "stats",
        "usage",
        "budget",
        "outcome_evaluations",
        "deployment_id",
        "archived_at",
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
from ..models.outcome_evaluation import (
    OutcomeEvaluation,  # noqa: E402
    _outcome_evaluation_from_dict,  # noqa: E402
)
from ..models.session_agent import (
    SessionAgent,  # noqa: E402
    _session_agent_from_dict,  # noqa: E402
)
from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
from ..models.session_stats import (
    SessionStats,  # noqa: E402
    _session_stats_from_dict,  # noqa: E402
)
from ..models.session_usage import (
    SessionUsage,  # noqa: E402
    _session_usage_from_dict,  # noqa: E402
)
from ..models.unknown_session_thread_agent import (
    UnknownSessionThreadAgent,  # noqa: E402
    _unknown_session_thread_agent_from_dict,  # noqa: E402
)
