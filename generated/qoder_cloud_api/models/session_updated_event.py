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
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("""Literal['session.updated']""", d.pop("type"))
        if type_ != "session.updated":
            raise ValueError(f"type must match const 'session.updated', got '{type_}'")

        def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        title = _parse_title(d.pop("title", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_agent(data: object) -> None | SessionAgent | UnknownSessionThreadAgent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = SessionAgent.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_1 = UnknownSessionThreadAgent.from_dict(data)

                return agent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""None | SessionAgent | UnknownSessionThreadAgent | Unset""", data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_budget(data: object) -> None | SessionBudget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_type_0 = SessionBudget.from_dict(data)

                return budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""None | SessionBudget | Unset""", data)

        budget = _parse_budget(d.pop("budget", UNSET))

        session_updated_event = cls(
            id=id,
            type_=type_,
            processed_at=processed_at,
            title=title,
            metadata=metadata,
            agent=agent,
            budget=budget,
        )

        session_updated_event.additional_properties = d
        return session_updated_event

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


from ..models.metadata import Metadata  # noqa: E402
from ..models.session_agent import SessionAgent  # noqa: E402
from ..models.session_budget import SessionBudget  # noqa: E402
from ..models.unknown_session_thread_agent import UnknownSessionThreadAgent  # noqa: E402
