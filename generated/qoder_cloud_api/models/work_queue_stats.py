# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_queue_stats_object_type import _MEMBERS as _WorkQueueStatsObjectType_MEMBERS
from ..models.work_queue_stats_object_type import WorkQueueStatsObjectType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="WorkQueueStats")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class WorkQueueStats(ModelBase):
    """A snapshot of an environment's work queue.

    Attributes:
        depth (int): Queued items a poll can hand out now.
        pending (int): Items handed out by a poll recently and not acknowledged yet.
        type_ (WorkQueueStatsObjectType | Unset): Always `work_queue_stats`.
        oldest_queued_at (datetime.datetime | None | Unset): When the oldest queued item was queued; null when none is.
        workers_polling (int | Unset): Distinct `Worker-ID`s that polled in about the last 30 seconds (polls without one
            are not counted).
    """

    depth: int
    pending: int
    type_: WorkQueueStatsObjectType | Unset = UNSET
    oldest_queued_at: datetime.datetime | None | Unset = UNSET
    workers_polling: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        depth = self.depth

        pending = self.pending

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        oldest_queued_at: None | str | Unset
        if isinstance(self.oldest_queued_at, Unset):
            oldest_queued_at = UNSET
        elif isinstance(self.oldest_queued_at, datetime.datetime):
            oldest_queued_at = self.oldest_queued_at.isoformat()
        else:
            oldest_queued_at = self.oldest_queued_at

        workers_polling = self.workers_polling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depth": depth,
                "pending": pending,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if oldest_queued_at is not UNSET:
            field_dict["oldest_queued_at"] = oldest_queued_at
        if workers_polling is not UNSET:
            field_dict["workers_polling"] = workers_polling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _work_queue_stats_from_dict(src_dict, cls))

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
    def type(self) -> WorkQueueStatsObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _work_queue_stats_from_dict(
    src_dict: Mapping[str, Any], cls: type[WorkQueueStats] = WorkQueueStats
) -> WorkQueueStats:
    d = src_dict
    _Built = _New(cls)
    _Built.depth = d["depth"]
    _Built.pending = d["pending"]
    _type_ = d.get("type", UNSET)
    type_: WorkQueueStatsObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _WorkQueueStatsObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _oldest_queued_at = d.get("oldest_queued_at", UNSET)
    oldest_queued_at = (
        _oldest_queued_at
        if _oldest_queued_at is None or _oldest_queued_at is UNSET
        else _parse_oldest_queued_at(_oldest_queued_at)
    )

    _Built.oldest_queued_at = oldest_queued_at
    _Built.workers_polling = d.get("workers_polling", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_oldest_queued_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        oldest_queued_at_type_0 = _FromIsoformat(data)

        return oldest_queued_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset({"depth", "pending", "type", "oldest_queued_at", "workers_polling"})
