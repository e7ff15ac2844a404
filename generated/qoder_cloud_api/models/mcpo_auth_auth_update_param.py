# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.mcpo_auth_refresh_update_param import MCPOAuthRefreshUpdateParam


if TYPE_CHECKING:
    from ..models.mcpo_auth_refresh_update_param import MCPOAuthRefreshUpdateParamDict


T = TypeVar("T", bound="MCPOAuthAuthUpdateParam")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class MCPOAuthAuthUpdateParam(ModelBase):
    """Replaces tokens or refresh settings of an `mcp_oauth` credential.

    Attributes:
        type_ (Literal['mcp_oauth']): Always `mcp_oauth`.
        access_token (str | Unset): The new access token (secret; never returned).
        expires_at (datetime.datetime | None | Unset): New expiry of the access token; `null` clears it.
        refresh (MCPOAuthRefreshUpdateParam | Unset): Changes to the stored refresh settings (only when the credential
            was created with them).
    """

    type_: Literal["mcp_oauth"]
    access_token: str | Unset = _attrs_field(
        default=UNSET,
        repr=False,
    )
    expires_at: datetime.datetime | None | Unset = UNSET
    refresh: MCPOAuthRefreshUpdateParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        access_token = self.access_token

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        refresh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refresh, Unset):
            refresh = self.refresh.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if refresh is not UNSET:
            field_dict["refresh"] = refresh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _mcpo_auth_auth_update_param_from_dict(src_dict, cls))

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


def _mcpo_auth_auth_update_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[MCPOAuthAuthUpdateParam] = MCPOAuthAuthUpdateParam
) -> MCPOAuthAuthUpdateParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "mcp_oauth":
        raise ValueError(f"type must match const 'mcp_oauth', got '{type_}'")
    _Built.type_ = type_
    _Built.access_token = d.get("access_token", UNSET)
    _expires_at = d.get("expires_at", UNSET)
    expires_at = _expires_at if _expires_at is None or _expires_at is UNSET else _parse_expires_at(_expires_at)

    _Built.expires_at = expires_at
    _refresh = d.get("refresh", UNSET)
    refresh: MCPOAuthRefreshUpdateParam | Unset
    if _refresh is UNSET:
        refresh = UNSET
    else:
        refresh = _mcpo_auth_refresh_update_param_from_dict(_refresh)

    _Built.refresh = refresh
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MCPOAuthAuthUpdateParamDict(TypedDict, total=False):
    """`MCPOAuthAuthUpdateParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["mcp_oauth"]]

    access_token: str

    expires_at: datetime.datetime | None

    refresh: MCPOAuthRefreshUpdateParam | MCPOAuthRefreshUpdateParamDict


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


_KNOWN_KEYS = frozenset({"type", "access_token", "expires_at", "refresh"})


from ..models.mcpo_auth_refresh_update_param import (
    MCPOAuthRefreshUpdateParam,  # noqa: E402
    _mcpo_auth_refresh_update_param_from_dict,  # noqa: E402
)
