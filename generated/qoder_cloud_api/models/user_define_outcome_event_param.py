# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.file_rubric import FileRubric
    from ..models.text_rubric import TextRubric


if TYPE_CHECKING:
    from ..models.file_rubric import FileRubricDict
    from ..models.text_rubric import TextRubricDict


T = TypeVar("T", bound="UserDefineOutcomeEventParam")
_New = object.__new__


@_attrs_define(repr=False)
class UserDefineOutcomeEventParam(ModelBase):
    """Gives the agent a task with a rubric; the agent iterates until an evaluator is satisfied.

    Attributes:
        type_ (Literal['user.define_outcome']): Always `user.define_outcome`.
        description (str): The task.
        rubric (FileRubric | TextRubric): How to judge an outcome, chosen by `type`.
        max_iterations (int | None | Unset): Attempts allowed; 3 when omitted.
    """

    type_: Literal["user.define_outcome"]
    description: str
    rubric: FileRubric | TextRubric
    max_iterations: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_rubric import TextRubric

        type_ = self.type_

        description = self.description

        rubric: dict[str, Any]
        if isinstance(self.rubric, TextRubric):
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
                "description": description,
                "rubric": rubric,
            }
        )
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _user_define_outcome_event_param_from_dict(src_dict, cls))

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


def _user_define_outcome_event_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[UserDefineOutcomeEventParam] = UserDefineOutcomeEventParam
) -> UserDefineOutcomeEventParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "user.define_outcome":
        raise ValueError(f"type must match const 'user.define_outcome', got '{type_}'")
    _Built.type_ = type_
    _Built.description = d["description"]
    rubric = _parse_rubric(d["rubric"])

    _Built.rubric = rubric
    max_iterations = d.get("max_iterations", UNSET)

    _Built.max_iterations = max_iterations
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class UserDefineOutcomeEventParamDict(TypedDict, total=False):
    """`UserDefineOutcomeEventParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["user.define_outcome"]]

    description: Required[str]

    rubric: Required[TextRubric | TextRubricDict | FileRubric | FileRubricDict]

    max_iterations: int | None


_rubric_modules = {
    "text": "text_rubric",
    "file": "file_rubric",
}
_rubric_parsers: dict[str, Callable[[Mapping[str, Any]], TextRubric | FileRubric]] = {}


def _parse_rubric(data: object) -> FileRubric | TextRubric:
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

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_outcome_rubric_param_type_0 = _text_rubric_from_dict(data)

        return componentsschemas_outcome_rubric_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_outcome_rubric_param_type_1 = _file_rubric_from_dict(data)

    return componentsschemas_outcome_rubric_param_type_1


_KNOWN_KEYS = frozenset({"type", "description", "rubric", "max_iterations"})
