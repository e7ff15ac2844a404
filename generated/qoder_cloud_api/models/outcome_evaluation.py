# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_evaluation_object_type import _MEMBERS as _OutcomeEvaluationObjectType_MEMBERS
from ..models.outcome_evaluation_object_type import OutcomeEvaluationObjectType
from ..models.outcome_evaluation_status import _MEMBERS as _OutcomeEvaluationStatus_MEMBERS
from ..models.outcome_evaluation_status import OutcomeEvaluationStatus
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="OutcomeEvaluation")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class OutcomeEvaluation(ModelBase):
    """How far the session got towards one defined outcome. Not in the docs; sent by the official SDK.

    Attributes:
        outcome_id (str): Outcome ID (`outc_` prefix).
        type_ (OutcomeEvaluationObjectType | Unset): Always `outcome_evaluation`.
        description (str | Unset): The task the outcome describes.
        iteration (int | Unset): The current attempt, counted from 0.
        result (OutcomeEvaluationStatus | Unset): Progress of an outcome, from `pending` to a final `satisfied`,
            `max_iterations_reached`, `failed` or `interrupted`.
        explanation (None | str | Unset): The evaluator's reasoning.
        completed_at (datetime.datetime | None | Unset): When the evaluation finished; null while it goes on.
    """

    outcome_id: str
    type_: OutcomeEvaluationObjectType | Unset = UNSET
    description: str | Unset = UNSET
    iteration: int | Unset = UNSET
    result: OutcomeEvaluationStatus | Unset = UNSET
    explanation: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        outcome_id = self.outcome_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        iteration = self.iteration

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome_id": outcome_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if iteration is not UNSET:
            field_dict["iteration"] = iteration
        if result is not UNSET:
            field_dict["result"] = result
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _outcome_evaluation_from_dict(src_dict, cls))

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
    def type(self) -> OutcomeEvaluationObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _outcome_evaluation_from_dict(
    src_dict: Mapping[str, Any], cls: type[OutcomeEvaluation] = OutcomeEvaluation
) -> OutcomeEvaluation:
    d = src_dict
    _Built = _New(cls)
    _Built.outcome_id = d["outcome_id"]
    _type_ = d.get("type", UNSET)
    type_: OutcomeEvaluationObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _OutcomeEvaluationObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.description = d.get("description", UNSET)
    _Built.iteration = d.get("iteration", UNSET)
    _result = d.get("result", UNSET)
    result: OutcomeEvaluationStatus | Unset
    if _result is UNSET:
        result = UNSET
    else:
        result = _OutcomeEvaluationStatus_MEMBERS[_result]

    _Built.result = result
    explanation = d.get("explanation", UNSET)

    _Built.explanation = explanation
    _completed_at = d.get("completed_at", UNSET)
    completed_at = (
        _completed_at if _completed_at is None or _completed_at is UNSET else _parse_completed_at(_completed_at)
    )

    _Built.completed_at = completed_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_at_type_0 = _FromIsoformat(data)

        return completed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""datetime.datetime | None | Unset""", data)


_KNOWN_KEYS = frozenset({"outcome_id", "type", "description", "iteration", "result", "explanation", "completed_at"})
