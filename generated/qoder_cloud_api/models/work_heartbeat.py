# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_heartbeat_object_type import _MEMBERS as _WorkHeartbeatObjectType_MEMBERS
from ..models.work_heartbeat_object_type import WorkHeartbeatObjectType
from ..models.work_state import _MEMBERS as _WorkState_MEMBERS
from ..models.work_state import WorkState
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="WorkHeartbeat")
_New = object.__new__


@_attrs_define(repr=False)
class WorkHeartbeat(ModelBase):
    """The lease of a work item after a heartbeat.

    Attributes:
        last_heartbeat (str): The server's mark for this heartbeat (a timestamp). Send it back unchanged as the next
            heartbeat's `expected_last_heartbeat`; it is kept as a string so that it compares exactly.
        type_ (WorkHeartbeatObjectType | Unset): Always `work_heartbeat`.
        lease_extended (bool | Unset): Whether the lease was extended; false once the item is `stopped`.
        state (WorkState | Unset): Where a work item is: `queued` (waiting, or handed out and not acknowledged),
            `starting`
            (acknowledged, no heartbeat yet), `active` (a worker holds the lease), `stopping` (asked to stop;
            the worker drains) or `stopped` (over; no more heartbeats).
        ttl_seconds (int | Unset): How long the lease now lasts, in seconds (the desired TTL, kept within 10 to 600).
    """

    last_heartbeat: str
    type_: WorkHeartbeatObjectType | Unset = UNSET
    lease_extended: bool | Unset = UNSET
    state: WorkState | Unset = UNSET
    ttl_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        last_heartbeat = self.last_heartbeat

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        lease_extended = self.lease_extended

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        ttl_seconds = self.ttl_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_heartbeat": last_heartbeat,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if lease_extended is not UNSET:
            field_dict["lease_extended"] = lease_extended
        if state is not UNSET:
            field_dict["state"] = state
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _work_heartbeat_from_dict(src_dict, cls))

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
    def type(self) -> WorkHeartbeatObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _work_heartbeat_from_dict(src_dict: Mapping[str, Any], cls: type[WorkHeartbeat] = WorkHeartbeat) -> WorkHeartbeat:
    d = src_dict
    _Built = _New(cls)
    _Built.last_heartbeat = d["last_heartbeat"]
    _type_ = d.get("type", UNSET)
    type_: WorkHeartbeatObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _WorkHeartbeatObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.lease_extended = d.get("lease_extended", UNSET)
    _state = d.get("state", UNSET)
    state: WorkState | Unset
    if _state is UNSET:
        state = UNSET
    else:
        state = _WorkState_MEMBERS[_state]

    _Built.state = state
    _Built.ttl_seconds = d.get("ttl_seconds", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"last_heartbeat", "type", "lease_extended", "state", "ttl_seconds"})
