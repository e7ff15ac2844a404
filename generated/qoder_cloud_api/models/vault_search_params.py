# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.metadata_filter import MetadataFilter


T = TypeVar("T", bound="VaultSearchParams")
_New = object.__new__


@_attrs_define(repr=False)
class VaultSearchParams(ModelBase):
    """The body of `vaults_search`; every field is optional and they combine with AND.

    Attributes:
        metadata (MetadataFilter | Unset): Only items whose metadata holds every one of these keys with exactly this
            value. Keys are 1 to
            64 characters, values up to 512.
        limit (int | Unset): Page size, 1 to 100 (20 when left out).
        page (str | Unset): The `next_page` of the previous answer, sent back unchanged; never built by hand.
        name (str | Unset): Only vaults whose display name contains this text (ignoring case).
        include_archived (bool | Unset): Include archived vaults (they are left out when this is not sent).
    """

    metadata: MetadataFilter | Unset = UNSET
    limit: int | Unset = UNSET
    page: str | Unset = UNSET
    name: str | Unset = UNSET
    include_archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        limit = self.limit

        page = self.page

        name = self.name

        include_archived = self.include_archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if name is not UNSET:
            field_dict["name"] = name
        if include_archived is not UNSET:
            field_dict["include_archived"] = include_archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _vault_search_params_from_dict(src_dict, cls))

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


def _vault_search_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[VaultSearchParams] = VaultSearchParams
) -> VaultSearchParams:
    d = src_dict
    _Built = _New(cls)
    _metadata = d.get("metadata", UNSET)
    metadata: MetadataFilter | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = _metadata_filter_from_dict(_metadata)

    _Built.metadata = metadata
    _Built.limit = d.get("limit", UNSET)
    _Built.page = d.get("page", UNSET)
    _Built.name = d.get("name", UNSET)
    _Built.include_archived = d.get("include_archived", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class VaultSearchParamsDict(TypedDict, total=False):
    """`VaultSearchParams` as a plain dict: its fields under their names on the wire."""

    metadata: MetadataFilter | Mapping[str, str]

    limit: int

    page: str

    name: str

    include_archived: bool


_KNOWN_KEYS = frozenset({"metadata", "limit", "page", "name", "include_archived"})


from ..models.metadata_filter import (
    MetadataFilter,  # noqa: E402
    _metadata_filter_from_dict,  # noqa: E402
)
