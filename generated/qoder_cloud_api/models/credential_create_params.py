# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_auth_param import EnvironmentVariableAuthParam
    from ..models.mcpo_auth_auth_param import MCPOAuthAuthParam
    from ..models.metadata import Metadata
    from ..models.static_bearer_auth_param import StaticBearerAuthParam


if TYPE_CHECKING:
    from ..models.environment_variable_auth_param import EnvironmentVariableAuthParamDict
    from ..models.mcpo_auth_auth_param import MCPOAuthAuthParamDict
    from ..models.static_bearer_auth_param import StaticBearerAuthParamDict


T = TypeVar("T", bound="CredentialCreateParams")
_New = object.__new__


@_attrs_define(repr=False)
class CredentialCreateParams(ModelBase):
    """The body of `credentials_create`.

    Attributes:
        auth (EnvironmentVariableAuthParam | MCPOAuthAuthParam | StaticBearerAuthParam): The authentication to store,
            chosen by `type`, with its secrets.
        display_name (None | str | Unset): Accepted for compatibility but not stored; responses carry null.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
    """

    auth: EnvironmentVariableAuthParam | MCPOAuthAuthParam | StaticBearerAuthParam
    display_name: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcpo_auth_auth_param import MCPOAuthAuthParam
        from ..models.static_bearer_auth_param import StaticBearerAuthParam

        auth: dict[str, Any]
        if isinstance(self.auth, StaticBearerAuthParam):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPOAuthAuthParam):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _credential_create_params_from_dict(src_dict, cls))

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


def _credential_create_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[CredentialCreateParams] = CredentialCreateParams
) -> CredentialCreateParams:
    d = src_dict
    _Built = _New(cls)
    auth = _parse_auth(d["auth"])

    _Built.auth = auth
    display_name = d.get("display_name", UNSET)

    _Built.display_name = display_name
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class CredentialCreateParamsDict(TypedDict, total=False):
    """`CredentialCreateParams` as a plain dict: its fields under their names on the wire."""

    auth: Required[
        StaticBearerAuthParam
        | StaticBearerAuthParamDict
        | MCPOAuthAuthParam
        | MCPOAuthAuthParamDict
        | EnvironmentVariableAuthParam
        | EnvironmentVariableAuthParamDict
    ]

    display_name: str | None

    metadata: Metadata | Mapping[str, str]


_auth_modules = {
    "static_bearer": "static_bearer_auth_param",
    "mcp_oauth": "mcpo_auth_auth_param",
    "environment_variable": "environment_variable_auth_param",
}
_auth_parsers: dict[
    str, Callable[[Mapping[str, Any]], StaticBearerAuthParam | MCPOAuthAuthParam | EnvironmentVariableAuthParam]
] = {}


def _parse_auth(data: object) -> EnvironmentVariableAuthParam | MCPOAuthAuthParam | StaticBearerAuthParam:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _auth_parsers.get(kind)
            if parse is None and kind in _auth_modules:
                module = _auth_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _auth_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.environment_variable_auth_param import (
        _environment_variable_auth_param_from_dict,
    )
    from ..models.mcpo_auth_auth_param import _mcpo_auth_auth_param_from_dict
    from ..models.static_bearer_auth_param import _static_bearer_auth_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_param_type_0 = _static_bearer_auth_param_from_dict(data)

        return componentsschemas_credential_auth_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_param_type_1 = _mcpo_auth_auth_param_from_dict(data)

        return componentsschemas_credential_auth_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_credential_auth_param_type_2 = _environment_variable_auth_param_from_dict(data)

    return componentsschemas_credential_auth_param_type_2


_KNOWN_KEYS = frozenset({"auth", "display_name", "metadata"})


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
