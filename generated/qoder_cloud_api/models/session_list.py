# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.session import Session


T = TypeVar("T", bound="SessionList")
_New = object.__new__


@_attrs_define(repr=False)
class SessionList(ModelBase):
    """A page of sessions.

    Attributes:
        data (list[Session]): The sessions on this page.
        first_id (None | str | Unset): ID of the first item; null when the page is empty.
        last_id (None | str | Unset): ID of the last item; null when the page is empty.
        has_more (bool | Unset): Whether more items follow in this direction. When it is missing, more follow only if
            `next_page` is sent.
        next_page (None | str | Unset): Cursor for the next page; null at the end. Older servers omit it.
        prev_page (None | str | Unset): Cursor for the previous page, when sent. Not in the docs; read by the official
            TypeScript SDK.
    """

    data: list[Session]
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page: None | str | Unset = UNSET
    prev_page: None | str | Unset = UNSET
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

        prev_page: None | str | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

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
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_list_from_dict(src_dict, cls))

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


def _session_list_from_dict(src_dict: Mapping[str, Any], cls: type[SessionList] = SessionList) -> SessionList:
    d = src_dict
    _Built = _New(cls)
    data = [_session_from_dict(data_item_data) for data_item_data in d["data"]]

    _Built.data = data
    first_id = d.get("first_id", UNSET)

    _Built.first_id = first_id
    last_id = d.get("last_id", UNSET)

    _Built.last_id = last_id
    _Built.has_more = d.get("has_more", UNSET)
    next_page = d.get("next_page", UNSET)

    _Built.next_page = next_page
    prev_page = d.get("prev_page", UNSET)

    _Built.prev_page = prev_page
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


_KNOWN_KEYS = frozenset({"data", "first_id", "last_id", "has_more", "next_page", "prev_page"})


from ..models.session import (
    Session,  # noqa: E402
    _session_from_dict,  # noqa: E402
)
