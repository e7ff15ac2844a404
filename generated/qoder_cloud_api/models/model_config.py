# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.effort_level import EffortLevel
from ..models.model_speed import ModelSpeed
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.effort import Effort


def _input_speed(value: ModelSpeed | Literal["standard", "fast"] | Unset) -> ModelSpeed | Unset:
    if isinstance(value, (ModelSpeed, Unset)):
        return value
    return enum_input(ModelSpeed, value, "ModelConfig.speed")


if TYPE_CHECKING:
    from ..models.effort import EffortDict


T = TypeVar("T", bound="ModelConfig")


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ModelConfig(ModelBase):
    """A model with tuning options.

    Attributes:
        id (str): A model ID from `models_list`.
        effort (Effort | EffortLevel | Unset): Reasoning effort, one of the model's `efforts`; defaults to the model's
            `default_effort`.
        context_window (int | None | Unset): One of the model's `available_context_windows`.
        inference_geo (None | str | Unset): Inference region. Not in the docs; sent by the official SDK.
        speed (ModelSpeed | Unset): The serving speed used (`standard` or `fast`). Not in the docs; sent by the official
            SDK.
    """

    id: str
    effort: Effort | EffortLevel | Unset = UNSET
    context_window: int | None | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    speed: ModelSpeed | Unset = _attrs_field(default=UNSET, converter=_input_speed)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        effort: dict[str, Any] | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, EffortLevel):
            effort = self.effort.value
        else:
            effort = self.effort.to_dict()

        context_window: int | None | Unset
        if isinstance(self.context_window, Unset):
            context_window = UNSET
        else:
            context_window = self.context_window

        inference_geo: None | str | Unset
        if isinstance(self.inference_geo, Unset):
            inference_geo = UNSET
        else:
            inference_geo = self.inference_geo

        speed: str | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if effort is not UNSET:
            field_dict["effort"] = effort
        if context_window is not UNSET:
            field_dict["context_window"] = context_window
        if inference_geo is not UNSET:
            field_dict["inference_geo"] = inference_geo
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_effort(data: object) -> Effort | EffortLevel | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_0 = EffortLevel.from_value(data)

                return effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            effort_type_1 = Effort.from_dict(data)

            return effort_type_1

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_context_window(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""int | None | Unset""", data)

        context_window = _parse_context_window(d.pop("context_window", UNSET))

        def _parse_inference_geo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        inference_geo = _parse_inference_geo(d.pop("inference_geo", UNSET))

        _speed = d.pop("speed", UNSET)
        speed: ModelSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = ModelSpeed.from_value(_speed)

        model_config = cls(
            id=id,
            effort=effort,
            context_window=context_window,
            inference_geo=inference_geo,
            speed=speed,
        )

        model_config.additional_properties = d
        return model_config

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


class ModelConfigDict(TypedDict, total=False):
    """`ModelConfig` as a plain dict: its fields under their names on the wire."""

    id: Required[str]
    effort: EffortLevel | Literal["none", "low", "medium", "high", "xhigh", "max"] | Effort | EffortDict
    context_window: int | None
    inference_geo: str | None
    speed: ModelSpeed | Literal["standard", "fast"]


from ..models.effort import Effort  # noqa: E402
