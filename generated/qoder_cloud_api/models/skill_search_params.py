# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.skill_search_params_source import _MEMBERS as _SkillSearchParamsSource_MEMBERS
from ..models.skill_search_params_source import SkillSearchParamsSource
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.metadata_filter import MetadataFilter


def _input_source(
    value: SkillSearchParamsSource | Literal["custom", "qoder"] | Unset,
) -> SkillSearchParamsSource | Unset:
    if isinstance(value, (SkillSearchParamsSource, Unset)):
        return value
    return enum_input(SkillSearchParamsSource, value, "SkillSearchParams.source")


T = TypeVar("T", bound="SkillSearchParams")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SkillSearchParams(ModelBase):
    """The body of `skills_search`; every field is optional and they combine with AND.

    Attributes:
        metadata (MetadataFilter | Unset): Only items whose metadata holds every one of these keys with exactly this
            value. Keys are 1 to
            64 characters, values up to 512.
        limit (int | Unset): Page size, 1 to 100 (20 when left out).
        page (str | Unset): The `next_page` of the previous answer, sent back unchanged; never built by hand.
        source (SkillSearchParamsSource | Unset): Only skills from this source, `custom` (uploaded) or `qoder` (built
            in).
        display_title (str | Unset): Only skills whose display title contains this text (ignoring case).
        name (str | Unset): The older name of `display_title`; used only when `display_title` is not sent.
    """

    metadata: MetadataFilter | Unset = UNSET
    limit: int | Unset = UNSET
    page: str | Unset = UNSET
    source: SkillSearchParamsSource | Unset = _attrs_field(default=UNSET, converter=_input_source)
    display_title: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        limit = self.limit

        page = self.page

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        display_title = self.display_title

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if source is not UNSET:
            field_dict["source"] = source
        if display_title is not UNSET:
            field_dict["display_title"] = display_title
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _skill_search_params_from_dict(src_dict, cls))

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


def _skill_search_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[SkillSearchParams] = SkillSearchParams
) -> SkillSearchParams:
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
    _source = d.get("source", UNSET)
    source: SkillSearchParamsSource | Unset
    if _source is UNSET:
        source = UNSET
    else:
        source = _SkillSearchParamsSource_MEMBERS[_source]

    _Built.source = source
    _Built.display_title = d.get("display_title", UNSET)
    _Built.name = d.get("name", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SkillSearchParamsDict(TypedDict, total=False):
    """`SkillSearchParams` as a plain dict: its fields under their names on the wire."""

    metadata: MetadataFilter | Mapping[str, str]

    limit: int

    page: str

    source: SkillSearchParamsSource | Literal["custom", "qoder"]

    display_title: str

    name: str


_KNOWN_KEYS = frozenset({"metadata", "limit", "page", "source", "display_title", "name"})


from ..models.metadata_filter import (
    MetadataFilter,  # noqa: E402
    _metadata_filter_from_dict,  # noqa: E402
)
