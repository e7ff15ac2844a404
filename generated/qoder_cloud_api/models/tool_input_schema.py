# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_input_schema_properties import ToolInputSchemaProperties


T = TypeVar("T", bound="ToolInputSchema")


@_attrs_define
class ToolInputSchema:
    """A JSON Schema object describing the tool's input.

    Attributes:
        type_ (str | Unset): Always `object`.
        properties (ToolInputSchemaProperties | Unset): The input's properties.
        required (list[str] | Unset): Required property names.
    """

    type_: str | Unset = UNSET
    properties: ToolInputSchemaProperties | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
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
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: ToolInputSchemaProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ToolInputSchemaProperties.from_dict(_properties)

        required = cast("""list[str]""", d.pop("required", UNSET))

        tool_input_schema = cls(
            type_=type_,
            properties=properties,
            required=required,
        )

        tool_input_schema.additional_properties = d
        return tool_input_schema

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
    def type(self) -> str | Unset:
        """Same as ``type_``."""
        return self.type_


from ..models.tool_input_schema_properties import ToolInputSchemaProperties  # noqa: E402
