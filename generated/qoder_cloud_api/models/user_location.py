# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.user_location_type import _MEMBERS as _UserLocationType_MEMBERS
from ..models.user_location_type import UserLocationType
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_type_(value: UserLocationType | Literal["approximate"] | Unset) -> UserLocationType | Unset:
    if isinstance(value, (UserLocationType, Unset)):
        return value
    return enum_input(UserLocationType, value, "UserLocation.type_")


T = TypeVar("T", bound="UserLocation")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class UserLocation(ModelBase):
    """The approximate place searches are made from.

    Attributes:
        type_ (UserLocationType | Unset): How exact the location is; `approximate` today.
        city (None | str | Unset): City name.
        region (None | str | Unset): Region or state.
        country (None | str | Unset): Country code.
        timezone (None | str | Unset): IANA time zone, e.g. `Europe/Berlin`.
    """

    type_: UserLocationType | Unset = _attrs_field(default=UNSET, converter=_input_type_)
    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _user_location_from_dict(src_dict, cls))

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
    def type(self) -> UserLocationType | Unset:
        """Same as ``type_``."""
        return self.type_


def _user_location_from_dict(src_dict: Mapping[str, Any], cls: type[UserLocation] = UserLocation) -> UserLocation:
    d = src_dict
    _Built = _New(cls)
    _type_ = d.get("type", UNSET)
    type_: UserLocationType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _UserLocationType_MEMBERS[_type_]

    _Built.type_ = type_
    city = d.get("city", UNSET)

    _Built.city = city
    region = d.get("region", UNSET)

    _Built.region = region
    country = d.get("country", UNSET)

    _Built.country = country
    timezone = d.get("timezone", UNSET)

    _Built.timezone = timezone
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class UserLocationDict(TypedDict, total=False):
    """`UserLocation` as a plain dict: its fields under their names on the wire."""

    type: UserLocationType | Literal["approximate"]

    city: str | None

    region: str | None

    country: str | None

    timezone: str | None


_KNOWN_KEYS = frozenset({"type", "city", "region", "country", "timezone"})
