# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_object_type import _MEMBERS as _SkillObjectType_MEMBERS
from ..models.skill_object_type import SkillObjectType
from ..models.skill_source import _MEMBERS as _SkillSource_MEMBERS
from ..models.skill_source import SkillSource
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.skill_source_object import SkillSourceObject


T = TypeVar("T", bound="Skill")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Skill(ModelBase):
    """A skill package registered for the account.

    Attributes:
        id (str): Skill ID (`skill_` prefix).
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        type_ (SkillObjectType | Unset): Always `skill`.
        display_title (str | Unset): Human-readable title; taken from the `SKILL.md` name unless one was given.
        source (SkillSource | SkillSourceObject | Unset): Where the skill comes from, as a bare value or (some servers)
            an object holding it.
        latest_version (None | str | Unset): The newest version string, e.g. `1759178010641129`.
        description (str | Unset): What the skill does, from its `SKILL.md`.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: SkillObjectType | Unset = UNSET
    display_title: str | Unset = UNSET
    source: SkillSource | SkillSourceObject | Unset = UNSET
    latest_version: None | str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        display_title = self.display_title

        source: dict[str, Any] | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SkillSource):
            source = self.source.value
        else:
            source = self.source.to_dict()

        latest_version: None | str | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        else:
            latest_version = self.latest_version

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_title is not UNSET:
            field_dict["display_title"] = display_title
        if source is not UNSET:
            field_dict["source"] = source
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _skill_from_dict(src_dict, cls))

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
    def type(self) -> SkillObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _skill_from_dict(src_dict: Mapping[str, Any], cls: type[Skill] = Skill) -> Skill:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    updated_at = _FromIsoformat(d["updated_at"])

    _Built.updated_at = updated_at
    _type_ = d.get("type", UNSET)
    type_: SkillObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _SkillObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.display_title = d.get("display_title", UNSET)
    _source = d.get("source", UNSET)
    source = _source if _source is UNSET else _parse_source(_source)

    _Built.source = source
    latest_version = d.get("latest_version", UNSET)

    _Built.latest_version = latest_version
    _Built.description = d.get("description", UNSET)
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_source(data: object) -> SkillSource | SkillSourceObject | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_0 = _SkillSource_MEMBERS[data]

        return source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    source_type_1 = _skill_source_object_from_dict(data)

    return source_type_1


_KNOWN_KEYS = frozenset(
    {"id", "created_at", "updated_at", "type", "display_title", "source", "latest_version", "description", "metadata"}
)


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
from ..models.skill_source_object import (
    SkillSourceObject,  # noqa: E402
    _skill_source_object_from_dict,  # noqa: E402
)
