# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

if TYPE_CHECKING:
    from ..models.tool_input_schema import ToolInputSchema


if TYPE_CHECKING:
    from ..models.tool_input_schema import ToolInputSchemaDict


T = TypeVar("T", bound="CustomTool")


@_attrs_define(repr=False)
class CustomTool(ModelBase):
    """A tool the client implements; the agent emits `agent.custom_tool_use` and waits for the result.

    Attributes:
        type_ (Literal['custom']): Always `custom`.
        name (str): Tool name; unique, not a built-in name, not starting with `mcp__`.
        description (str): What the tool does.
        input_schema (ToolInputSchema): A JSON Schema object describing the tool's input.
    """

    type_: Literal["custom"]
    name: str
    description: str
    input_schema: ToolInputSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
                "input_schema": input_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['custom']""", d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description")

        input_schema = ToolInputSchema.from_dict(d.pop("input_schema"))

        custom_tool = cls(
            type_=type_,
            name=name,
            description=description,
            input_schema=input_schema,
        )

        custom_tool.additional_properties = d
        return custom_tool

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
    def type(self) -> Literal["custom"]:
        """Same as ``type_``."""
        return self.type_


class CustomToolDict(TypedDict, total=False):
    """`CustomTool` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["custom"]]
    name: Required[str]
    description: Required[str]
    input_schema: Required[ToolInputSchema | ToolInputSchemaDict]


from ..models.tool_input_schema import ToolInputSchema  # noqa: E402
