# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_run_object_type import _MEMBERS as _DeploymentRunObjectType_MEMBERS
from ..models.deployment_run_object_type import DeploymentRunObjectType
from ..models.deployment_run_status import _MEMBERS as _DeploymentRunStatus_MEMBERS
from ..models.deployment_run_status import DeploymentRunStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.deployment_agent import DeploymentAgent
    from ..models.deployment_run_error import DeploymentRunError
    from ..models.deployment_run_extras import DeploymentRunExtras
    from ..models.deployment_trigger_context import DeploymentTriggerContext


T = TypeVar("T", bound="DeploymentRun")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class DeploymentRun(ModelBase):
    """One firing of a deployment. A run succeeded when `error` is null. The older generation of the
    docs adds `status`, `cas_run_extras`, `triggered_at`, `completed_at` and `duration_ms`.

        Attributes:
            id (str): Run ID (`drun_` prefix).
            deployment_id (str): The deployment that ran.
            type_ (DeploymentRunObjectType | Unset): Always `deployment_run`.
            agent (DeploymentAgent | Unset): The agent a deployment runs, resolved to a version.
            session_id (None | str | Unset): The session the run started; null when none could be created.
            error (DeploymentRunError | None | Unset): Why the run failed; null when it succeeded.
            trigger_context (DeploymentTriggerContext | Unset): What started a run, chosen by `type`; `schedule` carries
                `scheduled_at`.
            created_at (datetime.datetime | Unset): When the run was triggered.
            status (DeploymentRunStatus | Unset): Where a run is (older generation); `skipped` runs hit the concurrency cap.
            cas_run_extras (DeploymentRunExtras | None | Unset): Execution details (older generation).
            triggered_at (datetime.datetime | None | Unset): When the run was triggered (older generation).
            completed_at (datetime.datetime | None | Unset): When the run ended (older generation).
            duration_ms (int | None | Unset): How long the run took, in milliseconds (older generation).
    """

    id: str
    deployment_id: str
    type_: DeploymentRunObjectType | Unset = UNSET
    agent: DeploymentAgent | Unset = UNSET
    session_id: None | str | Unset = UNSET
    error: DeploymentRunError | None | Unset = UNSET
    trigger_context: DeploymentTriggerContext | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    status: DeploymentRunStatus | Unset = UNSET
    cas_run_extras: DeploymentRunExtras | None | Unset = UNSET
    triggered_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deployment_id = self.deployment_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DeploymentRunError):
            error = self.error.to_dict()
        else:
            error = self.error

        trigger_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_context, Unset):
            trigger_context = self.trigger_context.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        cas_run_extras: dict[str, Any] | None | Unset
        if isinstance(self.cas_run_extras, Unset):
            cas_run_extras = UNSET
        elif isinstance(self.cas_run_extras, DeploymentRunExtras):
            cas_run_extras = self.cas_run_extras.to_dict()
        else:
            cas_run_extras = self.cas_run_extras

        triggered_at: None | str | Unset
        if isinstance(self.triggered_at, Unset):
            triggered_at = UNSET
        elif isinstance(self.triggered_at, datetime.datetime):
            triggered_at = self.triggered_at.isoformat()
        else:
            triggered_at = self.triggered_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deployment_id": deployment_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agent is not UNSET:
            field_dict["agent"] = agent
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if error is not UNSET:
            field_dict["error"] = error
        if trigger_context is not UNSET:
            field_dict["trigger_context"] = trigger_context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if cas_run_extras is not UNSET:
            field_dict["cas_run_extras"] = cas_run_extras
        if triggered_at is not UNSET:
            field_dict["triggered_at"] = triggered_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _deployment_run_from_dict(src_dict, cls))

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
    def type(self) -> DeploymentRunObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _deployment_run_from_dict(src_dict: Mapping[str, Any], cls: type[DeploymentRun] = DeploymentRun) -> DeploymentRun:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    _Built.deployment_id = d["deployment_id"]
    _type_ = d.get("type", UNSET)
    type_: DeploymentRunObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _DeploymentRunObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _agent = d.get("agent", UNSET)
    agent: DeploymentAgent | Unset
    if _agent is UNSET:
        agent = UNSET
    else:
        agent = _deployment_agent_from_dict(_agent)

    _Built.agent = agent
    session_id = d.get("session_id", UNSET)

    _Built.session_id = session_id
    _error = d.get("error", UNSET)
    error = _error if _error is None or _error is UNSET else _parse_error(_error)

    _Built.error = error
    _trigger_context = d.get("trigger_context", UNSET)
    trigger_context: DeploymentTriggerContext | Unset
    if _trigger_context is UNSET:
        trigger_context = UNSET
    else:
        trigger_context = _deployment_trigger_context_from_dict(_trigger_context)

    _Built.trigger_context = trigger_context
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    _status = d.get("status", UNSET)
    status: DeploymentRunStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = _DeploymentRunStatus_MEMBERS[_status]

    _Built.status = status
    _cas_run_extras = d.get("cas_run_extras", UNSET)
    cas_run_extras = (
        _cas_run_extras
        if _cas_run_extras is None or _cas_run_extras is UNSET
        else _parse_cas_run_extras(_cas_run_extras)
    )

    _Built.cas_run_extras = cas_run_extras
    _triggered_at = d.get("triggered_at", UNSET)
    triggered_at = (
        _triggered_at if _triggered_at is None or _triggered_at is UNSET else _parse_triggered_at(_triggered_at)
    )

    _Built.triggered_at = triggered_at
    _completed_at = d.get("completed_at", UNSET)
    completed_at = (
        _completed_at if _completed_at is None or _completed_at is UNSET else _parse_completed_at(_completed_at)
    )

    _Built.completed_at = completed_at
    duration_ms = d.get("duration_ms", UNSET)

    _Built.duration_ms = duration_ms
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_error(data: object) -> DeploymentRunError | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = _deployment_run_error_from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DeploymentRunError | None | Unset""", data)


def _parse_cas_run_extras(data: object) -> DeploymentRunExtras | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cas_run_extras_type_0 = _deployment_run_extras_from_dict(data)

        return cas_run_extras_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DeploymentRunExtras | None | Unset""", data)


def _parse_triggered_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        triggered_at_type_0 = _FromIsoformat(data)

        return triggered_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_at_type_0 = _FromIsoformat(data)

        return completed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "deployment_id",
        "type",
        "agent",
        "session_id",
        "error",
        "trigger_context",
        "created_at",
        "status",
        "cas_run_extras",
        "triggered_at",
        "completed_at",
        "duration_ms",
    }
)


from ..models.deployment_agent import (
    DeploymentAgent,  # noqa: E402
    _deployment_agent_from_dict,  # noqa: E402
)
from ..models.deployment_run_error import (
    DeploymentRunError,  # noqa: E402
    _deployment_run_error_from_dict,  # noqa: E402
)
from ..models.deployment_run_extras import (
    DeploymentRunExtras,  # noqa: E402
    _deployment_run_extras_from_dict,  # noqa: E402
)
from ..models.deployment_trigger_context import (
    DeploymentTriggerContext,  # noqa: E402
    _deployment_trigger_context_from_dict,  # noqa: E402
)
