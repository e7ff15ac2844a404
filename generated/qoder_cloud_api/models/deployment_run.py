# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_run_object_type import DeploymentRunObjectType
from ..models.deployment_run_status import DeploymentRunStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.deployment_agent import DeploymentAgent
    from ..models.deployment_run_error import DeploymentRunError
    from ..models.deployment_run_extras import DeploymentRunExtras
    from ..models.deployment_trigger_context import DeploymentTriggerContext


T = TypeVar("T", bound="DeploymentRun")


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
        d = dict(src_dict)
        id = d.pop("id")

        deployment_id = d.pop("deployment_id")

        _type_ = d.pop("type", UNSET)
        type_: DeploymentRunObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeploymentRunObjectType.from_value(_type_)

        _agent = d.pop("agent", UNSET)
        agent: DeploymentAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = DeploymentAgent.from_dict(_agent)

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_error(data: object) -> DeploymentRunError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = DeploymentRunError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DeploymentRunError | None | Unset""", data)

        error = _parse_error(d.pop("error", UNSET))

        _trigger_context = d.pop("trigger_context", UNSET)
        trigger_context: DeploymentTriggerContext | Unset
        if isinstance(_trigger_context, Unset):
            trigger_context = UNSET
        else:
            trigger_context = DeploymentTriggerContext.from_dict(_trigger_context)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _status = d.pop("status", UNSET)
        status: DeploymentRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeploymentRunStatus.from_value(_status)

        def _parse_cas_run_extras(data: object) -> DeploymentRunExtras | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cas_run_extras_type_0 = DeploymentRunExtras.from_dict(data)

                return cas_run_extras_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""DeploymentRunExtras | None | Unset""", data)

        cas_run_extras = _parse_cas_run_extras(d.pop("cas_run_extras", UNSET))

        def _parse_triggered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                triggered_at_type_0 = datetime.datetime.fromisoformat(data)

                return triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        triggered_at = _parse_triggered_at(d.pop("triggered_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""int | None | Unset""", data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        deployment_run = cls(
            id=id,
            deployment_id=deployment_id,
            type_=type_,
            agent=agent,
            session_id=session_id,
            error=error,
            trigger_context=trigger_context,
            created_at=created_at,
            status=status,
            cas_run_extras=cas_run_extras,
            triggered_at=triggered_at,
            completed_at=completed_at,
            duration_ms=duration_ms,
        )

        deployment_run.additional_properties = d
        return deployment_run

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


from ..models.deployment_agent import DeploymentAgent  # noqa: E402
from ..models.deployment_run_error import DeploymentRunError  # noqa: E402
from ..models.deployment_run_extras import DeploymentRunExtras  # noqa: E402
from ..models.deployment_trigger_context import DeploymentTriggerContext  # noqa: E402
