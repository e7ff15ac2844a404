# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_object_type import FileObjectType
from ..models.file_status import FileStatus
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.file_scope import FileScope
    from ..models.metadata import Metadata


T = TypeVar("T", bound="FileMetadata")


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
        d = dict(src_dict)
        id = d.pop("id")

        filename = d.pop("filename")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _type_ = d.pop("type", UNSET)
        type_: FileObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileObjectType.from_value(_type_)

        downloadable = d.pop("downloadable", UNSET)

        def _parse_scope(data: object) -> FileScope | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scope_type_0 = FileScope.from_dict(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""FileScope | None | Unset""", data)

        scope = _parse_scope(d.pop("scope", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _status = d.pop("status", UNSET)
        status: FileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FileStatus.from_value(_status)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        file_metadata = cls(
            id=id,
            filename=filename,
            mime_type=mime_type,
            size_bytes=size_bytes,
            created_at=created_at,
            type_=type_,
            downloadable=downloadable,
            scope=scope,
            metadata=metadata,
            status=status,
            expires_at=expires_at,
        )

        file_metadata.additional_properties = d
        return file_metadata

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


from ..models.file_scope import FileScope  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
