# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.session_budget_type import _MEMBERS as _SessionBudgetType_MEMBERS
from ..models.session_budget_type import SessionBudgetType
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.list_cost import ListCost


def _input_type_(value: SessionBudgetType | Literal["limit"]) -> SessionBudgetType:
    if isinstance(value, SessionBudgetType):
        return value
    return enum_input(SessionBudgetType, value, "SessionBudget.type_")


if TYPE_CHECKING:
    from ..models.list_cost import ListCostDict


T = TypeVar("T", bound="SessionBudget")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SessionBudget(ModelBase):
    """A spending cap for the session. Not in the docs; sent by the official SDK. The Python SDK caps
    credits (`max_credit_cost`), the TypeScript SDK caps list cost (`max_list_cost`); both are listed.

        Attributes:
            type_ (SessionBudgetType): The kind of budget; `limit` today.
            max_credit_cost (str | Unset): Cap in credits, a positive decimal with at most 12 integer and 2 fraction digits.
            max_list_cost (ListCost | Unset): An amount of money at list price. Not in the docs; sent by the official SDK.
    """

    type_: SessionBudgetType = _attrs_field(converter=_input_type_)
    max_credit_cost: str | Unset = UNSET
    max_list_cost: ListCost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        max_credit_cost = self.max_credit_cost

        max_list_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_list_cost, Unset):
            max_list_cost = self.max_list_cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if max_credit_cost is not UNSET:
            field_dict["max_credit_cost"] = max_credit_cost
        if max_list_cost is not UNSET:
            field_dict["max_list_cost"] = max_list_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_budget_from_dict(src_dict, cls))

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
    def type(self) -> SessionBudgetType:
        """Same as ``type_``."""
        return self.type_


def _session_budget_from_dict(src_dict: Mapping[str, Any], cls: type[SessionBudget] = SessionBudget) -> SessionBudget:
    d = src_dict
    _Built = _New(cls)
    type_ = _SessionBudgetType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.max_credit_cost = d.get("max_credit_cost", UNSET)
    _max_list_cost = d.get("max_list_cost", UNSET)
    max_list_cost: ListCost | Unset
    if _max_list_cost is UNSET:
        max_list_cost = UNSET
    else:
        max_list_cost = _list_cost_from_dict(_max_list_cost)

    _Built.max_list_cost = max_list_cost
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SessionBudgetDict(TypedDict, total=False):
    """`SessionBudget` as a plain dict: its fields under their names on the wire."""

    type: Required[SessionBudgetType | Literal["limit"]]

    max_credit_cost: str

    max_list_cost: ListCost | ListCostDict


_KNOWN_KEYS = frozenset({"type", "max_credit_cost", "max_list_cost"})


from ..models.list_cost import (
    ListCost,  # noqa: E402
    _list_cost_from_dict,  # noqa: E402
)
