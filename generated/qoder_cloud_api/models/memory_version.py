# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_version_object_type import _MEMBERS as _MemoryVersionObjectType_MEMBERS
from ..models.memory_version_object_type import MemoryVersionObjectType
from ..models.memory_version_operation import _MEMBERS as _MemoryVersionOperation_MEMBERS
from ..models.memory_version_operation import MemoryVersionOperation
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.actor import Actor


T = TypeVar("T", bound="MemoryVersion")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class MemoryVersion(ModelBase):
    """One recorded change to a memory. `content` is present only when the version is read on its own
    and has not been redacted.

        Attributes:
            id (str): Memory version ID (`memver_` prefix).
            type_ (MemoryVersionObjectType): Always `memory_version`.
            created_at (datetime.datetime): When the change was made.
            memory_store_id (str | Unset): The store.
            memory_id (str | Unset): The memory that changed.
            path (None | str | Unset): The memory's path at this version.
            operation (MemoryVersionOperation | Unset): The kind of change: `created`, `updated` or `deleted`. The official
                SDK names a change
                `modified` instead of `updated`; both are listed.
            content (None | str | Unset): The content at this version; null or absent when redacted and in lists.
            content_size_bytes (int | None | Unset): Size of that content in bytes.
            content_sha256 (None | str | Unset): SHA-256 of that content (hex).
            redacted (bool | Unset): Whether the content was redacted.
            redacted_at (datetime.datetime | None | Unset): When it was redacted; null otherwise.
            created_by (Actor | Unset): Who made a change. Not in the docs; sent by the official SDK.
            redacted_by (Actor | None | Unset): Who redacted it; null otherwise. Not in the docs; sent by the official SDK.
    """

    id: str
    type_: MemoryVersionObjectType
    created_at: datetime.datetime
    memory_store_id: str | Unset = UNSET
    memory_id: str | Unset = UNSET
    path: None | str | Unset = UNSET
    operation: MemoryVersionOperation | Unset = UNSET
    content: None | str | Unset = UNSET
    content_size_bytes: int | None | Unset = UNSET
    content_sha256: None | str | Unset = UNSET
    redacted: bool | Unset = UNSET
    redacted_at: datetime.datetime | None | Unset = UNSET
    created_by: Actor | Unset = UNSET
    redacted_by: Actor | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        created_at = self.created_at.isoformat()

        memory_store_id = self.memory_store_id

        memory_id = self.memory_id

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        content_size_bytes: int | None | Unset
        if isinstance(self.content_size_bytes, Unset):
            content_size_bytes = UNSET
        else:
            content_size_bytes = self.content_size_bytes

        content_sha256: None | str | Unset
        if isinstance(self.content_sha256, Unset):
            content_sha256 = UNSET
        else:
            content_sha256 = self.content_sha256

        redacted = self.redacted

        redacted_at: None | str | Unset
        if isinstance(self.redacted_at, Unset):
            redacted_at = UNSET
        elif isinstance(self.redacted_at, datetime.datetime):
            redacted_at = self.redacted_at.isoformat()
        else:
            redacted_at = self.redacted_at

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        redacted_by: dict[str, Any] | None | Unset
        if isinstance(self.redacted_by, Unset):
            redacted_by = UNSET
        elif isinstance(self.redacted_by, Actor):
            redacted_by = self.redacted_by.to_dict()
        else:
            redacted_by = self.redacted_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "created_at": created_at,
            }
        )
        if memory_store_id is not UNSET:
            field_dict["memory_store_id"] = memory_store_id
        if memory_id is not UNSET:
            field_dict["memory_id"] = memory_id
        if path is not UNSET:
            field_dict["path"] = path
        if operation is not UNSET:
            field_dict["operation"] = operation
        if content is not UNSET:
            field_dict["content"] = content
        if content_size_bytes is not UNSET:
            field_dict["content_size_bytes"] = content_size_bytes
        if content_sha256 is not UNSET:
            field_dict["content_sha256"] = content_sha256
        if redacted is not UNSET:
            field_dict["redacted"] = redacted
        if redacted_at is not UNSET:
            field_dict["redacted_at"] = redacted_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if redacted_by is not UNSET:
            field_dict["redacted_by"] = redacted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _memory_version_from_dict(src_dict, cls))

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
    def type(self) -> MemoryVersionObjectType:
        """Same as ``type_``."""
        return self.type_


def _memory_version_from_dict(src_dict: Mapping[str, Any], cls: type[MemoryVersion] = MemoryVersion) -> MemoryVersion:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = _MemoryVersionObjectType_MEMBERS[d["type"]]

    _Built.type_ = type_
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    _Built.memory_store_id = d.get("memory_store_id", UNSET)
    _Built.memory_id = d.get("memory_id", UNSET)
    path = d.get("path", UNSET)

    _Built.path = path
    _operation = d.get("operation", UNSET)
    operation: MemoryVersionOperation | Unset
    if _operation is UNSET:
        operation = UNSET
    else:
        operation = _MemoryVersionOperation_MEMBERS[_operation]

    _Built.operation = operation
    content = d.get("content", UNSET)

    _Built.content = content
    content_size_bytes = d.get("content_size_bytes", UNSET)

    _Built.content_size_bytes = content_size_bytes
    content_sha256 = d.get("content_sha256", UNSET)

    _Built.content_sha256 = content_sha256
    _Built.redacted = d.get("redacted", UNSET)
    _redacted_at = d.get("redacted_at", UNSET)
    redacted_at = _redacted_at if _redacted_at is None or _redacted_at is UNSET else _parse_redacted_at(_redacted_at)

    _Built.redacted_at = redacted_at
    _created_by = d.get("created_by", UNSET)
    created_by: Actor | Unset
    if _created_by is UNSET:
        created_by = UNSET
    else:
        created_by = _actor_from_dict(_created_by)

    _Built.created_by = created_by
    _redacted_by = d.get("redacted_by", UNSET)
    redacted_by = _redacted_by if _redacted_by is None or _redacted_by is UNSET else _parse_redacted_by(_redacted_by)

    _Built.redacted_by = redacted_by
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_redacted_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        redacted_at_type_0 = _FromIsoformat(data)

        return redacted_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


def _parse_redacted_by(data: object) -> Actor | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        redacted_by_type_0 = _actor_from_dict(data)

        return redacted_by_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""Actor | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "created_at",
        "memory_store_id",
        "memory_id",
        "path",
        "operation",
        "content",
        "content_size_bytes",
        "content_sha256",
        "redacted",
        "redacted_at",
        "created_by",
        "redacted_by",
    }
)


from ..models.actor import (
    Actor,  # noqa: E402
    _actor_from_dict,  # noqa: E402
)
