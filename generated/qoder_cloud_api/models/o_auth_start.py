# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

T = TypeVar("T", bound="OAuthStart")


@_attrs_define(repr=False)
class OAuthStart(ModelBase):
    """Where to send the user to approve access.

    Attributes:
        authorization_url (str): The provider's authorization page; open it in a browser.
        state (str): An opaque, short-lived value that ties the callback to this start.
        callback_origin (str): The origin of the service's callback, which the provider redirects back to.
    """

    authorization_url: str
    state: str
    callback_origin: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        authorization_url = self.authorization_url

        state = self.state

        callback_origin = self.callback_origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorization_url": authorization_url,
                "state": state,
                "callback_origin": callback_origin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_url = d.pop("authorization_url")

        state = d.pop("state")

        callback_origin = d.pop("callback_origin")

        o_auth_start = cls(
            authorization_url=authorization_url,
            state=state,
            callback_origin=callback_origin,
        )

        o_auth_start.additional_properties = d
        return o_auth_start

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
