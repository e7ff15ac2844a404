# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="UserCustomToolResultEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class UserCustomToolResultEvent(ModelBase):
    """A custom tool result sent by the client, as stored.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['user.custom_tool_result']): Always `user.custom_tool_result`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event; may be missing or null on
            echoed client events.
        custom_tool_use_id (str | Unset): The `agent.custom_tool_use` event answered.
        content (list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock]
            | Unset): The result blocks. Not in the docs; sent by the official SDK.
        is_error (bool | None | Unset): True when the tool failed. Not in the docs; sent by the official SDK.
        session_thread_id (None | str | Unset): The thread the tool call belongs to. Not in the docs; sent by the
            official SDK.
    """

    id: str
    type_: Literal["user.custom_tool_result"]
    processed_at: datetime.datetime | None | Unset = UNSET
    custom_tool_use_id: str | Unset = UNSET
    content: (
        list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock] | Unset
    ) = UNSET
    is_error: bool | None | Unset = UNSET
    session_thread_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document_block import DocumentBlock
        from ..models.image_block import ImageBlock
        from ..models.redacted_block import RedactedBlock
        from ..models.search_result_block import SearchResultBlock
        from ..models.text_block import TextBlock

        id = self.id

        type_ = self.type_

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        custom_tool_use_id = self.custom_tool_use_id

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, TextBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ImageBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, DocumentBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, RedactedBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, SearchResultBlock):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        is_error: bool | None | Unset
        if isinstance(self.is_error, Unset):
            is_error = UNSET
        else:
            is_error = self.is_error

        session_thread_id: None | str | Unset
        if isinstance(self.session_thread_id, Unset):
            session_thread_id = UNSET
        else:
            session_thread_id = self.session_thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if custom_tool_use_id is not UNSET:
            field_dict["custom_tool_use_id"] = custom_tool_use_id
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if session_thread_id is not UNSET:
            field_dict["session_thread_id"] = session_thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _user_custom_tool_result_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["user.custom_tool_result"]:
        """Same as ``type_``."""
        return self.type_


def _user_custom_tool_result_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[UserCustomToolResultEvent] = UserCustomToolResultEvent
) -> UserCustomToolResultEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "user.custom_tool_result":
        raise ValueError(f"type must match const 'user.custom_tool_result', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _Built.custom_tool_use_id = d.get("custom_tool_use_id", UNSET)
    _content = d.get("content", UNSET)
    content: (
        list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock] | Unset
    ) = UNSET
    if _content is not UNSET:
        content = [_parse_content_item(content_item_data) for content_item_data in _content]

    _Built.content = content
    is_error = d.get("is_error", UNSET)

    _Built.is_error = is_error
    session_thread_id = d.get("session_thread_id", UNSET)

    _Built.session_thread_id = session_thread_id
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        processed_at_type_0 = _FromIsoformat(data)

        return processed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_content_item_modules = {
    "text": "text_block",
    "image": "image_block",
    "document": "document_block",
    "redacted": "redacted_block",
    "search_result": "search_result_block",
}
_content_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], TextBlock | ImageBlock | DocumentBlock | RedactedBlock | SearchResultBlock]
] = {}


def _parse_content_item(
    data: object,
) -> DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock:
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


_KNOWN_KEYS = frozenset(
    {"id", "type", "processed_at", "custom_tool_use_id", "content", "is_error", "session_thread_id"}
)
