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
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        token_endpoint = d.pop("token_endpoint", UNSET)

        _token_endpoint_auth = d.pop("token_endpoint_auth", UNSET)
        token_endpoint_auth: TokenEndpointAuth | Unset
        if isinstance(_token_endpoint_auth, Unset):
            token_endpoint_auth = UNSET
        else:
            token_endpoint_auth = TokenEndpointAuth.from_dict(_token_endpoint_auth)

        def _parse_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        scope = _parse_scope(d.pop("scope", UNSET))

        mcpo_auth_refresh = cls(
            client_id=client_id,
            token_endpoint=token_endpoint,
            token_endpoint_auth=token_endpoint_auth,
            resource=resource,
            scope=scope,
        )

        mcpo_auth_refresh.additional_properties = d
        return mcpo_auth_refresh

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


from ..models.token_endpoint_auth import TokenEndpointAuth  # noqa: E402
