# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_object_type import _MEMBERS as _VaultObjectType_MEMBERS
from ..models.vault_object_type import VaultObjectType
from ..models.vault_status import _MEMBERS as _VaultStatus_MEMBERS
from ..models.vault_status import VaultStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.credential import Credential
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Vault")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Vault(ModelBase):
    """A named group of credentials that sessions can be given.

    Attributes:
        id (str): Vault ID (`vault_` prefix).
        display_name (str): Human-readable name.
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        type_ (VaultObjectType | Unset): Always `vault`.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        credentials (list[Credential] | Unset): Sent only in the answer to `vaults_create`, where it is empty.
        archived_at (datetime.datetime | None | Unset): When the vault was archived; null while active.
        status (VaultStatus | Unset): Legacy lifecycle label (`active`, `archived`, `deleted`) sent by older servers
            instead of `archived_at`.
    """

    id: str
    display_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: VaultObjectType | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    credentials: list[Credential] | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    status: VaultStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item = credentials_item_data.to_dict()
                credentials.append(credentials_item)

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _vault_from_dict(src_dict, cls))

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
    def type(self) -> VaultObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _vault_from_dict(src_dict: Mapping[str, Any], cls: type[Vault] = Vault) -> Vault:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    _Built.display_name = d["display_name"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    updated_at = _FromIsoformat(d["updated_at"])

    _Built.updated_at = updated_at
    _type_ = d.get("type", UNSET)
    type_: VaultObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _VaultObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _credentials = d.get("credentials", UNSET)
    credentials: list[Credential] | Unset = UNSET
    if _credentials is not UNSET:
        credentials = [_credential_from_dict(credentials_item_data) for credentials_item_data in _credentials]

    _Built.credentials = credentials
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    _status = d.get("status", UNSET)
    status: VaultStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = _VaultStatus_MEMBERS[_status]

    _Built.status = status
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        archived_at_type_0 = _FromIsoformat(data)

        return archived_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {"id", "display_name", "created_at", "updated_at", "type", "metadata", "credentials", "archived_at", "status"}
)


from ..models.credential import (
    Credential,  # noqa: E402
    _credential_from_dict,  # noqa: E402
)
from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
