# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_version_object_type import _MEMBERS as _SkillVersionObjectType_MEMBERS
from ..models.skill_version_object_type import SkillVersionObjectType
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="SkillVersion")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class SkillVersion(ModelBase):
    """One immutable snapshot of a skill's files.

    Attributes:
        skill_id (str): The skill it belongs to.
        created_at (datetime.datetime): When the version was uploaded.
        id (str | Unset): Version object ID (`skillver_` prefix). Paths use `version`, not this ID.
        type_ (SkillVersionObjectType | Unset): Always `skill_version`.
        version (str | Unset): The version string (digits; microseconds since the Unix epoch on current servers); paths
            name a version by it. The official SDKs' types allow it to be missing.
        name (str | Unset): The `name` in this version's `SKILL.md`.
        description (str | Unset): The `description` in this version's `SKILL.md`.
        directory (str | Unset): Name of the package's top-level directory.
    """

    skill_id: str
    created_at: datetime.datetime
    id: str | Unset = UNSET
    type_: SkillVersionObjectType | Unset = UNSET
    version: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    directory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        created_at = self.created_at.isoformat()

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        name = self.name

        description = self.description

        directory = self.directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_id": skill_id,
                "created_at": created_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if directory is not UNSET:
            field_dict["directory"] = directory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _skill_version_from_dict(src_dict, cls))

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
    def type(self) -> SkillVersionObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _skill_version_from_dict(src_dict: Mapping[str, Any], cls: type[SkillVersion] = SkillVersion) -> SkillVersion:
    d = src_dict
    _Built = _New(cls)
    _Built.skill_id = d["skill_id"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    _Built.id = d.get("id", UNSET)
    _type_ = d.get("type", UNSET)
    type_: SkillVersionObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _SkillVersionObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.version = d.get("version", UNSET)
    _Built.name = d.get("name", UNSET)
    _Built.description = d.get("description", UNSET)
    _Built.directory = d.get("directory", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"skill_id", "created_at", "id", "type", "version", "name", "description", "directory"})
