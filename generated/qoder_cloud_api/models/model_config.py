# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.effort_level import _MEMBERS as _EffortLevel_MEMBERS
from ..models.effort_level import EffortLevel
from ..models.model_speed import _MEMBERS as _ModelSpeed_MEMBERS
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
_New = object.__new__


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
        return cast(T, _model_config_from_dict(src_dict, cls))

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


def _model_config_from_dict(src_dict: Mapping[str, Any], cls: type[ModelConfig] = ModelConfig) -> ModelConfig:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    _effort = d.get("effort", UNSET)
    effort = _effort if _effort is UNSET else _parse_effort(_effort)

    _Built.effort = effort
    context_window = d.get("context_window", UNSET)

    _Built.context_window = context_window
    inference_geo = d.get("inference_geo", UNSET)

    _Built.inference_geo = inference_geo
    _speed = d.get("speed", UNSET)
    speed: ModelSpeed | Unset
    if _speed is UNSET:
        speed = UNSET
    else:
        speed = _ModelSpeed_MEMBERS[_speed]

    _Built.speed = speed
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class ModelConfigDict(TypedDict, total=False):
    """`ModelConfig` as a plain dict: its fields under their names on the wire."""

    id: Required[str]

    effort: EffortLevel | Literal["none", "low", "medium", "high", "xhigh", "max"] | Effort | EffortDict

    context_window: int | None

    inference_geo: str | None

    speed: ModelSpeed | Literal["standard", "fast"]


def _parse_effort(data: object) -> Effort | EffortLevel | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = _EffortLevel_MEMBERS[data]

        return effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    effort_type_1 = _effort_from_dict(data)

    return effort_type_1


_KNOWN_KEYS = frozenset({"id", "effort", "context_window", "inference_geo", "speed"})


from ..models.effort import (
    Effort,  # noqa: E402
    _effort_from_dict,  # noqa: E402
)
