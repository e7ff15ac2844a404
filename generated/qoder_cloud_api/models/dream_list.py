# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.dream import Dream


T = TypeVar("T", bound="DreamList")


@_attrs_define(repr=False)
class DreamList(ModelBase):
    """A page of dreams. Some servers send `data` alone; then it is the only page.

    Attributes:
        data (list[Dream]): The dreams on this page.
        first_id (None | str | Unset): ID of the first item; null when the page is empty.
        last_id (None | str | Unset): ID of the last item; null when the page is empty.
        has_more (bool | Unset): Whether more items follow in this direction; absent means no.
        next_page (None | str | Unset): Cursor for the next page; null at the end.
    """

    data: list[Dream]
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        else:
            last_id = self.last_id

        has_more = self.has_more

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Dream.from_dict(data_item_data)

            data.append(data_item)

        def _parse_first_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        first_id = _parse_first_id(d.pop("first_id", UNSET))

        def _parse_last_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        last_id = _parse_last_id(d.pop("last_id", UNSET))

        has_more = d.pop("has_more", UNSET)

        def _parse_next_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        dream_list = cls(
            data=data,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
            next_page=next_page,
        )

        dream_list.additional_properties = d
        return dream_list

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


from ..models.dream import Dream  # noqa: E402
