# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset

if TYPE_CHECKING:
    from ..models.permission_policy import PermissionPolicy


if TYPE_CHECKING:
    from ..models.permission_policy import PermissionPolicyDict


T = TypeVar("T", bound="UnknownToolConfig")


@_attrs_define(repr=False)
class UnknownToolConfig(ModelBase):
    """Overrides for a tool the other configs do not name; every field is kept.

    Attributes:
        type_ (None | str | Unset): The tool, when sent.
        name (None | str | Unset): The tool, when sent (the docs spell built-in tools capitalised, e.g. `Bash`).
        enabled (bool | None | Unset): Enable or disable the tool.
        permission_policy (PermissionPolicy | Unset): Whether a tool call runs at once (`always_allow`), waits for
            confirmation (`always_ask`) or is refused (`always_deny`).
    """

    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    permission_policy: PermissionPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        permission_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission_policy, Unset):
            permission_policy = self.permission_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if permission_policy is not UNSET:
            field_dict["permission_policy"] = permission_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""None | str | Unset""", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("""bool | None | Unset""", data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _permission_policy = d.pop("permission_policy", UNSET)
        permission_policy: PermissionPolicy | Unset
        if isinstance(_permission_policy, Unset):
            permission_policy = UNSET
        else:
            permission_policy = PermissionPolicy.from_dict(_permission_policy)

        unknown_tool_config = cls(
            type_=type_,
            name=name,
            enabled=enabled,
            permission_policy=permission_policy,
        )

        unknown_tool_config.additional_properties = d
        return unknown_tool_config

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
    def type(self) -> None | str | Unset:
        """Same as ``type_``."""
        return self.type_


class UnknownToolConfigDict(TypedDict, total=False):
    """`UnknownToolConfig` as a plain dict: its fields under their names on the wire."""

    type: str | None
    name: str | None
    enabled: bool | None
    permission_policy: PermissionPolicy | PermissionPolicyDict


from ..models.permission_policy import PermissionPolicy  # noqa: E402
