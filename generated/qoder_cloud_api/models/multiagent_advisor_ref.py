# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase

T = TypeVar("T", bound="MultiagentAdvisorRef")


@_attrs_define(repr=False)
class MultiagentAdvisorRef(ModelBase):
    """An advisor backed by a model.

    Attributes:
        type_ (Literal['advisor']): Always `advisor`.
        model (str): Model ID.
    """

    type_: Literal["advisor"]
    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("""Literal['advisor']""", d.pop("type"))
        if type_ != "advisor":
            raise ValueError(f"type must match const 'advisor', got '{type_}'")

        model = d.pop("model")

        multiagent_advisor_ref = cls(
            type_=type_,
            model=model,
        )

        multiagent_advisor_ref.additional_properties = d
        return multiagent_advisor_ref

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
    def type(self) -> Literal["advisor"]:
        """Same as ``type_``."""
        return self.type_


class MultiagentAdvisorRefDict(TypedDict, total=False):
    """`MultiagentAdvisorRef` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["advisor"]]
    model: Required[str]
