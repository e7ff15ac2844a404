# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.session_agent import SessionAgent
    from ..models.session_budget import SessionBudget
    from ..models.unknown_session_thread_agent import UnknownSessionThreadAgent


T = TypeVar("T", bound="SessionUpdatedEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SessionUpdatedEvent(ModelBase):
    """The session was changed; only the changed fields are present (`metadata` in full).

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['session.updated']): Always `session.updated`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event.
        title (None | str | Unset): The new title.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        agent (None | SessionAgent | UnknownSessionThreadAgent | Unset): The agent after the change, when it changed;
            null when not reported.
        budget (None | SessionBudget | Unset): The new budget. Not in the docs; sent by the official SDK.
    """

    id: str
    type_: Literal["session.updated"]
    processed_at: datetime.datetime | None | Unset = UNSET
    title: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    agent: None | SessionAgent | UnknownSessionThreadAgent | Unset = UNSET
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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, SessionAgent):
            agent = self.agent.to_dict()
        elif isinstance(self.agent, UnknownSessionThreadAgent):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

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
        if title is not UNSET:
            field_dict["title"] = title
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if agent is not UNSET:
            field_dict["agent"] = agent
        if budget is not UNSET:
            field_dict["budget"] = budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_updated_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["session.updated"]:
        """Same as ``type_``."""
        return self.type_


def _session_updated_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionUpdatedEvent] = SessionUpdatedEvent
) -> SessionUpdatedEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "session.updated":
        raise ValueError(f"type must match const 'session.updated', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    title = d.get("title", UNSET)

    _Built.title = title
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _agent = d.get("agent", UNSET)
    agent = _agent if _agent is None or _agent is UNSET else _parse_agent(_agent)

    _Built.agent = agent
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


def _parse_agent(data: object) -> None | SessionAgent | UnknownSessionThreadAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        agent_type_0 = _session_agent_from_dict(data)

        return agent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        agent_type_1 = _unknown_session_thread_agent_from_dict(data)

        return agent_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""None | SessionAgent | UnknownSessionThreadAgent | Unset""", data)


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


_KNOWN_KEYS = frozenset({"id", "type", "processed_at", "title", "metadata", "agent", "budget"})


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
from ..models.session_agent import (
    SessionAgent,  # noqa: E402
    _session_agent_from_dict,  # noqa: E402
)
from ..models.session_budget import (
    SessionBudget,  # noqa: E402
    _session_budget_from_dict,  # noqa: E402
)
from ..models.unknown_session_thread_agent import (
    UnknownSessionThreadAgent,  # noqa: E402
    _unknown_session_thread_agent_from_dict,  # noqa: E402
)
