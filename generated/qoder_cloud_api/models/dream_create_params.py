# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.dream_create_new_param import DreamCreateNewParam
    from ..models.dream_memory_store_input_param import DreamMemoryStoreInputParam
    from ..models.dream_model_param import DreamModelParam
    from ..models.dream_sessions_input_param import DreamSessionsInputParam
    from ..models.dream_update_existing_param import DreamUpdateExistingParam


if TYPE_CHECKING:
    from ..models.dream_create_new_param import DreamCreateNewParamDict
    from ..models.dream_memory_store_input_param import DreamMemoryStoreInputParamDict
    from ..models.dream_model_param import DreamModelParamDict
    from ..models.dream_sessions_input_param import DreamSessionsInputParamDict
    from ..models.dream_update_existing_param import DreamUpdateExistingParamDict


T = TypeVar("T", bound="DreamCreateParams")
_New = object.__new__


@_attrs_define(repr=False)
class DreamCreateParams(ModelBase):
    """The body of `dreams_create`.

    Attributes:
        inputs (list[DreamMemoryStoreInputParam | DreamSessionsInputParam]): Exactly one `memory_store` input, and
            optionally one `sessions` input.
        model (DreamModelParam | str | Unset): The model to use; `auto` when omitted.
        instructions (None | str | Unset): Guidance for the consolidation.
        output_behavior (DreamCreateNewParam | DreamUpdateExistingParam | Unset): Where to write, chosen by `type`. Not
            in the docs; sent by the official SDK.
    """

    inputs: list[DreamMemoryStoreInputParam | DreamSessionsInputParam]
    model: DreamModelParam | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    output_behavior: DreamCreateNewParam | DreamUpdateExistingParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dream_create_new_param import DreamCreateNewParam
        from ..models.dream_memory_store_input_param import DreamMemoryStoreInputParam

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item: dict[str, Any]
            if isinstance(inputs_item_data, DreamMemoryStoreInputParam):
                inputs_item = inputs_item_data.to_dict()
            else:
                inputs_item = inputs_item_data.to_dict()

            inputs.append(inputs_item)

        model: dict[str, Any] | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, DreamModelParam):
            model = self.model.to_dict()
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        output_behavior: dict[str, Any] | Unset
        if isinstance(self.output_behavior, Unset):
            output_behavior = UNSET
        elif isinstance(self.output_behavior, DreamCreateNewParam):
            output_behavior = self.output_behavior.to_dict()
        else:
            output_behavior = self.output_behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if output_behavior is not UNSET:
            field_dict["output_behavior"] = output_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _dream_create_params_from_dict(src_dict, cls))

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


def _dream_create_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[DreamCreateParams] = DreamCreateParams
) -> DreamCreateParams:
    d = src_dict
    _Built = _New(cls)
    inputs = [_parse_inputs_item(inputs_item_data) for inputs_item_data in d["inputs"]]

    _Built.inputs = inputs
    _model = d.get("model", UNSET)
    model = _model if _model is UNSET else _parse_model(_model)

    _Built.model = model
    instructions = d.get("instructions", UNSET)

    _Built.instructions = instructions
    _output_behavior = d.get("output_behavior", UNSET)
    output_behavior = _output_behavior if _output_behavior is UNSET else _parse_output_behavior(_output_behavior)

    _Built.output_behavior = output_behavior
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class DreamCreateParamsDict(TypedDict, total=False):
    """`DreamCreateParams` as a plain dict: its fields under their names on the wire."""

    inputs: Required[
        Sequence[
            DreamMemoryStoreInputParam
            | DreamMemoryStoreInputParamDict
            | DreamSessionsInputParam
            | DreamSessionsInputParamDict
        ]
    ]

    model: str | DreamModelParam | DreamModelParamDict

    instructions: str | None

    output_behavior: (
        DreamCreateNewParam | DreamCreateNewParamDict | DreamUpdateExistingParam | DreamUpdateExistingParamDict
    )


_inputs_item_modules = {
    "memory_store": "dream_memory_store_input_param",
    "sessions": "dream_sessions_input_param",
}
_inputs_item_parsers: dict[
    str, Callable[[Mapping[str, Any]], DreamMemoryStoreInputParam | DreamSessionsInputParam]
] = {}


def _parse_inputs_item(data: object) -> DreamMemoryStoreInputParam | DreamSessionsInputParam:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _inputs_item_parsers.get(kind)
            if parse is None and kind in _inputs_item_modules:
                module = _inputs_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _inputs_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.dream_memory_store_input_param import (
        _dream_memory_store_input_param_from_dict,
    )
    from ..models.dream_sessions_input_param import _dream_sessions_input_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_dream_input_param_type_0 = _dream_memory_store_input_param_from_dict(data)

        return componentsschemas_dream_input_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_dream_input_param_type_1 = _dream_sessions_input_param_from_dict(data)

    return componentsschemas_dream_input_param_type_1


def _parse_model(data: object) -> DreamModelParam | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        model_type_1 = _dream_model_param_from_dict(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""DreamModelParam | str | Unset""", data)


_output_behavior_modules = {
    "create_new": "dream_create_new_param",
    "update_existing": "dream_update_existing_param",
}
_output_behavior_parsers: dict[str, Callable[[Mapping[str, Any]], DreamCreateNewParam | DreamUpdateExistingParam]] = {}


def _parse_output_behavior(data: object) -> DreamCreateNewParam | DreamUpdateExistingParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _output_behavior_parsers.get(kind)
            if parse is None and kind in _output_behavior_modules:
                module = _output_behavior_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _output_behavior_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.dream_create_new_param import _dream_create_new_param_from_dict
    from ..models.dream_update_existing_param import _dream_update_existing_param_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_dream_output_behavior_param_type_0 = _dream_create_new_param_from_dict(data)

        return componentsschemas_dream_output_behavior_param_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_dream_output_behavior_param_type_1 = _dream_update_existing_param_from_dict(data)

    return componentsschemas_dream_output_behavior_param_type_1


_KNOWN_KEYS = frozenset({"inputs", "model", "instructions", "output_behavior"})


from ..models.dream_model_param import (
    DreamModelParam,  # noqa: E402
    _dream_model_param_from_dict,  # noqa: E402
)
