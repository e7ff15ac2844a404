# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_thread_object_type import _MEMBERS as _SessionThreadObjectType_MEMBERS
from ..models.session_thread_object_type import SessionThreadObjectType
from ..models.session_thread_status import _MEMBERS as _SessionThreadStatus_MEMBERS
from ..models.session_thread_status import SessionThreadStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.multiagent_advisor_ref import MultiagentAdvisorRef
    from ..models.session_agent import SessionAgent
    from ..models.session_thread_stats import SessionThreadStats
    from ..models.session_usage import SessionUsage
    from ..models.unknown_session_thread_agent import UnknownSessionThreadAgent


T = TypeVar("T", bound="SessionThread")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SessionThread(ModelBase):
    """One line of work inside a session: the coordinator (primary) thread, or a thread it started for
    another agent.

        Attributes:
            id (str): Thread ID (`sthr_` prefix).
            type_ (SessionThreadObjectType): Always `session_thread`.
            status (SessionThreadStatus): Where the thread is in its life: `idle`, `running`, `rescheduling` or
                `terminated`.
            session_id (str | Unset): The session the thread belongs to.
            parent_thread_id (None | str | Unset): The thread that started this one; null for the primary thread.
            agent (MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent | Unset): What runs a thread, chosen by
                `type`. Other kinds are kept as `UnknownSessionThreadAgent`.
            stats (None | SessionThreadStats | Unset): Timing figures; null when not available.
            usage (SessionUsage | Unset): What a session (or one thread) has used so far. The docs describe the credit
                snapshot; token and
                cost counters come from the official SDK's types and older examples.
            archived_at (datetime.datetime | None | Unset): When the thread was archived; null while active.
            created_at (datetime.datetime | Unset): Creation time.
            updated_at (datetime.datetime | Unset): Last change time.
    """

    id: str
    type_: SessionThreadObjectType
    status: SessionThreadStatus
    session_id: str | Unset = UNSET
    parent_thread_id: None | str | Unset = UNSET
    agent: MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent | Unset = UNSET
    stats: None | SessionThreadStats | Unset = UNSET
    usage: SessionUsage | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.multiagent_advisor_ref import MultiagentAdvisorRef
        from ..models.session_agent import SessionAgent

        id = self.id

        type_ = self.type_.value

        status = self.status.value

        session_id = self.session_id

        parent_thread_id: None | str | Unset
        if isinstance(self.parent_thread_id, Unset):
            parent_thread_id = UNSET
        else:
            parent_thread_id = self.parent_thread_id

        agent: dict[str, Any] | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, SessionAgent):
            agent = self.agent.to_dict()
        elif isinstance(self.agent, MultiagentAdvisorRef):
            agent = self.agent.to_dict()
        else:
            agent = self.agent.to_dict()

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, SessionThreadStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if parent_thread_id is not UNSET:
            field_dict["parent_thread_id"] = parent_thread_id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if stats is not UNSET:
            field_dict["stats"] = stats
        if usage is not UNSET:
            field_dict["usage"] = usage
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_thread_from_dict(src_dict, cls))

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
    def type(self) -> SessionThreadObjectType:
        """Same as ``type_``."""
        return self.type_


def _session_thread_from_dict(src_dict: Mapping[str, Any], cls: type[SessionThread] = SessionThread) -> SessionThread:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _SessionThreadObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    status = _SessionThreadStatus_MEMBERS[d["status"]]

    _Built.status = status
    _Built.session_id = d.get("session_id", UNSET)
    parent_thread_id = d.get("parent_thread_id", UNSET)

    _Built.parent_thread_id = parent_thread_id
    _agent = d.get("agent", UNSET)
    agent = _agent if _agent is UNSET else _parse_agent(_agent)

    _Built.agent = agent
    _stats = d.get("stats", UNSET)
    stats = _stats if _stats is None or _stats is UNSET else _parse_stats(_stats)

    _Built.stats = stats
    _usage = d.get("usage", UNSET)
    usage: SessionUsage | Unset
    if _usage is UNSET:
        usage = UNSET
    else:
        usage = _session_usage_from_dict(_usage)

    _Built.usage = usage
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if _updated_at is UNSET:
        updated_at = UNSET
    else:
        updated_at = _FromIsoformat(_updated_at)

    _Built.updated_at = updated_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_agent_modules = {
    "agent": "session_agent",
    "advisor": "multiagent_advisor_ref",
}
_agent_parsers: dict[str, Callable[[Mapping[str, Any]], SessionAgent | MultiagentAdvisorRef]] = {}


def _parse_agent(data: object) -> MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _agent_parsers.get(kind)
            if parse is None and kind in _agent_modules:
                module = _agent_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _agent_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.multiagent_advisor_ref import _multiagent_advisor_ref_from_dict
    from ..models.session_agent import _session_agent_from_dict
    from ..models.unknown_session_thread_agent import _unknown_session_thread_agent_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_thread_agent_type_0 = _session_agent_from_dict(data)

        return componentsschemas_session_thread_agent_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_thread_agent_type_1 = _multiagent_advisor_ref_from_dict(data)

        return componentsschemas_session_thread_agent_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_thread_agent_type_2 = _unknown_session_thread_agent_from_dict(data)

    return componentsschemas_session_thread_agent_type_2


def _parse_stats(data: object) -> None | SessionThreadStats | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        stats_type_0 = _session_thread_stats_from_dict(data)

        return stats_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""None | SessionThreadStats | Unset""", data)


def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        archived_at_type_0 = _FromIsoformat(data)

        return archived_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "status",
        "session_id",
        "parent_thread_id",
        "agent",
        "stats",
        "usage",
        "archived_at",
        "created_at",
        "updated_at",
    }
)


from ..models.session_thread_stats import (
    SessionThreadStats,  # noqa: E402
    _session_thread_stats_from_dict,  # noqa: E402
)
from ..models.session_usage import (
    SessionUsage,  # noqa: E402
    _session_usage_from_dict,  # noqa: E402
)
