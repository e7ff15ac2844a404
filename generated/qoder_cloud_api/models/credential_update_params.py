# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_auth_update_param import EnvironmentVariableAuthUpdateParam
    from ..models.mcpo_auth_auth_update_param import MCPOAuthAuthUpdateParam
    from ..models.metadata_patch import MetadataPatch
    from ..models.static_bearer_auth_update_param import StaticBearerAuthUpdateParam


if TYPE_CHECKING:
    from ..models.environment_variable_auth_update_param import EnvironmentVariableAuthUpdateParamDict
    from ..models.mcpo_auth_auth_update_param import MCPOAuthAuthUpdateParamDict
    from ..models.static_bearer_auth_update_param import StaticBearerAuthUpdateParamDict


T = TypeVar("T", bound="CredentialUpdateParams")
_New = object.__new__


@_attrs_define(repr=False)
class CredentialUpdateParams(ModelBase):
    """The body of `credentials_update`; only fields sent change.

    Attributes:
        auth (EnvironmentVariableAuthUpdateParam | MCPOAuthAuthUpdateParam | StaticBearerAuthUpdateParam | Unset): New
            secrets for a credential; `type` must equal the stored type.
        metadata (MetadataPatch | None | Unset): Metadata changes; `null` instead of an object empties the metadata.
    """

    auth: EnvironmentVariableAuthUpdateParam | MCPOAuthAuthUpdateParam | StaticBearerAuthUpdateParam | Unset = UNSET
    metadata: MetadataPatch | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcpo_auth_auth_update_param import MCPOAuthAuthUpdateParam
        from ..models.static_bearer_auth_update_param import StaticBearerAuthUpdateParam

        auth: dict[str, Any] | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, StaticBearerAuthUpdateParam):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPOAuthAuthUpdateParam):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataPatch):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _credential_update_params_from_dict(src_dict, cls))

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


def _credential_update_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[CredentialUpdateParams] = CredentialUpdateParams
) -> CredentialUpdateParams:
    d = src_dict
    _Built = _New(cls)
    _auth = d.get("auth", UNSET)
    auth = _auth if _auth is UNSET else _parse_auth(_auth)

    _Built.auth = auth
    _metadata = d.get("metadata", UNSET)
    metadata = _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)

    _Built.metadata = metadata
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class CredentialUpdateParamsDict(TypedDict, total=False):
    """`CredentialUpdateParams` as a plain dict: its fields under their names on the wire."""

    auth: (
        StaticBearerAuthUpdateParam
        | StaticBearerAuthUpdateParamDict
        | MCPOAuthAuthUpdateParam
        | MCPOAuthAuthUpdateParamDict
        | EnvironmentVariableAuthUpdateParam
        | EnvironmentVariableAuthUpdateParamDict
    )

    metadata: MetadataPatch | Mapping[str, None | str] | None


_auth_modules = {
    "static_bearer": "static_bearer_auth_update_param",
    "mcp_oauth": "mcpo_auth_auth_update_param",
    "environment_variable": "environment_variable_auth_update_param",
}
_auth_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]], StaticBearerAuthUpdateParam | MCPOAuthAuthUpdateParam | EnvironmentVariableAuthUpdateParam
    ],
] = {}


def _parse_auth(
    data: object,
) -> EnvironmentVariableAuthUpdateParam | MCPOAuthAuthUpdateParam | StaticBearerAuthUpdateParam | Unset:
    if isinstance(data, Unset):
        return data
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
    from ..models.environment_variable_auth_update_param import (
        _environment_variable_auth_update_param_from_dict,
    )
    from ..models.mcpo_auth_auth_update_param import _mcpo_auth_auth_update_param_from_dict
    from ..models.static_bearer_auth_update_param import (
        _static_bearer_auth_update_param_from_dict,
    )

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_update_param_type_0 = _static_bearer_auth_update_param_from_dict(data)

        return componentsschemas_credential_auth_update_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_update_param_type_1 = _mcpo_auth_auth_update_param_from_dict(data)

        return componentsschemas_credential_auth_update_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_credential_auth_update_param_type_2 = _environment_variable_auth_update_param_from_dict(data)

    return componentsschemas_credential_auth_update_param_type_2


def _parse_metadata(data: object) -> MetadataPatch | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = _metadata_patch_from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""MetadataPatch | None | Unset""", data)


_KNOWN_KEYS = frozenset({"auth", "metadata"})


from ..models.metadata_patch import (
    MetadataPatch,  # noqa: E402
    _metadata_patch_from_dict,  # noqa: E402
)
