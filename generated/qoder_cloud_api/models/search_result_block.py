# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

if TYPE_CHECKING:
    from ..models.search_result_citations import SearchResultCitations
    from ..models.text_block import TextBlock


if TYPE_CHECKING:
    from ..models.search_result_citations import SearchResultCitationsDict
    from ..models.text_block import TextBlockDict


T = TypeVar("T", bound="SearchResultBlock")
_New = object.__new__


@_attrs_define(repr=False)
class SearchResultBlock(ModelBase):
    """A search hit returned by a tool.

    Attributes:
        type_ (Literal['search_result']): Always `search_result`.
        source (str): The URL of the hit.
        title (str): The hit's title.
        content (list[TextBlock]): The hit's text.
        citations (SearchResultCitations): Whether the hit may be cited.
    """

    type_: Literal["search_result"]
    source: str
    title: str
    content: list[TextBlock]
    citations: SearchResultCitations
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source = self.source

        title = self.title

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        citations = self.citations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
                "title": title,
                "content": content,
                "citations": citations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _search_result_block_from_dict(src_dict, cls))

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
    def text(self) -> str:
        """The text of the `text` blocks of `content`, joined ("" when there are none)."""
        return "".join(block.text for block in self.content or () if isinstance(block, TextBlock))

    @property
    def type(self) -> Literal["search_result"]:
        """Same as ``type_``."""
        return self.type_


def _search_result_block_from_dict(
    src_dict: Mapping[str, Any], cls: type[SearchResultBlock] = SearchResultBlock
) -> SearchResultBlock:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "search_result":
        raise ValueError(f"type must match const 'search_result', got '{type_}'")
    _Built.type_ = type_
    _Built.source = d["source"]
    _Built.title = d["title"]
    content = [_text_block_from_dict(content_item_data) for content_item_data in d["content"]]

    _Built.content = content
    citations = _search_result_citations_from_dict(d["citations"])

    _Built.citations = citations
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SearchResultBlockDict(TypedDict, total=False):
    """`SearchResultBlock` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["search_result"]]

    source: Required[str]

    title: Required[str]

    content: Required[Sequence[TextBlock | TextBlockDict]]

    citations: Required[SearchResultCitations | SearchResultCitationsDict]


_KNOWN_KEYS = frozenset({"type", "source", "title", "content", "citations"})


from ..models.search_result_citations import (
    SearchResultCitations,  # noqa: E402
    _search_result_citations_from_dict,  # noqa: E402
)
from ..models.text_block import (
    TextBlock,  # noqa: E402
    _text_block_from_dict,  # noqa: E402
)
