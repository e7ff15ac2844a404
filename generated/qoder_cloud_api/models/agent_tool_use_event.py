# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluated_permission import _MEMBERS as _EvaluatedPermission_MEMBERS
from ..models.evaluated_permission import EvaluatedPermission
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.tool_input import ToolInput


T = TypeVar("T", bound="AgentToolUseEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class AgentToolUseEvent(ModelBase):
    """The agent called a built-in tool.

    Attributes:
        id (str): Event ID (`evt_` prefix); answer it by this ID.
        type_ (Literal['agent.tool_use']): Always `agent.tool_use`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event, when sent.
        name (str | Unset): The tool, e.g. `Bash`.
        input_ (ToolInput | Unset): The arguments of a tool call, a JSON object shaped by the tool's input schema.
        evaluated_permission (EvaluatedPermission | Unset): What the permission policy decided for a tool call (`allow`,
            `ask` or `deny`).
        session_thread_id (None | str | Unset): The thread that made the call.
    """

    id: str
    type_: Literal["agent.tool_use"]
    processed_at: datetime.datetime | None | Unset = UNSET
    name: str | Unset = UNSET
    input_: ToolInput | Unset = UNSET
    evaluated_permission: EvaluatedPermission | Unset = UNSET
    session_thread_id: None | str | Unset = UNSET
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

        name = self.name

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        evaluated_permission: str | Unset = UNSET
        if not isinstance(self.evaluated_permission, Unset):
            evaluated_permission = self.evaluated_permission.value

        session_thread_id: None | str | Unset
        if isinstance(self.session_thread_id, Unset):
            session_thread_id = UNSET
        else:
            session_thread_id = self.session_thread_id

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
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if evaluated_permission is not UNSET:
            field_dict["evaluated_permission"] = evaluated_permission
        if session_thread_id is not UNSET:
            field_dict["session_thread_id"] = session_thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _agent_tool_use_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["agent.tool_use"]:
        """Same as ``type_``."""
        return self.type_

    @property
    def input(self) -> ToolInput | Unset:
        """Same as ``input_``."""
        return self.input_


def _agent_tool_use_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[AgentToolUseEvent] = AgentToolUseEvent
) -> AgentToolUseEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "agent.tool_use":
        raise ValueError(f"type must match const 'agent.tool_use', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _Built.name = d.get("name", UNSET)
    _input_ = d.get("input", UNSET)
    input_: ToolInput | Unset
    if _input_ is UNSET:
        input_ = UNSET
    else:
        input_ = _tool_input_from_dict(_input_)

    _Built.input_ = input_
    _evaluated_permission = d.get("evaluated_permission", UNSET)
    evaluated_permission: EvaluatedPermission | Unset
    if _evaluated_permission is UNSET:
        evaluated_permission = UNSET
    else:
        evaluated_permission = _EvaluatedPermission_MEMBERS[_evaluated_permission]

    _Built.evaluated_permission = evaluated_permission
    session_thread_id = d.get("session_thread_id", UNSET)

    _Built.session_thread_id = session_thread_id
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


_KNOWN_KEYS = frozenset({"id", "type", "processed_at", "name", "input", "evaluated_permission", "session_thread_id"})


from ..models.tool_input import (
    ToolInput,  # noqa: E402
    _tool_input_from_dict,  # noqa: E402
)
