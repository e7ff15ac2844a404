# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.tool_input_schema_type import _MEMBERS as _ToolInputSchemaType_MEMBERS
from ..models.tool_input_schema_type import ToolInputSchemaType
from ..types import UNSET, ModelBase, Unset, enum_input

if TYPE_CHECKING:
    from ..models.tool_input_schema_properties_type_0 import ToolInputSchemaPropertiesType0


def _input_type_(value: ToolInputSchemaType | Literal["object"] | Unset) -> ToolInputSchemaType | Unset:
    if isinstance(value, (ToolInputSchemaType, Unset)):
        return value
    return enum_input(ToolInputSchemaType, value, "ToolInputSchema.type_")


T = TypeVar("T", bound="ToolInputSchema")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class ToolInputSchema(ModelBase):
    """A JSON Schema object describing the tool's input.

    Attributes:
        type_ (ToolInputSchemaType | Unset): Always `object`.
        properties (None | ToolInputSchemaPropertiesType0 | Unset): The input's properties.
        required (list[str] | None | Unset): Required property names.
    """

    type_: ToolInputSchemaType | Unset = _attrs_field(default=UNSET, converter=_input_type_)
    properties: None | ToolInputSchemaPropertiesType0 | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, ToolInputSchemaPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        required: list[str] | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, list):
            required = self.required

        else:
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _tool_input_schema_from_dict(src_dict, cls))

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
    def type(self) -> ToolInputSchemaType | Unset:
        """Same as ``type_``."""
        return self.type_


def _tool_input_schema_from_dict(
    src_dict: Mapping[str, Any], cls: type[ToolInputSchema] = ToolInputSchema
) -> ToolInputSchema:
    d = src_dict
    _Built = _New(cls)
    _type_ = d.get("type", UNSET)
    type_: ToolInputSchemaType | Unset
    if _type_ is UNSET:
        type_ = UNSET
    else:
        type_ = _ToolInputSchemaType_MEMBERS[_type_]

    _Built.type_ = type_
    _properties = d.get("properties", UNSET)
    properties = _properties if _properties is None or _properties is UNSET else _parse_properties(_properties)

    _Built.properties = properties
    required = d.get("required", UNSET)

    _Built.required = required
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class ToolInputSchemaDict(TypedDict, total=False):
    """`ToolInputSchema` as a plain dict: its fields under their names on the wire."""

    type: ToolInputSchemaType | Literal["object"]

    properties: ToolInputSchemaPropertiesType0 | Mapping[str, Any] | None

    required: list[str] | tuple[str, ...] | None


def _parse_properties(data: object) -> None | ToolInputSchemaPropertiesType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        properties_type_0 = _tool_input_schema_properties_type_0_from_dict(data)

        return properties_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""None | ToolInputSchemaPropertiesType0 | Unset""", data)


_KNOWN_KEYS = frozenset({"type", "properties", "required"})


from ..models.tool_input_schema_properties_type_0 import (
    ToolInputSchemaPropertiesType0,  # noqa: E402
    _tool_input_schema_properties_type_0_from_dict,  # noqa: E402
)
