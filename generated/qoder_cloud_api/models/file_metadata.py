# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_object_type import _MEMBERS as _FileObjectType_MEMBERS
from ..models.file_object_type import FileObjectType
from ..models.file_status import _MEMBERS as _FileStatus_MEMBERS
from ..models.file_status import FileStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.file_scope import FileScope
    from ..models.metadata import Metadata


T = TypeVar("T", bound="FileMetadata")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class FileMetadata(ModelBase):
    """An uploaded file's metadata (the bytes are fetched through `files_content`).

    Attributes:
        id (str): File ID (`file_` prefix).
        filename (str): The stored file name (the last path component of the uploaded name).
        mime_type (str): Media type detected or declared at upload, e.g. `text/plain`.
        size_bytes (int): Size in bytes.
        created_at (datetime.datetime): Upload time.
        type_ (FileObjectType | Unset): Always `file`.
        downloadable (bool | Unset): Whether `files_content` can hand out a download link for it.
        scope (FileScope | None | Unset): What the file belongs to (a session); null for a plain upload.
        metadata (Metadata | Unset): Free-form string labels. At most 16 keys; keys up to 64 characters, values up to
            512.
        status (FileStatus | Unset): Processing state: `uploading`, `ready`, `error` or `deleted`. Sent by middle-
            generation servers
            and read by the official SDK; current docs use `downloadable` instead.
        expires_at (datetime.datetime | None | Unset): When the file will be removed, if it expires. Not in the docs;
            sent by the official SDK.
    """

    id: str
    filename: str
    mime_type: str
    size_bytes: int
    created_at: datetime.datetime
    type_: FileObjectType | Unset = UNSET
    downloadable: bool | Unset = UNSET
    scope: FileScope | None | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    status: FileStatus | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        created_at = self.created_at.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        downloadable = self.downloadable

        scope: dict[str, Any] | None | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, FileScope):
            scope = self.scope.to_dict()
        else:
            scope = self.scope

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "created_at": created_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if scope is not UNSET:
            field_dict["scope"] = scope
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _file_metadata_from_dict(src_dict, cls))

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
    def type(self) -> FileObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _file_metadata_from_dict(src_dict: Mapping[str, Any], cls: type[FileMetadata] = FileMetadata) -> FileMetadata:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    _Built.filename = d["filename"]
    _Built.mime_type = d["mime_type"]
    _Built.size_bytes = d["size_bytes"]
    created_at = _FromIsoformat(d["created_at"])

    _Built.created_at = created_at
    _type_ = d.get("type", UNSET)
    type_: FileObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _FileObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.downloadable = d.get("downloadable", UNSET)
    _scope = d.get("scope", UNSET)
    scope = _scope if _scope is None or _scope is UNSET else _parse_scope(_scope)

    _Built.scope = scope
    _metadata = d.get("metadata", UNSET)
    metadata: Metadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_from_dict(_metadata)

    _Built.metadata = metadata
    _status = d.get("status", UNSET)
    status: FileStatus | Unset
    if _status is UNSET:
        status = UNSET
    else:
        status = _FileStatus_MEMBERS[_status]

    _Built.status = status
    _expires_at = d.get("expires_at", UNSET)
    expires_at = _expires_at if _expires_at is None or _expires_at is UNSET else _parse_expires_at(_expires_at)

    _Built.expires_at = expires_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_scope(data: object) -> FileScope | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        scope_type_0 = _file_scope_from_dict(data)

        return scope_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""FileScope | None | Unset""", data)


def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        expires_at_type_0 = _FromIsoformat(data)

        return expires_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "id",
        "filename",
        "mime_type",
        "size_bytes",
        "created_at",
        "type",
        "downloadable",
        "scope",
        "metadata",
        "status",
        "expires_at",
    }
)


from ..models.file_scope import (
    FileScope,  # noqa: E402
    _file_scope_from_dict,  # noqa: E402
)
from ..models.metadata import (
    Metadata,  # noqa: E402
    _metadata_from_dict,  # noqa: E402
)
