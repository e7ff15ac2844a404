# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.file_resource import FileResource
    from ..models.git_hub_repository_resource import GitHubRepositoryResource
    from ..models.git_repository_resource import GitRepositoryResource
    from ..models.memory_store_resource import MemoryStoreResource
    from ..models.unknown_session_resource import UnknownSessionResource


T = TypeVar("T", bound="SessionResourceList")
_New = object.__new__


@_attrs_define(repr=False)
class SessionResourceList(ModelBase):
    """A page of session resources.

    Attributes:
        data (list[FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource |
            UnknownSessionResource]): The resources on this page.
        first_id (None | str | Unset): ID of the first item; null when the page is empty.
        last_id (None | str | Unset): ID of the last item; null when the page is empty.
        has_more (bool | Unset): Whether more items follow in this direction. When it is missing, more follow only if
            `next_page` is sent.
        next_page (None | str | Unset): Cursor for the next page; null at the end. Older servers omit it.
        prev_page (None | str | Unset): Cursor for the previous page, when sent. Not in the docs; read by the official
            TypeScript SDK.
    """

    data: list[
        FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource
    ]
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page: None | str | Unset = UNSET
    prev_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_resource import FileResource
        from ..models.git_hub_repository_resource import GitHubRepositoryResource
        from ..models.git_repository_resource import GitRepositoryResource
        from ..models.memory_store_resource import MemoryStoreResource

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, FileResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, GitHubRepositoryResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, GitRepositoryResource):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MemoryStoreResource):
                data_item = data_item_data.to_dict()
            else:
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
        return cast(T, _session_resource_list_from_dict(src_dict, cls))

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


def _session_resource_list_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionResourceList] = SessionResourceList
) -> SessionResourceList:
    d = src_dict
    _Built = _New(cls)
    data = [_parse_data_item(data_item_data) for data_item_data in d["data"]]

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


_data_item_modules = {
    "file": "file_resource",
    "github_repository": "git_hub_repository_resource",
    "git_repository": "git_repository_resource",
    "memory_store": "memory_store_resource",
}
_data_item_parsers: dict[
    str,
    Callable[
        [Mapping[str, Any]], FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource
    ],
] = {}


def _parse_data_item(
    data: object,
) -> FileResource | GitHubRepositoryResource | GitRepositoryResource | MemoryStoreResource | UnknownSessionResource:
    if isinstance(data, dict):
        kind = data.get("type")
        if isinstance(kind, str):
            parse = _data_item_parsers.get(kind)
            if parse is None and kind in _data_item_modules:
                module = _data_item_modules[kind]
                parse = getattr(import_module(f"..models.{module}", __package__), f"_{module}_from_dict")
                _data_item_parsers[kind] = parse
            if parse is not None:
                try:
                    return parse(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
    from ..models.file_resource import _file_resource_from_dict
    from ..models.git_hub_repository_resource import _git_hub_repository_resource_from_dict
    from ..models.git_repository_resource import _git_repository_resource_from_dict
    from ..models.memory_store_resource import _memory_store_resource_from_dict
    from ..models.unknown_session_resource import _unknown_session_resource_from_dict

    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_0 = _file_resource_from_dict(data)

        return componentsschemas_session_resource_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_1 = _git_hub_repository_resource_from_dict(data)

        return componentsschemas_session_resource_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_2 = _git_repository_resource_from_dict(data)

        return componentsschemas_session_resource_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_session_resource_type_3 = _memory_store_resource_from_dict(data)

        return componentsschemas_session_resource_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_session_resource_type_4 = _unknown_session_resource_from_dict(data)

    return componentsschemas_session_resource_type_4


_KNOWN_KEYS = frozenset({"data", "first_id", "last_id", "has_more", "next_page", "prev_page"})
