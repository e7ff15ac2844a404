# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_object_type import _MEMBERS as _EnvironmentObjectType_MEMBERS
from ..models.environment_object_type import EnvironmentObjectType
from ..models.environment_scope import _MEMBERS as _EnvironmentScope_MEMBERS
from ..models.environment_scope import EnvironmentScope
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.cloud_config import CloudConfig
    from ..models.metadata import Metadata
    from ..models.self_hosted_config import SelfHostedConfig
    from ..models.unknown_environment_config import UnknownEnvironmentConfig


T = TypeVar("T", bound="Environment")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Environment(ModelBase):
    """A container configuration that agent sessions run in.

    Attributes:
        id (str): Environment ID (`env_` prefix).
        name (str): Environment name.
        config (CloudConfig | SelfHostedConfig | UnknownEnvironmentConfig): The environment's configuration, chosen by
            `type`: `cloud` (a managed sandbox) or `self_hosted`
            (your own workers). Other types are kept as `UnknownEnvironmentConfig`. A configuration sent
            without `type` is read as `CloudConfig`, the default kind.
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        type_ (EnvironmentObjectType | Unset): Always `environment`.
        description (None | str | Unset): Free-text description.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        scope (EnvironmentScope | Unset): Who can see the environment (`organization` or `account`). Not in the docs;
            sent by the official SDK.
        archived_at (datetime.datetime | None | Unset): When the environment was archived; null while active.
        status (str | Unset): Legacy lifecycle label (`ready`, `archived`) sent by older servers.
        archived (bool | Unset): Legacy archived flag sent by older servers.
    """

    id: str
    name: str
    config: CloudConfig | SelfHostedConfig | UnknownEnvironmentConfig
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: EnvironmentObjectType | Unset = UNSET
    description: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    scope: EnvironmentScope | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    status: str | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cloud_config import CloudConfig
        from ..models.self_hosted_config import SelfHostedConfig

        id = self.id

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, CloudConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, SelfHostedConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        status = self.status

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "config": config,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if scope is not UNSET:
            field_dict["scope"] = scope
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if status is not UNSET:
            field_dict["status"] = status
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _environment_from_dict(src_dict, cls))

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
    def type(self) -> EnvironmentObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _environment_from_dict(src_dict: Mapping[str, Any], cls: type[Environment] = Environment) -> Environment:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    _Built.name = d["name"]
    config = _parse_config(d["config"])

    _Built.config = config
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    updated_at = _FromIsoformat(d["updated_at"])

    _Built.updated_at = updated_at
    _type_ = d.get("type", UNSET)
    type_: EnvironmentObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _EnvironmentObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    description = d.get("description", UNSET)

    _Built.description = description
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _scope = d.get("scope", UNSET)
    scope: EnvironmentScope | Unset
    if _scope is UNSET:
        scope = UNSET
    else:
        scope = _EnvironmentScope_MEMBERS[_scope]

    _Built.scope = scope
    _archived_at = d.get("archived_at", UNSET)
    archived_at = _archived_at if _archived_at is None or _archived_at is UNSET else _parse_archived_at(_archived_at)

    _Built.archived_at = archived_at
    _Built.status = d.get("status", UNSET)
    _Built.archived = d.get("archived", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_config_modules = {
    "cloud": "cloud_config",
    "self_hosted": "self_hosted_config",
}
_config_parsers: dict[str, Callable[[Mapping[str, Any]], CloudConfig | SelfHostedConfig]] = {}


def _parse_config(data: object) -> CloudConfig | SelfHostedConfig | UnknownEnvironmentConfig:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _config_parsers.get(kind)
            if parse is None and kind in _config_modules:
                module = _config_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _config_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.cloud_config import _cloud_config_from_dict
    from ..models.self_hosted_config import _self_hosted_config_from_dict
    from ..models.unknown_environment_config import _unknown_environment_config_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_environment_config_type_0 = _cloud_config_from_dict(data)

        return componentsschemas_environment_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_environment_config_type_1 = _self_hosted_config_from_dict(data)

        return componentsschemas_environment_config_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_environment_config_type_2 = _unknown_environment_config_from_dict(data)

    return componentsschemas_environment_config_type_2


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
    {
        "id",
        "name",
        "config",
        "created_at",
        "updated_at",
        "type",
        "description",
        "metadata",
        "scope",
        "archived_at",
        "status",
        "archived",
    }
)


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
