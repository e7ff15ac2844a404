# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="Actor")


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
        d = dict(src_dict)
        type_ = ActorType.from_value(d.pop("type"))

        session_id = d.pop("session_id", UNSET)

        api_key_id = d.pop("api_key_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        service_account_id = d.pop("service_account_id", UNSET)

        actor = cls(
            type_=type_,
            session_id=session_id,
            api_key_id=api_key_id,
            user_id=user_id,
            service_account_id=service_account_id,
        )

        actor.additional_properties = d
        return actor

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
