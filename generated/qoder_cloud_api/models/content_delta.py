# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypeVar

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


_content_modules = {
    "text": ("text_block", "TextBlock"),
    "image": ("image_block", "ImageBlock"),
    "document": ("document_block", "DocumentBlock"),
    "redacted": ("redacted_block", "RedactedBlock"),
    "search_result": ("search_result_block", "SearchResultBlock"),
}
_content_models: dict[str, type[TextBlock | ImageBlock | DocumentBlock | RedactedBlock | SearchResultBlock]] = {}


def _parse_content(
    data: object,
) -> DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            model = _content_models.get(kind)
            if model is None and kind in _content_modules:
                module, name = _content_modules[kind]
                model = _content_models[kind] = getattr(import_module(f"..models.{module}", __package__), name)
            if model is not None:
                try:
                    return model.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.document_block import DocumentBlock
    from ..models.image_block import ImageBlock
    from ..models.redacted_block import RedactedBlock
    from ..models.search_result_block import SearchResultBlock
    from ..models.text_block import TextBlock
    from ..models.unknown_content_block import UnknownContentBlock

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_0 = TextBlock.from_dict(data)

        return componentsschemas_content_block_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_1 = ImageBlock.from_dict(data)

        return componentsschemas_content_block_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_2 = DocumentBlock.from_dict(data)

        return componentsschemas_content_block_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_3 = RedactedBlock.from_dict(data)

        return componentsschemas_content_block_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_content_block_type_4 = SearchResultBlock.from_dict(data)

        return componentsschemas_content_block_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_content_block_type_5 = UnknownContentBlock.from_dict(data)

    return componentsschemas_content_block_type_5


_KNOWN_KEYS = frozenset({"type", "content", "index"})
