# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="DreamOutputBehavior")


@_attrs_define(repr=False)
class DreamOutputBehavior(ModelBase):
    """Where a dream writes, `create_new` (a new store) or `update_existing` (`memory_store_id`).

    Attributes:
        type_ (str): `create_new` or `update_existing`.
        memory_store_id (None | str | Unset): The store updated, for `update_existing`.
    """

    type_: str
    memory_store_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        memory_store_id: None | str | Unset
        if isinstance(self.memory_store_id, Unset):
            memory_store_id = UNSET
        else:
            memory_store_id = self.memory_store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if memory_store_id is not UNSET:
            field_dict["memory_store_id"] = memory_store_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_memory_store_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        memory_store_id = _parse_memory_store_id(d.pop("memory_store_id", UNSET))

        dream_output_behavior = cls(
            type_=type_,
            memory_store_id=memory_store_id,
        )

        dream_output_behavior.additional_properties = d
        return dream_output_behavior

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
    def type(self) -> str:
        """Same as ``type_``."""
        return self.type_
