# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_validation_object_type import _MEMBERS as _CredentialValidationObjectType_MEMBERS
from ..models.credential_validation_object_type import CredentialValidationObjectType
from ..models.credential_validation_status import _MEMBERS as _CredentialValidationStatus_MEMBERS
from ..models.credential_validation_status import CredentialValidationStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.credential_validation_probe import CredentialValidationProbe
    from ..models.credential_validation_refresh import CredentialValidationRefresh


T = TypeVar("T", bound="CredentialValidation")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class CredentialValidation(ModelBase):
    """The outcome of checking an `mcp_oauth` credential against its MCP server.

    Attributes:
        type_ (CredentialValidationObjectType): Always `vault_credential_validation`.
        credential_id (str): The credential checked.
        vault_id (str): Its vault.
        status (CredentialValidationStatus): `valid` (the MCP server accepted the token), `invalid` (it refused it) or
            `unknown`.
        validated_at (datetime.datetime | Unset): When the check ran.
        has_refresh_token (bool | Unset): Whether a refresh token is stored.
        refresh (CredentialValidationRefresh | Unset): What happened when the server tried to refresh the access token.
        mcp_probe (CredentialValidationProbe | Unset): The request made to the MCP server with the access token.
    """

    type_: CredentialValidationObjectType
    credential_id: str
    vault_id: str
    status: CredentialValidationStatus
    validated_at: datetime.datetime | Unset = UNSET
    has_refresh_token: bool | Unset = UNSET
    refresh: CredentialValidationRefresh | Unset = UNSET
    mcp_probe: CredentialValidationProbe | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        credential_id = self.credential_id

        vault_id = self.vault_id

        status = self.status.value

        validated_at: str | Unset = UNSET
        if not isinstance(self.validated_at, Unset):
            validated_at = self.validated_at.isoformat()

        has_refresh_token = self.has_refresh_token

        refresh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refresh, Unset):
            refresh = self.refresh.to_dict()

        mcp_probe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_probe, Unset):
            mcp_probe = self.mcp_probe.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "credential_id": credential_id,
                "vault_id": vault_id,
                "status": status,
            }
        )
        if validated_at is not UNSET:
            field_dict["validated_at"] = validated_at
        if has_refresh_token is not UNSET:
            field_dict["has_refresh_token"] = has_refresh_token
        if refresh is not UNSET:
            field_dict["refresh"] = refresh
        if mcp_probe is not UNSET:
            field_dict["mcp_probe"] = mcp_probe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _credential_validation_from_dict(src_dict, cls))

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
    def type(self) -> CredentialValidationObjectType:
        """Same as ``type_``."""
        return self.type_


def _credential_validation_from_dict(
    src_dict: Mapping[str, Any], cls: type[CredentialValidation] = CredentialValidation
) -> CredentialValidation:
    d = src_dict
    _Built = _New(cls)
    type_ = _CredentialValidationObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.credential_id = d["credential_id"]
    _Built.vault_id = d["vault_id"]
    status = _CredentialValidationStatus_MEMBERS[d["status"]]

    _Built.status = status
    _validated_at = d.get("validated_at", UNSET)
    validated_at: datetime.datetime | Unset
    if _validated_at is UNSET:
        validated_at = UNSET
    else:
        validated_at = _FromIsoformat(_validated_at)

    _Built.validated_at = validated_at
    _Built.has_refresh_token = d.get("has_refresh_token", UNSET)
    _refresh = d.get("refresh", UNSET)
    refresh: CredentialValidationRefresh | Unset
    if _refresh is UNSET:
        refresh = UNSET
    else:
        refresh = _credential_validation_refresh_from_dict(_refresh)

    _Built.refresh = refresh
    _mcp_probe = d.get("mcp_probe", UNSET)
    mcp_probe: CredentialValidationProbe | Unset
    if _mcp_probe is UNSET:
        mcp_probe = UNSET
    else:
        mcp_probe = _credential_validation_probe_from_dict(_mcp_probe)

    _Built.mcp_probe = mcp_probe
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset(
    {"type", "credential_id", "vault_id", "status", "validated_at", "has_refresh_token", "refresh", "mcp_probe"}
)


from ..models.credential_validation_probe import (
    CredentialValidationProbe,  # noqa: E402
    _credential_validation_probe_from_dict,  # noqa: E402
)
from ..models.credential_validation_refresh import (
    CredentialValidationRefresh,  # noqa: E402
    _credential_validation_refresh_from_dict,  # noqa: E402
)
