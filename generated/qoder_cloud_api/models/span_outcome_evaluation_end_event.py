# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_evaluation_result import OutcomeEvaluationResult
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.model_usage import ModelUsage


T = TypeVar("T", bound="SpanOutcomeEvaluationEndEvent")


@_attrs_define(repr=False)
class SpanOutcomeEvaluationEndEvent(ModelBase):
    """An evaluation of an outcome attempt finished. Not in the docs; sent by the official SDK.

    Attributes:
        id (str): Event ID (`evt_` prefix).
        type_ (Literal['span.outcome_evaluation_end']): Always `span.outcome_evaluation_end`.
        processed_at (datetime.datetime | None | Unset): When the server processed the event.
        outcome_evaluation_start_id (str | Unset): The matching `span.outcome_evaluation_start` event.
        outcome_id (str | Unset): The outcome evaluated (`outc_` prefix).
        iteration (int | Unset): The attempt evaluated, counted from 0.
        result (OutcomeEvaluationResult | Unset): The verdict of one evaluation pass.
        explanation (None | str | Unset): The evaluator's reasoning.
        usage (ModelUsage | Unset): What one model request used. The docs promise only `credits` (and no token counts);
            the token
            fields and `speed` come from the official SDK's types.
    """

    id: str
    type_: Literal["span.outcome_evaluation_end"]
    processed_at: datetime.datetime | None | Unset = UNSET
    outcome_evaluation_start_id: str | Unset = UNSET
    outcome_id: str | Unset = UNSET
    iteration: int | Unset = UNSET
    result: OutcomeEvaluationResult | Unset = UNSET
    explanation: None | str | Unset = UNSET
    usage: ModelUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        outcome_evaluation_start_id = self.outcome_evaluation_start_id

        outcome_id = self.outcome_id

        iteration = self.iteration

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

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
        if outcome_evaluation_start_id is not UNSET:
            field_dict["outcome_evaluation_start_id"] = outcome_evaluation_start_id
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if iteration is not UNSET:
            field_dict["iteration"] = iteration
        if result is not UNSET:
            field_dict["result"] = result
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("""Literal['span.outcome_evaluation_end']""", d.pop("type"))
        if type_ != "span.outcome_evaluation_end":
            raise ValueError(f"type must match const 'span.outcome_evaluation_end', got '{type_}'")

        def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""datetime.datetime | None | Unset""", data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        outcome_evaluation_start_id = d.pop("outcome_evaluation_start_id", UNSET)

        outcome_id = d.pop("outcome_id", UNSET)

        iteration = d.pop("iteration", UNSET)

        _result = d.pop("result", UNSET)
        result: OutcomeEvaluationResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = OutcomeEvaluationResult.from_value(_result)

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: ModelUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ModelUsage.from_dict(_usage)

        span_outcome_evaluation_end_event = cls(
            id=id,
            type_=type_,
            processed_at=processed_at,
            outcome_evaluation_start_id=outcome_evaluation_start_id,
            outcome_id=outcome_id,
            iteration=iteration,
            result=result,
            explanation=explanation,
            usage=usage,
        )

        span_outcome_evaluation_end_event.additional_properties = d
        return span_outcome_evaluation_end_event

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
    def type(self) -> Literal["span.outcome_evaluation_end"]:
        """Same as ``type_``."""
        return self.type_


from ..models.model_usage import ModelUsage  # noqa: E402
