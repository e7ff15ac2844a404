# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.mcpo_auth_refresh import MCPOAuthRefresh


T = TypeVar("T", bound="MCPOAuthAuth")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class MCPOAuthAuth(ModelBase):
    """OAuth tokens for one MCP server (the access and refresh tokens are not returned).

    Attributes:
        type_ (Literal['mcp_oauth']): Always `mcp_oauth`.
        mcp_server_url (str | Unset): The MCP server the tokens are for.
        expires_at (datetime.datetime | None | Unset): When the access token expires; null when unknown.
        refresh (MCPOAuthRefresh | None | Unset): How the access token is refreshed; null or absent when no refresh was
            configured.
    """

    type_: Literal["mcp_oauth"]
    mcp_server_url: str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    refresh: MCPOAuthRefresh | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mcp_server_url = self.mcp_server_url

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        refresh: dict[str, Any] | None | Unset
        if isinstance(self.refresh, Unset):
            refresh = UNSET
        elif isinstance(self.refresh, MCPOAuthRefresh):
            refresh = self.refresh.to_dict()
        else:
            refresh = self.refresh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if mcp_server_url is not UNSET:
            field_dict["mcp_server_url"] = mcp_server_url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if refresh is not UNSET:
            field_dict["refresh"] = refresh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcpo_auth_auth_from_dict(src_dict, cls))

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
    def type(self) -> Literal["mcp_oauth"]:
        """Same as ``type_``."""
        return self.type_


def _mcpo_auth_auth_from_dict(src_dict: Mapping[str, Any], cls: type[MCPOAuthAuth] = MCPOAuthAuth) -> MCPOAuthAuth:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "mcp_oauth":
        raise ValueError(f"type must match const 'mcp_oauth', got '{type_}'")
    _Built.type_ = type_
    _Built.mcp_server_url = d.get("mcp_server_url", UNSET)
    _expires_at = d.get("expires_at", UNSET)
    expires_at = _expires_at if _expires_at is None or _expires_at is UNSET else _parse_expires_at(_expires_at)

    _Built.expires_at = expires_at
    _refresh = d.get("refresh", UNSET)
    refresh = _refresh if _refresh is None or _refresh is UNSET else _parse_refresh(_refresh)

    _Built.refresh = refresh
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        expires_at_type_0 = _FromIsoformat(data)

        return expires_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_refresh(data: object) -> MCPOAuthRefresh | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        refresh_type_0 = _mcpo_auth_refresh_from_dict(data)

        return refresh_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""MCPOAuthRefresh | None | Unset""", data)


_KNOWN_KEYS = frozenset({"type", "mcp_server_url", "expires_at", "refresh"})


from ..models.mcpo_auth_refresh import (
    MCPOAuthRefresh,  # noqa: E402
    _mcpo_auth_refresh_from_dict,  # noqa: E402
)
