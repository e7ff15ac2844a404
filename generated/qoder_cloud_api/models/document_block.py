# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.base_64_source import Base64Source
    from ..models.file_source import FileSource
    from ..models.plain_text_source import PlainTextSource
    from ..models.unknown_content_source import UnknownContentSource
    from ..models.url_source import URLSource


T = TypeVar("T", bound="DocumentBlock")
_New = object.__new__


@_attrs_define(repr=False)
class DocumentBlock(ModelBase):
    """A document, such as a PDF or a text file.

    Attributes:
        type_ (Literal['document']): Always `document`.
        source (Base64Source | FileSource | PlainTextSource | UnknownContentSource | URLSource): Where a document's
            content comes from, chosen by `type`. Other kinds are kept as `UnknownContentSource`.
        title (None | str | Unset): The document's title.
        context (None | str | Unset): Background about the document.
    """

    type_: Literal["document"]
    source: Base64Source | FileSource | PlainTextSource | UnknownContentSource | URLSource
    title: None | str | Unset = UNSET
    context: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_64_source import Base64Source
        from ..models.file_source import FileSource
        from ..models.plain_text_source import PlainTextSource
        from ..models.url_source import URLSource

        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, Base64Source):
            source = self.source.to_dict()
        elif isinstance(self.source, PlainTextSource):
            source = self.source.to_dict()
        elif isinstance(self.source, URLSource):
            source = self.source.to_dict()
        elif isinstance(self.source, FileSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _Built = _New(cls)
        type_ = d["type"]
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")
        _Built.type_ = type_
        source = _parse_source(d["source"])

        _Built.source = source
        title = d.get("title", UNSET)

        _Built.title = title
        context = d.get("context", UNSET)

        _Built.context = context
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
    def type(self) -> Literal["document"]:
        """Same as ``type_``."""
        return self.type_


_source_modules = {
    "base64": ("base_64_source", "Base64Source"),
    "text": ("plain_text_source", "PlainTextSource"),
    "url": ("url_source", "URLSource"),
    "file": ("file_source", "FileSource"),
}
_source_models: dict[str, type[Base64Source | PlainTextSource | URLSource | FileSource]] = {}


def _parse_source(data: object) -> Base64Source | FileSource | PlainTextSource | UnknownContentSource | URLSource:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            model = _source_models.get(kind)
            if model is None and kind in _source_modules:
                module, name = _source_modules[kind]
                model = _source_models[kind] = getattr(import_module(f"..models.{module}", __package__), name)
            if model is not None:
                try:
                    return model.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.base_64_source import Base64Source
    from ..models.file_source import FileSource
    from ..models.plain_text_source import PlainTextSource
    from ..models.unknown_content_source import UnknownContentSource
    from ..models.url_source import URLSource

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_document_source_type_0 = Base64Source.from_dict(data)

        return componentsschemas_document_source_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_document_source_type_1 = PlainTextSource.from_dict(data)

        return componentsschemas_document_source_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_document_source_type_2 = URLSource.from_dict(data)

        return componentsschemas_document_source_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_document_source_type_3 = FileSource.from_dict(data)

        return componentsschemas_document_source_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_document_source_type_4 = UnknownContentSource.from_dict(data)

    return componentsschemas_document_source_type_4


_KNOWN_KEYS = frozenset({"type", "source", "title", "context"})
