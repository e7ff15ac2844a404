# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="OAuthStartParams")
_New = object.__new__


@_attrs_define(repr=False)
class OAuthStartParams(ModelBase):
    """The body of `vaults_start_oauth`.

    Attributes:
        vault_id (str): The active vault the credential is stored in (`vault_` prefix).
        mcp_server_url (str): The MCP server; its OAuth metadata is discovered from it and the credential is matched to
            it.
        client_id (None | str | Unset): An OAuth client registered with the provider; omitted, the service registers one
            itself when the provider allows it.
        client_secret (None | str | Unset): The secret of a confidential `client_id` (secret; never returned).
    """

    vault_id: str
    mcp_server_url: str
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        vault_id = self.vault_id

        mcp_server_url = self.mcp_server_url

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vault_id": vault_id,
                "mcp_server_url": mcp_server_url,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _o_auth_start_params_from_dict(src_dict, cls))

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


def _o_auth_start_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[OAuthStartParams] = OAuthStartParams
) -> OAuthStartParams:
    d = src_dict
    _Built = _New(cls)
    _Built.vault_id = d["vault_id"]
    _Built.mcp_server_url = d["mcp_server_url"]
    client_id = d.get("client_id", UNSET)

    _Built.client_id = client_id
    client_secret = d.get("client_secret", UNSET)

    _Built.client_secret = client_secret
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class OAuthStartParamsDict(TypedDict, total=False):
    """`OAuthStartParams` as a plain dict: its fields under their names on the wire."""

    vault_id: Required[str]

    mcp_server_url: Required[str]

    client_id: str | None

    client_secret: str | None


_KNOWN_KEYS = frozenset({"vault_id", "mcp_server_url", "client_id", "client_secret"})
