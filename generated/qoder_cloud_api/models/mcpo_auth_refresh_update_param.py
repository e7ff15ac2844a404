# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.token_endpoint_auth_client_secret_basic_update_param import (
        TokenEndpointAuthClientSecretBasicUpdateParam,
    )
    from ..models.token_endpoint_auth_client_secret_post_update_param import (
        TokenEndpointAuthClientSecretPostUpdateParam,
    )


if TYPE_CHECKING:
    from ..models.token_endpoint_auth_client_secret_basic_update_param import (
        TokenEndpointAuthClientSecretBasicUpdateParamDict,
    )
    from ..models.token_endpoint_auth_client_secret_post_update_param import (
        TokenEndpointAuthClientSecretPostUpdateParamDict,
    )


T = TypeVar("T", bound="MCPOAuthRefreshUpdateParam")
_New = object.__new__


@_attrs_define(repr=False)
class MCPOAuthRefreshUpdateParam(ModelBase):
    """Changes to the stored refresh settings (only when the credential was created with them).

    Attributes:
        refresh_token (str | Unset): The new refresh token (secret; never returned).
        scope (None | str | Unset): New scope; `null` clears it.
        token_endpoint_auth (TokenEndpointAuthClientSecretBasicUpdateParam |
            TokenEndpointAuthClientSecretPostUpdateParam | Unset): A new client authentication method, chosen by `type`.
    """

    refresh_token: str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    scope: None | str | Unset = UNSET
    token_endpoint_auth: (
        TokenEndpointAuthClientSecretBasicUpdateParam | TokenEndpointAuthClientSecretPostUpdateParam | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_endpoint_auth_client_secret_basic_update_param import (
            TokenEndpointAuthClientSecretBasicUpdateParam,
        )

        refresh_token = self.refresh_token

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        token_endpoint_auth: dict[str, Any] | Unset
        if isinstance(self.token_endpoint_auth, Unset):
            token_endpoint_auth = UNSET
        elif isinstance(self.token_endpoint_auth, TokenEndpointAuthClientSecretBasicUpdateParam):
            token_endpoint_auth = self.token_endpoint_auth.to_dict()
        else:
            token_endpoint_auth = self.token_endpoint_auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token_endpoint_auth is not UNSET:
            field_dict["token_endpoint_auth"] = token_endpoint_auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcpo_auth_refresh_update_param_from_dict(src_dict, cls))

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


def _mcpo_auth_refresh_update_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[MCPOAuthRefreshUpdateParam] = MCPOAuthRefreshUpdateParam
) -> MCPOAuthRefreshUpdateParam:
    d = src_dict
    _Built = _New(cls)
    _Built.refresh_token = d.get("refresh_token", UNSET)
    scope = d.get("scope", UNSET)

    _Built.scope = scope
    _token_endpoint_auth = d.get("token_endpoint_auth", UNSET)
    token_endpoint_auth = (
        _token_endpoint_auth if _token_endpoint_auth is UNSET else _parse_token_endpoint_auth(_token_endpoint_auth)
    )

    _Built.token_endpoint_auth = token_endpoint_auth
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MCPOAuthRefreshUpdateParamDict(TypedDict, total=False):
    """`MCPOAuthRefreshUpdateParam` as a plain dict: its fields under their names on the wire."""

    refresh_token: str

    scope: str | None

    token_endpoint_auth: (
        TokenEndpointAuthClientSecretBasicUpdateParam
        | TokenEndpointAuthClientSecretBasicUpdateParamDict
        | TokenEndpointAuthClientSecretPostUpdateParam
        | TokenEndpointAuthClientSecretPostUpdateParamDict
    )


_token_endpoint_auth_modules = {
    "client_secret_basic": "token_endpoint_auth_client_secret_basic_update_param",
    "client_secret_post": "token_endpoint_auth_client_secret_post_update_param",
}
_token_endpoint_auth_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        TokenEndpointAuthClientSecretBasicUpdateParam | TokenEndpointAuthClientSecretPostUpdateParam,
    ],
] = {}


def _parse_token_endpoint_auth(
    data: object,
) -> TokenEndpointAuthClientSecretBasicUpdateParam | TokenEndpointAuthClientSecretPostUpdateParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _token_endpoint_auth_parsers.get(kind)
            if parse is None and kind in _token_endpoint_auth_modules:
                module = _token_endpoint_auth_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _token_endpoint_auth_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.token_endpoint_auth_client_secret_basic_update_param import (
        _token_endpoint_auth_client_secret_basic_update_param_from_dict,
    )
    from ..models.token_endpoint_auth_client_secret_post_update_param import (
        _token_endpoint_auth_client_secret_post_update_param_from_dict,
    )

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_token_endpoint_auth_update_param_type_0 = (
            _token_endpoint_auth_client_secret_basic_update_param_from_dict(data)
        )

        return componentsschemas_token_endpoint_auth_update_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_token_endpoint_auth_update_param_type_1 = (
        _token_endpoint_auth_client_secret_post_update_param_from_dict(data)
    )

    return componentsschemas_token_endpoint_auth_update_param_type_1


_KNOWN_KEYS = frozenset({"refresh_token", "scope", "token_endpoint_auth"})
