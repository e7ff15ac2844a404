# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

T = TypeVar("T", bound="FileSource")


@_attrs_define(repr=False)
class FileSource(ModelBase):
    """Content taken from an uploaded file.

    Attributes:
        type_ (Literal['file']): Always `file`.
        file_id (str): The file (`file_` prefix).
    """

    type_: Literal["file"]
    file_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file_id": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['file']""", d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_id = d.pop("file_id")

        file_source = cls(
            type_=type_,
            file_id=file_id,
        )

        file_source.additional_properties = d
        return file_source

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
    def type(self) -> Literal["file"]:
        """Same as ``type_``."""
        return self.type_


class FileSourceDict(TypedDict, total=False):
    """`FileSource` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["file"]]
    file_id: Required[str]
