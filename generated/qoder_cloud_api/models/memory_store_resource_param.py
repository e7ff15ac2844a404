# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.memory_store_access import _MEMBERS as _MemoryStoreAccess_MEMBERS
from ..models.memory_store_access import MemoryStoreAccess
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_access(value: MemoryStoreAccess | Literal["read_write", "read_only"] | Unset) -> MemoryStoreAccess | Unset:
    if isinstance(value, (MemoryStoreAccess, Unset)):
        return value
    return enum_input(MemoryStoreAccess, value, "MemoryStoreResourceParam.access")


T = TypeVar("T", bound="MemoryStoreResourceParam")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class MemoryStoreResourceParam(ModelBase):
    """A memory store to mount.

    Attributes:
        type_ (Literal['memory_store']): Always `memory_store`.
        memory_store_id (str): The memory store (`memstore_` prefix).
        access (MemoryStoreAccess | Unset): Whether the agent may change the store (`read_write`) or only read it
            (`read_only`).
        instructions (None | str | Unset): How the agent should use the store.
    """

    type_: Literal["memory_store"]
    memory_store_id: str
    access: MemoryStoreAccess | Unset = _attrs_field(default=UNSET, converter=_input_access)
    instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        memory_store_id = self.memory_store_id

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "memory_store_id": memory_store_id,
            }
        )
        if access is not UNSET:
            field_dict["access"] = access
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _memory_store_resource_param_from_dict(src_dict, cls))

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


def _memory_store_resource_param_from_dict(
    src_dict: Mapping[str, Any], cls: type[MemoryStoreResourceParam] = MemoryStoreResourceParam
) -> MemoryStoreResourceParam:
    d = src_dict
    _Built = _New(cls)
    type_ = d["type"]
    if type_ != "memory_store":
        raise ValueError(f"type must match const 'memory_store', got '{type_}'")
    _Built.type_ = type_
    _Built.memory_store_id = d["memory_store_id"]
    _access = d.get("access", UNSET)
    access: MemoryStoreAccess | Unset
    if _access is UNSET:
        access = UNSET
    else:
        access = _MemoryStoreAccess_MEMBERS[_access]

    _Built.access = access
    instructions = d.get("instructions", UNSET)

    _Built.instructions = instructions
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class MemoryStoreResourceParamDict(TypedDict, total=False):
    """`MemoryStoreResourceParam` as a plain dict: its fields under their names on the wire."""

    type: Required[Literal["memory_store"]]

    memory_store_id: Required[str]

    access: MemoryStoreAccess | Literal["read_write", "read_only"]

    instructions: str | None


_KNOWN_KEYS = frozenset({"type", "memory_store_id", "access", "instructions"})
