# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source import ModelSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A model that can back an agent.

    Attributes:
        id (str): Value to use as an agent's `model` (or `model.id`).
        type_ (str): Always `model`.
        display_name (str | Unset): Human-readable name.
        source (ModelSource | Unset): `system` (everyone) or `user` (this account only).
        is_enabled (bool | Unset): Whether the model can be used.
        is_new (bool | Unset): Whether the model was recently added.
        price_factor (float | Unset): Relative price.
        efforts (list[str] | Unset): Accepted reasoning efforts.
        default_effort (str | Unset): Effort used when none is given.
        max_input_tokens (int | Unset): Largest accepted input.
        default_context_window (int | Unset): Context window used when `model.context_window` is not set.
        available_context_windows (list[int] | Unset): Accepted `model.context_window` values.
        max_tokens (int | Unset): Largest output. Not in the docs; sent by the official SDK.
        allowed_fallback_models (list[str] | Unset): Not in the docs; sent by the official SDK.
    """

    id: str
    type_: str
    display_name: str | Unset = UNSET
    source: ModelSource | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    is_new: bool | Unset = UNSET
    price_factor: float | Unset = UNSET
    efforts: list[str] | Unset = UNSET
    default_effort: str | Unset = UNSET
    max_input_tokens: int | Unset = UNSET
    default_context_window: int | Unset = UNSET
    available_context_windows: list[int] | Unset = UNSET
    max_tokens: int | Unset = UNSET
    allowed_fallback_models: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        display_name = self.display_name

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        is_enabled = self.is_enabled

        is_new = self.is_new

        price_factor = self.price_factor

        efforts: list[str] | Unset = UNSET
        if not isinstance(self.efforts, Unset):
            efforts = self.efforts

        default_effort = self.default_effort

        max_input_tokens = self.max_input_tokens

        default_context_window = self.default_context_window

        available_context_windows: list[int] | Unset = UNSET
        if not isinstance(self.available_context_windows, Unset):
            available_context_windows = self.available_context_windows

        max_tokens = self.max_tokens

        allowed_fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.allowed_fallback_models, Unset):
            allowed_fallback_models = self.allowed_fallback_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if source is not UNSET:
            field_dict["source"] = source
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if price_factor is not UNSET:
            field_dict["price_factor"] = price_factor
        if efforts is not UNSET:
            field_dict["efforts"] = efforts
        if default_effort is not UNSET:
            field_dict["default_effort"] = default_effort
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if default_context_window is not UNSET:
            field_dict["default_context_window"] = default_context_window
        if available_context_windows is not UNSET:
            field_dict["available_context_windows"] = available_context_windows
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if allowed_fallback_models is not UNSET:
            field_dict["allowed_fallback_models"] = allowed_fallback_models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        display_name = d.pop("display_name", UNSET)

        _source = d.pop("source", UNSET)
        source: ModelSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ModelSource.from_value(_source)

        is_enabled = d.pop("is_enabled", UNSET)

        is_new = d.pop("is_new", UNSET)

        price_factor = d.pop("price_factor", UNSET)

        efforts = cast("""list[str]""", d.pop("efforts", UNSET))

        default_effort = d.pop("default_effort", UNSET)

        max_input_tokens = d.pop("max_input_tokens", UNSET)

        default_context_window = d.pop("default_context_window", UNSET)

        available_context_windows = cast("""list[int]""", d.pop("available_context_windows", UNSET))

        max_tokens = d.pop("max_tokens", UNSET)

        allowed_fallback_models = cast("""list[str]""", d.pop("allowed_fallback_models", UNSET))

        model = cls(
            id=id,
            type_=type_,
            display_name=display_name,
            source=source,
            is_enabled=is_enabled,
            is_new=is_new,
            price_factor=price_factor,
            efforts=efforts,
            default_effort=default_effort,
            max_input_tokens=max_input_tokens,
            default_context_window=default_context_window,
            available_context_windows=available_context_windows,
            max_tokens=max_tokens,
            allowed_fallback_models=allowed_fallback_models,
        )

        model.additional_properties = d
        return model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def type(self) -> str:
        """Same as ``type_``."""
        return self.type_
