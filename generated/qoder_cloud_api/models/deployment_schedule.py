# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="DeploymentSchedule")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class DeploymentSchedule(ModelBase):
    """A cron schedule and the next times it fires.

    Attributes:
        expression (str): A five-field cron expression (minute, hour, day of month, month, day of week).
        type_ (str | Unset): Always `cron`.
        timezone (str | Unset): The IANA time zone the expression is read in, e.g. `Asia/Shanghai`.
        upcoming_runs_at (list[datetime.datetime] | Unset): The next times the schedule fires; empty while paused or
            once archived.
        last_run_at (datetime.datetime | None | Unset): When the schedule last fired; null before the first time.
    """

    expression: str
    type_: str | Unset = UNSET
    timezone: str | Unset = UNSET
    upcoming_runs_at: list[datetime.datetime] | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        type_ = self.type_

        timezone = self.timezone

        upcoming_runs_at: list[str] | Unset = UNSET
        if not isinstance(self.upcoming_runs_at, Unset):
            upcoming_runs_at = []
            for upcoming_runs_at_item_data in self.upcoming_runs_at:
                upcoming_runs_at_item = upcoming_runs_at_item_data.isoformat()
                upcoming_runs_at.append(upcoming_runs_at_item)

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if upcoming_runs_at is not UNSET:
            field_dict["upcoming_runs_at"] = upcoming_runs_at
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _deployment_schedule_from_dict(src_dict, cls))

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
    def type(self) -> str | Unset:
        """Same as ``type_``."""
        return self.type_


def _deployment_schedule_from_dict(
    src_dict: Mapping[str, Any], cls: type[DeploymentSchedule] = DeploymentSchedule
) -> DeploymentSchedule:
    d = src_dict
    _Built = _New(cls)
    _Built.expression = d["expression"]
    _Built.type_ = d.get("type", UNSET)
    _Built.timezone = d.get("timezone", UNSET)
    _upcoming_runs_at = d.get("upcoming_runs_at", UNSET)
    upcoming_runs_at: list[datetime.datetime] | Unset = UNSET
    if _upcoming_runs_at is not UNSET:
        upcoming_runs_at = [
            _FromIsoformat(upcoming_runs_at_item_data) for upcoming_runs_at_item_data in _upcoming_runs_at
        ]

    _Built.upcoming_runs_at = upcoming_runs_at
    _last_run_at = d.get("last_run_at", UNSET)
    last_run_at = _last_run_at if _last_run_at is None or _last_run_at is UNSET else _parse_last_run_at(_last_run_at)

    _Built.last_run_at = last_run_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        last_run_at_type_0 = _FromIsoformat(data)

        return last_run_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset({"expression", "type", "timezone", "upcoming_runs_at", "last_run_at"})
