# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
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
        d = dict(src_dict)
        refresh_token = d.pop("refresh_token", UNSET)

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_token_endpoint_auth(
            data: object,
        ) -> TokenEndpointAuthClientSecretBasicUpdateParam | TokenEndpointAuthClientSecretPostUpdateParam | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "client_secret_basic":
                        return TokenEndpointAuthClientSecretBasicUpdateParam.from_dict(data)
                    if kind == "client_secret_post":
                        return TokenEndpointAuthClientSecretPostUpdateParam.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_endpoint_auth_update_param_type_0 = (
                    TokenEndpointAuthClientSecretBasicUpdateParam.from_dict(data)
                )

                return componentsschemas_token_endpoint_auth_update_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_token_endpoint_auth_update_param_type_1 = (
                TokenEndpointAuthClientSecretPostUpdateParam.from_dict(data)
            )

            return componentsschemas_token_endpoint_auth_update_param_type_1

        token_endpoint_auth = _parse_token_endpoint_auth(d.pop("token_endpoint_auth", UNSET))

        mcpo_auth_refresh_update_param = cls(
            refresh_token=refresh_token,
            scope=scope,
            token_endpoint_auth=token_endpoint_auth,
        )

        mcpo_auth_refresh_update_param.additional_properties = d
        return mcpo_auth_refresh_update_param

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


from ..models.token_endpoint_auth_client_secret_basic_update_param import TokenEndpointAuthClientSecretBasicUpdateParam  # noqa: E402
from ..models.token_endpoint_auth_client_secret_post_update_param import TokenEndpointAuthClientSecretPostUpdateParam  # noqa: E402
