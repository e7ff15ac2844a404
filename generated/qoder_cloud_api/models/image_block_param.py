# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

if TYPE_CHECKING:
    from ..models.base_64_source import Base64Source
    from ..models.file_source import FileSource
    from ..models.url_source import URLSource


if TYPE_CHECKING:
    from ..models.base_64_source import Base64SourceDict
    from ..models.file_source import FileSourceDict
    from ..models.url_source import URLSourceDict


T = TypeVar("T", bound="ImageBlockParam")
_New = object.__new__


@_attrs_define(repr=False)
class ImageBlockParam(ModelBase):
    """An image to send.

    Attributes:
        type_ (Literal['image']): Always `image`.
        source (Base64Source | FileSource | URLSource): Where to take an image from, chosen by `type`.
    """

    type_: Literal["image"]
    source: Base64Source | FileSource | URLSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_64_source import Base64Source
        from ..models.url_source import URLSource

        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, Base64Source):
            source = self.source.to_dict()
        elif isinstance(self.source, URLSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _image_block_param_from_dict(src_dict, cls))

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
    def type(self) -> Literal["image"]:
        """Same as ``type_``."""
        return self.type_


def _image_block_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[ImageBlockParam] = ImageBlockParam
) -> ImageBlockParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "image":
        raise ValueError(f"type must match const 'image', got '{type_}'")
    _Built.type_ = type_
    source = _parse_source(d["source"])

    _Built.source = source
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class ImageBlockParamDict(TypedDict, total=False):
    """`ImageBlockParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["image"]]

    source: Required[Base64Source | Base64SourceDict | URLSource | URLSourceDict | FileSource | FileSourceDict]


_source_modules = {
    "base64": "base_64_source",
    "url": "url_source",
    "file": "file_source",
}
_source_parsers: dict[str, Callable[[Mapping[str, Any]], Base64Source | URLSource | FileSource]] = {}


def _parse_source(data: object) -> Base64Source | FileSource | URLSource:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _source_parsers.get(kind)
            if parse is None and kind in _source_modules:
                module = _source_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _source_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.base_64_source import _base_64_source_from_dict
    from ..models.file_source import _file_source_from_dict
    from ..models.url_source import _url_source_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_image_source_param_type_0 = _base_64_source_from_dict(data)

        return componentsschemas_image_source_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_image_source_param_type_1 = _url_source_from_dict(data)

        return componentsschemas_image_source_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_image_source_param_type_2 = _file_source_from_dict(data)

    return componentsschemas_image_source_param_type_2


_KNOWN_KEYS = frozenset({"type", "source"})
