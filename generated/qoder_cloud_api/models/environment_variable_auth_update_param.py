# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.injection_location import InjectionLocation
    from ..models.limited_credential_networking import LimitedCredentialNetworking
    from ..models.unrestricted_credential_networking import UnrestrictedCredentialNetworking


if TYPE_CHECKING:
    from ..models.injection_location import InjectionLocationDict
    from ..models.limited_credential_networking import LimitedCredentialNetworkingDict
    from ..models.unrestricted_credential_networking import UnrestrictedCredentialNetworkingDict


T = TypeVar("T", bound="EnvironmentVariableAuthUpdateParam")


@_attrs_define(repr=False)
class EnvironmentVariableAuthUpdateParam(ModelBase):
    """Replaces the secret value of an `environment_variable` credential.

    Attributes:
        type_ (Literal['environment_variable']): Always `environment_variable`.
        secret_value (str | Unset): The new secret (never returned).
        networking (LimitedCredentialNetworking | UnrestrictedCredentialNetworking | Unset): Which outbound hosts may
            receive the secret, chosen by `type`.
        injection_location (InjectionLocation | Unset): Which parts of an outgoing HTTP request the secret may be placed
            in.
    """

    type_: Literal["environment_variable"]
    secret_value: str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    networking: LimitedCredentialNetworking | UnrestrictedCredentialNetworking | Unset = UNSET
    injection_location: InjectionLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        secret_value = self.secret_value

        networking: dict[str, Any] | Unset
        if isinstance(self.networking, Unset):
            networking = UNSET
        elif isinstance(self.networking, UnrestrictedCredentialNetworking):
            networking = self.networking.to_dict()
        else:
            networking = self.networking.to_dict()

        injection_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.injection_location, Unset):
            injection_location = self.injection_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if secret_value is not UNSET:
            field_dict["secret_value"] = secret_value
        if networking is not UNSET:
            field_dict["networking"] = networking
        if injection_location is not UNSET:
            field_dict["injection_location"] = injection_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['environment_variable']""", d.pop("type"))
        if type_ != "environment_variable":
            raise ValueError(f"type must match const 'environment_variable', got '{type_}'")

        secret_value = d.pop("secret_value", UNSET)

        def _parse_networking(data: object) -> LimitedCredentialNetworking | UnrestrictedCredentialNetworking | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "unrestricted":
                        return UnrestrictedCredentialNetworking.from_dict(data)
                    if kind == "limited":
                        return LimitedCredentialNetworking.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_networking_param_type_0 = UnrestrictedCredentialNetworking.from_dict(data)

                return componentsschemas_credential_networking_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_credential_networking_param_type_1 = LimitedCredentialNetworking.from_dict(data)

            return componentsschemas_credential_networking_param_type_1

        networking = _parse_networking(d.pop("networking", UNSET))

        _injection_location = d.pop("injection_location", UNSET)
        injection_location: InjectionLocation | Unset
        if isinstance(_injection_location, Unset):
            injection_location = UNSET
        else:
            injection_location = InjectionLocation.from_dict(_injection_location)

        environment_variable_auth_update_param = cls(
            type_=type_,
            secret_value=secret_value,
            networking=networking,
            injection_location=injection_location,
        )

        environment_variable_auth_update_param.additional_properties = d
        return environment_variable_auth_update_param

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
    def type(self) -> Literal["environment_variable"]:
        """Same as ``type_``."""
        return self.type_


class EnvironmentVariableAuthUpdateParamDict(TypedDict, total=False):
    """`EnvironmentVariableAuthUpdateParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["environment_variable"]]
    secret_value: str
    networking: (
        UnrestrictedCredentialNetworking
        | UnrestrictedCredentialNetworkingDict
        | LimitedCredentialNetworking
        | LimitedCredentialNetworkingDict
    )
    injection_location: InjectionLocation | InjectionLocationDict


from ..models.injection_location import InjectionLocation  # noqa: E402
from ..models.limited_credential_networking import LimitedCredentialNetworking  # noqa: E402
from ..models.unrestricted_credential_networking import UnrestrictedCredentialNetworking  # noqa: E402
