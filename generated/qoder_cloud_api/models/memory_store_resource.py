# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_store_access import _MEMBERS as _MemoryStoreAccess_MEMBERS
from ..models.memory_store_access import MemoryStoreAccess
from ..types import UNSET, ModelBase, Unset

T = TypeVar("T", bound="MemoryStoreResource")
_New = object.__new__
_FromIsoformat = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class MemoryStoreResource(ModelBase):
    """A memory store mounted into the session, with copies of its name and description.

    Attributes:
        type_ (Literal['memory_store']): Always `memory_store`.
        memory_store_id (str): The memory store (`memstore_` prefix).
        id (str | Unset): Resource ID. Not in the docs; sent by the official SDK.
        access (MemoryStoreAccess | None | Unset): What the session may do with the store; null when not reported.
        name (None | str | Unset): The store's name when it was mounted.
        description (None | str | Unset): The store's description when it was mounted.
        instructions (None | str | Unset): How the agent should use the store.
        mount_path (None | str | Unset): Where the store appears in the container, e.g. `/mnt/memory/<name>`.
        created_at (datetime.datetime | Unset): When it was mounted. Not in the docs; sent by the official SDK.
        updated_at (datetime.datetime | Unset): Last change time. Not in the docs; sent by the official SDK.
    """

    type_: Literal["memory_store"]
    memory_store_id: str
    id: str | Unset = UNSET
    access: MemoryStoreAccess | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    mount_path: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        memory_store_id = self.memory_store_id

        id = self.id

        access: None | str | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        elif isinstance(self.access, MemoryStoreAccess):
            access = self.access.value
        else:
            access = self.access

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "memory_store_id": memory_store_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if access is not UNSET:
            field_dict["access"] = access
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _memory_store_resource_from_dict(src_dict, cls))

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
    def type(self) -> Literal["memory_store"]:
        """Same as ``type_``."""
        return self.type_


def _memory_store_resource_from_dict(
    src_dict: Mapping[str, Any], cls: type[MemoryStoreResource] = MemoryStoreResource
) -> MemoryStoreResource:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "memory_store":
        raise ValueError(f"type must match const 'memory_store', got '{type_}'")
    _Built.type_ = type_
    _Built.memory_store_id = d["memory_store_id"]
    _Built.id = d.get("id", UNSET)
    _access = d.get("access", UNSET)
    access = _access if _access is None or _access is UNSET else _parse_access(_access)

    _Built.access = access
    name = d.get("name", UNSET)

    _Built.name = name
    description = d.get("description", UNSET)

    _Built.description = description
    instructions = d.get("instructions", UNSET)

    _Built.instructions = instructions
    mount_path = d.get("mount_path", UNSET)

    _Built.mount_path = mount_path
    _created_at = d.get("created_at", UNSET)
    created_at: datetime.datetime | Unset
    if _created_at is UNSET:
        created_at = UNSET
    else:
        created_at = _FromIsoformat(_created_at)

    _Built.created_at = created_at
    _updated_at = d.get("updated_at", UNSET)
    updated_at: datetime.datetime | Unset
    if _updated_at is UNSET:
        updated_at = UNSET
    else:
        updated_at = _FromIsoformat(_updated_at)

    _Built.updated_at = updated_at
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


def _parse_access(data: object) -> MemoryStoreAccess | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        access_type_0 = _MemoryStoreAccess_MEMBERS[data]

        return access_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("""MemoryStoreAccess | None | Unset""", data)


_KNOWN_KEYS = frozenset(
    {
        "type",
        "memory_store_id",
        "id",
        "access",
        "name",
        "description",
        "instructions",
        "mount_path",
        "created_at",
        "updated_at",
    }
)
