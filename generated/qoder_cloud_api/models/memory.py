# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_object_type import _MEMBERS as _MemoryObjectType_MEMBERS
from ..models.memory_object_type import MemoryObjectType
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Memory")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Memory(ModelBase):
    """One memory in a store. `content` is returned by create, update and retrieve, never in lists.

    Attributes:
        id (str): Memory ID (`mem_` prefix).
        type_ (MemoryObjectType): Always `memory`.
        path (str): Its path inside the store, e.g. `notes/style.md`.
        content_sha256 (str): SHA-256 of the content (hex); send it back as `content_sha256` to update safely.
        created_at (datetime.datetime): Creation time.
        updated_at (datetime.datetime): Last change time.
        memory_store_id (str | Unset): The store it belongs to.
        content (None | str | Unset): The text; absent in lists.
        content_size_bytes (int | Unset): Size of the content in bytes.
        version (int | Unset): Revision number; 1 at creation, one more per update.
        memory_version_id (str | Unset): ID of the memory's newest version (`memver_...`). Not in the docs; sent by the
            official SDK.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
    """

    id: str
    type_: MemoryObjectType
    path: str
    content_sha256: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    memory_store_id: str | Unset = UNSET
    content: None | str | Unset = UNSET
    content_size_bytes: int | Unset = UNSET
    version: int | Unset = UNSET
    memory_version_id: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        path = self.path

        content_sha256 = self.content_sha256

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        memory_store_id = self.memory_store_id

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        content_size_bytes = self.content_size_bytes

        version = self.version

        memory_version_id = self.memory_version_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "path": path,
                "content_sha256": content_sha256,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if memory_store_id is not UNSET:
            field_dict["memory_store_id"] = memory_store_id
        if content is not UNSET:
            field_dict["content"] = content
        if content_size_bytes is not UNSET:
            field_dict["content_size_bytes"] = content_size_bytes
        if version is not UNSET:
            field_dict["version"] = version
        if memory_version_id is not UNSET:
            field_dict["memory_version_id"] = memory_version_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _memory_from_dict(src_dict, cls))

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
    def type(self) -> MemoryObjectType:
        """Same as ``type_``."""
        return self.type_


def _memory_from_dict(src_dict: Mapping[str, Any], cls: type[Memory] = Memory) -> Memory:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _MemoryObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.path = d["path"]
    _Built.content_sha256 = d["content_sha256"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    updated_at = _FromIsoformat(d["updated_at"])

    _Built.updated_at = updated_at
    _Built.memory_store_id = d.get("memory_store_id", UNSET)
    content = d.get("content", UNSET)

    _Built.content = content
    _Built.content_size_bytes = d.get("content_size_bytes", UNSET)
    _Built.version = d.get("version", UNSET)
    _Built.memory_version_id = d.get("memory_version_id", UNSET)
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


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "path",
        "content_sha256",
        "created_at",
        "updated_at",
        "memory_store_id",
        "content",
        "content_size_bytes",
        "version",
        "memory_version_id",
        "metadata",
    }
)


from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
