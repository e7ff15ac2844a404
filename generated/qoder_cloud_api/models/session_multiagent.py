# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiagent_type import _MEMBERS as _MultiagentType_MEMBERS
from ..models.multiagent_type import MultiagentType
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.multiagent_advisor_ref import MultiagentAdvisorRef
    from ..models.session_agent import SessionAgent
    from ..models.unknown_session_thread_agent import UnknownSessionThreadAgent


T = TypeVar("T", bound="SessionMultiagent")
_New = object.__new__


@_attrs_define(repr=False)
class SessionMultiagent(ModelBase):
    """The coordinator configuration a session runs, with the copy of each agent it may delegate to
    (or a short `{id, type, version}` form) and its advisors.

        Attributes:
            type_ (MultiagentType | Unset): The multi-agent topology; `coordinator` today.
            agents (list[MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent] | Unset): The agents and advisors
                the coordinator may delegate to.
    """

    type_: MultiagentType | Unset = UNSET
    agents: list[MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.multiagent_advisor_ref import MultiagentAdvisorRef
        from ..models.session_agent import SessionAgent

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: dict[str, Any]
                if isinstance(agents_item_data, SessionAgent):
                    agents_item = agents_item_data.to_dict()
                elif isinstance(agents_item_data, MultiagentAdvisorRef):
                    agents_item = agents_item_data.to_dict()
                else:
                    agents_item = agents_item_data.to_dict()

                agents.append(agents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agents is not UNSET:
            field_dict["agents"] = agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_multiagent_from_dict(src_dict, cls))

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
    def type(self) -> MultiagentType | Unset:
        """Same as ``type_``."""
        return self.type_


def _session_multiagent_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionMultiagent] = SessionMultiagent
) -> SessionMultiagent:
    d = src_dict
    _Built = _New(cls)
    _type_ = d.get("type", UNSET)
    type_: MultiagentType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _MultiagentType_MEMBERS[_type_]

    _Built.type_ = type_
    _agents = d.get("agents", UNSET)
    agents: list[MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent] | Unset = UNSET
    if _agents is not UNSET:
        agents = [_parse_agents_item(agents_item_data) for agents_item_data in _agents]

    _Built.agents = agents
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_agents_item_modules = {
    "agent": "session_agent",
    "advisor": "multiagent_advisor_ref",
}
_agents_item_parsers: dict[str, Callable[[Mapping[str, Any]], SessionAgent | MultiagentAdvisorRef]] = {}


def _parse_agents_item(data: object) -> MultiagentAdvisorRef | SessionAgent | UnknownSessionThreadAgent:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _agents_item_parsers.get(kind)
            if parse is None and kind in _agents_item_modules:
                module = _agents_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _agents_item_parsers[kind] = parse
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


_KNOWN_KEYS = frozenset({"type", "agents"})
