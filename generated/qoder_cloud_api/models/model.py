# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.effort_level import _MEMBERS as _EffortLevel_MEMBERS
from ..models.effort_level import EffortLevel
from ..models.model_object_type import _MEMBERS as _ModelObjectType_MEMBERS
from ..models.model_object_type import ModelObjectType
from ..models.model_source import _MEMBERS as _ModelSource_MEMBERS
from ..models.model_source import ModelSource
from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.model_capabilities import ModelCapabilities


T = TypeVar("T", bound="Model")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Model(ModelBase):
    """A model that can back an agent.

    Attributes:
        id (str): Value to use as an agent's `model` (or `model.id`).
        type_ (ModelObjectType | Unset): Always `model`.
        display_name (str | Unset): Human-readable name.
        source (ModelSource | Unset): `system` (everyone) or `user` (this account only).
        is_enabled (bool | Unset): Whether the model can be used.
        is_new (bool | Unset): Whether the model was recently added.
        price_factor (float | Unset): Relative price.
        efforts (list[EffortLevel] | Unset): Accepted reasoning efforts.
        default_effort (EffortLevel | Unset): A reasoning effort: `none`, `low`, `medium`, `high`, `xhigh` or `max` (the
            values a model lists in
            `efforts`; `none` is in the docs only).
        max_input_tokens (int | Unset): Largest accepted input.
        default_context_window (int | Unset): Context window used when `model.context_window` is not set.
        available_context_windows (list[int] | Unset): Accepted `model.context_window` values.
        max_tokens (int | Unset): Largest output. Not in the docs; sent by the official SDK.
        allowed_fallback_models (list[str] | Unset): Not in the docs; sent by the official SDK.
        capabilities (ModelCapabilities | Unset): What the model supports. Not in the docs; sent by the official SDK.
        created_at (datetime.datetime | Unset): When the model was added. Not in the docs; sent by the official SDK.
    """

    id: str
    type_: ModelObjectType | Unset = UNSET
    display_name: str | Unset = UNSET
    source: ModelSource | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    is_new: bool | Unset = UNSET
    price_factor: float | Unset = UNSET
    efforts: list[EffortLevel] | Unset = UNSET
    default_effort: EffortLevel | Unset = UNSET
    max_input_tokens: int | Unset = UNSET
    default_context_window: int | Unset = UNSET
    available_context_windows: list[int] | Unset = UNSET
    max_tokens: int | Unset = UNSET
    allowed_fallback_models: list[str] | Unset = UNSET
    capabilities: ModelCapabilities | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        display_name = self.display_name

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        is_enabled = self.is_enabled

        is_new = self.is_new

        price_factor = self.price_factor

        efforts: list[str] | Unset = UNSET
        if not isinstance(self.efforts, Unset):
            efforts = []
            for efforts_item_data in self.efforts:
                efforts_item = efforts_item_data.value
                efforts.append(efforts_item)

        default_effort: str | Unset = UNSET
        if not isinstance(self.default_effort, Unset):
            default_effort = self.default_effort.value

        max_input_tokens = self.max_input_tokens

        default_context_window = self.default_context_window

        available_context_windows: list[int] | Unset = UNSET
        if not isinstance(self.available_context_windows, Unset):
            available_context_windows = self.available_context_windows

        max_tokens = self.max_tokens

        allowed_fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.allowed_fallback_models, Unset):
            allowed_fallback_models = self.allowed_fallback_models

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _model_from_dict(src_dict, cls))

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
    def type(self) -> ModelObjectType | Unset:
        """Same as ``type_``."""
        return self.type_


def _model_from_dict(src_dict: Mapping[str, Any], cls: type[Model] = Model) -> Model:
    d = src_dict
    _Built = _New(cls)
    _Built.id = d["id"]
    _type_ = d.get("type", UNSET)
    type_: ModelObjectType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _ModelObjectType_MEMBERS[_type_]

    _Built.type_ = type_
    _Built.display_name = d.get("display_name", UNSET)
    _source = d.get("source", UNSET)
    source: ModelSource | Unset
    if _source is UNSET:
        source = UNSET
    else:
        source = _ModelSource_MEMBERS[_source]

    _Built.source = source
    _Built.is_enabled = d.get("is_enabled", UNSET)
    _Built.is_new = d.get("is_new", UNSET)
    _Built.price_factor = d.get("price_factor", UNSET)
    _efforts = d.get("efforts", UNSET)
    efforts: list[EffortLevel] | Unset = UNSET
    if _efforts is not UNSET:
        efforts = [_EffortLevel_MEMBERS[efforts_item_data] for efforts_item_data in _efforts]

    _Built.efforts = efforts
    _default_effort = d.get("default_effort", UNSET)
    default_effort: EffortLevel | Unset
    if _default_effort is UNSET:
        default_effort = UNSET
    else:
        default_effort = _EffortLevel_MEMBERS[_default_effort]

    _Built.default_effort = default_effort
    _Built.max_input_tokens = d.get("max_input_tokens", UNSET)
    _Built.default_context_window = d.get("default_context_window", UNSET)
    available_context_windows = d.get("available_context_windows", UNSET)

    _Built.available_context_windows = available_context_windows
    _Built.max_tokens = d.get("max_tokens", UNSET)
    allowed_fallback_models = d.get("allowed_fallback_models", UNSET)

    _Built.allowed_fallback_models = allowed_fallback_models
    _capabilities = d.get("capabilities", UNSET)
    capabilities: ModelCapabilities | Unset
    if _capabilities is UNSET:
        capabilities = UNSET
    else:
        capabilities = _model_capabilities_from_dict(_capabilities)

    _Built.capabilities = capabilities
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "display_name",
        "source",
        "is_enabled",
        "is_new",
        "price_factor",
        "efforts",
        "default_effort",
        "max_input_tokens",
        "default_context_window",
        "available_context_windows",
        "max_tokens",
        "allowed_fallback_models",
        "capabilities",
        "created_at",
    }
)


from ..models.model_capabilities import (
    ModelCapabilities,  # noqa: E402
    _model_capabilities_from_dict,  # noqa: E402
)
