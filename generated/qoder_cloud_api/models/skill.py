# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_object_type import SkillObjectType
from ..models.skill_source import SkillSource
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.skill_source_object import SkillSourceObject


T = TypeVar("T", bound="Skill")


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
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _type_ = d.pop("type", UNSET)
        type_: SkillObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SkillObjectType.from_value(_type_)

        display_title = d.pop("display_title", UNSET)

        def _parse_source(data: object) -> SkillSource | SkillSourceObject | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = SkillSource.from_value(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = SkillSourceObject.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source", UNSET))

        def _parse_latest_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        latest_version = _parse_latest_version(d.pop("latest_version", UNSET))

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        skill = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            display_title=display_title,
            source=source,
            latest_version=latest_version,
            description=description,
            metadata=metadata,
        )

        skill.additional_properties = d
        return skill

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


from ..models.metadata import Metadata  # noqa: E402
from ..models.skill_source_object import SkillSourceObject  # noqa: E402
