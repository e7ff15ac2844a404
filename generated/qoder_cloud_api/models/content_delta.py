# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.document_block import DocumentBlock
    from ..models.image_block import ImageBlock
    from ..models.redacted_block import RedactedBlock
    from ..models.search_result_block import SearchResultBlock
    from ..models.text_block import TextBlock
    from ..models.unknown_content_block import UnknownContentBlock


T = TypeVar("T", bound="ContentDelta")
_New = object.__new__


@_attrs_define(repr=False)
class ContentDelta(ModelBase):
    """More content for one block of the preview.

    Attributes:
        type_ (Literal['content_delta']): Always `content_delta`.
        content (DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock): One
            piece of event content, chosen by `type`. Messages carry `text`, `image`, `document` and
            `redacted` blocks; tool results carry `text`, `image`, `document` and `search_result` blocks.
            Other kinds are kept as `UnknownContentBlock`.
        index (int | Unset): The block the content belongs to.
    """

    type_: Literal["content_delta"]
    content: DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_block import DocumentBlock
        from ..models.image_block import ImageBlock
        from ..models.redacted_block import RedactedBlock
        from ..models.search_result_block import SearchResultBlock
        from ..models.text_block import TextBlock

        type_ = self.type_

        content: dict[str, Any]
        if isinstance(self.content, TextBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, ImageBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, DocumentBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, RedactedBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, SearchResultBlock):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _content_delta_from_dict(src_dict, cls))

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
    def type(self) -> Literal["content_delta"]:
        """Same as ``type_``."""
        return self.type_


def _content_delta_from_dict(src_dict: Mapping[str, Any], cls: type[ContentDelta] = ContentDelta) -> ContentDelta:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "content_delta":
        raise ValueError(f"type must match const 'content_delta', got '{type_}'")
    _Built.type_ = type_
    content = _parse_content(d["content"])

    _Built.content = content
    _Built.index = d.get("index", UNSET)
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_content_modules = {
    "text": "text_block",
    "image": "image_block",
    "document": "document_block",
    "redacted": "redacted_block",
    "search_result": "search_result_block",
}
_content_parsers: dict[
    str, Callable[[Mapping[str, Any]], TextBlock | ImageBlock | DocumentBlock | RedactedBlock | SearchResultBlock]
] = {}


def _parse_content(
    data: object,
) -> DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _content_parsers.get(kind)
            if parse is None and kind in _content_modules:
                module = _content_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _content_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.document_block import _document_block_from_dict
    from ..models.image_block import _image_block_from_dict
    from ..models.redacted_block import _redacted_block_from_dict
    from ..models.search_result_block import _search_result_block_from_dict
    from ..models.text_block import _text_block_from_dict
    from ..models.unknown_content_block import _unknown_content_block_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_0 = _text_block_from_dict(data)

        return componentsschemas_content_block_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_1 = _image_block_from_dict(data)

        return componentsschemas_content_block_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_2 = _document_block_from_dict(data)

        return componentsschemas_content_block_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_3 = _redacted_block_from_dict(data)

        return componentsschemas_content_block_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_4 = _search_result_block_from_dict(data)

        return componentsschemas_content_block_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_content_block_type_5 = _unknown_content_block_from_dict(data)

    return componentsschemas_content_block_type_5


_KNOWN_KEYS = frozenset({"type", "content", "index"})
