# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="SessionResourceUpdateParams")


@_attrs_define(repr=False)
class SessionResourceUpdateParams(ModelBase):
    """The body of `session_resources_update`; send the credential that fits the repository kind.

    Attributes:
        authorization_token (str | Unset): New GitHub token (GitHub repositories).
        password (str | Unset): New password or token (other Git repositories); kept byte for byte, spaces included. The
            repository URL must already name the user.
    """

    authorization_token: str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    password: str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        authorization_token = self.authorization_token

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authorization_token is not UNSET:
            field_dict["authorization_token"] = authorization_token
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_token = d.pop("authorization_token", UNSET)

        password = d.pop("password", UNSET)

        session_resource_update_params = cls(
            authorization_token=authorization_token,
            password=password,
        )

        session_resource_update_params.additional_properties = d
        return session_resource_update_params

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


class SessionResourceUpdateParamsDict(TypedDict, total=False):
    """`SessionResourceUpdateParams` as a plain dict: its fields under their names on the wire."""

    authorization_token: str
    password: str
