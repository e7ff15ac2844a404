# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.currency import _MEMBERS as _Currency_MEMBERS
from ..models.currency import Currency
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_currency(value: Currency | Literal["USD"] | Unset) -> Currency | Unset:
    if isinstance(value, (Currency, Unset)):
        return value
    return enum_input(Currency, value, "ListCost.currency")


T = TypeVar("T", bound="ListCost")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ListCost(ModelBase):
    """An amount of money at list price. Not in the docs; sent by the official SDK.

    Attributes:
        amount (str | Unset): The amount, as a decimal string in minor units.
        currency (Currency | Unset): Currency code; `USD` today. Open set.
    """

    amount: str | Unset = UNSET
    currency: Currency | Unset = _attrs_field(default=UNSET, converter=_input_currency)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _list_cost_from_dict(src_dict, cls))

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


def _list_cost_from_dict(src_dict: Mapping[str, Any], cls: type[ListCost] = ListCost) -> ListCost:
    d = src_dict
    _Built = _New(cls)
    _Built.amount = d.get("amount", UNSET)
    _currency = d.get("currency", UNSET)
    currency: Currency | Unset
    if _currency is UNSET:
        currency = UNSET
    else:
        currency = _Currency_MEMBERS[_currency]

    _Built.currency = currency
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class ListCostDict(TypedDict, total=False):
    """`ListCost` as a plain dict: its fields under their names on the wire."""

    amount: str

    currency: Currency | Literal["USD"]


_KNOWN_KEYS = frozenset({"amount", "currency"})
