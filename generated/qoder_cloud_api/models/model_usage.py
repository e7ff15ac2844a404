# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_speed import ModelSpeed
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="ModelUsage")


@_attrs_define(repr=False)
class ModelUsage(ModelBase):
    """What one model request used. The docs promise only `credits` (and no token counts); the token
    fields and `speed` come from the official SDK's types.

        Attributes:
            credits_ (float | Unset): Credits used, rounded down; may be 0.
            input_tokens (int | Unset): Input tokens. Not in the docs; sent by the official SDK.
            output_tokens (int | Unset): Output tokens. Not in the docs; sent by the official SDK.
            cache_creation_input_tokens (int | Unset): Tokens written to the prompt cache. Not in the docs; sent by the
                official SDK.
            cache_read_input_tokens (int | Unset): Tokens read from the prompt cache. Not in the docs; sent by the official
                SDK.
            speed (ModelSpeed | None | Unset): The speed the request ran at; null when not reported.
    """

    credits_: float | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    speed: ModelSpeed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        elif isinstance(self.speed, ModelSpeed):
            speed = self.speed.value
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        def _parse_speed(data: object) -> ModelSpeed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                speed_type_0 = ModelSpeed.from_value(data)

                return speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("""ModelSpeed | None | Unset""", data)

        speed = _parse_speed(d.pop("speed", UNSET))

        model_usage = cls(
            credits_=credits_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            speed=speed,
        )

        model_usage.additional_properties = d
        return model_usage

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
    def credits(self) -> float | Unset:
        """Same as ``credits_``."""
        return self.credits_
