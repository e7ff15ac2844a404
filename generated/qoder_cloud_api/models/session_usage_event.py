# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.session_budget import SessionBudget
    from ..models.session_usage import SessionUsage


T = TypeVar("T", bound="SessionUsageEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SessionUsageEvent(ModelBase):
    """A snapshot of the session's usage. Not in the docs; sent by the official SDK.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['session.usage']): Always `session.usage`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event.
        usage (SessionUsage | Unset): What a session (or one thread) has used so far. The docs describe the credit
            snapshot; token and
            cost counters come from the official SDK's types and older examples.
        total_credits (float | Unset): Credits used so far, outside `usage`. Not in the docs; read by the official
            Python SDK.
        model_credits (float | Unset): Credits used by model requests, outside `usage`. Not in the docs; read by the
            official Python SDK.
        sandbox_runtime_credits (float | Unset): Credits used by the sandbox, outside `usage`. Not in the docs; read by
            the official Python SDK.
        budget (None | SessionBudget | Unset): The budget in force.
    """

    id: str
    type_: Literal["session.usage"]
    processed_at: datetime.datetime | None | Unset = UNSET
    usage: SessionUsage | Unset = UNSET
    total_credits: float | Unset = UNSET
    model_credits: float | Unset = UNSET
    sandbox_runtime_credits: float | Unset = UNSET
    budget: None | SessionBudget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        total_credits = self.total_credits

        model_credits = self.model_credits

        sandbox_runtime_credits = self.sandbox_runtime_credits

        budget: dict[str, Any] | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, SessionBudget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if usage is not UNSET:
            field_dict["usage"] = usage
        if total_credits is not UNSET:
            field_dict["total_credits"] = total_credits
        if model_credits is not UNSET:
            field_dict["model_credits"] = model_credits
        if sandbox_runtime_credits is not UNSET:
            field_dict["sandbox_runtime_credits"] = sandbox_runtime_credits
        if budget is not UNSET:
            field_dict["budget"] = budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_usage_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["session.usage"]:
        """Same as ``type_``."""
        return self.type_


def _session_usage_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionUsageEvent] = SessionUsageEvent
) -> SessionUsageEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "session.usage":
        raise ValueError(f"type must match const 'session.usage', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _usage = d.get("usage", UNSET)
    usage: SessionUsage | Unset
    if _usage is UNSET:
        usage = UNSET
    else:
        usage = _session_usage_from_dict(_usage)

    _Built.usage = usage
    _Built.total_credits = d.get("total_credits", UNSET)
    _Built.model_credits = d.get("model_credits", UNSET)
    _Built.sandbox_runtime_credits = d.get("sandbox_runtime_credits", UNSET)
    _budget = d.get("budget", UNSET)
    budget = _budget if _budget is None or _budget is UNSET else _parse_budget(_budget)

    _Built.budget = budget
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        processed_at_type_0 = _FromIsoformat(data)

        return processed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


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


_KNOWN_KEYS = frozenset(
    {"id", "type", "processed_at", "usage", "total_credits", "model_credits", "sandbox_runtime_credits", "budget"}
)


from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
from ..models.session_usage import (
    SessionUsage,  # noqa: E402
    _session_usage_from_dict,  # noqa: E402
)
