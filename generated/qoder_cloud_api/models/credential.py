# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_object_type import _MEMBERS as _CredentialObjectType_MEMBERS
from ..models.credential_object_type import CredentialObjectType
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_auth import EnvironmentVariableAuth
    from ..models.mcpo_auth_auth import MCPOAuthAuth
    from ..models.metadata import Metadata
    from ..models.static_bearer_auth import StaticBearerAuth
    from ..models.unknown_credential_auth import UnknownCredentialAuth


T = TypeVar("T", bound="Credential")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


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
        from ..models.environment_variable_auth import EnvironmentVariableAuth
        from ..models.mcpo_auth_auth import MCPOAuthAuth
        from ..models.static_bearer_auth import StaticBearerAuth

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
        return cast(T, _credential_from_dict(src_dict, cls))

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
    def type(self) -> CredentialObjectType:
        """Same as ``type_``."""
        return self.type_


def _credential_from_dict(src_dict: Mapping[str, Any], cls: type[Credential] = Credential) -> Credential:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _CredentialObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.vault_id = d.get("vault_id", UNSET)
    display_name = d.get("display_name", UNSET)

    _Built.display_name = display_name
    _auth = d.get("auth", UNSET)
    auth = _auth if _auth is UNSET else _parse_auth(_auth)

    _Built.auth = auth
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if _updated_at is UNSET:
        updated_at = UNSET
    else:
        updated_at = _FromIsoformat(_updated_at)

    _Built.updated_at = updated_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_auth_modules = {
    "static_bearer": "static_bearer_auth",
    "mcp_oauth": "mcpo_auth_auth",
    "environment_variable": "environment_variable_auth",
}
_auth_parsers: dict[str, Callable[[Mapping[str, Any]], StaticBearerAuth | MCPOAuthAuth | EnvironmentVariableAuth]] = {}


def _parse_auth(
    data: object,
) -> EnvironmentVariableAuth | MCPOAuthAuth | StaticBearerAuth | UnknownCredentialAuth | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _auth_parsers.get(kind)
            if parse is None and kind in _auth_modules:
                module = _auth_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _auth_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.environment_variable_auth import _environment_variable_auth_from_dict
    from ..models.mcpo_auth_auth import _mcpo_auth_auth_from_dict
    from ..models.static_bearer_auth import _static_bearer_auth_from_dict
    from ..models.unknown_credential_auth import _unknown_credential_auth_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_type_0 = _static_bearer_auth_from_dict(data)

        return componentsschemas_credential_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_type_1 = _mcpo_auth_auth_from_dict(data)

        return componentsschemas_credential_auth_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_credential_auth_type_2 = _environment_variable_auth_from_dict(data)

        return componentsschemas_credential_auth_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_credential_auth_type_3 = _unknown_credential_auth_from_dict(data)

    return componentsschemas_credential_auth_type_3


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
    {"id", "type", "vault_id", "display_name", "auth", "metadata", "archived_at", "created_at", "updated_at"}
)


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
