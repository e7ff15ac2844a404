# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_store_object_type import _MEMBERS as _MemoryStoreObjectType_MEMBERS
from ..models.memory_store_object_type import MemoryStoreObjectType
from ..models.memory_store_status import _MEMBERS as _MemoryStoreStatus_MEMBERS
from ..models.memory_store_status import MemoryStoreStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="MemoryStore")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class MemoryStore(ModelBase):
    """A persistent store of text memories.

    Attributes:
        id (str): Memory store ID (`memstore_` prefix).
        type_ (MemoryStoreObjectType): Always `memory_store`.
        name (str): Store name.
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        description (str | Unset): What the store is for; shown to agents that mount it. Empty when unset.
        status (MemoryStoreStatus | Unset): `active` or `archived` (the oldest servers also report `deleted`).
        entry_count (int | Unset): Number of live memories.
        total_size (int | Unset): Total size of the live memories' content, in bytes.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        archived_at (datetime.datetime | None | Unset): When the store was archived; null while active.
    """

    id: str
    type_: MemoryStoreObjectType
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    status: MemoryStoreStatus | Unset = UNSET
    entry_count: int | Unset = UNSET
    total_size: int | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        entry_count = self.entry_count

        total_size = self.total_size

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if entry_count is not UNSET:
            field_dict["entry_count"] = entry_count
        if total_size is not UNSET:
            field_dict["total_size"] = total_size
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _memory_store_from_dict(src_dict, cls))

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
    def type(self) -> MemoryStoreObjectType:
        """Same as ``type_``."""
        return self.type_


def _memory_store_from_dict(src_dict: Mapping[str, Any], cls: type[MemoryStore] = MemoryStore) -> MemoryStore:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _MemoryStoreObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.name = d["name"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    updated_at = _FromIsoformat(d["updated_at"])

    _Built.updated_at = updated_at
    _Built.description = d.get("description", UNSET)
    _status = d.get("status", UNSET)
    status: MemoryStoreStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = _MemoryStoreStatus_MEMBERS[_status]

    _Built.status = status
    _Built.entry_count = d.get("entry_count", UNSET)
    _Built.total_size = d.get("total_size", UNSET)
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
    {
        "id",
        "type",
        "name",
        "created_at",
        "updated_at",
        "description",
        "status",
        "entry_count",
        "total_size",
        "metadata",
        "archived_at",
    }
)


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
