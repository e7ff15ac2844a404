# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.token_endpoint_auth_client_secret_basic_param import TokenEndpointAuthClientSecretBasicParam
    from ..models.token_endpoint_auth_client_secret_post_param import TokenEndpointAuthClientSecretPostParam
    from ..models.token_endpoint_auth_none_param import TokenEndpointAuthNoneParam


if TYPE_CHECKING:
    from ..models.token_endpoint_auth_client_secret_basic_param import TokenEndpointAuthClientSecretBasicParamDict
    from ..models.token_endpoint_auth_client_secret_post_param import TokenEndpointAuthClientSecretPostParamDict
    from ..models.token_endpoint_auth_none_param import TokenEndpointAuthNoneParamDict


T = TypeVar("T", bound="MCPOAuthRefreshParam")
_New = object.__new__


@_attrs_define(repr=False)
class MCPOAuthRefreshParam(ModelBase):
    """How to refresh the access token. Can only be given at creation, not added later.

    Attributes:
        client_id (str): OAuth client ID; cannot be changed later.
        refresh_token (str): The refresh token (secret; never returned).
        token_endpoint (str): The authorization server's token endpoint; cannot be changed later.
        token_endpoint_auth (TokenEndpointAuthClientSecretBasicParam | TokenEndpointAuthClientSecretPostParam |
            TokenEndpointAuthNoneParam): How the client authenticates at the token endpoint, chosen by `type`.
        resource (None | str | Unset): OAuth resource indicator to send when refreshing.
        scope (None | str | Unset): Scope to request when refreshing.
    """

    client_id: str
    refresh_token: str = _attrs_field(
        repr=False,
    )
    token_endpoint: str
    token_endpoint_auth: (
        TokenEndpointAuthClientSecretBasicParam | TokenEndpointAuthClientSecretPostParam | TokenEndpointAuthNoneParam
    )
    resource: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_endpoint_auth_client_secret_basic_param import TokenEndpointAuthClientSecretBasicParam
        from ..models.token_endpoint_auth_none_param import TokenEndpointAuthNoneParam

        client_id = self.client_id

        refresh_token = self.refresh_token

        token_endpoint = self.token_endpoint

        token_endpoint_auth: dict[str, Any]
        if isinstance(self.token_endpoint_auth, TokenEndpointAuthNoneParam):
            token_endpoint_auth = self.token_endpoint_auth.to_dict()
        elif isinstance(self.token_endpoint_auth, TokenEndpointAuthClientSecretBasicParam):
            token_endpoint_auth = self.token_endpoint_auth.to_dict()
        else:
            token_endpoint_auth = self.token_endpoint_auth.to_dict()

        resource: None | str | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        else:
            resource = self.resource

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "refresh_token": refresh_token,
                "token_endpoint": token_endpoint,
                "token_endpoint_auth": token_endpoint_auth,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcpo_auth_refresh_param_from_dict(src_dict, cls))

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


def _mcpo_auth_refresh_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[MCPOAuthRefreshParam] = MCPOAuthRefreshParam
) -> MCPOAuthRefreshParam:
    d = src_dict
    _Built = _New(cls)
    _Built.client_id = d["client_id"]
    _Built.refresh_token = d["refresh_token"]
    _Built.token_endpoint = d["token_endpoint"]
    token_endpoint_auth = _parse_token_endpoint_auth(d["token_endpoint_auth"])

    _Built.token_endpoint_auth = token_endpoint_auth
    resource = d.get("resource", UNSET)

    _Built.resource = resource
    scope = d.get("scope", UNSET)

    _Built.scope = scope
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MCPOAuthRefreshParamDict(TypedDict, total=False):
    """`MCPOAuthRefreshParam` as a plain dict: its fields under their names on the wire."""

    client_id: Required[str]

    refresh_token: Required[str]

    token_endpoint: Required[str]

    token_endpoint_auth: Required[
        TokenEndpointAuthNoneParam
        | TokenEndpointAuthNoneParamDict
        | TokenEndpointAuthClientSecretBasicParam
        | TokenEndpointAuthClientSecretBasicParamDict
        | TokenEndpointAuthClientSecretPostParam
        | TokenEndpointAuthClientSecretPostParamDict
    ]

    resource: str | None

    scope: str | None


_token_endpoint_auth_modules = {
    "none": "token_endpoint_auth_none_param",
    "client_secret_basic": "token_endpoint_auth_client_secret_basic_param",
    "client_secret_post": "token_endpoint_auth_client_secret_post_param",
}
_token_endpoint_auth_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]],
        TokenEndpointAuthNoneParam | TokenEndpointAuthClientSecretBasicParam | TokenEndpointAuthClientSecretPostParam,
    ],
] = {}


def _parse_token_endpoint_auth(
    data: object,
) -> TokenEndpointAuthClientSecretBasicParam | TokenEndpointAuthClientSecretPostParam | TokenEndpointAuthNoneParam:
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
    from ..models.token_endpoint_auth_client_secret_basic_param import (
        _token_endpoint_auth_client_secret_basic_param_from_dict,
    )
    from ..models.token_endpoint_auth_client_secret_post_param import (
        _token_endpoint_auth_client_secret_post_param_from_dict,
    )
    from ..models.token_endpoint_auth_none_param import (
        _token_endpoint_auth_none_param_from_dict,
    )

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_token_endpoint_auth_param_type_0 = _token_endpoint_auth_none_param_from_dict(data)

        return componentsschemas_token_endpoint_auth_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_token_endpoint_auth_param_type_1 = _token_endpoint_auth_client_secret_basic_param_from_dict(
            data
        )

        return componentsschemas_token_endpoint_auth_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_token_endpoint_auth_param_type_2 = _token_endpoint_auth_client_secret_post_param_from_dict(data)

    return componentsschemas_token_endpoint_auth_param_type_2


_KNOWN_KEYS = frozenset({"client_id", "refresh_token", "token_endpoint", "token_endpoint_auth", "resource", "scope"})
