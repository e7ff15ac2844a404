# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_queue_stats_object_type import WorkQueueStatsObjectType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="WorkQueueStats")


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
        d = dict(src_dict)
        depth = d.pop("depth")

        pending = d.pop("pending")

        _type_ = d.pop("type", UNSET)
        type_: WorkQueueStatsObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WorkQueueStatsObjectType.from_value(_type_)

        def _parse_oldest_queued_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oldest_queued_at_type_0 = datetime.datetime.fromisoformat(data)

                return oldest_queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        oldest_queued_at = _parse_oldest_queued_at(d.pop("oldest_queued_at", UNSET))

        workers_polling = d.pop("workers_polling", UNSET)

        work_queue_stats = cls(
            depth=depth,
            pending=pending,
            type_=type_,
            oldest_queued_at=oldest_queued_at,
            workers_polling=workers_polling,
        )

        work_queue_stats.additional_properties = d
        return work_queue_stats

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
