# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.multiagent_type import _MEMBERS as _MultiagentType_MEMBERS
from ..models.multiagent_type import MultiagentType
from ..types import ModelBase, enum_input

if TYPE_CHECKING:
    from ..models.multiagent_advisor_ref import MultiagentAdvisorRef
    from ..models.multiagent_agent_ref import MultiagentAgentRef
    from ..models.multiagent_self_ref import MultiagentSelfRef
    from ..models.unknown_multiagent_member import UnknownMultiagentMember


def _input_type_(value: MultiagentType | Literal["coordinator"]) -> MultiagentType:
    if isinstance(value, MultiagentType):
        return value
    return enum_input(MultiagentType, value, "Multiagent.type_")


if TYPE_CHECKING:
    from ..models.multiagent_advisor_ref import MultiagentAdvisorRefDict
    from ..models.multiagent_agent_ref import MultiagentAgentRefDict
    from ..models.multiagent_self_ref import MultiagentSelfRefDict
    from ..models.unknown_multiagent_member import UnknownMultiagentMemberDict


T = TypeVar("T", bound="Multiagent")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class Multiagent(ModelBase):
    """Makes the agent a coordinator of other agents (needs an `agent_toolset_20260401` tool).

    Attributes:
        type_ (MultiagentType): The multi-agent topology; `coordinator` today.
        agents (list[MultiagentAdvisorRef | MultiagentAgentRef | MultiagentSelfRef | str | UnknownMultiagentMember]):
            The agents it may delegate to.
    """

    type_: MultiagentType = _attrs_field(converter=_input_type_)
    agents: list[MultiagentAdvisorRef | MultiagentAgentRef | MultiagentSelfRef | str | UnknownMultiagentMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.multiagent_advisor_ref import MultiagentAdvisorRef
        from ..models.multiagent_agent_ref import MultiagentAgentRef
        from ..models.multiagent_self_ref import MultiagentSelfRef
        from ..models.unknown_multiagent_member import UnknownMultiagentMember

        type_ = self.type_.value

        agents = []
        for agents_item_data in self.agents:
            agents_item: dict[str, Any] | str
            if isinstance(agents_item_data, MultiagentAgentRef):
                agents_item = agents_item_data.to_dict()
            elif isinstance(agents_item_data, MultiagentSelfRef):
                agents_item = agents_item_data.to_dict()
            elif isinstance(agents_item_data, MultiagentAdvisorRef):
                agents_item = agents_item_data.to_dict()
            elif isinstance(agents_item_data, UnknownMultiagentMember):
                agents_item = agents_item_data.to_dict()
            else:
                agents_item = agents_item_data
            agents.append(agents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "agents": agents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _multiagent_from_dict(src_dict, cls))

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
    def type(self) -> MultiagentType:
        """Same as ``type_``."""
        return self.type_


def _multiagent_from_dict(src_dict: Mapping[str, Any], cls: type[Multiagent] = Multiagent) -> Multiagent:
    d = src_dict
    _Built = _New(cls)
    type_ = _MultiagentType_MEMBERS[d["type"]]

    _Built.type_ = type_
    agents = [_parse_agents_item(agents_item_data) for agents_item_data in d["agents"]]

    _Built.agents = agents
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MultiagentDict(TypedDict, total=False):
    """`Multiagent` as a plain dict: its fields under their names on the wire."""

    type: Required[MultiagentType | Literal["coordinator"]]

    agents: Required[
        Sequence[
            str
            | MultiagentAgentRef
            | MultiagentAgentRefDict
            | MultiagentSelfRef
            | MultiagentSelfRefDict
            | MultiagentAdvisorRef
            | MultiagentAdvisorRefDict
            | UnknownMultiagentMember
            | UnknownMultiagentMemberDict
        ]
    ]


_agents_item_modules = {
    "agent": "multiagent_agent_ref",
    "self": "multiagent_self_ref",
    "advisor": "multiagent_advisor_ref",
}
_agents_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], MultiagentAgentRef | MultiagentSelfRef | MultiagentAdvisorRef]
] = {}


def _parse_agents_item(
    data: object,
) -> MultiagentAdvisorRef | MultiagentAgentRef | MultiagentSelfRef | str | UnknownMultiagentMember:
    if isinstance(data, str):
        return data
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
    from ..models.multiagent_agent_ref import _multiagent_agent_ref_from_dict
    from ..models.multiagent_self_ref import _multiagent_self_ref_from_dict
    from ..models.unknown_multiagent_member import _unknown_multiagent_member_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_multiagent_member_type_1 = _multiagent_agent_ref_from_dict(data)

        return componentsschemas_multiagent_member_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_multiagent_member_type_2 = _multiagent_self_ref_from_dict(data)

        return componentsschemas_multiagent_member_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_multiagent_member_type_3 = _multiagent_advisor_ref_from_dict(data)

        return componentsschemas_multiagent_member_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_multiagent_member_type_4 = _unknown_multiagent_member_from_dict(data)

        return componentsschemas_multiagent_member_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        """MultiagentAdvisorRef | MultiagentAgentRef | MultiagentSelfRef | str | UnknownMultiagentMember""", data
    )


_KNOWN_KEYS = frozenset({"type", "agents"})
