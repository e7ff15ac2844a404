# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import _MEMBERS as _ActorType_MEMBERS
from ..models.actor_type import ActorType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="Actor")
_New = object.__new__


@_attrs_define(repr=False)
class Actor(ModelBase):
    """Who made a change. Not in the docs; sent by the official SDK.

    Attributes:
        type_ (ActorType): `session_actor`, `api_actor`, `user_actor` or `service_account_actor`.
        session_id (str | Unset): The session, for `session_actor`.
        api_key_id (str | Unset): The API key, for `api_actor`.
        user_id (str | Unset): The user, for `user_actor`.
        service_account_id (str | Unset): The service account (`svac_...`), for `service_account_actor`.
    """

    type_: ActorType
    session_id: str | Unset = UNSET
    api_key_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    service_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        session_id = self.session_id

        api_key_id = self.api_key_id

        user_id = self.user_id

        service_account_id = self.service_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if service_account_id is not UNSET:
            field_dict["service_account_id"] = service_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _actor_from_dict(src_dict, cls))

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
    def type(self) -> ActorType:
        """Same as ``type_``."""
        return self.type_


def _actor_from_dict(src_dict: Mapping[str, Any], cls: type[Actor] = Actor) -> Actor:
    d = src_dict
    _Built = _New(cls)
    type_ = _ActorType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.session_id = d.get("session_id", UNSET)
    _Built.api_key_id = d.get("api_key_id", UNSET)
    _Built.user_id = d.get("user_id", UNSET)
    _Built.service_account_id = d.get("service_account_id", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"type", "session_id", "api_key_id", "user_id", "service_account_id"})
