# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.injection_location import InjectionLocation
    from ..models.limited_credential_networking import LimitedCredentialNetworking
    from ..models.unknown_credential_networking import UnknownCredentialNetworking
    from ..models.unrestricted_credential_networking import UnrestrictedCredentialNetworking


T = TypeVar("T", bound="EnvironmentVariableAuth")
_New = object.__new__


@_attrs_define(repr=False)
class EnvironmentVariableAuth(ModelBase):
    """A secret offered to the sandbox under a variable name (the value is not returned).

    Attributes:
        type_ (Literal['environment_variable']): Always `environment_variable`.
        secret_name (str | Unset): The variable name.
        networking (LimitedCredentialNetworking | UnknownCredentialNetworking | UnrestrictedCredentialNetworking |
            Unset): Which outbound hosts may receive the secret, chosen by `type`. Kinds this client does not know
            yet are kept as `UnknownCredentialNetworking`.
        injection_location (InjectionLocation | Unset): Which parts of an outgoing HTTP request the secret may be placed
            in.
    """

    type_: Literal["environment_variable"]
    secret_name: str | Unset = UNSET
    networking: LimitedCredentialNetworking | UnknownCredentialNetworking | UnrestrictedCredentialNetworking | Unset = (
        UNSET
    )
    injection_location: InjectionLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.limited_credential_networking import LimitedCredentialNetworking
        from ..models.unrestricted_credential_networking import UnrestrictedCredentialNetworking

        type_ = self.type_

        secret_name = self.secret_name

        networking: dict[str, Any] | Unset
        if isinstance(self.networking, Unset):
            networking = UNSET
        elif isinstance(self.networking, UnrestrictedCredentialNetworking):
            networking = self.networking.to_dict()
        elif isinstance(self.networking, LimitedCredentialNetworking):
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
        if secret_name is not UNSET:
            field_dict["secret_name"] = secret_name
        if networking is not UNSET:
            field_dict["networking"] = networking
        if injection_location is not UNSET:
            field_dict["injection_location"] = injection_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _environment_variable_auth_from_dict(src_dict, cls))

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
    def type(self) -> Literal["environment_variable"]:
        """Same as ``type_``."""
        return self.type_


def _environment_variable_auth_from_dict(
    src_dict: Mapping[str, Any], cls: type[EnvironmentVariableAuth] = EnvironmentVariableAuth
) -> EnvironmentVariableAuth:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "environment_variable":
        raise ValueError(f"type must match const 'environment_variable', got '{type_}'")
    _Built.type_ = type_
    _Built.secret_name = d.get("secret_name", UNSET)
    _networking = d.get("networking", UNSET)
    networking = _networking if _networking is UNSET else _parse_networking(_networking)

    _Built.networking = networking
    _injection_location = d.get("injection_location", UNSET)
    injection_location: InjectionLocation | Unset
    if _injection_location is UNSET:
        injection_location = UNSET
    else:
        injection_location = _injection_location_from_dict(_injection_location)

    _Built.injection_location = injection_location
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_networking_modules = {
    "unrestricted": "unrestricted_credential_networking",
    "limited": "limited_credential_networking",
}
_networking_parsers: dict[
    str, Callable[[Mapping[str, Any]], UnrestrictedCredentialNetworking | LimitedCredentialNetworking]
] = {}


def _parse_networking(
    data: object,
) -> LimitedCredentialNetworking | UnknownCredentialNetworking | UnrestrictedCredentialNetworking | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _networking_parsers.get(kind)
            if parse is None and kind in _networking_modules:
                module = _networking_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _networking_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.limited_credential_networking import (
        _limited_credential_networking_from_dict,
    )
    from ..models.unknown_credential_networking import (
        _unknown_credential_networking_from_dict,
    )
    from ..models.unrestricted_credential_networking import (
        _unrestricted_credential_networking_from_dict,
    )

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_networking_type_0 = _unrestricted_credential_networking_from_dict(data)

        return componentsschemas_credential_networking_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_networking_type_1 = _limited_credential_networking_from_dict(data)

        return componentsschemas_credential_networking_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_credential_networking_type_2 = _unknown_credential_networking_from_dict(data)

    return componentsschemas_credential_networking_type_2


_KNOWN_KEYS = frozenset({"type", "secret_name", "networking", "injection_location"})


from ..models.injection_location import (
    InjectionLocation,  # noqa: E402
    _injection_location_from_dict,  # noqa: E402
)
