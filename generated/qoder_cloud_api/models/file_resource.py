# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="FileResource")


@_attrs_define(repr=False)
class FileResource(ModelBase):
    """An uploaded file mounted into the session.

    Attributes:
        id (str): Resource ID (`sesr_` prefix).
        type_ (Literal['file']): Always `file`.
        file_id (str): The mounted file (`file_` prefix).
        mount_path (str | Unset): Where the file appears in the container.
        created_at (datetime.datetime | Unset): When it was mounted.
        updated_at (datetime.datetime | Unset): Last change time.
    """

    id: str
    type_: Literal["file"]
    file_id: str
    mount_path: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        file_id = self.file_id

        mount_path = self.mount_path

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
                "file_id": file_id,
            }
        )
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("""Literal['file']""", d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_id = d.pop("file_id")

        mount_path = d.pop("mount_path", UNSET)

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

        file_resource = cls(
            id=id,
            type_=type_,
            file_id=file_id,
            mount_path=mount_path,
            created_at=created_at,
            updated_at=updated_at,
        )

        file_resource.additional_properties = d
        return file_resource

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
    def type(self) -> Literal["file"]:
        """Same as ``type_``."""
        return self.type_
