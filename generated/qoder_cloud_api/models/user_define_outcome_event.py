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
    from ..models.file_rubric import FileRubric
    from ..models.text_rubric import TextRubric
    from ..models.unknown_outcome_rubric import UnknownOutcomeRubric


T = TypeVar("T", bound="UserDefineOutcomeEvent")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class UserDefineOutcomeEvent(ModelBase):
    """An outcome definition sent by the client, as stored.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['user.define_outcome']): Always `user.define_outcome`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event; may be missing or null on
            echoed client events.
        description (str | Unset): The task.
        rubric (FileRubric | TextRubric | UnknownOutcomeRubric | Unset): How an outcome is judged, chosen by `type`.
            Other kinds are kept as `UnknownOutcomeRubric`.
        max_iterations (int | Unset): Attempts allowed. Not in the docs; sent by the official SDK.
        outcome_id (str | Unset): The outcome created (`outc_` prefix). Not in the docs; sent by the official SDK.
    """

    id: str
    type_: Literal["user.define_outcome"]
    processed_at: datetime.datetime | None | Unset = UNSET
    description: str | Unset = UNSET
    rubric: FileRubric | TextRubric | UnknownOutcomeRubric | Unset = UNSET
    max_iterations: int | Unset = UNSET
    outcome_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_rubric import FileRubric
        from ..models.text_rubric import TextRubric

        id = self.id

        type_ = self.type_

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

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

        max_iterations = self.max_iterations

        outcome_id = self.outcome_id

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
        if description is not UNSET:
            field_dict["description"] = description
        if rubric is not UNSET:
            field_dict["rubric"] = rubric
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _user_define_outcome_event_from_dict(src_dict, cls))

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
    def type(self) -> Literal["user.define_outcome"]:
        """Same as ``type_``."""
        return self.type_


def _user_define_outcome_event_from_dict(
    src_dict: Mapping[str, Any], cls: type[UserDefineOutcomeEvent] = UserDefineOutcomeEvent
) -> UserDefineOutcomeEvent:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    type_ = d["type"]
    if type_ != "user.define_outcome":
        raise ValueError(f"type must match const 'user.define_outcome', got '{type_}'")
    _Built.type_ = type_
    _processed_at = d.get("processed_at", UNSET)
    processed_at = (
        _processed_at if _processed_at is None or _processed_at is UNSET else _parse_processed_at(_processed_at)
    )

    _Built.processed_at = processed_at
    _Built.description = d.get("description", UNSET)
    _rubric = d.get("rubric", UNSET)
    rubric = _rubric if _rubric is UNSET else _parse_rubric(_rubric)

    _Built.rubric = rubric
    _Built.max_iterations = d.get("max_iterations", UNSET)
    _Built.outcome_id = d.get("outcome_id", UNSET)
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


_KNOWN_KEYS = frozenset({"id", "type", "processed_at", "description", "rubric", "max_iterations", "outcome_id"})
