# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_object_type import CredentialObjectType
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_auth import EnvironmentVariableAuth
    from ..models.mcpo_auth_auth import MCPOAuthAuth
    from ..models.metadata import Metadata
    from ..models.static_bearer_auth import StaticBearerAuth
    from ..models.unknown_credential_auth import UnknownCredentialAuth


T = TypeVar("T", bound="Credential")


@_attrs_define(repr=False)
class Credential(ModelBase):
    """A credential stored in a vault. Only the non-secret parts of `auth` are returned; tokens, client
    secrets and secret values never are.

        Attributes:
            id (str): Credential ID (`vcred_` prefix).
            type_ (CredentialObjectType): `vault_credential` (middle-generation servers put the auth kind, e.g.
                `static_bearer`, here).
            vault_id (str | Unset): The vault that holds it.
            display_name (None | str | Unset): Not stored by current servers; always null.
            auth (EnvironmentVariableAuth | MCPOAuthAuth | StaticBearerAuth | UnknownCredentialAuth | Unset): The non-secret
                part of a credential's authentication, chosen by `type`. Kinds this client does
                not know yet are kept as `UnknownCredentialAuth`.
            metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
                512.
            archived_at (datetime.datetime | None | Unset): When the credential was archived; null while active.
            created_at (datetime.datetime | Unset): Creation time.
            updated_at (datetime.datetime | Unset): Last change time.
    """

    id: str
    type_: CredentialObjectType
    vault_id: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    auth: EnvironmentVariableAuth | MCPOAuthAuth | StaticBearerAuth | UnknownCredentialAuth | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        vault_id = self.vault_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        auth: dict[str, Any] | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, StaticBearerAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPOAuthAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, EnvironmentVariableAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if vault_id is not UNSET:
            field_dict["vault_id"] = vault_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if auth is not UNSET:
            field_dict["auth"] = auth
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = CredentialObjectType.from_value(d.pop("type"))

        vault_id = d.pop("vault_id", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_auth(
            data: object,
        ) -> EnvironmentVariableAuth | MCPOAuthAuth | StaticBearerAuth | UnknownCredentialAuth | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "static_bearer":
                        return StaticBearerAuth.from_dict(data)
                    if kind == "mcp_oauth":
                        return MCPOAuthAuth.from_dict(data)
                    if kind == "environment_variable":
                        return EnvironmentVariableAuth.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_auth_type_0 = StaticBearerAuth.from_dict(data)

                return componentsschemas_credential_auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_auth_type_1 = MCPOAuthAuth.from_dict(data)

                return componentsschemas_credential_auth_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_auth_type_2 = EnvironmentVariableAuth.from_dict(data)

                return componentsschemas_credential_auth_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_credential_auth_type_3 = UnknownCredentialAuth.from_dict(data)

            return componentsschemas_credential_auth_type_3

        auth = _parse_auth(d.pop("auth", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        credential = cls(
            id=id,
            type_=type_,
            vault_id=vault_id,
            display_name=display_name,
            auth=auth,
            metadata=metadata,
            archived_at=archived_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        credential.additional_properties = d
        return credential

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
    def type(self) -> CredentialObjectType:
        """Same as ``type_``."""
        return self.type_


from ..models.environment_variable_auth import EnvironmentVariableAuth  # noqa: E402
from ..models.mcpo_auth_auth import MCPOAuthAuth  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.static_bearer_auth import StaticBearerAuth  # noqa: E402
from ..models.unknown_credential_auth import UnknownCredentialAuth  # noqa: E402
