# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.document_block_param import DocumentBlockParam
    from ..models.image_block_param import ImageBlockParam
    from ..models.search_result_block import SearchResultBlock
    from ..models.text_block import TextBlock


if TYPE_CHECKING:
    from ..models.document_block_param import DocumentBlockParamDict
    from ..models.image_block_param import ImageBlockParamDict
    from ..models.search_result_block import SearchResultBlockDict
    from ..models.text_block import TextBlockDict


T = TypeVar("T", bound="UserToolResultEventParam")
_New = object.__new__


@_attrs_define(repr=False)
class UserToolResultEventParam(ModelBase):
    """The result of a built-in tool call run by your own worker (self-hosted environments only).

    Attributes:
        type_ (Literal['user.tool_result']): Always `user.tool_result`.
        tool_use_id (str): The `agent.tool_use` event answered.
        content (list[DocumentBlockParam | ImageBlockParam | SearchResultBlock | TextBlock] | Unset): The result, as
            blocks (`text`, `image`, `document`, `search_result`).
        is_error (bool | None | Unset): True when the tool failed.
    """

    type_: Literal["user.tool_result"]
    tool_use_id: str
    content: list[DocumentBlockParam | ImageBlockParam | SearchResultBlock | TextBlock] | Unset = UNSET
    is_error: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_block_param import DocumentBlockParam
        from ..models.image_block_param import ImageBlockParam
        from ..models.text_block import TextBlock

        type_ = self.type_

        tool_use_id = self.tool_use_id

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, TextBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ImageBlockParam):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, DocumentBlockParam):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        is_error: bool | None | Unset
        if isinstance(self.is_error, Unset):
            is_error = UNSET
        else:
            is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _user_tool_result_event_param_from_dict(src_dict, cls))

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
        from ..models.text_block import TextBlock

        if isinstance(self.content, Unset):
            return ""
        return "".join(block.text for block in self.content or () if isinstance(block, TextBlock))

    @property
    def type(self) -> Literal["user.tool_result"]:
        """Same as ``type_``."""
        return self.type_


def _user_tool_result_event_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[UserToolResultEventParam] = UserToolResultEventParam
) -> UserToolResultEventParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "user.tool_result":
        raise ValueError(f"type must match const 'user.tool_result', got '{type_}'")
    _Built.type_ = type_
    _Built.tool_use_id = d["tool_use_id"]
    _content = d.get("content", UNSET)
    content: list[DocumentBlockParam | ImageBlockParam | SearchResultBlock | TextBlock] | Unset = UNSET
    if _content is not UNSET:
        content = [_parse_content_item(content_item_data) for content_item_data in _content]

    _Built.content = content
    is_error = d.get("is_error", UNSET)

    _Built.is_error = is_error
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class UserToolResultEventParamDict(TypedDict, total=False):
    """`UserToolResultEventParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["user.tool_result"]]

    tool_use_id: Required[str]

    content: Sequence[
        TextBlock
        | TextBlockDict
        | ImageBlockParam
        | ImageBlockParamDict
        | DocumentBlockParam
        | DocumentBlockParamDict
        | SearchResultBlock
        | SearchResultBlockDict
    ]

    is_error: bool | None


_content_item_modules = {
    "text": "text_block",
    "image": "image_block_param",
    "document": "document_block_param",
    "search_result": "search_result_block",
}
_content_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], TextBlock | ImageBlockParam | DocumentBlockParam | SearchResultBlock]
] = {}


def _parse_content_item(data: object) -> DocumentBlockParam | ImageBlockParam | SearchResultBlock | TextBlock:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _content_item_parsers.get(kind)
            if parse is None and kind in _content_item_modules:
                module = _content_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _content_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.document_block_param import _document_block_param_from_dict
    from ..models.image_block_param import _image_block_param_from_dict
    from ..models.search_result_block import _search_result_block_from_dict
    from ..models.text_block import _text_block_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_tool_result_content_block_param_type_0 = _text_block_from_dict(data)

        return componentsschemas_tool_result_content_block_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_tool_result_content_block_param_type_1 = _image_block_param_from_dict(data)

        return componentsschemas_tool_result_content_block_param_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_tool_result_content_block_param_type_2 = _document_block_param_from_dict(data)

        return componentsschemas_tool_result_content_block_param_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_tool_result_content_block_param_type_3 = _search_result_block_from_dict(data)

    return componentsschemas_tool_result_content_block_param_type_3


_KNOWN_KEYS = frozenset({"type", "tool_use_id", "content", "is_error"})
