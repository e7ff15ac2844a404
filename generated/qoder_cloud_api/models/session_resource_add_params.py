# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..models.session_resource_add_type import _MEMBERS as _SessionResourceAddType_MEMBERS
from ..models.session_resource_add_type import SessionResourceAddType
from ..types import UNSET, ModelBase, Unset, enum_input


def _input_type_(value: SessionResourceAddType | Literal["file"]) -> SessionResourceAddType:
    if isinstance(value, SessionResourceAddType):
        return value
    return enum_input(SessionResourceAddType, value, "SessionResourceAddParams.type_")


T = TypeVar("T", bound="SessionResourceAddParams")
_New = object.__new__


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SessionResourceAddParams(ModelBase):
    """The body of `session_resources_add`.

    Attributes:
        type_ (SessionResourceAddType): Always `file`; only files can be added to an existing session.
        file_id (str): The file to mount (`file_` prefix); it must be ready.
        mount_path (None | str | Unset): Where to mount it; `/mnt/session/uploads/<file_id>` by default.
    """

    type_: SessionResourceAddType = _attrs_field(converter=_input_type_)
    file_id: str
    mount_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        file_id = self.file_id

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file_id": file_id,
            }
        )
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cast(T, _session_resource_add_params_from_dict(src_dict, cls))

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
    def type(self) -> SessionResourceAddType:
        """Same as ``type_``."""
        return self.type_


def _session_resource_add_params_from_dict(
    src_dict: Mapping[str, Any], cls: type[SessionResourceAddParams] = SessionResourceAddParams
) -> SessionResourceAddParams:
    d = src_dict
    _Built = _New(cls)
    type_ = _SessionResourceAddType_MEMBERS[d["type"]]

    _Built.type_ = type_
    _Built.file_id = d["file_id"]
    mount_path = d.get("mount_path", UNSET)

    _Built.mount_path = mount_path
    if not _KNOWN_KEYS.issuperset(d):
        _Built.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
    return _Built


class SessionResourceAddParamsDict(TypedDict, total=False):
    """`SessionResourceAddParams` as a plain dict: its fields under their names on the wire."""

    type: Required[SessionResourceAddType | Literal["file"]]

    file_id: Required[str]

    mount_path: str | None


_KNOWN_KEYS = frozenset({"type", "file_id", "mount_path"})
