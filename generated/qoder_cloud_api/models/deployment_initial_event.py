# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.document_block import DocumentBlock
    from ..models.file_rubric import FileRubric
    from ..models.image_block import ImageBlock
    from ..models.redacted_block import RedactedBlock
    from ..models.search_result_block import SearchResultBlock
    from ..models.text_block import TextBlock
    from ..models.text_rubric import TextRubric
    from ..models.unknown_content_block import UnknownContentBlock
    from ..models.unknown_outcome_rubric import UnknownOutcomeRubric


T = TypeVar("T", bound="DeploymentInitialEvent")
_New = object.__new__


@_attrs_define(repr=False)
class DeploymentInitialEvent(ModelBase):
    """An event every run's session receives: `user.message`, `user.define_outcome` or `system.message`.
    The older generation of the docs sends `content` as a plain string.

        Attributes:
            type_ (str): The event type.
            content (list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock]
                | str | Unset): The message, as content blocks (or, from older servers, a string).
            description (str | Unset): The task of a `user.define_outcome`.
            rubric (FileRubric | TextRubric | UnknownOutcomeRubric | Unset): How an outcome is judged, chosen by `type`.
                Other kinds are kept as `UnknownOutcomeRubric`.
            max_iterations (int | None | Unset): The attempts a `user.define_outcome` allows.
    """

    type_: str
    content: (
        list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock]
        | str
        | Unset
    ) = UNSET
    description: str | Unset = UNSET
    rubric: FileRubric | TextRubric | UnknownOutcomeRubric | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_rubric import FileRubric
        from ..models.text_rubric import TextRubric

        type_ = self.type_

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, TextBlock):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ImageBlock):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, DocumentBlock):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, RedactedBlock):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, SearchResultBlock):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        description = self.description

        rubric: dict[str, Any] | Unset
        if isinstance(self.rubric, Unset):
            rubric = UNSET
        elif isinstance(self.rubric, TextRubric):
            rubric = self.rubric.to_dict()
        elif isinstance(self.rubric, FileRubric):
            rubric = self.rubric.to_dict()
        else:
            rubric = self.rubric.to_dict()

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if description is not UNSET:
            field_dict["description"] = description
        if rubric is not UNSET:
            field_dict["rubric"] = rubric
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _deployment_initial_event_from_dict(src_dict, cls))

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
    def type(self) -> str:
        """Same as ``type_``."""
        return self.type_


def _deployment_initial_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[DeploymentInitialEvent] = DeploymentInitialEvent
) -> DeploymentInitialEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.type_ = d["type"]
    _content = d.get("content", UNSET)
    content = _content if _content is UNSET else _parse_content(_content)

    _Built.content = content
    _Built.description = d.get("description", UNSET)
    _rubric = d.get("rubric", UNSET)
    rubric = _rubric if _rubric is UNSET else _parse_rubric(_rubric)

    _Built.rubric = rubric
    max_iterations = d.get("max_iterations", UNSET)

    _Built.max_iterations = max_iterations
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_content(
    data: object,
) -> (
    list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock] | str | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = [_parse_content_type_0_item(content_type_0_item_data) for content_type_0_item_data in data]

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        """list[DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock] | str | Unset""",
        data,
    )


_content_type_0_item_modules = {
    "text": "text_block",
    "image": "image_block",
    "document": "document_block",
    "redacted": "redacted_block",
    "search_result": "search_result_block",
}
_content_type_0_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], TextBlock | ImageBlock | DocumentBlock | RedactedBlock | SearchResultBlock]
] = {}


def _parse_content_type_0_item(
    data: object,
) -> DocumentBlock | ImageBlock | RedactedBlock | SearchResultBlock | TextBlock | UnknownContentBlock:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _content_type_0_item_parsers.get(kind)
            if parse is None and kind in _content_type_0_item_modules:
                module = _content_type_0_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _content_type_0_item_parsers[kind] = parse
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


_rubric_modules = {
    "text": "text_rubric",
    "file": "file_rubric",
}
_rubric_parsers: dict[str, Callable[[Mapping[str, Any]], TextRubric | FileRubric]] = {}


def _parse_rubric(data: object) -> FileRubric | TextRubric | UnknownOutcomeRubric | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _rubric_parsers.get(kind)
            if parse is None and kind in _rubric_modules:
                module = _rubric_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _rubric_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.file_rubric import _file_rubric_from_dict
    from ..models.text_rubric import _text_rubric_from_dict
    from ..models.unknown_outcome_rubric import _unknown_outcome_rubric_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_outcome_rubric_type_0 = _text_rubric_from_dict(data)

        return componentsschemas_outcome_rubric_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_outcome_rubric_type_1 = _file_rubric_from_dict(data)

        return componentsschemas_outcome_rubric_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_outcome_rubric_type_2 = _unknown_outcome_rubric_from_dict(data)

    return componentsschemas_outcome_rubric_type_2


_KNOWN_KEYS = frozenset({"type", "content", "description", "rubric", "max_iterations"})


from ..models.document_block import (
    DocumentBlock,  # noqa: E402
)
from ..models.image_block import (
    ImageBlock,  # noqa: E402
)
from ..models.redacted_block import (
    RedactedBlock,  # noqa: E402
)
from ..models.search_result_block import (
    SearchResultBlock,  # noqa: E402
)
from ..models.text_block import (
    TextBlock,  # noqa: E402
)
from ..models.unknown_content_block import (
    UnknownContentBlock,  # noqa: E402
)
