# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.token_endpoint_auth import TokenEndpointAuth


T = TypeVar("T", bound="MCPOAuthRefresh")
_New = object.__new__


@_attrs_define(repr=False)
class MCPOAuthRefresh(ModelBase):
    """The non-secret refresh settings of an `mcp_oauth` credential.

    Attributes:
        client_id (str | Unset): OAuth client ID.
        token_endpoint (str | Unset): The authorization server's token endpoint.
        token_endpoint_auth (TokenEndpointAuth | Unset): How the client authenticates at the token endpoint (the client
            secret is not returned).
        resource (None | str | Unset): OAuth resource indicator, when one was set.
        scope (None | str | Unset): Requested scope, when one was set.
    """

    client_id: str | Unset = UNSET
    token_endpoint: str | Unset = UNSET
    token_endpoint_auth: TokenEndpointAuth | Unset = UNSET
    resource: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        token_endpoint = self.token_endpoint

        token_endpoint_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_endpoint_auth, Unset):
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
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if token_endpoint is not UNSET:
            field_dict["token_endpoint"] = token_endpoint
        if token_endpoint_auth is not UNSET:
            field_dict["token_endpoint_auth"] = token_endpoint_auth
        if resource is not UNSET:
            field_dict["resource"] = resource
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcpo_auth_refresh_from_dict(src_dict, cls))

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


def _mcpo_auth_refresh_from_dict(
    src_dict: Mapping[str, Any], cls: type[MCPOAuthRefresh] = MCPOAuthRefresh
) -> MCPOAuthRefresh:
    d = src_dict
    _Built = _New(cls)
    _Built.client_id = d.get("client_id", UNSET)
    _Built.token_endpoint = d.get("token_endpoint", UNSET)
    _token_endpoint_auth = d.get("token_endpoint_auth", UNSET)
    token_endpoint_auth: TokenEndpointAuth | Unset
    if _token_endpoint_auth is UNSET:
        token_endpoint_auth = UNSET
    else:
        token_endpoint_auth = _token_endpoint_auth_from_dict(_token_endpoint_auth)

    _Built.token_endpoint_auth = token_endpoint_auth
    resource = d.get("resource", UNSET)

    _Built.resource = resource
    scope = d.get("scope", UNSET)

    _Built.scope = scope
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"client_id", "token_endpoint", "token_endpoint_auth", "resource", "scope"})


from ..models.token_endpoint_auth import (
    TokenEndpointAuth,  # noqa: E402
    _token_endpoint_auth_from_dict,  # noqa: E402
)
