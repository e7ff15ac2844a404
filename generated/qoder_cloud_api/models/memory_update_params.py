# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata_patch import MetadataPatch


T = TypeVar("T", bound="MemoryUpdateParams")
_New = object.__new__


@_attrs_define(repr=False)
class MemoryUpdateParams(ModelBase):
    """The body of `memories_update`; only fields sent change.

    Attributes:
        content (str | Unset): The new text; not blank, at most 100 KB (102,400 bytes) in UTF-8.
        content_sha256 (str | Unset): Precondition: the SHA-256 (hex) of the content you expect to replace. If the
            stored content
            has another hash the update is refused with 409.
        metadata (MetadataPatch | Unset): A merge patch for metadata. A string sets a key; `null` removes it; keys not
            sent are kept.
        path (str | Unset): Move the memory to this path. Not in the docs; sent by the official SDK.
    """

    content: str | Unset = UNSET
    content_sha256: str | Unset = UNSET
    metadata: MetadataPatch | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        content_sha256 = self.content_sha256

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if content_sha256 is not UNSET:
            field_dict["content_sha256"] = content_sha256
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _memory_update_params_from_dict(src_dict, cls))

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


def _memory_update_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[MemoryUpdateParams] = MemoryUpdateParams
) -> MemoryUpdateParams:
    d = src_dict
    _Built = _New(cls)
    _Built.content = d.get("content", UNSET)
    _Built.content_sha256 = d.get("content_sha256", UNSET)
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataPatch | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_patch_from_dict(_metadata)

    _Built.metadata = metadata
    _Built.path = d.get("path", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MemoryUpdateParamsDict(TypedDict, total=False):
    """`MemoryUpdateParams` as a plain dict: its fields under their names on the wire."""

    content: str

    content_sha256: str

    metadata: MetadataPatch | Mapping[str, None | str]

    path: str


_KNOWN_KEYS = frozenset({"content", "content_sha256", "metadata", "path"})


from ..models.metadata_patch import (
    MetadataPatch,  # noqa: E402
    _metadata_patch_from_dict,  # noqa: E402
)
