# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_object_type import _MEMBERS as _DeploymentObjectType_MEMBERS
from ..models.deployment_object_type import DeploymentObjectType
from ..models.deployment_status import _MEMBERS as _DeploymentStatus_MEMBERS
from ..models.deployment_status import DeploymentStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.deployment_agent import DeploymentAgent
    from ..models.deployment_initial_event import DeploymentInitialEvent
    from ..models.deployment_paused_reason import DeploymentPausedReason
    from ..models.deployment_resource import DeploymentResource
    from ..models.deployment_schedule import DeploymentSchedule
    from ..models.metadata import Metadata
    from ..models.session_budget import SessionBudget


T = TypeVar("T", bound="Deployment")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Deployment(ModelBase):
    """An agent bound to an environment, a set of initial events and a cron schedule (or manual runs
    only). Two generations of the docs describe it; fields of either are accepted.

        Attributes:
            id (str): Deployment ID (`dep_` prefix).
            type_ (DeploymentObjectType): Always `deployment`.
            name (str): The name; `_archived_<unix time>` is appended when the deployment is archived.
            created_at (datetime.datetime): Creation time.
            description (None | str | Unset): A description.
            agent (DeploymentAgent | Unset): The agent a deployment runs, resolved to a version.
            environment_id (str | Unset): The environment every run's session starts in.
            environment_variables (None | str | Unset): Variables for every run's session, as `NAME=value` pairs separated
                by newlines or `;`.
            schedule (DeploymentSchedule | None | Unset): When the deployment runs by itself; null for a deployment that
                only runs when asked.
            initial_events (list[DeploymentInitialEvent] | Unset): The events each run's session receives first.
            resources (list[DeploymentResource] | Unset): What each run's session mounts (secrets are not returned).
            vault_ids (list[str] | Unset): Vaults whose credentials each run's session may use.
            metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            status (DeploymentStatus | Unset): `active` (runs happen) or `paused`. Archiving sets `archived_at` and keeps
                the status.
            paused_reason (DeploymentPausedReason | None | Unset): Why the deployment is paused; null while active.
            budget (None | SessionBudget | Unset): A spending cap for each run's session. Not in the docs; sent by the
                official SDK.
            archived_at (datetime.datetime | None | Unset): When the deployment was archived; null while it is not.
            updated_at (datetime.datetime | Unset): Last change time.
    """

    id: str
    type_: DeploymentObjectType
    name: str
    created_at: datetime.datetime
    description: None | str | Unset = UNSET
    agent: DeploymentAgent | Unset = UNSET
    environment_id: str | Unset = UNSET
    environment_variables: None | str | Unset = UNSET
    schedule: DeploymentSchedule | None | Unset = UNSET
    initial_events: list[DeploymentInitialEvent] | Unset = UNSET
    resources: list[DeploymentResource] | Unset = UNSET
    vault_ids: list[str] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    status: DeploymentStatus | Unset = UNSET
    paused_reason: DeploymentPausedReason | None | Unset = UNSET
    budget: None | SessionBudget | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        name = self.name

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        environment_id = self.environment_id

        environment_variables: None | str | Unset
        if isinstance(self.environment_variables, Unset):
            environment_variables = UNSET
        else:
            environment_variables = self.environment_variables

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, DeploymentSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        initial_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_events, Unset):
            initial_events = []
            for initial_events_item_data in self.initial_events:
                initial_events_item = initial_events_item_data.to_dict()
                initial_events.append(initial_events_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        vault_ids: list[str] | Unset = UNSET
        if not isinstance(self.vault_ids, Unset):
            vault_ids = self.vault_ids

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        paused_reason: dict[str, Any] | None | Unset
        if isinstance(self.paused_reason, Unset):
            paused_reason = UNSET
        elif isinstance(self.paused_reason, DeploymentPausedReason):
            paused_reason = self.paused_reason.to_dict()
        else:
            paused_reason = self.paused_reason

        budget: dict[str, Any] | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, SessionBudget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if agent is not UNSET:
            field_dict["agent"] = agent
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if initial_events is not UNSET:
            field_dict["initial_events"] = initial_events
        if resources is not UNSET:
            field_dict["resources"] = resources
        if vault_ids is not UNSET:
            field_dict["vault_ids"] = vault_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if paused_reason is not UNSET:
            field_dict["paused_reason"] = paused_reason
        if budget is not UNSET:
            field_dict["budget"] = budget
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _deployment_from_dict(src_dict, cls))

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
    def type(self) -> DeploymentObjectType:
        """Same as ``type_``."""
        return self.type_


def _deployment_from_dict(src_dict: Mapping[str, Any], cls: type[Deployment] = Deployment) -> Deployment:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _DeploymentObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.name = d["name"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    description = d.get("description", UNSET)

    _Built.description = description
    _agent = d.get("agent", UNSET)
    agent: DeploymentAgent | Unset
    if _agent is UNSET:
        agent = UNSET
    else:
        agent = _deployment_agent_from_dict(_agent)

    _Built.agent = agent
    _Built.environment_id = d.get("environment_id", UNSET)
    environment_variables = d.get("environment_variables", UNSET)

    _Built.environment_variables = environment_variables
    _schedule = d.get("schedule", UNSET)
    schedule = _schedule if _schedule is None or _schedule is UNSET else _parse_schedule(_schedule)

    _Built.schedule = schedule
    _initial_events = d.get("initial_events", UNSET)
    initial_events: list[DeploymentInitialEvent] | Unset = UNSET
    if _initial_events is not UNSET:
        initial_events = [
            _deployment_initial_event_from_dict(initial_events_item_data)
            for initial_events_item_data in _initial_events
        ]

    _Built.initial_events = initial_events
    _resources = d.get("resources", UNSET)
    resources: list[DeploymentResource] | Unset = UNSET
    if _resources is not UNSET:
        resources = [_deployment_resource_from_dict(resources_item_data) for resources_item_data in _resources]

    _Built.resources = resources
    vault_ids = d.get("vault_ids", UNSET)

    _Built.vault_ids = vault_ids
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _status = d.get("status", UNSET)
    status: DeploymentStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = _DeploymentStatus_MEMBERS[_status]

    _Built.status = status
    _paused_reason = d.get("paused_reason", UNSET)
    paused_reason = (
        _paused_reason if _paused_reason is None or _paused_reason is UNSET else _parse_paused_reason(_paused_reason)
    )

    _Built.paused_reason = paused_reason
    _budget = d.get("budget", UNSET)
    budget = _budget if _budget is None or _budget is UNSET else _parse_budget(_budget)

    _Built.budget = budget
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if _updated_at is UNSET:
        updated_at = UNSET
    else:
        updated_at = _FromIsoformat(_updated_at)

    _Built.updated_at = updated_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_schedule(data: object) -> DeploymentSchedule | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        schedule_type_0 = _deployment_schedule_from_dict(data)

        return schedule_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DeploymentSchedule | None | Unset""", data)


def _parse_paused_reason(data: object) -> DeploymentPausedReason | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        paused_reason_type_0 = _deployment_paused_reason_from_dict(data)

        return paused_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DeploymentPausedReason | None | Unset""", data)


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
        "name",
        "created_at",
        "description",
        "agent",
        "environment_id",
        "environment_variables",
        "schedule",
        "initial_events",
        "resources",
        "vault_ids",
        "metadata",
        "status",
        "paused_reason",
        "budget",
        "archived_at",
        "updated_at",
    }
)


from ..models.deployment_agent import (
    DeploymentAgent,  # noqa: E402
    _deployment_agent_from_dict,  # noqa: E402
)
from ..models.deployment_initial_event import (
    DeploymentInitialEvent,  # noqa: E402
    _deployment_initial_event_from_dict,  # noqa: E402
)
from ..models.deployment_paused_reason import (
    DeploymentPausedReason,  # noqa: E402
    _deployment_paused_reason_from_dict,  # noqa: E402
)
from ..models.deployment_resource import (
    DeploymentResource,  # noqa: E402
    _deployment_resource_from_dict,  # noqa: E402
)
from ..models.deployment_schedule import (
    DeploymentSchedule,  # noqa: E402
    _deployment_schedule_from_dict,  # noqa: E402
)
from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
