# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="FileResource")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


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
        return cast(T, _file_resource_from_dict(src_dict, cls))

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
    def type(self) -> Literal["file"]:
        """Same as ``type_``."""
        return self.type_


def _file_resource_from_dict(src_dict: Mapping[str, Any], cls: type[FileResource] = FileResource) -> FileResource:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "file":
        raise ValueError(f"type must match const 'file', got '{type_}'")
    _Built.type_ = type_
    _Built.file_id = d["file_id"]
    _Built.mount_path = d.get("mount_path", UNSET)
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


_KNOWN_KEYS = frozenset({"id", "type", "file_id", "mount_path", "created_at", "updated_at"})
