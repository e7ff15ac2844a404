# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_speed import _MEMBERS as _ModelSpeed_MEMBERS
from ..models.model_speed import ModelSpeed
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="ModelUsage")
_New = object.__new__


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
        return cast(T, _model_usage_from_dict(src_dict, cls))

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
    def credits(self) -> float | Unset:
        """Same as ``credits_``."""
        return self.credits_


def _model_usage_from_dict(src_dict: Mapping[str, Any], cls: type[ModelUsage] = ModelUsage) -> ModelUsage:
    d = src_dict
    _Built = _New(cls)
    _Built.credits_ = d.get("credits", UNSET)
    _Built.input_tokens = d.get("input_tokens", UNSET)
    _Built.output_tokens = d.get("output_tokens", UNSET)
    _Built.cache_creation_input_tokens = d.get("cache_creation_input_tokens", UNSET)
    _Built.cache_read_input_tokens = d.get("cache_read_input_tokens", UNSET)
    _speed = d.get("speed", UNSET)
    speed = _speed if _speed is None or _speed is UNSET else _parse_speed(_speed)

    _Built.speed = speed
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_speed(data: object) -> ModelSpeed | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        speed_type_0 = _ModelSpeed_MEMBERS[data]

        return speed_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""ModelSpeed | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {"credits", "input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens", "speed"}
)
