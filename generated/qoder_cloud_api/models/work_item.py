# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_item_object_type import _MEMBERS as _WorkItemObjectType_MEMBERS
from ..models.work_item_object_type import WorkItemObjectType
from ..models.work_state import _MEMBERS as _WorkState_MEMBERS
from ..models.work_state import WorkState
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.session_work_data import SessionWorkData
    from ..models.unknown_work_data import UnknownWorkData


T = TypeVar("T", bound="WorkItem")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class WorkItem(ModelBase):
    """A session of a `self_hosted` environment as its queue sees it: waiting for a worker, held by one
    under a lease that heartbeats extend, or stopped. `state` moves `queued` → `starting` (acknowledged)
    → `active` (heartbeating) → `stopping` (asked to stop) → `stopped`.

        Attributes:
            id (str): Work item ID (`work_` prefix).
            state (WorkState): Where a work item is: `queued` (waiting, or handed out and not acknowledged), `starting`
                (acknowledged, no heartbeat yet), `active` (a worker holds the lease), `stopping` (asked to stop;
                the worker drains) or `stopped` (over; no more heartbeats).
            type_ (WorkItemObjectType | Unset): Always `work`.
            environment_id (str | Unset): The environment whose queue holds the item.
            data (SessionWorkData | UnknownWorkData | Unset): What a work item is for, chosen by `type`. Other types are
                kept as `UnknownWorkData`.
            metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            created_at (datetime.datetime | Unset): When the item was queued.
            acknowledged_at (datetime.datetime | None | Unset): When a worker acknowledged it; null until then (and again
                after a lost lease sends it back to the queue).
            started_at (datetime.datetime | None | Unset): When the first heartbeat of the current lease arrived; null
                before.
            latest_heartbeat_at (datetime.datetime | None | Unset): When the latest heartbeat arrived; null before the
                first.
            stop_requested_at (datetime.datetime | None | Unset): When a stop was asked for; null if never.
            stopped_at (datetime.datetime | None | Unset): When the item stopped; null while it is live.
    """

    id: str
    state: WorkState
    type_: WorkItemObjectType | Unset = UNSET
    environment_id: str | Unset = UNSET
    data: SessionWorkData | UnknownWorkData | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    latest_heartbeat_at: datetime.datetime | None | Unset = UNSET
    stop_requested_at: datetime.datetime | None | Unset = UNSET
    stopped_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        environment_id = self.environment_id

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, SessionWorkData):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        latest_heartbeat_at: None | str | Unset
        if isinstance(self.latest_heartbeat_at, Unset):
            latest_heartbeat_at = UNSET
        elif isinstance(self.latest_heartbeat_at, datetime.datetime):
            latest_heartbeat_at = self.latest_heartbeat_at.isoformat()
        else:
            latest_heartbeat_at = self.latest_heartbeat_at

        stop_requested_at: None | str | Unset
        if isinstance(self.stop_requested_at, Unset):
            stop_requested_at = UNSET
        elif isinstance(self.stop_requested_at, datetime.datetime):
            stop_requested_at = self.stop_requested_at.isoformat()
        else:
            stop_requested_at = self.stop_requested_at

        stopped_at: None | str | Unset
        if isinstance(self.stopped_at, Unset):
            stopped_at = UNSET
        elif isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if acknowledged_at is not UNSET:
            field_dict["acknowledged_at"] = acknowledged_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if latest_heartbeat_at is not UNSET:
            field_dict["latest_heartbeat_at"] = latest_heartbeat_at
        if stop_requested_at is not UNSET:
            field_dict["stop_requested_at"] = stop_requested_at
        if stopped_at is not UNSET:
            field_dict["stopped_at"] = stopped_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _work_item_from_dict(src_dict, cls))

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
    def type(self) -> WorkItemObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _work_item_from_dict(src_dict: Mapping[str, Any], cls: type[WorkItem] = WorkItem) -> WorkItem:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    state = _WorkState_MEMBERS[d["state"]]

    _Built.state = state
    _type_ = d.get("type", UNSET)
    type_: WorkItemObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _WorkItemObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.environment_id = d.get("environment_id", UNSET)
    _data = d.get("data", UNSET)
    data = _data if _data is UNSET else _parse_data(_data)

    _Built.data = data
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    _acknowledged_at = d.get("acknowledged_at", UNSET)
    acknowledged_at = (
        _acknowledged_at
        if _acknowledged_at is None or _acknowledged_at is UNSET
        else _parse_acknowledged_at(_acknowledged_at)
    )

    _Built.acknowledged_at = acknowledged_at
    _started_at = d.get("started_at", UNSET)
    started_at = _started_at if _started_at is None or _started_at is UNSET else _parse_started_at(_started_at)

    _Built.started_at = started_at
    _latest_heartbeat_at = d.get("latest_heartbeat_at", UNSET)
    latest_heartbeat_at = (
        _latest_heartbeat_at
        if _latest_heartbeat_at is None or _latest_heartbeat_at is UNSET
        else _parse_latest_heartbeat_at(_latest_heartbeat_at)
    )

    _Built.latest_heartbeat_at = latest_heartbeat_at
    _stop_requested_at = d.get("stop_requested_at", UNSET)
    stop_requested_at = (
        _stop_requested_at
        if _stop_requested_at is None or _stop_requested_at is UNSET
        else _parse_stop_requested_at(_stop_requested_at)
    )

    _Built.stop_requested_at = stop_requested_at
    _stopped_at = d.get("stopped_at", UNSET)
    stopped_at = _stopped_at if _stopped_at is None or _stopped_at is UNSET else _parse_stopped_at(_stopped_at)

    _Built.stopped_at = stopped_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_data(data: object) -> SessionWorkData | UnknownWorkData | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_work_data_type_0 = _session_work_data_from_dict(data)

        return componentsschemas_work_data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_work_data_type_1 = _unknown_work_data_from_dict(data)

    return componentsschemas_work_data_type_1


def _parse_acknowledged_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        acknowledged_at_type_0 = _FromIsoformat(data)

        return acknowledged_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        started_at_type_0 = _FromIsoformat(data)

        return started_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_latest_heartbeat_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        latest_heartbeat_at_type_0 = _FromIsoformat(data)

        return latest_heartbeat_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_stop_requested_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        stop_requested_at_type_0 = _FromIsoformat(data)

        return stop_requested_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_stopped_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        stopped_at_type_0 = _FromIsoformat(data)

        return stopped_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "state",
        "type",
        "environment_id",
        "data",
        "metadata",
        "created_at",
        "acknowledged_at",
        "started_at",
        "latest_heartbeat_at",
        "stop_requested_at",
        "stopped_at",
    }
)


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
from ..models.session_work_data import (
    SessionWorkData,  # noqa: E402
    _session_work_data_from_dict,  # noqa: E402
)
from ..models.unknown_work_data import (
    UnknownWorkData,  # noqa: E402
    _unknown_work_data_from_dict,  # noqa: E402
)
